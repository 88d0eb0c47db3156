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

export const MySessionsDocument = new TypedDocumentString(`
    query MySessions {
  mySessions {
    id
    device
    createdAt
    lastSeenAt
    current
  }
}
    `);

export const useMySessionsQuery = <
      TData = Types.MySessionsQuery,
      TError = Error
    >(
      variables?: Types.MySessionsQueryVariables,
      options?: Omit<UseQueryOptions<Types.MySessionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.MySessionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.MySessionsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['MySessions'] : ['MySessions', variables],
    queryFn: fetcher<Types.MySessionsQuery, Types.MySessionsQueryVariables>(MySessionsDocument, variables),
    ...options
  }
    )};

useMySessionsQuery.getKey = (variables?: Types.MySessionsQueryVariables) => variables === undefined ? ['MySessions'] : ['MySessions', variables];

export const useInfiniteMySessionsQuery = <
      TData = InfiniteData<Types.MySessionsQuery>,
      TError = Error
    >(
      variables: Types.MySessionsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.MySessionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.MySessionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.MySessionsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['MySessions.infinite'] : ['MySessions.infinite', variables],
      queryFn: (metaData) => fetcher<Types.MySessionsQuery, Types.MySessionsQueryVariables>(MySessionsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteMySessionsQuery.getKey = (variables?: Types.MySessionsQueryVariables) => variables === undefined ? ['MySessions.infinite'] : ['MySessions.infinite', variables];


useMySessionsQuery.fetcher = (variables?: Types.MySessionsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.MySessionsQuery, Types.MySessionsQueryVariables>(MySessionsDocument, variables, options);
