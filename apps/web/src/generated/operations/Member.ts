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

export const MemberDocument = new TypedDocumentString(`
    query Member($handle: String!) {
  member(handle: $handle) {
    id
    handle
    bio
    isModerator
    isVerifiedClinician
    joinedAt
  }
}
    `);

export const useMemberQuery = <
      TData = Types.MemberQuery,
      TError = Error
    >(
      variables: Types.MemberQueryVariables,
      options?: Omit<UseQueryOptions<Types.MemberQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.MemberQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.MemberQuery, TError, TData>(
      {
    queryKey: ['Member', variables],
    queryFn: fetcher<Types.MemberQuery, Types.MemberQueryVariables>(MemberDocument, variables),
    ...options
  }
    )};

useMemberQuery.getKey = (variables: Types.MemberQueryVariables) => ['Member', variables];

export const useInfiniteMemberQuery = <
      TData = InfiniteData<Types.MemberQuery>,
      TError = Error
    >(
      variables: Types.MemberQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.MemberQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.MemberQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.MemberQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['Member.infinite', variables],
      queryFn: (metaData) => fetcher<Types.MemberQuery, Types.MemberQueryVariables>(MemberDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteMemberQuery.getKey = (variables: Types.MemberQueryVariables) => ['Member.infinite', variables];


useMemberQuery.fetcher = (variables: Types.MemberQueryVariables, options?: RequestInit['headers']) => fetcher<Types.MemberQuery, Types.MemberQueryVariables>(MemberDocument, variables, options);
