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

export const JoinGroupDocument = new TypedDocumentString(`
    mutation JoinGroup($groupId: ID!) {
  joinGroup(groupId: $groupId) {
    id
    status
    role
    requestedAt
    joinedAt
    group {
      id
      memberCount
    }
  }
}
    `);

export const useJoinGroupMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.JoinGroupMutation, TError, Types.JoinGroupMutationVariables, TContext>) => {
    
    return useMutation<Types.JoinGroupMutation, TError, Types.JoinGroupMutationVariables, TContext>(
      {
    mutationKey: ['JoinGroup'],
    mutationFn: (variables?: Types.JoinGroupMutationVariables) => fetcher<Types.JoinGroupMutation, Types.JoinGroupMutationVariables>(JoinGroupDocument, variables)(),
    ...options
  }
    )};


useJoinGroupMutation.fetcher = (variables: Types.JoinGroupMutationVariables, options?: RequestInit['headers']) => fetcher<Types.JoinGroupMutation, Types.JoinGroupMutationVariables>(JoinGroupDocument, variables, options);
