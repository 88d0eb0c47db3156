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

export const OrganisationApplicationsDocument = new TypedDocumentString(`
    query OrganisationApplications {
  organisationApplications(first: 50) {
    totalCount
    nodes {
      ...CareOrganisationFields
    }
  }
}
    fragment CareOrganisationFields on CareOrganisation {
  id
  name
  status
  website
  createdAt
  appliedByHandle
  serviceKind {
    slug
    name
  }
  area {
    code
    name
  }
}`);

export const useOrganisationApplicationsQuery = <
      TData = Types.OrganisationApplicationsQuery,
      TError = Error
    >(
      variables?: Types.OrganisationApplicationsQueryVariables,
      options?: Omit<UseQueryOptions<Types.OrganisationApplicationsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.OrganisationApplicationsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.OrganisationApplicationsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['OrganisationApplications'] : ['OrganisationApplications', variables],
    queryFn: fetcher<Types.OrganisationApplicationsQuery, Types.OrganisationApplicationsQueryVariables>(OrganisationApplicationsDocument, variables),
    ...options
  }
    )};

useOrganisationApplicationsQuery.getKey = (variables?: Types.OrganisationApplicationsQueryVariables) => variables === undefined ? ['OrganisationApplications'] : ['OrganisationApplications', variables];

export const useInfiniteOrganisationApplicationsQuery = <
      TData = InfiniteData<Types.OrganisationApplicationsQuery>,
      TError = Error
    >(
      variables: Types.OrganisationApplicationsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.OrganisationApplicationsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.OrganisationApplicationsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.OrganisationApplicationsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['OrganisationApplications.infinite'] : ['OrganisationApplications.infinite', variables],
      queryFn: (metaData) => fetcher<Types.OrganisationApplicationsQuery, Types.OrganisationApplicationsQueryVariables>(OrganisationApplicationsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteOrganisationApplicationsQuery.getKey = (variables?: Types.OrganisationApplicationsQueryVariables) => variables === undefined ? ['OrganisationApplications.infinite'] : ['OrganisationApplications.infinite', variables];


useOrganisationApplicationsQuery.fetcher = (variables?: Types.OrganisationApplicationsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.OrganisationApplicationsQuery, Types.OrganisationApplicationsQueryVariables>(OrganisationApplicationsDocument, variables, options);
