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

export const MarkAllNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkAllNotificationsRead {
  markAllNotificationsRead
}
    `);

export const useMarkAllNotificationsReadMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.MarkAllNotificationsReadMutation, TError, Types.MarkAllNotificationsReadMutationVariables, TContext>) => {
    
    return useMutation<Types.MarkAllNotificationsReadMutation, TError, Types.MarkAllNotificationsReadMutationVariables, TContext>(
      {
    mutationKey: ['MarkAllNotificationsRead'],
    mutationFn: (variables?: Types.MarkAllNotificationsReadMutationVariables) => fetcher<Types.MarkAllNotificationsReadMutation, Types.MarkAllNotificationsReadMutationVariables>(MarkAllNotificationsReadDocument, variables)(),
    ...options
  }
    )};


useMarkAllNotificationsReadMutation.fetcher = (variables?: Types.MarkAllNotificationsReadMutationVariables, options?: RequestInit['headers']) => fetcher<Types.MarkAllNotificationsReadMutation, Types.MarkAllNotificationsReadMutationVariables>(MarkAllNotificationsReadDocument, variables, options);
