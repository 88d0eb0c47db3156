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

export const GroupThreadsDocument = new TypedDocumentString(`
    query GroupThreads($groupId: ID!, $sort: ThreadSort!, $kind: ThreadKind, $tag: String, $first: Int, $after: String) {
  threads(
    groupId: $groupId
    sort: $sort
    kind: $kind
    tag: $tag
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ThreadSummary
    }
  }
}
    fragment ThreadSummary on Thread {
  id
  kind
  title
  tags
  authorLabel
  isAnonymous
  isLocked
  isDeleted
  replyCount
  helpfulCount
  createdAt
  lastActivityAt
  moderationState
}`);

export const useGroupThreadsQuery = <
      TData = Types.GroupThreadsQuery,
      TError = Error
    >(
      variables: Types.GroupThreadsQueryVariables,
      options?: Omit<UseQueryOptions<Types.GroupThreadsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.GroupThreadsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.GroupThreadsQuery, TError, TData>(
      {
    queryKey: ['GroupThreads', variables],
    queryFn: fetcher<Types.GroupThreadsQuery, Types.GroupThreadsQueryVariables>(GroupThreadsDocument, variables),
    ...options
  }
    )};

useGroupThreadsQuery.getKey = (variables: Types.GroupThreadsQueryVariables) => ['GroupThreads', variables];

export const useInfiniteGroupThreadsQuery = <
      TData = InfiniteData<Types.GroupThreadsQuery>,
      TError = Error
    >(
      variables: Types.GroupThreadsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.GroupThreadsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.GroupThreadsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.GroupThreadsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['GroupThreads.infinite', variables],
      queryFn: (metaData) => fetcher<Types.GroupThreadsQuery, Types.GroupThreadsQueryVariables>(GroupThreadsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteGroupThreadsQuery.getKey = (variables: Types.GroupThreadsQueryVariables) => ['GroupThreads.infinite', variables];


useGroupThreadsQuery.fetcher = (variables: Types.GroupThreadsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.GroupThreadsQuery, Types.GroupThreadsQueryVariables>(GroupThreadsDocument, variables, options);
