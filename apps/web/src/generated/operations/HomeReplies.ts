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

export const HomeRepliesDocument = new TypedDocumentString(`
    query HomeReplies($first: Int, $after: String) {
  homeReplies(first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      threadId
      threadTitle
      reply {
        id
        bodyHtml
        authorLabel
        isNew
        isHidden
        createdAt
      }
    }
  }
}
    `);

export const useHomeRepliesQuery = <
      TData = Types.HomeRepliesQuery,
      TError = Error
    >(
      variables?: Types.HomeRepliesQueryVariables,
      options?: Omit<UseQueryOptions<Types.HomeRepliesQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.HomeRepliesQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.HomeRepliesQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['HomeReplies'] : ['HomeReplies', variables],
    queryFn: fetcher<Types.HomeRepliesQuery, Types.HomeRepliesQueryVariables>(HomeRepliesDocument, variables),
    ...options
  }
    )};

useHomeRepliesQuery.getKey = (variables?: Types.HomeRepliesQueryVariables) => variables === undefined ? ['HomeReplies'] : ['HomeReplies', variables];

export const useInfiniteHomeRepliesQuery = <
      TData = InfiniteData<Types.HomeRepliesQuery>,
      TError = Error
    >(
      variables: Types.HomeRepliesQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.HomeRepliesQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.HomeRepliesQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.HomeRepliesQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['HomeReplies.infinite'] : ['HomeReplies.infinite', variables],
      queryFn: (metaData) => fetcher<Types.HomeRepliesQuery, Types.HomeRepliesQueryVariables>(HomeRepliesDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteHomeRepliesQuery.getKey = (variables?: Types.HomeRepliesQueryVariables) => variables === undefined ? ['HomeReplies.infinite'] : ['HomeReplies.infinite', variables];


useHomeRepliesQuery.fetcher = (variables?: Types.HomeRepliesQueryVariables, options?: RequestInit['headers']) => fetcher<Types.HomeRepliesQuery, Types.HomeRepliesQueryVariables>(HomeRepliesDocument, variables, options);
