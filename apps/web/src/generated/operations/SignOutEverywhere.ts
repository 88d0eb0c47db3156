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

export const SignOutEverywhereDocument = new TypedDocumentString(`
    mutation SignOutEverywhere {
  signOutEverywhere
}
    `);

export const useSignOutEverywhereMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.SignOutEverywhereMutation, TError, Types.SignOutEverywhereMutationVariables, TContext>) => {
    
    return useMutation<Types.SignOutEverywhereMutation, TError, Types.SignOutEverywhereMutationVariables, TContext>(
      {
    mutationKey: ['SignOutEverywhere'],
    mutationFn: (variables?: Types.SignOutEverywhereMutationVariables) => fetcher<Types.SignOutEverywhereMutation, Types.SignOutEverywhereMutationVariables>(SignOutEverywhereDocument, variables)(),
    ...options
  }
    )};


useSignOutEverywhereMutation.fetcher = (variables?: Types.SignOutEverywhereMutationVariables, options?: RequestInit['headers']) => fetcher<Types.SignOutEverywhereMutation, Types.SignOutEverywhereMutationVariables>(SignOutEverywhereDocument, variables, options);
