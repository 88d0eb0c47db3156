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

export const DataExportDocument = new TypedDocumentString(`
    query DataExport($id: ID!) {
  dataExport(id: $id) {
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

export const useDataExportQuery = <
      TData = Types.DataExportQuery,
      TError = Error
    >(
      variables: Types.DataExportQueryVariables,
      options?: Omit<UseQueryOptions<Types.DataExportQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.DataExportQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.DataExportQuery, TError, TData>(
      {
    queryKey: ['DataExport', variables],
    queryFn: fetcher<Types.DataExportQuery, Types.DataExportQueryVariables>(DataExportDocument, variables),
    ...options
  }
    )};

useDataExportQuery.getKey = (variables: Types.DataExportQueryVariables) => ['DataExport', variables];

export const useInfiniteDataExportQuery = <
      TData = InfiniteData<Types.DataExportQuery>,
      TError = Error
    >(
      variables: Types.DataExportQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.DataExportQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.DataExportQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.DataExportQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['DataExport.infinite', variables],
      queryFn: (metaData) => fetcher<Types.DataExportQuery, Types.DataExportQueryVariables>(DataExportDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteDataExportQuery.getKey = (variables: Types.DataExportQueryVariables) => ['DataExport.infinite', variables];


useDataExportQuery.fetcher = (variables: Types.DataExportQueryVariables, options?: RequestInit['headers']) => fetcher<Types.DataExportQuery, Types.DataExportQueryVariables>(DataExportDocument, variables, options);
