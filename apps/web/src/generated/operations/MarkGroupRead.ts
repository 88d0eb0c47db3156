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

export const MarkGroupReadDocument = new TypedDocumentString(`
    mutation MarkGroupRead($groupId: ID!) {
  markGroupRead(groupId: $groupId)
}
    `);

export const useMarkGroupReadMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.MarkGroupReadMutation, TError, Types.MarkGroupReadMutationVariables, TContext>) => {
    
    return useMutation<Types.MarkGroupReadMutation, TError, Types.MarkGroupReadMutationVariables, TContext>(
      {
    mutationKey: ['MarkGroupRead'],
    mutationFn: (variables?: Types.MarkGroupReadMutationVariables) => fetcher<Types.MarkGroupReadMutation, Types.MarkGroupReadMutationVariables>(MarkGroupReadDocument, variables)(),
    ...options
  }
    )};


useMarkGroupReadMutation.fetcher = (variables: Types.MarkGroupReadMutationVariables, options?: RequestInit['headers']) => fetcher<Types.MarkGroupReadMutation, Types.MarkGroupReadMutationVariables>(MarkGroupReadDocument, variables, options);
