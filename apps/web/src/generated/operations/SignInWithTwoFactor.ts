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

export const SignInWithTwoFactorDocument = new TypedDocumentString(`
    mutation SignInWithTwoFactor($input: TwoFactorSignInInput!) {
  signInWithTwoFactor(input: $input) {
    ...Viewer
  }
}
    fragment Viewer on Me {
  id
  handle
  email
  emailVerified
  role
  clinicianStatus
  bio
  sharePresence
  shareTyping
  createdAt
}`);

export const useSignInWithTwoFactorMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.SignInWithTwoFactorMutation, TError, Types.SignInWithTwoFactorMutationVariables, TContext>) => {
    
    return useMutation<Types.SignInWithTwoFactorMutation, TError, Types.SignInWithTwoFactorMutationVariables, TContext>(
      {
    mutationKey: ['SignInWithTwoFactor'],
    mutationFn: (variables?: Types.SignInWithTwoFactorMutationVariables) => fetcher<Types.SignInWithTwoFactorMutation, Types.SignInWithTwoFactorMutationVariables>(SignInWithTwoFactorDocument, variables)(),
    ...options
  }
    )};


useSignInWithTwoFactorMutation.fetcher = (variables: Types.SignInWithTwoFactorMutationVariables, options?: RequestInit['headers']) => fetcher<Types.SignInWithTwoFactorMutation, Types.SignInWithTwoFactorMutationVariables>(SignInWithTwoFactorDocument, variables, options);
