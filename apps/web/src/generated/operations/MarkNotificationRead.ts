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

export const MarkNotificationReadDocument = new TypedDocumentString(`
    mutation MarkNotificationRead($id: ID!) {
  markNotificationRead(id: $id) {
    ...NotificationFields
  }
}
    fragment NotificationFields on Notification {
  id
  kind
  message
  url
  createdAt
  readAt
}`);

export const useMarkNotificationReadMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.MarkNotificationReadMutation, TError, Types.MarkNotificationReadMutationVariables, TContext>) => {
    
    return useMutation<Types.MarkNotificationReadMutation, TError, Types.MarkNotificationReadMutationVariables, TContext>(
      {
    mutationKey: ['MarkNotificationRead'],
    mutationFn: (variables?: Types.MarkNotificationReadMutationVariables) => fetcher<Types.MarkNotificationReadMutation, Types.MarkNotificationReadMutationVariables>(MarkNotificationReadDocument, variables)(),
    ...options
  }
    )};


useMarkNotificationReadMutation.fetcher = (variables: Types.MarkNotificationReadMutationVariables, options?: RequestInit['headers']) => fetcher<Types.MarkNotificationReadMutation, Types.MarkNotificationReadMutationVariables>(MarkNotificationReadDocument, variables, options);
