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

export const BlockMemberDocument = new TypedDocumentString(`
    mutation BlockMember($userId: ID!) {
  blockMember(userId: $userId) {
    id
    handle
  }
}
    `);

export const useBlockMemberMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.BlockMemberMutation, TError, Types.BlockMemberMutationVariables, TContext>) => {
    
    return useMutation<Types.BlockMemberMutation, TError, Types.BlockMemberMutationVariables, TContext>(
      {
    mutationKey: ['BlockMember'],
    mutationFn: (variables?: Types.BlockMemberMutationVariables) => fetcher<Types.BlockMemberMutation, Types.BlockMemberMutationVariables>(BlockMemberDocument, variables)(),
    ...options
  }
    )};


useBlockMemberMutation.fetcher = (variables: Types.BlockMemberMutationVariables, options?: RequestInit['headers']) => fetcher<Types.BlockMemberMutation, Types.BlockMemberMutationVariables>(BlockMemberDocument, variables, options);
