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

export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `);

export const useChangePasswordMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.ChangePasswordMutation, TError, Types.ChangePasswordMutationVariables, TContext>) => {
    
    return useMutation<Types.ChangePasswordMutation, TError, Types.ChangePasswordMutationVariables, TContext>(
      {
    mutationKey: ['ChangePassword'],
    mutationFn: (variables?: Types.ChangePasswordMutationVariables) => fetcher<Types.ChangePasswordMutation, Types.ChangePasswordMutationVariables>(ChangePasswordDocument, variables)(),
    ...options
  }
    )};


useChangePasswordMutation.fetcher = (variables: Types.ChangePasswordMutationVariables, options?: RequestInit['headers']) => fetcher<Types.ChangePasswordMutation, Types.ChangePasswordMutationVariables>(ChangePasswordDocument, variables, options);
