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

export const OpenDataDocument = new TypedDocumentString(`
    query OpenData {
  openData {
    releases {
      version
      periodStart
      periodEnd
      publishedAt
      cellCount
      csvSha256
      csvBytes
      jsonBytes
      csvUrl
      jsonUrl
    }
    next {
      version
      periodStart
      periodEnd
      publishedAfter
    }
  }
}
    `);

export const useOpenDataQuery = <
      TData = Types.OpenDataQuery,
      TError = Error
    >(
      variables?: Types.OpenDataQueryVariables,
      options?: Omit<UseQueryOptions<Types.OpenDataQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.OpenDataQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.OpenDataQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['OpenData'] : ['OpenData', variables],
    queryFn: fetcher<Types.OpenDataQuery, Types.OpenDataQueryVariables>(OpenDataDocument, variables),
    ...options
  }
    )};

useOpenDataQuery.getKey = (variables?: Types.OpenDataQueryVariables) => variables === undefined ? ['OpenData'] : ['OpenData', variables];

export const useInfiniteOpenDataQuery = <
      TData = InfiniteData<Types.OpenDataQuery>,
      TError = Error
    >(
      variables: Types.OpenDataQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.OpenDataQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.OpenDataQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.OpenDataQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['OpenData.infinite'] : ['OpenData.infinite', variables],
      queryFn: (metaData) => fetcher<Types.OpenDataQuery, Types.OpenDataQueryVariables>(OpenDataDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteOpenDataQuery.getKey = (variables?: Types.OpenDataQueryVariables) => variables === undefined ? ['OpenData.infinite'] : ['OpenData.infinite', variables];


useOpenDataQuery.fetcher = (variables?: Types.OpenDataQueryVariables, options?: RequestInit['headers']) => fetcher<Types.OpenDataQuery, Types.OpenDataQueryVariables>(OpenDataDocument, variables, options);
