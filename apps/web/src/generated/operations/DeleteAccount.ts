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

export const DeleteAccountDocument = new TypedDocumentString(`
    mutation DeleteAccount($input: DeleteAccountInput!) {
  deleteAccount(input: $input)
}
    `);

export const useDeleteAccountMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.DeleteAccountMutation, TError, Types.DeleteAccountMutationVariables, TContext>) => {
    
    return useMutation<Types.DeleteAccountMutation, TError, Types.DeleteAccountMutationVariables, TContext>(
      {
    mutationKey: ['DeleteAccount'],
    mutationFn: (variables?: Types.DeleteAccountMutationVariables) => fetcher<Types.DeleteAccountMutation, Types.DeleteAccountMutationVariables>(DeleteAccountDocument, variables)(),
    ...options
  }
    )};


useDeleteAccountMutation.fetcher = (variables: Types.DeleteAccountMutationVariables, options?: RequestInit['headers']) => fetcher<Types.DeleteAccountMutation, Types.DeleteAccountMutationVariables>(DeleteAccountDocument, variables, options);
