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

export const VerifyClinicianDocument = new TypedDocumentString(`
    mutation VerifyClinician($handle: String!) {
  verifyClinician(handle: $handle) {
    ...ClinicianApplicationFields
  }
}
    fragment ClinicianApplicationFields on ClinicianApplication {
  id
  handle
  registration
  organisation
  appliedAt
  status
}`);

export const useVerifyClinicianMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.VerifyClinicianMutation, TError, Types.VerifyClinicianMutationVariables, TContext>) => {
    
    return useMutation<Types.VerifyClinicianMutation, TError, Types.VerifyClinicianMutationVariables, TContext>(
      {
    mutationKey: ['VerifyClinician'],
    mutationFn: (variables?: Types.VerifyClinicianMutationVariables) => fetcher<Types.VerifyClinicianMutation, Types.VerifyClinicianMutationVariables>(VerifyClinicianDocument, variables)(),
    ...options
  }
    )};


useVerifyClinicianMutation.fetcher = (variables: Types.VerifyClinicianMutationVariables, options?: RequestInit['headers']) => fetcher<Types.VerifyClinicianMutation, Types.VerifyClinicianMutationVariables>(VerifyClinicianDocument, variables, options);
