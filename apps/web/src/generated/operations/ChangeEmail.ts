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

export const ChangeEmailDocument = new TypedDocumentString(`
    mutation ChangeEmail($input: ChangeEmailInput!) {
  changeEmail(input: $input)
}
    `);

export const useChangeEmailMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.ChangeEmailMutation, TError, Types.ChangeEmailMutationVariables, TContext>) => {
    
    return useMutation<Types.ChangeEmailMutation, TError, Types.ChangeEmailMutationVariables, TContext>(
      {
    mutationKey: ['ChangeEmail'],
    mutationFn: (variables?: Types.ChangeEmailMutationVariables) => fetcher<Types.ChangeEmailMutation, Types.ChangeEmailMutationVariables>(ChangeEmailDocument, variables)(),
    ...options
  }
    )};


useChangeEmailMutation.fetcher = (variables: Types.ChangeEmailMutationVariables, options?: RequestInit['headers']) => fetcher<Types.ChangeEmailMutation, Types.ChangeEmailMutationVariables>(ChangeEmailDocument, variables, options);
