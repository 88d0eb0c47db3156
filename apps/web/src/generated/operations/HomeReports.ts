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

export const HomeReportsDocument = new TypedDocumentString(`
    query HomeReports($first: Int, $after: String) {
  homeReports(first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      effectiveness
      createdAt
      tipsHtml
      condition {
        id
        slug
        name
      }
      intervention {
        id
        slug
        name
      }
    }
  }
}
    `);

export const useHomeReportsQuery = <
      TData = Types.HomeReportsQuery,
      TError = Error
    >(
      variables?: Types.HomeReportsQueryVariables,
      options?: Omit<UseQueryOptions<Types.HomeReportsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.HomeReportsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.HomeReportsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['HomeReports'] : ['HomeReports', variables],
    queryFn: fetcher<Types.HomeReportsQuery, Types.HomeReportsQueryVariables>(HomeReportsDocument, variables),
    ...options
  }
    )};

useHomeReportsQuery.getKey = (variables?: Types.HomeReportsQueryVariables) => variables === undefined ? ['HomeReports'] : ['HomeReports', variables];

export const useInfiniteHomeReportsQuery = <
      TData = InfiniteData<Types.HomeReportsQuery>,
      TError = Error
    >(
      variables: Types.HomeReportsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.HomeReportsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.HomeReportsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.HomeReportsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['HomeReports.infinite'] : ['HomeReports.infinite', variables],
      queryFn: (metaData) => fetcher<Types.HomeReportsQuery, Types.HomeReportsQueryVariables>(HomeReportsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteHomeReportsQuery.getKey = (variables?: Types.HomeReportsQueryVariables) => variables === undefined ? ['HomeReports.infinite'] : ['HomeReports.infinite', variables];


useHomeReportsQuery.fetcher = (variables?: Types.HomeReportsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.HomeReportsQuery, Types.HomeReportsQueryVariables>(HomeReportsDocument, variables, options);
