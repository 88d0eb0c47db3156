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

export const ConditionsDocument = new TypedDocumentString(`
    query Conditions($filter: String, $family: String, $first: Int, $after: String) {
  conditions(filter: $filter, family: $family, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ConditionSummary
    }
  }
}
    fragment ConditionSummary on Condition {
  id
  slug
  name
  icd10Code
  family
}`);

export const useConditionsQuery = <
      TData = Types.ConditionsQuery,
      TError = Error
    >(
      variables?: Types.ConditionsQueryVariables,
      options?: Omit<UseQueryOptions<Types.ConditionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.ConditionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.ConditionsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['Conditions'] : ['Conditions', variables],
    queryFn: fetcher<Types.ConditionsQuery, Types.ConditionsQueryVariables>(ConditionsDocument, variables),
    ...options
  }
    )};

useConditionsQuery.getKey = (variables?: Types.ConditionsQueryVariables) => variables === undefined ? ['Conditions'] : ['Conditions', variables];

export const useInfiniteConditionsQuery = <
      TData = InfiniteData<Types.ConditionsQuery>,
      TError = Error
    >(
      variables: Types.ConditionsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.ConditionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.ConditionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.ConditionsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['Conditions.infinite'] : ['Conditions.infinite', variables],
      queryFn: (metaData) => fetcher<Types.ConditionsQuery, Types.ConditionsQueryVariables>(ConditionsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteConditionsQuery.getKey = (variables?: Types.ConditionsQueryVariables) => variables === undefined ? ['Conditions.infinite'] : ['Conditions.infinite', variables];


useConditionsQuery.fetcher = (variables?: Types.ConditionsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.ConditionsQuery, Types.ConditionsQueryVariables>(ConditionsDocument, variables, options);
