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

export const ConditionDocument = new TypedDocumentString(`
    query Condition($slug: String!) {
  condition(slug: $slug) {
    ...ConditionSummary
    synonyms
    description
  }
}
    fragment ConditionSummary on Condition {
  id
  slug
  name
  icd10Code
  family
}`);

export const useConditionQuery = <
      TData = Types.ConditionQuery,
      TError = Error
    >(
      variables: Types.ConditionQueryVariables,
      options?: Omit<UseQueryOptions<Types.ConditionQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.ConditionQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.ConditionQuery, TError, TData>(
      {
    queryKey: ['Condition', variables],
    queryFn: fetcher<Types.ConditionQuery, Types.ConditionQueryVariables>(ConditionDocument, variables),
    ...options
  }
    )};

useConditionQuery.getKey = (variables: Types.ConditionQueryVariables) => ['Condition', variables];

export const useInfiniteConditionQuery = <
      TData = InfiniteData<Types.ConditionQuery>,
      TError = Error
    >(
      variables: Types.ConditionQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.ConditionQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.ConditionQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.ConditionQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['Condition.infinite', variables],
      queryFn: (metaData) => fetcher<Types.ConditionQuery, Types.ConditionQueryVariables>(ConditionDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteConditionQuery.getKey = (variables: Types.ConditionQueryVariables) => ['Condition.infinite', variables];


useConditionQuery.fetcher = (variables: Types.ConditionQueryVariables, options?: RequestInit['headers']) => fetcher<Types.ConditionQuery, Types.ConditionQueryVariables>(ConditionDocument, variables, options);
