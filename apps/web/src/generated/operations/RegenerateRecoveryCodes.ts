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

export const RegenerateRecoveryCodesDocument = new TypedDocumentString(`
    mutation RegenerateRecoveryCodes($input: TwoFactorConfirmInput!) {
  regenerateRecoveryCodes(input: $input) {
    codes
  }
}
    `);

export const useRegenerateRecoveryCodesMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.RegenerateRecoveryCodesMutation, TError, Types.RegenerateRecoveryCodesMutationVariables, TContext>) => {
    
    return useMutation<Types.RegenerateRecoveryCodesMutation, TError, Types.RegenerateRecoveryCodesMutationVariables, TContext>(
      {
    mutationKey: ['RegenerateRecoveryCodes'],
    mutationFn: (variables?: Types.RegenerateRecoveryCodesMutationVariables) => fetcher<Types.RegenerateRecoveryCodesMutation, Types.RegenerateRecoveryCodesMutationVariables>(RegenerateRecoveryCodesDocument, variables)(),
    ...options
  }
    )};


useRegenerateRecoveryCodesMutation.fetcher = (variables: Types.RegenerateRecoveryCodesMutationVariables, options?: RequestInit['headers']) => fetcher<Types.RegenerateRecoveryCodesMutation, Types.RegenerateRecoveryCodesMutationVariables>(RegenerateRecoveryCodesDocument, variables, options);
