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

export const ConditionInsightsCsvDocument = new TypedDocumentString(`
    query ConditionInsightsCsv($condition: String!, $from: DateTime!, $to: DateTime!) {
  conditionInsightsCsv(condition: $condition, from: $from, to: $to)
}
    `);

export const useConditionInsightsCsvQuery = <
      TData = Types.ConditionInsightsCsvQuery,
      TError = Error
    >(
      variables: Types.ConditionInsightsCsvQueryVariables,
      options?: Omit<UseQueryOptions<Types.ConditionInsightsCsvQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.ConditionInsightsCsvQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.ConditionInsightsCsvQuery, TError, TData>(
      {
    queryKey: ['ConditionInsightsCsv', variables],
    queryFn: fetcher<Types.ConditionInsightsCsvQuery, Types.ConditionInsightsCsvQueryVariables>(ConditionInsightsCsvDocument, variables),
    ...options
  }
    )};

useConditionInsightsCsvQuery.getKey = (variables: Types.ConditionInsightsCsvQueryVariables) => ['ConditionInsightsCsv', variables];

export const useInfiniteConditionInsightsCsvQuery = <
      TData = InfiniteData<Types.ConditionInsightsCsvQuery>,
      TError = Error
    >(
      variables: Types.ConditionInsightsCsvQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.ConditionInsightsCsvQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.ConditionInsightsCsvQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.ConditionInsightsCsvQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['ConditionInsightsCsv.infinite', variables],
      queryFn: (metaData) => fetcher<Types.ConditionInsightsCsvQuery, Types.ConditionInsightsCsvQueryVariables>(ConditionInsightsCsvDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteConditionInsightsCsvQuery.getKey = (variables: Types.ConditionInsightsCsvQueryVariables) => ['ConditionInsightsCsv.infinite', variables];


useConditionInsightsCsvQuery.fetcher = (variables: Types.ConditionInsightsCsvQueryVariables, options?: RequestInit['headers']) => fetcher<Types.ConditionInsightsCsvQuery, Types.ConditionInsightsCsvQueryVariables>(ConditionInsightsCsvDocument, variables, options);
