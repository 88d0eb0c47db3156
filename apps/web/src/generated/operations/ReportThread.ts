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

export const ReportThreadDocument = new TypedDocumentString(`
    query ReportThread($id: ID!) {
  thread(id: $id) {
    id
    title
    isDeleted
    isLocked
    group {
      id
      slug
      name
      visibility
      viewerCanModerate
      viewerCanRead
      viewerCanPost
      viewerMembership {
        id
        status
      }
      condition {
        id
        slug
      }
    }
  }
}
    `);

export const useReportThreadQuery = <
      TData = Types.ReportThreadQuery,
      TError = Error
    >(
      variables: Types.ReportThreadQueryVariables,
      options?: Omit<UseQueryOptions<Types.ReportThreadQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.ReportThreadQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.ReportThreadQuery, TError, TData>(
      {
    queryKey: ['ReportThread', variables],
    queryFn: fetcher<Types.ReportThreadQuery, Types.ReportThreadQueryVariables>(ReportThreadDocument, variables),
    ...options
  }
    )};

useReportThreadQuery.getKey = (variables: Types.ReportThreadQueryVariables) => ['ReportThread', variables];

export const useInfiniteReportThreadQuery = <
      TData = InfiniteData<Types.ReportThreadQuery>,
      TError = Error
    >(
      variables: Types.ReportThreadQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.ReportThreadQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.ReportThreadQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.ReportThreadQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['ReportThread.infinite', variables],
      queryFn: (metaData) => fetcher<Types.ReportThreadQuery, Types.ReportThreadQueryVariables>(ReportThreadDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteReportThreadQuery.getKey = (variables: Types.ReportThreadQueryVariables) => ['ReportThread.infinite', variables];


useReportThreadQuery.fetcher = (variables: Types.ReportThreadQueryVariables, options?: RequestInit['headers']) => fetcher<Types.ReportThreadQuery, Types.ReportThreadQueryVariables>(ReportThreadDocument, variables, options);
