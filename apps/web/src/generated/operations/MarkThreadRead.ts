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

export const MarkThreadReadDocument = new TypedDocumentString(`
    mutation MarkThreadRead($id: ID!) {
  markThreadRead(id: $id)
}
    `);

export const useMarkThreadReadMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.MarkThreadReadMutation, TError, Types.MarkThreadReadMutationVariables, TContext>) => {
    
    return useMutation<Types.MarkThreadReadMutation, TError, Types.MarkThreadReadMutationVariables, TContext>(
      {
    mutationKey: ['MarkThreadRead'],
    mutationFn: (variables?: Types.MarkThreadReadMutationVariables) => fetcher<Types.MarkThreadReadMutation, Types.MarkThreadReadMutationVariables>(MarkThreadReadDocument, variables)(),
    ...options
  }
    )};


useMarkThreadReadMutation.fetcher = (variables: Types.MarkThreadReadMutationVariables, options?: RequestInit['headers']) => fetcher<Types.MarkThreadReadMutation, Types.MarkThreadReadMutationVariables>(MarkThreadReadDocument, variables, options);
