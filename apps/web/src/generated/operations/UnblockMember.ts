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

export const UnblockMemberDocument = new TypedDocumentString(`
    mutation UnblockMember($userId: ID!) {
  unblockMember(userId: $userId)
}
    `);

export const useUnblockMemberMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.UnblockMemberMutation, TError, Types.UnblockMemberMutationVariables, TContext>) => {
    
    return useMutation<Types.UnblockMemberMutation, TError, Types.UnblockMemberMutationVariables, TContext>(
      {
    mutationKey: ['UnblockMember'],
    mutationFn: (variables?: Types.UnblockMemberMutationVariables) => fetcher<Types.UnblockMemberMutation, Types.UnblockMemberMutationVariables>(UnblockMemberDocument, variables)(),
    ...options
  }
    )};


useUnblockMemberMutation.fetcher = (variables: Types.UnblockMemberMutationVariables, options?: RequestInit['headers']) => fetcher<Types.UnblockMemberMutation, Types.UnblockMemberMutationVariables>(UnblockMemberDocument, variables, options);
