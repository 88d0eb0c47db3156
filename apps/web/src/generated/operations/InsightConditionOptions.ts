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

export const InsightConditionOptionsDocument = new TypedDocumentString(`
    query InsightConditionOptions($first: Int, $after: String) {
  conditions(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      slug
      name
      family
    }
  }
}
    `);

export const useInsightConditionOptionsQuery = <
      TData = Types.InsightConditionOptionsQuery,
      TError = Error
    >(
      variables?: Types.InsightConditionOptionsQueryVariables,
      options?: Omit<UseQueryOptions<Types.InsightConditionOptionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.InsightConditionOptionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.InsightConditionOptionsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['InsightConditionOptions'] : ['InsightConditionOptions', variables],
    queryFn: fetcher<Types.InsightConditionOptionsQuery, Types.InsightConditionOptionsQueryVariables>(InsightConditionOptionsDocument, variables),
    ...options
  }
    )};

useInsightConditionOptionsQuery.getKey = (variables?: Types.InsightConditionOptionsQueryVariables) => variables === undefined ? ['InsightConditionOptions'] : ['InsightConditionOptions', variables];

export const useInfiniteInsightConditionOptionsQuery = <
      TData = InfiniteData<Types.InsightConditionOptionsQuery>,
      TError = Error
    >(
      variables: Types.InsightConditionOptionsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.InsightConditionOptionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.InsightConditionOptionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.InsightConditionOptionsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['InsightConditionOptions.infinite'] : ['InsightConditionOptions.infinite', variables],
      queryFn: (metaData) => fetcher<Types.InsightConditionOptionsQuery, Types.InsightConditionOptionsQueryVariables>(InsightConditionOptionsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteInsightConditionOptionsQuery.getKey = (variables?: Types.InsightConditionOptionsQueryVariables) => variables === undefined ? ['InsightConditionOptions.infinite'] : ['InsightConditionOptions.infinite', variables];


useInsightConditionOptionsQuery.fetcher = (variables?: Types.InsightConditionOptionsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.InsightConditionOptionsQuery, Types.InsightConditionOptionsQueryVariables>(InsightConditionOptionsDocument, variables, options);
