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

export const InterventionOptionsDocument = new TypedDocumentString(`
    query InterventionOptions($conditionSlug: String, $filter: String, $first: Int, $after: String) {
  interventions(
    conditionSlug: $conditionSlug
    filter: $filter
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...InterventionSummary
      synonyms
    }
  }
}
    fragment InterventionSummary on Intervention {
  id
  slug
  name
  category
}`);

export const useInterventionOptionsQuery = <
      TData = Types.InterventionOptionsQuery,
      TError = Error
    >(
      variables?: Types.InterventionOptionsQueryVariables,
      options?: Omit<UseQueryOptions<Types.InterventionOptionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.InterventionOptionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.InterventionOptionsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['InterventionOptions'] : ['InterventionOptions', variables],
    queryFn: fetcher<Types.InterventionOptionsQuery, Types.InterventionOptionsQueryVariables>(InterventionOptionsDocument, variables),
    ...options
  }
    )};

useInterventionOptionsQuery.getKey = (variables?: Types.InterventionOptionsQueryVariables) => variables === undefined ? ['InterventionOptions'] : ['InterventionOptions', variables];

export const useInfiniteInterventionOptionsQuery = <
      TData = InfiniteData<Types.InterventionOptionsQuery>,
      TError = Error
    >(
      variables: Types.InterventionOptionsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.InterventionOptionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.InterventionOptionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.InterventionOptionsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['InterventionOptions.infinite'] : ['InterventionOptions.infinite', variables],
      queryFn: (metaData) => fetcher<Types.InterventionOptionsQuery, Types.InterventionOptionsQueryVariables>(InterventionOptionsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteInterventionOptionsQuery.getKey = (variables?: Types.InterventionOptionsQueryVariables) => variables === undefined ? ['InterventionOptions.infinite'] : ['InterventionOptions.infinite', variables];


useInterventionOptionsQuery.fetcher = (variables?: Types.InterventionOptionsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.InterventionOptionsQuery, Types.InterventionOptionsQueryVariables>(InterventionOptionsDocument, variables, options);
