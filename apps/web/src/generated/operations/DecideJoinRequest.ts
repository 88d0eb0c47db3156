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

export const DecideJoinRequestDocument = new TypedDocumentString(`
    mutation DecideJoinRequest($requestId: ID!, $approve: Boolean!) {
  decideJoinRequest(requestId: $requestId, approve: $approve) {
    id
    status
  }
}
    `);

export const useDecideJoinRequestMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.DecideJoinRequestMutation, TError, Types.DecideJoinRequestMutationVariables, TContext>) => {
    
    return useMutation<Types.DecideJoinRequestMutation, TError, Types.DecideJoinRequestMutationVariables, TContext>(
      {
    mutationKey: ['DecideJoinRequest'],
    mutationFn: (variables?: Types.DecideJoinRequestMutationVariables) => fetcher<Types.DecideJoinRequestMutation, Types.DecideJoinRequestMutationVariables>(DecideJoinRequestDocument, variables)(),
    ...options
  }
    )};


useDecideJoinRequestMutation.fetcher = (variables: Types.DecideJoinRequestMutationVariables, options?: RequestInit['headers']) => fetcher<Types.DecideJoinRequestMutation, Types.DecideJoinRequestMutationVariables>(DecideJoinRequestDocument, variables, options);
