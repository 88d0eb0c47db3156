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

export const BlockedMembersDocument = new TypedDocumentString(`
    query BlockedMembers {
  blockedMembers {
    id
    handle
  }
}
    `);

export const useBlockedMembersQuery = <
      TData = Types.BlockedMembersQuery,
      TError = Error
    >(
      variables?: Types.BlockedMembersQueryVariables,
      options?: Omit<UseQueryOptions<Types.BlockedMembersQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.BlockedMembersQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.BlockedMembersQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['BlockedMembers'] : ['BlockedMembers', variables],
    queryFn: fetcher<Types.BlockedMembersQuery, Types.BlockedMembersQueryVariables>(BlockedMembersDocument, variables),
    ...options
  }
    )};

useBlockedMembersQuery.getKey = (variables?: Types.BlockedMembersQueryVariables) => variables === undefined ? ['BlockedMembers'] : ['BlockedMembers', variables];

export const useInfiniteBlockedMembersQuery = <
      TData = InfiniteData<Types.BlockedMembersQuery>,
      TError = Error
    >(
      variables: Types.BlockedMembersQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.BlockedMembersQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.BlockedMembersQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.BlockedMembersQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['BlockedMembers.infinite'] : ['BlockedMembers.infinite', variables],
      queryFn: (metaData) => fetcher<Types.BlockedMembersQuery, Types.BlockedMembersQueryVariables>(BlockedMembersDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteBlockedMembersQuery.getKey = (variables?: Types.BlockedMembersQueryVariables) => variables === undefined ? ['BlockedMembers.infinite'] : ['BlockedMembers.infinite', variables];


useBlockedMembersQuery.fetcher = (variables?: Types.BlockedMembersQueryVariables, options?: RequestInit['headers']) => fetcher<Types.BlockedMembersQuery, Types.BlockedMembersQueryVariables>(BlockedMembersDocument, variables, options);
