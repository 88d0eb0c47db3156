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

export const DataExportsDocument = new TypedDocumentString(`
    query DataExports {
  dataExports {
    ...DataExportFields
  }
}
    fragment DataExportFields on DataExport {
  id
  status
  progress
  bytes
  createdAt
  finishedAt
  expiresAt
  downloadUrl
}`);

export const useDataExportsQuery = <
      TData = Types.DataExportsQuery,
      TError = Error
    >(
      variables?: Types.DataExportsQueryVariables,
      options?: Omit<UseQueryOptions<Types.DataExportsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.DataExportsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.DataExportsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['DataExports'] : ['DataExports', variables],
    queryFn: fetcher<Types.DataExportsQuery, Types.DataExportsQueryVariables>(DataExportsDocument, variables),
    ...options
  }
    )};

useDataExportsQuery.getKey = (variables?: Types.DataExportsQueryVariables) => variables === undefined ? ['DataExports'] : ['DataExports', variables];

export const useInfiniteDataExportsQuery = <
      TData = InfiniteData<Types.DataExportsQuery>,
      TError = Error
    >(
      variables: Types.DataExportsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.DataExportsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.DataExportsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.DataExportsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['DataExports.infinite'] : ['DataExports.infinite', variables],
      queryFn: (metaData) => fetcher<Types.DataExportsQuery, Types.DataExportsQueryVariables>(DataExportsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteDataExportsQuery.getKey = (variables?: Types.DataExportsQueryVariables) => variables === undefined ? ['DataExports.infinite'] : ['DataExports.infinite', variables];


useDataExportsQuery.fetcher = (variables?: Types.DataExportsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.DataExportsQuery, Types.DataExportsQueryVariables>(DataExportsDocument, variables, options);
