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

export const LeaveGroupDocument = new TypedDocumentString(`
    mutation LeaveGroup($groupId: ID!) {
  leaveGroup(groupId: $groupId)
}
    `);

export const useLeaveGroupMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.LeaveGroupMutation, TError, Types.LeaveGroupMutationVariables, TContext>) => {
    
    return useMutation<Types.LeaveGroupMutation, TError, Types.LeaveGroupMutationVariables, TContext>(
      {
    mutationKey: ['LeaveGroup'],
    mutationFn: (variables?: Types.LeaveGroupMutationVariables) => fetcher<Types.LeaveGroupMutation, Types.LeaveGroupMutationVariables>(LeaveGroupDocument, variables)(),
    ...options
  }
    )};


useLeaveGroupMutation.fetcher = (variables: Types.LeaveGroupMutationVariables, options?: RequestInit['headers']) => fetcher<Types.LeaveGroupMutation, Types.LeaveGroupMutationVariables>(LeaveGroupDocument, variables, options);
