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

export const ModerationSummaryDocument = new TypedDocumentString(`
    query ModerationSummary {
  moderationSummary {
    open
    crisis
  }
}
    `);

export const useModerationSummaryQuery = <
      TData = Types.ModerationSummaryQuery,
      TError = Error
    >(
      variables?: Types.ModerationSummaryQueryVariables,
      options?: Omit<UseQueryOptions<Types.ModerationSummaryQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.ModerationSummaryQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.ModerationSummaryQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['ModerationSummary'] : ['ModerationSummary', variables],
    queryFn: fetcher<Types.ModerationSummaryQuery, Types.ModerationSummaryQueryVariables>(ModerationSummaryDocument, variables),
    ...options
  }
    )};

useModerationSummaryQuery.getKey = (variables?: Types.ModerationSummaryQueryVariables) => variables === undefined ? ['ModerationSummary'] : ['ModerationSummary', variables];

export const useInfiniteModerationSummaryQuery = <
      TData = InfiniteData<Types.ModerationSummaryQuery>,
      TError = Error
    >(
      variables: Types.ModerationSummaryQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.ModerationSummaryQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.ModerationSummaryQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.ModerationSummaryQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['ModerationSummary.infinite'] : ['ModerationSummary.infinite', variables],
      queryFn: (metaData) => fetcher<Types.ModerationSummaryQuery, Types.ModerationSummaryQueryVariables>(ModerationSummaryDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteModerationSummaryQuery.getKey = (variables?: Types.ModerationSummaryQueryVariables) => variables === undefined ? ['ModerationSummary.infinite'] : ['ModerationSummary.infinite', variables];


useModerationSummaryQuery.fetcher = (variables?: Types.ModerationSummaryQueryVariables, options?: RequestInit['headers']) => fetcher<Types.ModerationSummaryQuery, Types.ModerationSummaryQueryVariables>(ModerationSummaryDocument, variables, options);
