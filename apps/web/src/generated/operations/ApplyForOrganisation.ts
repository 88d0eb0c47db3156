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

export const ApplyForOrganisationDocument = new TypedDocumentString(`
    mutation ApplyForOrganisation($input: ApplyForOrganisationInput!) {
  applyForOrganisation(input: $input) {
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

export const useApplyForOrganisationMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.ApplyForOrganisationMutation, TError, Types.ApplyForOrganisationMutationVariables, TContext>) => {
    
    return useMutation<Types.ApplyForOrganisationMutation, TError, Types.ApplyForOrganisationMutationVariables, TContext>(
      {
    mutationKey: ['ApplyForOrganisation'],
    mutationFn: (variables?: Types.ApplyForOrganisationMutationVariables) => fetcher<Types.ApplyForOrganisationMutation, Types.ApplyForOrganisationMutationVariables>(ApplyForOrganisationDocument, variables)(),
    ...options
  }
    )};


useApplyForOrganisationMutation.fetcher = (variables: Types.ApplyForOrganisationMutationVariables, options?: RequestInit['headers']) => fetcher<Types.ApplyForOrganisationMutation, Types.ApplyForOrganisationMutationVariables>(ApplyForOrganisationDocument, variables, options);
