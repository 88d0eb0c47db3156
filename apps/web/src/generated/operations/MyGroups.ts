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

export const MyGroupsDocument = new TypedDocumentString(`
    query MyGroups($first: Int, $after: String) {
  myGroups(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      slug
      name
      visibility
      memberCount
      condition {
        id
        slug
        name
      }
    }
  }
}
    `);

export const useMyGroupsQuery = <
      TData = Types.MyGroupsQuery,
      TError = Error
    >(
      variables?: Types.MyGroupsQueryVariables,
      options?: Omit<UseQueryOptions<Types.MyGroupsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.MyGroupsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.MyGroupsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['MyGroups'] : ['MyGroups', variables],
    queryFn: fetcher<Types.MyGroupsQuery, Types.MyGroupsQueryVariables>(MyGroupsDocument, variables),
    ...options
  }
    )};

useMyGroupsQuery.getKey = (variables?: Types.MyGroupsQueryVariables) => variables === undefined ? ['MyGroups'] : ['MyGroups', variables];

export const useInfiniteMyGroupsQuery = <
      TData = InfiniteData<Types.MyGroupsQuery>,
      TError = Error
    >(
      variables: Types.MyGroupsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.MyGroupsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.MyGroupsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.MyGroupsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['MyGroups.infinite'] : ['MyGroups.infinite', variables],
      queryFn: (metaData) => fetcher<Types.MyGroupsQuery, Types.MyGroupsQueryVariables>(MyGroupsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteMyGroupsQuery.getKey = (variables?: Types.MyGroupsQueryVariables) => variables === undefined ? ['MyGroups.infinite'] : ['MyGroups.infinite', variables];


useMyGroupsQuery.fetcher = (variables?: Types.MyGroupsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.MyGroupsQuery, Types.MyGroupsQueryVariables>(MyGroupsDocument, variables, options);
