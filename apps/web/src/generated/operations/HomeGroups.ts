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

export const HomeGroupsDocument = new TypedDocumentString(`
    query HomeGroups {
  homeGroups {
    unreadCount
    group {
      id
      slug
      name
      visibility
    }
  }
}
    `);

export const useHomeGroupsQuery = <
      TData = Types.HomeGroupsQuery,
      TError = Error
    >(
      variables?: Types.HomeGroupsQueryVariables,
      options?: Omit<UseQueryOptions<Types.HomeGroupsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.HomeGroupsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.HomeGroupsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['HomeGroups'] : ['HomeGroups', variables],
    queryFn: fetcher<Types.HomeGroupsQuery, Types.HomeGroupsQueryVariables>(HomeGroupsDocument, variables),
    ...options
  }
    )};

useHomeGroupsQuery.getKey = (variables?: Types.HomeGroupsQueryVariables) => variables === undefined ? ['HomeGroups'] : ['HomeGroups', variables];

export const useInfiniteHomeGroupsQuery = <
      TData = InfiniteData<Types.HomeGroupsQuery>,
      TError = Error
    >(
      variables: Types.HomeGroupsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.HomeGroupsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.HomeGroupsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.HomeGroupsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['HomeGroups.infinite'] : ['HomeGroups.infinite', variables],
      queryFn: (metaData) => fetcher<Types.HomeGroupsQuery, Types.HomeGroupsQueryVariables>(HomeGroupsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteHomeGroupsQuery.getKey = (variables?: Types.HomeGroupsQueryVariables) => variables === undefined ? ['HomeGroups.infinite'] : ['HomeGroups.infinite', variables];


useHomeGroupsQuery.fetcher = (variables?: Types.HomeGroupsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.HomeGroupsQuery, Types.HomeGroupsQueryVariables>(HomeGroupsDocument, variables, options);
