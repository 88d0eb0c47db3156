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

export const CareConditionsDocument = new TypedDocumentString(`
    query CareConditions {
  conditions(first: 100) {
    nodes {
      id
      slug
      name
    }
  }
}
    `);

export const useCareConditionsQuery = <
      TData = Types.CareConditionsQuery,
      TError = Error
    >(
      variables?: Types.CareConditionsQueryVariables,
      options?: Omit<UseQueryOptions<Types.CareConditionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.CareConditionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.CareConditionsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['CareConditions'] : ['CareConditions', variables],
    queryFn: fetcher<Types.CareConditionsQuery, Types.CareConditionsQueryVariables>(CareConditionsDocument, variables),
    ...options
  }
    )};

useCareConditionsQuery.getKey = (variables?: Types.CareConditionsQueryVariables) => variables === undefined ? ['CareConditions'] : ['CareConditions', variables];

export const useInfiniteCareConditionsQuery = <
      TData = InfiniteData<Types.CareConditionsQuery>,
      TError = Error
    >(
      variables: Types.CareConditionsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.CareConditionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.CareConditionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.CareConditionsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['CareConditions.infinite'] : ['CareConditions.infinite', variables],
      queryFn: (metaData) => fetcher<Types.CareConditionsQuery, Types.CareConditionsQueryVariables>(CareConditionsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteCareConditionsQuery.getKey = (variables?: Types.CareConditionsQueryVariables) => variables === undefined ? ['CareConditions.infinite'] : ['CareConditions.infinite', variables];


useCareConditionsQuery.fetcher = (variables?: Types.CareConditionsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.CareConditionsQuery, Types.CareConditionsQueryVariables>(CareConditionsDocument, variables, options);
