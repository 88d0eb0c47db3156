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

export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($first: Int, $after: String) {
  notifications(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...NotificationFields
    }
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

export const useNotificationsQuery = <
      TData = Types.NotificationsQuery,
      TError = Error
    >(
      variables?: Types.NotificationsQueryVariables,
      options?: Omit<UseQueryOptions<Types.NotificationsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.NotificationsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.NotificationsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['Notifications'] : ['Notifications', variables],
    queryFn: fetcher<Types.NotificationsQuery, Types.NotificationsQueryVariables>(NotificationsDocument, variables),
    ...options
  }
    )};

useNotificationsQuery.getKey = (variables?: Types.NotificationsQueryVariables) => variables === undefined ? ['Notifications'] : ['Notifications', variables];

export const useInfiniteNotificationsQuery = <
      TData = InfiniteData<Types.NotificationsQuery>,
      TError = Error
    >(
      variables: Types.NotificationsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.NotificationsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.NotificationsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.NotificationsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['Notifications.infinite'] : ['Notifications.infinite', variables],
      queryFn: (metaData) => fetcher<Types.NotificationsQuery, Types.NotificationsQueryVariables>(NotificationsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteNotificationsQuery.getKey = (variables?: Types.NotificationsQueryVariables) => variables === undefined ? ['Notifications.infinite'] : ['Notifications.infinite', variables];


useNotificationsQuery.fetcher = (variables?: Types.NotificationsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.NotificationsQuery, Types.NotificationsQueryVariables>(NotificationsDocument, variables, options);
