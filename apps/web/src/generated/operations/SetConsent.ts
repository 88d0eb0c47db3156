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

export const SetConsentDocument = new TypedDocumentString(`
    mutation SetConsent($purpose: ConsentPurpose!, $granted: Boolean!) {
  setConsent(purpose: $purpose, granted: $granted) {
    purpose
    granted
    changedAt
  }
}
    `);

export const useSetConsentMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.SetConsentMutation, TError, Types.SetConsentMutationVariables, TContext>) => {
    
    return useMutation<Types.SetConsentMutation, TError, Types.SetConsentMutationVariables, TContext>(
      {
    mutationKey: ['SetConsent'],
    mutationFn: (variables?: Types.SetConsentMutationVariables) => fetcher<Types.SetConsentMutation, Types.SetConsentMutationVariables>(SetConsentDocument, variables)(),
    ...options
  }
    )};


useSetConsentMutation.fetcher = (variables: Types.SetConsentMutationVariables, options?: RequestInit['headers']) => fetcher<Types.SetConsentMutation, Types.SetConsentMutationVariables>(SetConsentDocument, variables, options);
