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

export const HomeThreadsDocument = new TypedDocumentString(`
    query HomeThreads($filter: HomeThreadFilter, $first: Int, $after: String) {
  homeThreads(filter: $filter, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...HomeThreadFields
    }
  }
}
    fragment HomeThreadFields on HomeThread {
  newReplyCount
  isNew
  viewerFollows
  thread {
    id
    kind
    title
    authorLabel
    isLocked
    replyCount
    lastActivityAt
    moderationState
    group {
      id
      slug
      name
    }
  }
}`);

export const useHomeThreadsQuery = <
      TData = Types.HomeThreadsQuery,
      TError = Error
    >(
      variables?: Types.HomeThreadsQueryVariables,
      options?: Omit<UseQueryOptions<Types.HomeThreadsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.HomeThreadsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.HomeThreadsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['HomeThreads'] : ['HomeThreads', variables],
    queryFn: fetcher<Types.HomeThreadsQuery, Types.HomeThreadsQueryVariables>(HomeThreadsDocument, variables),
    ...options
  }
    )};

useHomeThreadsQuery.getKey = (variables?: Types.HomeThreadsQueryVariables) => variables === undefined ? ['HomeThreads'] : ['HomeThreads', variables];

export const useInfiniteHomeThreadsQuery = <
      TData = InfiniteData<Types.HomeThreadsQuery>,
      TError = Error
    >(
      variables: Types.HomeThreadsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.HomeThreadsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.HomeThreadsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.HomeThreadsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['HomeThreads.infinite'] : ['HomeThreads.infinite', variables],
      queryFn: (metaData) => fetcher<Types.HomeThreadsQuery, Types.HomeThreadsQueryVariables>(HomeThreadsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteHomeThreadsQuery.getKey = (variables?: Types.HomeThreadsQueryVariables) => variables === undefined ? ['HomeThreads.infinite'] : ['HomeThreads.infinite', variables];


useHomeThreadsQuery.fetcher = (variables?: Types.HomeThreadsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.HomeThreadsQuery, Types.HomeThreadsQueryVariables>(HomeThreadsDocument, variables, options);
