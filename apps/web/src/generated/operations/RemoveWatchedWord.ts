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

export const RemoveWatchedWordDocument = new TypedDocumentString(`
    mutation RemoveWatchedWord($id: ID!) {
  removeWatchedWord(id: $id)
}
    `);

export const useRemoveWatchedWordMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.RemoveWatchedWordMutation, TError, Types.RemoveWatchedWordMutationVariables, TContext>) => {
    
    return useMutation<Types.RemoveWatchedWordMutation, TError, Types.RemoveWatchedWordMutationVariables, TContext>(
      {
    mutationKey: ['RemoveWatchedWord'],
    mutationFn: (variables?: Types.RemoveWatchedWordMutationVariables) => fetcher<Types.RemoveWatchedWordMutation, Types.RemoveWatchedWordMutationVariables>(RemoveWatchedWordDocument, variables)(),
    ...options
  }
    )};


useRemoveWatchedWordMutation.fetcher = (variables: Types.RemoveWatchedWordMutationVariables, options?: RequestInit['headers']) => fetcher<Types.RemoveWatchedWordMutation, Types.RemoveWatchedWordMutationVariables>(RemoveWatchedWordDocument, variables, options);
