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

export const GroupJoinRequestsDocument = new TypedDocumentString(`
    query GroupJoinRequests($slug: String!, $first: Int, $after: String) {
  group(slug: $slug) {
    id
    joinRequests(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        requestedAt
        member {
          id
          handle
          bio
        }
      }
    }
  }
}
    `);

export const useGroupJoinRequestsQuery = <
      TData = Types.GroupJoinRequestsQuery,
      TError = Error
    >(
      variables: Types.GroupJoinRequestsQueryVariables,
      options?: Omit<UseQueryOptions<Types.GroupJoinRequestsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.GroupJoinRequestsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.GroupJoinRequestsQuery, TError, TData>(
      {
    queryKey: ['GroupJoinRequests', variables],
    queryFn: fetcher<Types.GroupJoinRequestsQuery, Types.GroupJoinRequestsQueryVariables>(GroupJoinRequestsDocument, variables),
    ...options
  }
    )};

useGroupJoinRequestsQuery.getKey = (variables: Types.GroupJoinRequestsQueryVariables) => ['GroupJoinRequests', variables];

export const useInfiniteGroupJoinRequestsQuery = <
      TData = InfiniteData<Types.GroupJoinRequestsQuery>,
      TError = Error
    >(
      variables: Types.GroupJoinRequestsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.GroupJoinRequestsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.GroupJoinRequestsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.GroupJoinRequestsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['GroupJoinRequests.infinite', variables],
      queryFn: (metaData) => fetcher<Types.GroupJoinRequestsQuery, Types.GroupJoinRequestsQueryVariables>(GroupJoinRequestsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteGroupJoinRequestsQuery.getKey = (variables: Types.GroupJoinRequestsQueryVariables) => ['GroupJoinRequests.infinite', variables];


useGroupJoinRequestsQuery.fetcher = (variables: Types.GroupJoinRequestsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.GroupJoinRequestsQuery, Types.GroupJoinRequestsQueryVariables>(GroupJoinRequestsDocument, variables, options);
