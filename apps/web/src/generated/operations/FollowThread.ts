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

export const FollowThreadDocument = new TypedDocumentString(`
    mutation FollowThread($id: ID!, $follow: Boolean!) {
  followThread(id: $id, follow: $follow)
}
    `);

export const useFollowThreadMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.FollowThreadMutation, TError, Types.FollowThreadMutationVariables, TContext>) => {
    
    return useMutation<Types.FollowThreadMutation, TError, Types.FollowThreadMutationVariables, TContext>(
      {
    mutationKey: ['FollowThread'],
    mutationFn: (variables?: Types.FollowThreadMutationVariables) => fetcher<Types.FollowThreadMutation, Types.FollowThreadMutationVariables>(FollowThreadDocument, variables)(),
    ...options
  }
    )};


useFollowThreadMutation.fetcher = (variables: Types.FollowThreadMutationVariables, options?: RequestInit['headers']) => fetcher<Types.FollowThreadMutation, Types.FollowThreadMutationVariables>(FollowThreadDocument, variables, options);
