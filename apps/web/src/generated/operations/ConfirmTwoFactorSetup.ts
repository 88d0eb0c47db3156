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

export const ConfirmTwoFactorSetupDocument = new TypedDocumentString(`
    mutation ConfirmTwoFactorSetup($input: ConfirmTwoFactorInput!) {
  confirmTwoFactorSetup(input: $input) {
    codes
  }
}
    `);

export const useConfirmTwoFactorSetupMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.ConfirmTwoFactorSetupMutation, TError, Types.ConfirmTwoFactorSetupMutationVariables, TContext>) => {
    
    return useMutation<Types.ConfirmTwoFactorSetupMutation, TError, Types.ConfirmTwoFactorSetupMutationVariables, TContext>(
      {
    mutationKey: ['ConfirmTwoFactorSetup'],
    mutationFn: (variables?: Types.ConfirmTwoFactorSetupMutationVariables) => fetcher<Types.ConfirmTwoFactorSetupMutation, Types.ConfirmTwoFactorSetupMutationVariables>(ConfirmTwoFactorSetupDocument, variables)(),
    ...options
  }
    )};


useConfirmTwoFactorSetupMutation.fetcher = (variables: Types.ConfirmTwoFactorSetupMutationVariables, options?: RequestInit['headers']) => fetcher<Types.ConfirmTwoFactorSetupMutation, Types.ConfirmTwoFactorSetupMutationVariables>(ConfirmTwoFactorSetupDocument, variables, options);
