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

export const EndSessionDocument = new TypedDocumentString(`
    mutation EndSession($id: ID!) {
  endSession(id: $id)
}
    `);

export const useEndSessionMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.EndSessionMutation, TError, Types.EndSessionMutationVariables, TContext>) => {
    
    return useMutation<Types.EndSessionMutation, TError, Types.EndSessionMutationVariables, TContext>(
      {
    mutationKey: ['EndSession'],
    mutationFn: (variables?: Types.EndSessionMutationVariables) => fetcher<Types.EndSessionMutation, Types.EndSessionMutationVariables>(EndSessionDocument, variables)(),
    ...options
  }
    )};


useEndSessionMutation.fetcher = (variables: Types.EndSessionMutationVariables, options?: RequestInit['headers']) => fetcher<Types.EndSessionMutation, Types.EndSessionMutationVariables>(EndSessionDocument, variables, options);
