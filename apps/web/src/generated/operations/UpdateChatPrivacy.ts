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

export const UpdateChatPrivacyDocument = new TypedDocumentString(`
    mutation UpdateChatPrivacy($input: ChatPrivacyInput!) {
  updateChatPrivacy(input: $input) {
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

export const useUpdateChatPrivacyMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.UpdateChatPrivacyMutation, TError, Types.UpdateChatPrivacyMutationVariables, TContext>) => {
    
    return useMutation<Types.UpdateChatPrivacyMutation, TError, Types.UpdateChatPrivacyMutationVariables, TContext>(
      {
    mutationKey: ['UpdateChatPrivacy'],
    mutationFn: (variables?: Types.UpdateChatPrivacyMutationVariables) => fetcher<Types.UpdateChatPrivacyMutation, Types.UpdateChatPrivacyMutationVariables>(UpdateChatPrivacyDocument, variables)(),
    ...options
  }
    )};


useUpdateChatPrivacyMutation.fetcher = (variables: Types.UpdateChatPrivacyMutationVariables, options?: RequestInit['headers']) => fetcher<Types.UpdateChatPrivacyMutation, Types.UpdateChatPrivacyMutationVariables>(UpdateChatPrivacyDocument, variables, options);
