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

export const DeleteReplyDocument = new TypedDocumentString(`
    mutation DeleteReply($id: ID!) {
  deleteReply(id: $id) {
    ...ReplyFields
  }
}
    fragment ReplyFields on Reply {
  id
  parentId
  depth
  body
  bodyHtml
  authorLabel
  author {
    handle
  }
  isAnonymous
  viewerIsAuthor
  isDeleted
  isNew
  moderationState
  moderationReason
  helpfulCount
  helpedAsker
  viewerMarkedHelpful
  viewerSaved
  createdAt
  editedAt
}`);

export const useDeleteReplyMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.DeleteReplyMutation, TError, Types.DeleteReplyMutationVariables, TContext>) => {
    
    return useMutation<Types.DeleteReplyMutation, TError, Types.DeleteReplyMutationVariables, TContext>(
      {
    mutationKey: ['DeleteReply'],
    mutationFn: (variables?: Types.DeleteReplyMutationVariables) => fetcher<Types.DeleteReplyMutation, Types.DeleteReplyMutationVariables>(DeleteReplyDocument, variables)(),
    ...options
  }
    )};


useDeleteReplyMutation.fetcher = (variables: Types.DeleteReplyMutationVariables, options?: RequestInit['headers']) => fetcher<Types.DeleteReplyMutation, Types.DeleteReplyMutationVariables>(DeleteReplyDocument, variables, options);
