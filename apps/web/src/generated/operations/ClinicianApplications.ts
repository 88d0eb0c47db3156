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

export const ClinicianApplicationsDocument = new TypedDocumentString(`
    query ClinicianApplications($first: Int, $after: String) {
  clinicianApplications(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ClinicianApplicationFields
    }
  }
}
    fragment ClinicianApplicationFields on ClinicianApplication {
  id
  handle
  registration
  organisation
  appliedAt
  status
}`);

export const useClinicianApplicationsQuery = <
      TData = Types.ClinicianApplicationsQuery,
      TError = Error
    >(
      variables?: Types.ClinicianApplicationsQueryVariables,
      options?: Omit<UseQueryOptions<Types.ClinicianApplicationsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.ClinicianApplicationsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.ClinicianApplicationsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['ClinicianApplications'] : ['ClinicianApplications', variables],
    queryFn: fetcher<Types.ClinicianApplicationsQuery, Types.ClinicianApplicationsQueryVariables>(ClinicianApplicationsDocument, variables),
    ...options
  }
    )};

useClinicianApplicationsQuery.getKey = (variables?: Types.ClinicianApplicationsQueryVariables) => variables === undefined ? ['ClinicianApplications'] : ['ClinicianApplications', variables];

export const useInfiniteClinicianApplicationsQuery = <
      TData = InfiniteData<Types.ClinicianApplicationsQuery>,
      TError = Error
    >(
      variables: Types.ClinicianApplicationsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.ClinicianApplicationsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.ClinicianApplicationsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.ClinicianApplicationsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['ClinicianApplications.infinite'] : ['ClinicianApplications.infinite', variables],
      queryFn: (metaData) => fetcher<Types.ClinicianApplicationsQuery, Types.ClinicianApplicationsQueryVariables>(ClinicianApplicationsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteClinicianApplicationsQuery.getKey = (variables?: Types.ClinicianApplicationsQueryVariables) => variables === undefined ? ['ClinicianApplications.infinite'] : ['ClinicianApplications.infinite', variables];


useClinicianApplicationsQuery.fetcher = (variables?: Types.ClinicianApplicationsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.ClinicianApplicationsQuery, Types.ClinicianApplicationsQueryVariables>(ClinicianApplicationsDocument, variables, options);
