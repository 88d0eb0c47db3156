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

export const PostReplyDocument = new TypedDocumentString(`
    mutation PostReply($input: ReplyInput!) {
  reply(input: $input) {
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

export const usePostReplyMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.PostReplyMutation, TError, Types.PostReplyMutationVariables, TContext>) => {
    
    return useMutation<Types.PostReplyMutation, TError, Types.PostReplyMutationVariables, TContext>(
      {
    mutationKey: ['PostReply'],
    mutationFn: (variables?: Types.PostReplyMutationVariables) => fetcher<Types.PostReplyMutation, Types.PostReplyMutationVariables>(PostReplyDocument, variables)(),
    ...options
  }
    )};


usePostReplyMutation.fetcher = (variables: Types.PostReplyMutationVariables, options?: RequestInit['headers']) => fetcher<Types.PostReplyMutation, Types.PostReplyMutationVariables>(PostReplyDocument, variables, options);
