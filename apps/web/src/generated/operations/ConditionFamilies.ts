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

export const ConditionFamiliesDocument = new TypedDocumentString(`
    query ConditionFamilies {
  conditionFamilies {
    name
    conditionCount
  }
}
    `);

export const useConditionFamiliesQuery = <
      TData = Types.ConditionFamiliesQuery,
      TError = Error
    >(
      variables?: Types.ConditionFamiliesQueryVariables,
      options?: Omit<UseQueryOptions<Types.ConditionFamiliesQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.ConditionFamiliesQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.ConditionFamiliesQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['ConditionFamilies'] : ['ConditionFamilies', variables],
    queryFn: fetcher<Types.ConditionFamiliesQuery, Types.ConditionFamiliesQueryVariables>(ConditionFamiliesDocument, variables),
    ...options
  }
    )};

useConditionFamiliesQuery.getKey = (variables?: Types.ConditionFamiliesQueryVariables) => variables === undefined ? ['ConditionFamilies'] : ['ConditionFamilies', variables];

export const useInfiniteConditionFamiliesQuery = <
      TData = InfiniteData<Types.ConditionFamiliesQuery>,
      TError = Error
    >(
      variables: Types.ConditionFamiliesQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.ConditionFamiliesQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.ConditionFamiliesQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.ConditionFamiliesQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['ConditionFamilies.infinite'] : ['ConditionFamilies.infinite', variables],
      queryFn: (metaData) => fetcher<Types.ConditionFamiliesQuery, Types.ConditionFamiliesQueryVariables>(ConditionFamiliesDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteConditionFamiliesQuery.getKey = (variables?: Types.ConditionFamiliesQueryVariables) => variables === undefined ? ['ConditionFamilies.infinite'] : ['ConditionFamilies.infinite', variables];


useConditionFamiliesQuery.fetcher = (variables?: Types.ConditionFamiliesQueryVariables, options?: RequestInit['headers']) => fetcher<Types.ConditionFamiliesQuery, Types.ConditionFamiliesQueryVariables>(ConditionFamiliesDocument, variables, options);
