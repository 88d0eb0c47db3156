import type * as Types from '../graphql';
import { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { useQuery, useInfiniteQuery, UseQueryOptions, UseInfiniteQueryOptions, InfiniteData } from '@tanstack/react-query';
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

export const NotificationSettingsDocument = new TypedDocumentString(`
    query NotificationSettings {
  notificationSettings {
    enabledKinds
    digest
  }
}
    `);

export const useNotificationSettingsQuery = <
      TData = Types.NotificationSettingsQuery,
      TError = Error
    >(
      variables?: Types.NotificationSettingsQueryVariables,
      options?: Omit<UseQueryOptions<Types.NotificationSettingsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.NotificationSettingsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.NotificationSettingsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['NotificationSettings'] : ['NotificationSettings', variables],
    queryFn: fetcher<Types.NotificationSettingsQuery, Types.NotificationSettingsQueryVariables>(NotificationSettingsDocument, variables),
    ...options
  }
    )};

useNotificationSettingsQuery.getKey = (variables?: Types.NotificationSettingsQueryVariables) => variables === undefined ? ['NotificationSettings'] : ['NotificationSettings', variables];

export const useInfiniteNotificationSettingsQuery = <
      TData = InfiniteData<Types.NotificationSettingsQuery>,
      TError = Error
    >(
      variables: Types.NotificationSettingsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.NotificationSettingsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.NotificationSettingsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.NotificationSettingsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['NotificationSettings.infinite'] : ['NotificationSettings.infinite', variables],
      queryFn: (metaData) => fetcher<Types.NotificationSettingsQuery, Types.NotificationSettingsQueryVariables>(NotificationSettingsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteNotificationSettingsQuery.getKey = (variables?: Types.NotificationSettingsQueryVariables) => variables === undefined ? ['NotificationSettings.infinite'] : ['NotificationSettings.infinite', variables];


useNotificationSettingsQuery.fetcher = (variables?: Types.NotificationSettingsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.NotificationSettingsQuery, Types.NotificationSettingsQueryVariables>(NotificationSettingsDocument, variables, options);
