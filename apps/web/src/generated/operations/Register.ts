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

export const RegisterDocument = new TypedDocumentString(`
    mutation Register($input: RegisterInput!) {
  register(input: $input) {
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

export const useRegisterMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.RegisterMutation, TError, Types.RegisterMutationVariables, TContext>) => {
    
    return useMutation<Types.RegisterMutation, TError, Types.RegisterMutationVariables, TContext>(
      {
    mutationKey: ['Register'],
    mutationFn: (variables?: Types.RegisterMutationVariables) => fetcher<Types.RegisterMutation, Types.RegisterMutationVariables>(RegisterDocument, variables)(),
    ...options
  }
    )};


useRegisterMutation.fetcher = (variables: Types.RegisterMutationVariables, options?: RequestInit['headers']) => fetcher<Types.RegisterMutation, Types.RegisterMutationVariables>(RegisterDocument, variables, options);
