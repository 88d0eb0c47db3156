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

export const UpdateGuideIntroDocument = new TypedDocumentString(`
    mutation UpdateGuideIntro($conditionId: ID!, $intro: String!, $note: String!) {
  updateGuideIntro(conditionId: $conditionId, intro: $intro, note: $note) {
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

export const useUpdateGuideIntroMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.UpdateGuideIntroMutation, TError, Types.UpdateGuideIntroMutationVariables, TContext>) => {
    
    return useMutation<Types.UpdateGuideIntroMutation, TError, Types.UpdateGuideIntroMutationVariables, TContext>(
      {
    mutationKey: ['UpdateGuideIntro'],
    mutationFn: (variables?: Types.UpdateGuideIntroMutationVariables) => fetcher<Types.UpdateGuideIntroMutation, Types.UpdateGuideIntroMutationVariables>(UpdateGuideIntroDocument, variables)(),
    ...options
  }
    )};


useUpdateGuideIntroMutation.fetcher = (variables: Types.UpdateGuideIntroMutationVariables, options?: RequestInit['headers']) => fetcher<Types.UpdateGuideIntroMutation, Types.UpdateGuideIntroMutationVariables>(UpdateGuideIntroDocument, variables, options);
