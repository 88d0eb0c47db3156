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

export const FollowGroupDocument = new TypedDocumentString(`
    mutation FollowGroup($groupId: ID!, $follow: Boolean!) {
  followGroup(groupId: $groupId, follow: $follow)
}
    `);

export const useFollowGroupMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.FollowGroupMutation, TError, Types.FollowGroupMutationVariables, TContext>) => {
    
    return useMutation<Types.FollowGroupMutation, TError, Types.FollowGroupMutationVariables, TContext>(
      {
    mutationKey: ['FollowGroup'],
    mutationFn: (variables?: Types.FollowGroupMutationVariables) => fetcher<Types.FollowGroupMutation, Types.FollowGroupMutationVariables>(FollowGroupDocument, variables)(),
    ...options
  }
    )};


useFollowGroupMutation.fetcher = (variables: Types.FollowGroupMutationVariables, options?: RequestInit['headers']) => fetcher<Types.FollowGroupMutation, Types.FollowGroupMutationVariables>(FollowGroupDocument, variables, options);
