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

export const GroupMembersDocument = new TypedDocumentString(`
    query GroupMembers($slug: String!, $first: Int, $after: String) {
  group(slug: $slug) {
    id
    members(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        role
        joinedAt
        member {
          id
          handle
          isModerator
          isVerifiedClinician
        }
      }
    }
  }
}
    `);

export const useGroupMembersQuery = <
      TData = Types.GroupMembersQuery,
      TError = Error
    >(
      variables: Types.GroupMembersQueryVariables,
      options?: Omit<UseQueryOptions<Types.GroupMembersQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.GroupMembersQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.GroupMembersQuery, TError, TData>(
      {
    queryKey: ['GroupMembers', variables],
    queryFn: fetcher<Types.GroupMembersQuery, Types.GroupMembersQueryVariables>(GroupMembersDocument, variables),
    ...options
  }
    )};

useGroupMembersQuery.getKey = (variables: Types.GroupMembersQueryVariables) => ['GroupMembers', variables];

export const useInfiniteGroupMembersQuery = <
      TData = InfiniteData<Types.GroupMembersQuery>,
      TError = Error
    >(
      variables: Types.GroupMembersQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.GroupMembersQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.GroupMembersQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.GroupMembersQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['GroupMembers.infinite', variables],
      queryFn: (metaData) => fetcher<Types.GroupMembersQuery, Types.GroupMembersQueryVariables>(GroupMembersDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteGroupMembersQuery.getKey = (variables: Types.GroupMembersQueryVariables) => ['GroupMembers.infinite', variables];


useGroupMembersQuery.fetcher = (variables: Types.GroupMembersQueryVariables, options?: RequestInit['headers']) => fetcher<Types.GroupMembersQuery, Types.GroupMembersQueryVariables>(GroupMembersDocument, variables, options);
