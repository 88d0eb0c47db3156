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

export const CareCatalogueDocument = new TypedDocumentString(`
    query CareCatalogue {
  careServiceKinds {
    slug
    name
    family
    description
    conditionSlugs
  }
  careAreas {
    code
    name
    kind
    nation
    region
  }
}
    `);

export const useCareCatalogueQuery = <
      TData = Types.CareCatalogueQuery,
      TError = Error
    >(
      variables?: Types.CareCatalogueQueryVariables,
      options?: Omit<UseQueryOptions<Types.CareCatalogueQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.CareCatalogueQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.CareCatalogueQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['CareCatalogue'] : ['CareCatalogue', variables],
    queryFn: fetcher<Types.CareCatalogueQuery, Types.CareCatalogueQueryVariables>(CareCatalogueDocument, variables),
    ...options
  }
    )};

useCareCatalogueQuery.getKey = (variables?: Types.CareCatalogueQueryVariables) => variables === undefined ? ['CareCatalogue'] : ['CareCatalogue', variables];

export const useInfiniteCareCatalogueQuery = <
      TData = InfiniteData<Types.CareCatalogueQuery>,
      TError = Error
    >(
      variables: Types.CareCatalogueQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.CareCatalogueQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.CareCatalogueQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.CareCatalogueQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['CareCatalogue.infinite'] : ['CareCatalogue.infinite', variables],
      queryFn: (metaData) => fetcher<Types.CareCatalogueQuery, Types.CareCatalogueQueryVariables>(CareCatalogueDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteCareCatalogueQuery.getKey = (variables?: Types.CareCatalogueQueryVariables) => variables === undefined ? ['CareCatalogue.infinite'] : ['CareCatalogue.infinite', variables];


useCareCatalogueQuery.fetcher = (variables?: Types.CareCatalogueQueryVariables, options?: RequestInit['headers']) => fetcher<Types.CareCatalogueQuery, Types.CareCatalogueQueryVariables>(CareCatalogueDocument, variables, options);
