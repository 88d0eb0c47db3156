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

export const RemoveGuideEntryDocument = new TypedDocumentString(`
    mutation RemoveGuideEntry($id: ID!, $note: String!) {
  removeGuideEntry(id: $id, note: $note) {
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

export const useRemoveGuideEntryMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.RemoveGuideEntryMutation, TError, Types.RemoveGuideEntryMutationVariables, TContext>) => {
    
    return useMutation<Types.RemoveGuideEntryMutation, TError, Types.RemoveGuideEntryMutationVariables, TContext>(
      {
    mutationKey: ['RemoveGuideEntry'],
    mutationFn: (variables?: Types.RemoveGuideEntryMutationVariables) => fetcher<Types.RemoveGuideEntryMutation, Types.RemoveGuideEntryMutationVariables>(RemoveGuideEntryDocument, variables)(),
    ...options
  }
    )};


useRemoveGuideEntryMutation.fetcher = (variables: Types.RemoveGuideEntryMutationVariables, options?: RequestInit['headers']) => fetcher<Types.RemoveGuideEntryMutation, Types.RemoveGuideEntryMutationVariables>(RemoveGuideEntryDocument, variables, options);
