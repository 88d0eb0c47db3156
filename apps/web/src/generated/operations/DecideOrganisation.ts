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

export const DecideOrganisationDocument = new TypedDocumentString(`
    mutation DecideOrganisation($organisationId: ID!, $approve: Boolean!) {
  decideOrganisation(organisationId: $organisationId, approve: $approve) {
    ...CareOrganisationFields
  }
}
    fragment CareOrganisationFields on CareOrganisation {
  id
  name
  status
  website
  createdAt
  appliedByHandle
  serviceKind {
    slug
    name
  }
  area {
    code
    name
  }
}`);

export const useDecideOrganisationMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.DecideOrganisationMutation, TError, Types.DecideOrganisationMutationVariables, TContext>) => {
    
    return useMutation<Types.DecideOrganisationMutation, TError, Types.DecideOrganisationMutationVariables, TContext>(
      {
    mutationKey: ['DecideOrganisation'],
    mutationFn: (variables?: Types.DecideOrganisationMutationVariables) => fetcher<Types.DecideOrganisationMutation, Types.DecideOrganisationMutationVariables>(DecideOrganisationDocument, variables)(),
    ...options
  }
    )};


useDecideOrganisationMutation.fetcher = (variables: Types.DecideOrganisationMutationVariables, options?: RequestInit['headers']) => fetcher<Types.DecideOrganisationMutation, Types.DecideOrganisationMutationVariables>(DecideOrganisationDocument, variables, options);
