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

export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($token: String!) {
  verifyEmail(token: $token) {
    email
    changed
  }
}
    `);

export const useVerifyEmailMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.VerifyEmailMutation, TError, Types.VerifyEmailMutationVariables, TContext>) => {
    
    return useMutation<Types.VerifyEmailMutation, TError, Types.VerifyEmailMutationVariables, TContext>(
      {
    mutationKey: ['VerifyEmail'],
    mutationFn: (variables?: Types.VerifyEmailMutationVariables) => fetcher<Types.VerifyEmailMutation, Types.VerifyEmailMutationVariables>(VerifyEmailDocument, variables)(),
    ...options
  }
    )};


useVerifyEmailMutation.fetcher = (variables: Types.VerifyEmailMutationVariables, options?: RequestInit['headers']) => fetcher<Types.VerifyEmailMutation, Types.VerifyEmailMutationVariables>(VerifyEmailDocument, variables, options);
