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

export const SearchDocument = new TypedDocumentString(`
    query Search($input: SearchInput!) {
  search(input: $input) {
    total
    totalIsEstimate
    offset
    engine
    correctedQuery
    hits {
      ...SearchHitFields
    }
    facets {
      type {
        ...SearchFacetCount
      }
      condition {
        ...SearchFacetCount
      }
      group {
        ...SearchFacetCount
      }
      kind {
        ...SearchFacetCount
      }
      tag {
        ...SearchFacetCount
      }
    }
  }
}
    fragment SearchFacetCount on FacetCount {
  value
  label
  count
}
fragment SearchHitFields on SearchHit {
  id
  type
  sourceId
  title
  titleHtml
  snippetHtml
  url
  kind
  tags
  groupId
  groupName
  conditionId
  conditionName
  helpfulCount
  createdAt
}`);

export const useSearchQuery = <
      TData = Types.SearchQuery,
      TError = Error
    >(
      variables: Types.SearchQueryVariables,
      options?: Omit<UseQueryOptions<Types.SearchQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.SearchQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.SearchQuery, TError, TData>(
      {
    queryKey: ['Search', variables],
    queryFn: fetcher<Types.SearchQuery, Types.SearchQueryVariables>(SearchDocument, variables),
    ...options
  }
    )};

useSearchQuery.getKey = (variables: Types.SearchQueryVariables) => ['Search', variables];

export const useInfiniteSearchQuery = <
      TData = InfiniteData<Types.SearchQuery>,
      TError = Error
    >(
      variables: Types.SearchQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.SearchQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.SearchQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.SearchQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['Search.infinite', variables],
      queryFn: (metaData) => fetcher<Types.SearchQuery, Types.SearchQueryVariables>(SearchDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteSearchQuery.getKey = (variables: Types.SearchQueryVariables) => ['Search.infinite', variables];


useSearchQuery.fetcher = (variables: Types.SearchQueryVariables, options?: RequestInit['headers']) => fetcher<Types.SearchQuery, Types.SearchQueryVariables>(SearchDocument, variables, options);
