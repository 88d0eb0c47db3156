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

export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `);

export const useUnreadNotificationCountQuery = <
      TData = Types.UnreadNotificationCountQuery,
      TError = Error
    >(
      variables?: Types.UnreadNotificationCountQueryVariables,
      options?: Omit<UseQueryOptions<Types.UnreadNotificationCountQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.UnreadNotificationCountQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.UnreadNotificationCountQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['UnreadNotificationCount'] : ['UnreadNotificationCount', variables],
    queryFn: fetcher<Types.UnreadNotificationCountQuery, Types.UnreadNotificationCountQueryVariables>(UnreadNotificationCountDocument, variables),
    ...options
  }
    )};

useUnreadNotificationCountQuery.getKey = (variables?: Types.UnreadNotificationCountQueryVariables) => variables === undefined ? ['UnreadNotificationCount'] : ['UnreadNotificationCount', variables];

export const useInfiniteUnreadNotificationCountQuery = <
      TData = InfiniteData<Types.UnreadNotificationCountQuery>,
      TError = Error
    >(
      variables: Types.UnreadNotificationCountQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.UnreadNotificationCountQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.UnreadNotificationCountQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.UnreadNotificationCountQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['UnreadNotificationCount.infinite'] : ['UnreadNotificationCount.infinite', variables],
      queryFn: (metaData) => fetcher<Types.UnreadNotificationCountQuery, Types.UnreadNotificationCountQueryVariables>(UnreadNotificationCountDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteUnreadNotificationCountQuery.getKey = (variables?: Types.UnreadNotificationCountQueryVariables) => variables === undefined ? ['UnreadNotificationCount.infinite'] : ['UnreadNotificationCount.infinite', variables];


useUnreadNotificationCountQuery.fetcher = (variables?: Types.UnreadNotificationCountQueryVariables, options?: RequestInit['headers']) => fetcher<Types.UnreadNotificationCountQuery, Types.UnreadNotificationCountQueryVariables>(UnreadNotificationCountDocument, variables, options);
