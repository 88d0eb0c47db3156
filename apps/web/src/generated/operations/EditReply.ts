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

export const EditReplyDocument = new TypedDocumentString(`
    mutation EditReply($id: ID!, $body: String!) {
  editReply(id: $id, body: $body) {
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

export const useEditReplyMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.EditReplyMutation, TError, Types.EditReplyMutationVariables, TContext>) => {
    
    return useMutation<Types.EditReplyMutation, TError, Types.EditReplyMutationVariables, TContext>(
      {
    mutationKey: ['EditReply'],
    mutationFn: (variables?: Types.EditReplyMutationVariables) => fetcher<Types.EditReplyMutation, Types.EditReplyMutationVariables>(EditReplyDocument, variables)(),
    ...options
  }
    )};


useEditReplyMutation.fetcher = (variables: Types.EditReplyMutationVariables, options?: RequestInit['headers']) => fetcher<Types.EditReplyMutation, Types.EditReplyMutationVariables>(EditReplyDocument, variables, options);
