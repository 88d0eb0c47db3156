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

export const ResendVerificationEmailDocument = new TypedDocumentString(`
    mutation ResendVerificationEmail {
  resendVerificationEmail
}
    `);

export const useResendVerificationEmailMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.ResendVerificationEmailMutation, TError, Types.ResendVerificationEmailMutationVariables, TContext>) => {
    
    return useMutation<Types.ResendVerificationEmailMutation, TError, Types.ResendVerificationEmailMutationVariables, TContext>(
      {
    mutationKey: ['ResendVerificationEmail'],
    mutationFn: (variables?: Types.ResendVerificationEmailMutationVariables) => fetcher<Types.ResendVerificationEmailMutation, Types.ResendVerificationEmailMutationVariables>(ResendVerificationEmailDocument, variables)(),
    ...options
  }
    )};


useResendVerificationEmailMutation.fetcher = (variables?: Types.ResendVerificationEmailMutationVariables, options?: RequestInit['headers']) => fetcher<Types.ResendVerificationEmailMutation, Types.ResendVerificationEmailMutationVariables>(ResendVerificationEmailDocument, variables, options);
