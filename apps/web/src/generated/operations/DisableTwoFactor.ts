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

export const DisableTwoFactorDocument = new TypedDocumentString(`
    mutation DisableTwoFactor($input: TwoFactorConfirmInput!) {
  disableTwoFactor(input: $input)
}
    `);

export const useDisableTwoFactorMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.DisableTwoFactorMutation, TError, Types.DisableTwoFactorMutationVariables, TContext>) => {
    
    return useMutation<Types.DisableTwoFactorMutation, TError, Types.DisableTwoFactorMutationVariables, TContext>(
      {
    mutationKey: ['DisableTwoFactor'],
    mutationFn: (variables?: Types.DisableTwoFactorMutationVariables) => fetcher<Types.DisableTwoFactorMutation, Types.DisableTwoFactorMutationVariables>(DisableTwoFactorDocument, variables)(),
    ...options
  }
    )};


useDisableTwoFactorMutation.fetcher = (variables: Types.DisableTwoFactorMutationVariables, options?: RequestInit['headers']) => fetcher<Types.DisableTwoFactorMutation, Types.DisableTwoFactorMutationVariables>(DisableTwoFactorDocument, variables, options);
