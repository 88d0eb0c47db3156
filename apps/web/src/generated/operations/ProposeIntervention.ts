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

export const ProposeInterventionDocument = new TypedDocumentString(`
    mutation ProposeIntervention($input: ProposeInterventionInput!) {
  proposeIntervention(input: $input) {
    ...InterventionSummary
    status
  }
}
    fragment InterventionSummary on Intervention {
  id
  slug
  name
  category
}`);

export const useProposeInterventionMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.ProposeInterventionMutation, TError, Types.ProposeInterventionMutationVariables, TContext>) => {
    
    return useMutation<Types.ProposeInterventionMutation, TError, Types.ProposeInterventionMutationVariables, TContext>(
      {
    mutationKey: ['ProposeIntervention'],
    mutationFn: (variables?: Types.ProposeInterventionMutationVariables) => fetcher<Types.ProposeInterventionMutation, Types.ProposeInterventionMutationVariables>(ProposeInterventionDocument, variables)(),
    ...options
  }
    )};


useProposeInterventionMutation.fetcher = (variables: Types.ProposeInterventionMutationVariables, options?: RequestInit['headers']) => fetcher<Types.ProposeInterventionMutation, Types.ProposeInterventionMutationVariables>(ProposeInterventionDocument, variables, options);
