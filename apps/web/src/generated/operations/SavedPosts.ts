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

export const SavedPostsDocument = new TypedDocumentString(`
    query SavedPosts($first: Int, $after: String) {
  savedPosts(first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      savedAt
      thread {
        id
        title
        kind
        authorLabel
        isDeleted
        group {
          id
          slug
          name
        }
      }
      reply {
        id
        bodyHtml
        authorLabel
        isDeleted
        isHidden
        createdAt
      }
    }
  }
}
    `);

export const useSavedPostsQuery = <
      TData = Types.SavedPostsQuery,
      TError = Error
    >(
      variables?: Types.SavedPostsQueryVariables,
      options?: Omit<UseQueryOptions<Types.SavedPostsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.SavedPostsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.SavedPostsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['SavedPosts'] : ['SavedPosts', variables],
    queryFn: fetcher<Types.SavedPostsQuery, Types.SavedPostsQueryVariables>(SavedPostsDocument, variables),
    ...options
  }
    )};

useSavedPostsQuery.getKey = (variables?: Types.SavedPostsQueryVariables) => variables === undefined ? ['SavedPosts'] : ['SavedPosts', variables];

export const useInfiniteSavedPostsQuery = <
      TData = InfiniteData<Types.SavedPostsQuery>,
      TError = Error
    >(
      variables: Types.SavedPostsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.SavedPostsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.SavedPostsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.SavedPostsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['SavedPosts.infinite'] : ['SavedPosts.infinite', variables],
      queryFn: (metaData) => fetcher<Types.SavedPostsQuery, Types.SavedPostsQueryVariables>(SavedPostsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteSavedPostsQuery.getKey = (variables?: Types.SavedPostsQueryVariables) => variables === undefined ? ['SavedPosts.infinite'] : ['SavedPosts.infinite', variables];


useSavedPostsQuery.fetcher = (variables?: Types.SavedPostsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.SavedPostsQuery, Types.SavedPostsQueryVariables>(SavedPostsDocument, variables, options);
