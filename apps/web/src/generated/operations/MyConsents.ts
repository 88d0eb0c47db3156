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

export const MyConsentsDocument = new TypedDocumentString(`
    query MyConsents {
  myConsents {
    purpose
    granted
    changedAt
  }
}
    `);

export const useMyConsentsQuery = <
      TData = Types.MyConsentsQuery,
      TError = Error
    >(
      variables?: Types.MyConsentsQueryVariables,
      options?: Omit<UseQueryOptions<Types.MyConsentsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.MyConsentsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.MyConsentsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['MyConsents'] : ['MyConsents', variables],
    queryFn: fetcher<Types.MyConsentsQuery, Types.MyConsentsQueryVariables>(MyConsentsDocument, variables),
    ...options
  }
    )};

useMyConsentsQuery.getKey = (variables?: Types.MyConsentsQueryVariables) => variables === undefined ? ['MyConsents'] : ['MyConsents', variables];

export const useInfiniteMyConsentsQuery = <
      TData = InfiniteData<Types.MyConsentsQuery>,
      TError = Error
    >(
      variables: Types.MyConsentsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.MyConsentsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.MyConsentsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.MyConsentsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['MyConsents.infinite'] : ['MyConsents.infinite', variables],
      queryFn: (metaData) => fetcher<Types.MyConsentsQuery, Types.MyConsentsQueryVariables>(MyConsentsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteMyConsentsQuery.getKey = (variables?: Types.MyConsentsQueryVariables) => variables === undefined ? ['MyConsents.infinite'] : ['MyConsents.infinite', variables];


useMyConsentsQuery.fetcher = (variables?: Types.MyConsentsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.MyConsentsQuery, Types.MyConsentsQueryVariables>(MyConsentsDocument, variables, options);
