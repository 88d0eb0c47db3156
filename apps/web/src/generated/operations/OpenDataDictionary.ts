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

export const OpenDataDictionaryDocument = new TypedDocumentString(`
    query OpenDataDictionary {
  openDataDictionary {
    version
    threshold
    roundingBase
    columns {
      name
      description
    }
    measures {
      table
      name
      categories
      description
    }
    rules {
      name
      description
    }
  }
}
    `);

export const useOpenDataDictionaryQuery = <
      TData = Types.OpenDataDictionaryQuery,
      TError = Error
    >(
      variables?: Types.OpenDataDictionaryQueryVariables,
      options?: Omit<UseQueryOptions<Types.OpenDataDictionaryQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.OpenDataDictionaryQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.OpenDataDictionaryQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['OpenDataDictionary'] : ['OpenDataDictionary', variables],
    queryFn: fetcher<Types.OpenDataDictionaryQuery, Types.OpenDataDictionaryQueryVariables>(OpenDataDictionaryDocument, variables),
    ...options
  }
    )};

useOpenDataDictionaryQuery.getKey = (variables?: Types.OpenDataDictionaryQueryVariables) => variables === undefined ? ['OpenDataDictionary'] : ['OpenDataDictionary', variables];

export const useInfiniteOpenDataDictionaryQuery = <
      TData = InfiniteData<Types.OpenDataDictionaryQuery>,
      TError = Error
    >(
      variables: Types.OpenDataDictionaryQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.OpenDataDictionaryQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.OpenDataDictionaryQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.OpenDataDictionaryQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['OpenDataDictionary.infinite'] : ['OpenDataDictionary.infinite', variables],
      queryFn: (metaData) => fetcher<Types.OpenDataDictionaryQuery, Types.OpenDataDictionaryQueryVariables>(OpenDataDictionaryDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteOpenDataDictionaryQuery.getKey = (variables?: Types.OpenDataDictionaryQueryVariables) => variables === undefined ? ['OpenDataDictionary.infinite'] : ['OpenDataDictionary.infinite', variables];


useOpenDataDictionaryQuery.fetcher = (variables?: Types.OpenDataDictionaryQueryVariables, options?: RequestInit['headers']) => fetcher<Types.OpenDataDictionaryQuery, Types.OpenDataDictionaryQueryVariables>(OpenDataDictionaryDocument, variables, options);
