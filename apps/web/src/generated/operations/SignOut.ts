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

export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `);

export const useSignOutMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.SignOutMutation, TError, Types.SignOutMutationVariables, TContext>) => {
    
    return useMutation<Types.SignOutMutation, TError, Types.SignOutMutationVariables, TContext>(
      {
    mutationKey: ['SignOut'],
    mutationFn: (variables?: Types.SignOutMutationVariables) => fetcher<Types.SignOutMutation, Types.SignOutMutationVariables>(SignOutDocument, variables)(),
    ...options
  }
    )};


useSignOutMutation.fetcher = (variables?: Types.SignOutMutationVariables, options?: RequestInit['headers']) => fetcher<Types.SignOutMutation, Types.SignOutMutationVariables>(SignOutDocument, variables, options);
