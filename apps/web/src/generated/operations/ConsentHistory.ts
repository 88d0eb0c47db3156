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

export const ConsentHistoryDocument = new TypedDocumentString(`
    query ConsentHistory {
  consentHistory {
    purpose
    granted
    at
  }
}
    `);

export const useConsentHistoryQuery = <
      TData = Types.ConsentHistoryQuery,
      TError = Error
    >(
      variables?: Types.ConsentHistoryQueryVariables,
      options?: Omit<UseQueryOptions<Types.ConsentHistoryQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.ConsentHistoryQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.ConsentHistoryQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['ConsentHistory'] : ['ConsentHistory', variables],
    queryFn: fetcher<Types.ConsentHistoryQuery, Types.ConsentHistoryQueryVariables>(ConsentHistoryDocument, variables),
    ...options
  }
    )};

useConsentHistoryQuery.getKey = (variables?: Types.ConsentHistoryQueryVariables) => variables === undefined ? ['ConsentHistory'] : ['ConsentHistory', variables];

export const useInfiniteConsentHistoryQuery = <
      TData = InfiniteData<Types.ConsentHistoryQuery>,
      TError = Error
    >(
      variables: Types.ConsentHistoryQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.ConsentHistoryQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.ConsentHistoryQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.ConsentHistoryQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['ConsentHistory.infinite'] : ['ConsentHistory.infinite', variables],
      queryFn: (metaData) => fetcher<Types.ConsentHistoryQuery, Types.ConsentHistoryQueryVariables>(ConsentHistoryDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteConsentHistoryQuery.getKey = (variables?: Types.ConsentHistoryQueryVariables) => variables === undefined ? ['ConsentHistory.infinite'] : ['ConsentHistory.infinite', variables];


useConsentHistoryQuery.fetcher = (variables?: Types.ConsentHistoryQueryVariables, options?: RequestInit['headers']) => fetcher<Types.ConsentHistoryQuery, Types.ConsentHistoryQueryVariables>(ConsentHistoryDocument, variables, options);
