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

export const DeleteThreadDocument = new TypedDocumentString(`
    mutation DeleteThread($id: ID!) {
  deleteThread(id: $id) {
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

export const useDeleteThreadMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.DeleteThreadMutation, TError, Types.DeleteThreadMutationVariables, TContext>) => {
    
    return useMutation<Types.DeleteThreadMutation, TError, Types.DeleteThreadMutationVariables, TContext>(
      {
    mutationKey: ['DeleteThread'],
    mutationFn: (variables?: Types.DeleteThreadMutationVariables) => fetcher<Types.DeleteThreadMutation, Types.DeleteThreadMutationVariables>(DeleteThreadDocument, variables)(),
    ...options
  }
    )};


useDeleteThreadMutation.fetcher = (variables: Types.DeleteThreadMutationVariables, options?: RequestInit['headers']) => fetcher<Types.DeleteThreadMutation, Types.DeleteThreadMutationVariables>(DeleteThreadDocument, variables, options);
