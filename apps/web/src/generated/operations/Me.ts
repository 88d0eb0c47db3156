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

export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...Viewer
  }
}
    fragment Viewer on Me {
  id
  handle
  email
  emailVerified
  role
  clinicianStatus
  bio
  sharePresence
  shareTyping
  createdAt
}`);

export const useMeQuery = <
      TData = Types.MeQuery,
      TError = Error
    >(
      variables?: Types.MeQueryVariables,
      options?: Omit<UseQueryOptions<Types.MeQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.MeQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.MeQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['Me'] : ['Me', variables],
    queryFn: fetcher<Types.MeQuery, Types.MeQueryVariables>(MeDocument, variables),
    ...options
  }
    )};

useMeQuery.getKey = (variables?: Types.MeQueryVariables) => variables === undefined ? ['Me'] : ['Me', variables];

export const useInfiniteMeQuery = <
      TData = InfiniteData<Types.MeQuery>,
      TError = Error
    >(
      variables: Types.MeQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.MeQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.MeQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.MeQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['Me.infinite'] : ['Me.infinite', variables],
      queryFn: (metaData) => fetcher<Types.MeQuery, Types.MeQueryVariables>(MeDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteMeQuery.getKey = (variables?: Types.MeQueryVariables) => variables === undefined ? ['Me.infinite'] : ['Me.infinite', variables];


useMeQuery.fetcher = (variables?: Types.MeQueryVariables, options?: RequestInit['headers']) => fetcher<Types.MeQuery, Types.MeQueryVariables>(MeDocument, variables, options);
