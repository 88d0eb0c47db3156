import type * as Types from '../graphql';
import { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { useMutation, UseMutationOptions } from '@tanstack/react-query';
import { fetcher } from '../../app/graphql-client';

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const MarkGuideReviewedDocument = new TypedDocumentString(`
    mutation MarkGuideReviewed($conditionId: ID!, $note: String!) {
  markGuideReviewed(conditionId: $conditionId, note: $note) {
    ...GuideFields
  }
}
    fragment GuideEntryFields on GuideEntry {
  id
  heading
  position
  summary
  curatedAt
  curatedByLabel
  sourceAvailable
  unavailableReason
  source {
    type
    id
    threadId
    threadTitle
    excerpt
    authorLabel
    helpfulCount
    createdAt
    url
    groupName
  }
}
fragment GuideFields on Guide {
  condition {
    id
    slug
    name
  }
  intro
  introHtml
  version
  lastReviewedAt
  lastReviewedByLabel
  updatedAt
  viewerCanEdit
  sections {
    heading
    entries {
      ...GuideEntryFields
    }
  }
}`);

export const useMarkGuideReviewedMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.MarkGuideReviewedMutation, TError, Types.MarkGuideReviewedMutationVariables, TContext>) => {
    
    return useMutation<Types.MarkGuideReviewedMutation, TError, Types.MarkGuideReviewedMutationVariables, TContext>(
      {
    mutationKey: ['MarkGuideReviewed'],
    mutationFn: (variables?: Types.MarkGuideReviewedMutationVariables) => fetcher<Types.MarkGuideReviewedMutation, Types.MarkGuideReviewedMutationVariables>(MarkGuideReviewedDocument, variables)(),
    ...options
  }
    )};


useMarkGuideReviewedMutation.fetcher = (variables: Types.MarkGuideReviewedMutationVariables, options?: RequestInit['headers']) => fetcher<Types.MarkGuideReviewedMutation, Types.MarkGuideReviewedMutationVariables>(MarkGuideReviewedDocument, variables, options);
