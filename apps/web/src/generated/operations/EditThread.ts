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

export const EditThreadDocument = new TypedDocumentString(`
    mutation EditThread($id: ID!, $input: ThreadContentInput!) {
  editThread(id: $id, input: $input) {
    ...ThreadDetail
  }
}
    fragment ThreadDetail on Thread {
  id
  kind
  title
  body
  bodyHtml
  tags
  isLocked
  isDeleted
  helpfulCount
  replyCount
  viewerMarkedHelpful
  viewerIsAuthor
  viewerLastReadAt
  viewerFollows
  viewerSaved
  moderationState
  moderationReason
  authorLabel
  author {
    handle
  }
  isAnonymous
  createdAt
  editedAt
  lastActivityAt
  group {
    id
    slug
    name
    visibility
    allowAnonymous
    viewerCanModerate
    viewerCanRead
    viewerCanPost
    viewerMembership {
      id
      status
    }
    condition {
      id
      slug
      name
    }
  }
}`);

export const useEditThreadMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.EditThreadMutation, TError, Types.EditThreadMutationVariables, TContext>) => {
    
    return useMutation<Types.EditThreadMutation, TError, Types.EditThreadMutationVariables, TContext>(
      {
    mutationKey: ['EditThread'],
    mutationFn: (variables?: Types.EditThreadMutationVariables) => fetcher<Types.EditThreadMutation, Types.EditThreadMutationVariables>(EditThreadDocument, variables)(),
    ...options
  }
    )};


useEditThreadMutation.fetcher = (variables: Types.EditThreadMutationVariables, options?: RequestInit['headers']) => fetcher<Types.EditThreadMutation, Types.EditThreadMutationVariables>(EditThreadDocument, variables, options);
