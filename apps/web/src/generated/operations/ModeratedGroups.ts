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

export const ModeratedGroupsDocument = new TypedDocumentString(`
    query ModeratedGroups($first: Int, $after: String) {
  groups(first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      slug
      name
      viewerCanModerate
    }
  }
}
    `);

export const useModeratedGroupsQuery = <
      TData = Types.ModeratedGroupsQuery,
      TError = Error
    >(
      variables?: Types.ModeratedGroupsQueryVariables,
      options?: Omit<UseQueryOptions<Types.ModeratedGroupsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.ModeratedGroupsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.ModeratedGroupsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['ModeratedGroups'] : ['ModeratedGroups', variables],
    queryFn: fetcher<Types.ModeratedGroupsQuery, Types.ModeratedGroupsQueryVariables>(ModeratedGroupsDocument, variables),
    ...options
  }
    )};

useModeratedGroupsQuery.getKey = (variables?: Types.ModeratedGroupsQueryVariables) => variables === undefined ? ['ModeratedGroups'] : ['ModeratedGroups', variables];

export const useInfiniteModeratedGroupsQuery = <
      TData = InfiniteData<Types.ModeratedGroupsQuery>,
      TError = Error
    >(
      variables: Types.ModeratedGroupsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.ModeratedGroupsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.ModeratedGroupsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.ModeratedGroupsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['ModeratedGroups.infinite'] : ['ModeratedGroups.infinite', variables],
      queryFn: (metaData) => fetcher<Types.ModeratedGroupsQuery, Types.ModeratedGroupsQueryVariables>(ModeratedGroupsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteModeratedGroupsQuery.getKey = (variables?: Types.ModeratedGroupsQueryVariables) => variables === undefined ? ['ModeratedGroups.infinite'] : ['ModeratedGroups.infinite', variables];


useModeratedGroupsQuery.fetcher = (variables?: Types.ModeratedGroupsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.ModeratedGroupsQuery, Types.ModeratedGroupsQueryVariables>(ModeratedGroupsDocument, variables, options);
