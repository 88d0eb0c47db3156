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

export const AddWatchedWordDocument = new TypedDocumentString(`
    mutation AddWatchedWord($input: WatchedWordInput!) {
  addWatchedWord(input: $input) {
    ...WatchedWordFields
  }
}
    fragment WatchedWordFields on WatchedWord {
  id
  phrase
  action
  createdAt
}`);

export const useAddWatchedWordMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.AddWatchedWordMutation, TError, Types.AddWatchedWordMutationVariables, TContext>) => {
    
    return useMutation<Types.AddWatchedWordMutation, TError, Types.AddWatchedWordMutationVariables, TContext>(
      {
    mutationKey: ['AddWatchedWord'],
    mutationFn: (variables?: Types.AddWatchedWordMutationVariables) => fetcher<Types.AddWatchedWordMutation, Types.AddWatchedWordMutationVariables>(AddWatchedWordDocument, variables)(),
    ...options
  }
    )};


useAddWatchedWordMutation.fetcher = (variables: Types.AddWatchedWordMutationVariables, options?: RequestInit['headers']) => fetcher<Types.AddWatchedWordMutation, Types.AddWatchedWordMutationVariables>(AddWatchedWordDocument, variables, options);
