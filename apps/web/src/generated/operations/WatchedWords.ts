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

export const WatchedWordsDocument = new TypedDocumentString(`
    query WatchedWords($slug: String!) {
  group(slug: $slug) {
    id
    watchedWords {
      ...WatchedWordFields
    }
  }
}
    fragment WatchedWordFields on WatchedWord {
  id
  phrase
  action
  createdAt
}`);

export const useWatchedWordsQuery = <
      TData = Types.WatchedWordsQuery,
      TError = Error
    >(
      variables: Types.WatchedWordsQueryVariables,
      options?: Omit<UseQueryOptions<Types.WatchedWordsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.WatchedWordsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.WatchedWordsQuery, TError, TData>(
      {
    queryKey: ['WatchedWords', variables],
    queryFn: fetcher<Types.WatchedWordsQuery, Types.WatchedWordsQueryVariables>(WatchedWordsDocument, variables),
    ...options
  }
    )};

useWatchedWordsQuery.getKey = (variables: Types.WatchedWordsQueryVariables) => ['WatchedWords', variables];

export const useInfiniteWatchedWordsQuery = <
      TData = InfiniteData<Types.WatchedWordsQuery>,
      TError = Error
    >(
      variables: Types.WatchedWordsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.WatchedWordsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.WatchedWordsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.WatchedWordsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['WatchedWords.infinite', variables],
      queryFn: (metaData) => fetcher<Types.WatchedWordsQuery, Types.WatchedWordsQueryVariables>(WatchedWordsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteWatchedWordsQuery.getKey = (variables: Types.WatchedWordsQueryVariables) => ['WatchedWords.infinite', variables];


useWatchedWordsQuery.fetcher = (variables: Types.WatchedWordsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.WatchedWordsQuery, Types.WatchedWordsQueryVariables>(WatchedWordsDocument, variables, options);
