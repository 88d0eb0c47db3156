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

export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
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

export const useSignInMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.SignInMutation, TError, Types.SignInMutationVariables, TContext>) => {
    
    return useMutation<Types.SignInMutation, TError, Types.SignInMutationVariables, TContext>(
      {
    mutationKey: ['SignIn'],
    mutationFn: (variables?: Types.SignInMutationVariables) => fetcher<Types.SignInMutation, Types.SignInMutationVariables>(SignInDocument, variables)(),
    ...options
  }
    )};


useSignInMutation.fetcher = (variables: Types.SignInMutationVariables, options?: RequestInit['headers']) => fetcher<Types.SignInMutation, Types.SignInMutationVariables>(SignInDocument, variables, options);
