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

export const SetThreadLockedDocument = new TypedDocumentString(`
    mutation SetThreadLocked($id: ID!, $locked: Boolean!, $input: ReasonInput!) {
  setThreadLocked(id: $id, locked: $locked, input: $input) {
    id
    isLocked
  }
}
    `);

export const useSetThreadLockedMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.SetThreadLockedMutation, TError, Types.SetThreadLockedMutationVariables, TContext>) => {
    
    return useMutation<Types.SetThreadLockedMutation, TError, Types.SetThreadLockedMutationVariables, TContext>(
      {
    mutationKey: ['SetThreadLocked'],
    mutationFn: (variables?: Types.SetThreadLockedMutationVariables) => fetcher<Types.SetThreadLockedMutation, Types.SetThreadLockedMutationVariables>(SetThreadLockedDocument, variables)(),
    ...options
  }
    )};


useSetThreadLockedMutation.fetcher = (variables: Types.SetThreadLockedMutationVariables, options?: RequestInit['headers']) => fetcher<Types.SetThreadLockedMutation, Types.SetThreadLockedMutationVariables>(SetThreadLockedDocument, variables, options);
