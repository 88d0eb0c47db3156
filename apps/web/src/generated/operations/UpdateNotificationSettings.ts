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

export const UpdateNotificationSettingsDocument = new TypedDocumentString(`
    mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {
  updateNotificationSettings(input: $input) {
    enabledKinds
    digest
  }
}
    `);

export const useUpdateNotificationSettingsMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.UpdateNotificationSettingsMutation, TError, Types.UpdateNotificationSettingsMutationVariables, TContext>) => {
    
    return useMutation<Types.UpdateNotificationSettingsMutation, TError, Types.UpdateNotificationSettingsMutationVariables, TContext>(
      {
    mutationKey: ['UpdateNotificationSettings'],
    mutationFn: (variables?: Types.UpdateNotificationSettingsMutationVariables) => fetcher<Types.UpdateNotificationSettingsMutation, Types.UpdateNotificationSettingsMutationVariables>(UpdateNotificationSettingsDocument, variables)(),
    ...options
  }
    )};


useUpdateNotificationSettingsMutation.fetcher = (variables: Types.UpdateNotificationSettingsMutationVariables, options?: RequestInit['headers']) => fetcher<Types.UpdateNotificationSettingsMutation, Types.UpdateNotificationSettingsMutationVariables>(UpdateNotificationSettingsDocument, variables, options);
