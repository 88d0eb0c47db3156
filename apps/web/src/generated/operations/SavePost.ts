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

export const SavePostDocument = new TypedDocumentString(`
    mutation SavePost($target: HelpfulTarget!, $id: ID!, $saved: Boolean!) {
  savePost(target: $target, id: $id, saved: $saved)
}
    `);

export const useSavePostMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.SavePostMutation, TError, Types.SavePostMutationVariables, TContext>) => {
    
    return useMutation<Types.SavePostMutation, TError, Types.SavePostMutationVariables, TContext>(
      {
    mutationKey: ['SavePost'],
    mutationFn: (variables?: Types.SavePostMutationVariables) => fetcher<Types.SavePostMutation, Types.SavePostMutationVariables>(SavePostDocument, variables)(),
    ...options
  }
    )};


useSavePostMutation.fetcher = (variables: Types.SavePostMutationVariables, options?: RequestInit['headers']) => fetcher<Types.SavePostMutation, Types.SavePostMutationVariables>(SavePostDocument, variables, options);
