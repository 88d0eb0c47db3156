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

export const InterventionBySlugDocument = new TypedDocumentString(`
    query InterventionBySlug($slug: String!) {
  intervention(slug: $slug) {
    ...InterventionSummary
    status
  }
}
    fragment InterventionSummary on Intervention {
  id
  slug
  name
  category
}`);

export const useInterventionBySlugQuery = <
      TData = Types.InterventionBySlugQuery,
      TError = Error
    >(
      variables: Types.InterventionBySlugQueryVariables,
      options?: Omit<UseQueryOptions<Types.InterventionBySlugQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.InterventionBySlugQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.InterventionBySlugQuery, TError, TData>(
      {
    queryKey: ['InterventionBySlug', variables],
    queryFn: fetcher<Types.InterventionBySlugQuery, Types.InterventionBySlugQueryVariables>(InterventionBySlugDocument, variables),
    ...options
  }
    )};

useInterventionBySlugQuery.getKey = (variables: Types.InterventionBySlugQueryVariables) => ['InterventionBySlug', variables];

export const useInfiniteInterventionBySlugQuery = <
      TData = InfiniteData<Types.InterventionBySlugQuery>,
      TError = Error
    >(
      variables: Types.InterventionBySlugQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.InterventionBySlugQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.InterventionBySlugQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.InterventionBySlugQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['InterventionBySlug.infinite', variables],
      queryFn: (metaData) => fetcher<Types.InterventionBySlugQuery, Types.InterventionBySlugQueryVariables>(InterventionBySlugDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteInterventionBySlugQuery.getKey = (variables: Types.InterventionBySlugQueryVariables) => ['InterventionBySlug.infinite', variables];


useInterventionBySlugQuery.fetcher = (variables: Types.InterventionBySlugQueryVariables, options?: RequestInit['headers']) => fetcher<Types.InterventionBySlugQuery, Types.InterventionBySlugQueryVariables>(InterventionBySlugDocument, variables, options);
