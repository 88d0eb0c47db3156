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

export const StartThreadDocument = new TypedDocumentString(`
    mutation StartThread($input: StartThreadInput!) {
  startThread(input: $input) {
    ...ThreadSummary
  }
}
    fragment ThreadSummary on Thread {
  id
  kind
  title
  tags
  authorLabel
  isAnonymous
  isLocked
  isDeleted
  replyCount
  helpfulCount
  createdAt
  lastActivityAt
  moderationState
}`);

export const useStartThreadMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.StartThreadMutation, TError, Types.StartThreadMutationVariables, TContext>) => {
    
    return useMutation<Types.StartThreadMutation, TError, Types.StartThreadMutationVariables, TContext>(
      {
    mutationKey: ['StartThread'],
    mutationFn: (variables?: Types.StartThreadMutationVariables) => fetcher<Types.StartThreadMutation, Types.StartThreadMutationVariables>(StartThreadDocument, variables)(),
    ...options
  }
    )};


useStartThreadMutation.fetcher = (variables: Types.StartThreadMutationVariables, options?: RequestInit['headers']) => fetcher<Types.StartThreadMutation, Types.StartThreadMutationVariables>(StartThreadDocument, variables, options);
