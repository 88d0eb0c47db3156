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

export const SetGroupApproveNewMembersDocument = new TypedDocumentString(`
    mutation SetGroupApproveNewMembers($groupId: ID!, $enabled: Boolean!) {
  setGroupApproveNewMembers(groupId: $groupId, enabled: $enabled) {
    id
    approveNewMembers
  }
}
    `);

export const useSetGroupApproveNewMembersMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.SetGroupApproveNewMembersMutation, TError, Types.SetGroupApproveNewMembersMutationVariables, TContext>) => {
    
    return useMutation<Types.SetGroupApproveNewMembersMutation, TError, Types.SetGroupApproveNewMembersMutationVariables, TContext>(
      {
    mutationKey: ['SetGroupApproveNewMembers'],
    mutationFn: (variables?: Types.SetGroupApproveNewMembersMutationVariables) => fetcher<Types.SetGroupApproveNewMembersMutation, Types.SetGroupApproveNewMembersMutationVariables>(SetGroupApproveNewMembersDocument, variables)(),
    ...options
  }
    )};


useSetGroupApproveNewMembersMutation.fetcher = (variables: Types.SetGroupApproveNewMembersMutationVariables, options?: RequestInit['headers']) => fetcher<Types.SetGroupApproveNewMembersMutation, Types.SetGroupApproveNewMembersMutationVariables>(SetGroupApproveNewMembersDocument, variables, options);
