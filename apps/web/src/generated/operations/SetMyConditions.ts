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

export const SetMyConditionsDocument = new TypedDocumentString(`
    mutation SetMyConditions($input: SetMyConditionsInput!) {
  setMyConditions(input: $input) {
    relation
    condition {
      id
      name
    }
  }
}
    `);

export const useSetMyConditionsMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.SetMyConditionsMutation, TError, Types.SetMyConditionsMutationVariables, TContext>) => {
    
    return useMutation<Types.SetMyConditionsMutation, TError, Types.SetMyConditionsMutationVariables, TContext>(
      {
    mutationKey: ['SetMyConditions'],
    mutationFn: (variables?: Types.SetMyConditionsMutationVariables) => fetcher<Types.SetMyConditionsMutation, Types.SetMyConditionsMutationVariables>(SetMyConditionsDocument, variables)(),
    ...options
  }
    )};


useSetMyConditionsMutation.fetcher = (variables: Types.SetMyConditionsMutationVariables, options?: RequestInit['headers']) => fetcher<Types.SetMyConditionsMutation, Types.SetMyConditionsMutationVariables>(SetMyConditionsDocument, variables, options);
