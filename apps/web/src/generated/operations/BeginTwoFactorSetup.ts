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

export const BeginTwoFactorSetupDocument = new TypedDocumentString(`
    mutation BeginTwoFactorSetup {
  beginTwoFactorSetup {
    secret
    otpauthUrl
    qrCodeDataUrl
  }
}
    `);

export const useBeginTwoFactorSetupMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.BeginTwoFactorSetupMutation, TError, Types.BeginTwoFactorSetupMutationVariables, TContext>) => {
    
    return useMutation<Types.BeginTwoFactorSetupMutation, TError, Types.BeginTwoFactorSetupMutationVariables, TContext>(
      {
    mutationKey: ['BeginTwoFactorSetup'],
    mutationFn: (variables?: Types.BeginTwoFactorSetupMutationVariables) => fetcher<Types.BeginTwoFactorSetupMutation, Types.BeginTwoFactorSetupMutationVariables>(BeginTwoFactorSetupDocument, variables)(),
    ...options
  }
    )};


useBeginTwoFactorSetupMutation.fetcher = (variables?: Types.BeginTwoFactorSetupMutationVariables, options?: RequestInit['headers']) => fetcher<Types.BeginTwoFactorSetupMutation, Types.BeginTwoFactorSetupMutationVariables>(BeginTwoFactorSetupDocument, variables, options);
