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

export const MyExperienceReportsDocument = new TypedDocumentString(`
    query MyExperienceReports($first: Int, $after: String) {
  myExperienceReports(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      effectiveness
      updatedAt
      condition {
        id
        slug
        name
      }
      intervention {
        id
        name
      }
    }
  }
}
    `);

export const useMyExperienceReportsQuery = <
      TData = Types.MyExperienceReportsQuery,
      TError = Error
    >(
      variables?: Types.MyExperienceReportsQueryVariables,
      options?: Omit<UseQueryOptions<Types.MyExperienceReportsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.MyExperienceReportsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.MyExperienceReportsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['MyExperienceReports'] : ['MyExperienceReports', variables],
    queryFn: fetcher<Types.MyExperienceReportsQuery, Types.MyExperienceReportsQueryVariables>(MyExperienceReportsDocument, variables),
    ...options
  }
    )};

useMyExperienceReportsQuery.getKey = (variables?: Types.MyExperienceReportsQueryVariables) => variables === undefined ? ['MyExperienceReports'] : ['MyExperienceReports', variables];

export const useInfiniteMyExperienceReportsQuery = <
      TData = InfiniteData<Types.MyExperienceReportsQuery>,
      TError = Error
    >(
      variables: Types.MyExperienceReportsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.MyExperienceReportsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.MyExperienceReportsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.MyExperienceReportsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['MyExperienceReports.infinite'] : ['MyExperienceReports.infinite', variables],
      queryFn: (metaData) => fetcher<Types.MyExperienceReportsQuery, Types.MyExperienceReportsQueryVariables>(MyExperienceReportsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteMyExperienceReportsQuery.getKey = (variables?: Types.MyExperienceReportsQueryVariables) => variables === undefined ? ['MyExperienceReports.infinite'] : ['MyExperienceReports.infinite', variables];


useMyExperienceReportsQuery.fetcher = (variables?: Types.MyExperienceReportsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.MyExperienceReportsQuery, Types.MyExperienceReportsQueryVariables>(MyExperienceReportsDocument, variables, options);
