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

export const SuggestedGroupsDocument = new TypedDocumentString(`
    query SuggestedGroups {
  suggestedGroups {
    relation
    group {
      id
      slug
      name
      description
      visibility
      memberCount
      forCarers
      condition {
        id
        name
      }
      viewerMembership {
        id
        status
      }
    }
  }
}
    `);

export const useSuggestedGroupsQuery = <
      TData = Types.SuggestedGroupsQuery,
      TError = Error
    >(
      variables?: Types.SuggestedGroupsQueryVariables,
      options?: Omit<UseQueryOptions<Types.SuggestedGroupsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.SuggestedGroupsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.SuggestedGroupsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['SuggestedGroups'] : ['SuggestedGroups', variables],
    queryFn: fetcher<Types.SuggestedGroupsQuery, Types.SuggestedGroupsQueryVariables>(SuggestedGroupsDocument, variables),
    ...options
  }
    )};

useSuggestedGroupsQuery.getKey = (variables?: Types.SuggestedGroupsQueryVariables) => variables === undefined ? ['SuggestedGroups'] : ['SuggestedGroups', variables];

export const useInfiniteSuggestedGroupsQuery = <
      TData = InfiniteData<Types.SuggestedGroupsQuery>,
      TError = Error
    >(
      variables: Types.SuggestedGroupsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.SuggestedGroupsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.SuggestedGroupsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.SuggestedGroupsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['SuggestedGroups.infinite'] : ['SuggestedGroups.infinite', variables],
      queryFn: (metaData) => fetcher<Types.SuggestedGroupsQuery, Types.SuggestedGroupsQueryVariables>(SuggestedGroupsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteSuggestedGroupsQuery.getKey = (variables?: Types.SuggestedGroupsQueryVariables) => variables === undefined ? ['SuggestedGroups.infinite'] : ['SuggestedGroups.infinite', variables];


useSuggestedGroupsQuery.fetcher = (variables?: Types.SuggestedGroupsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.SuggestedGroupsQuery, Types.SuggestedGroupsQueryVariables>(SuggestedGroupsDocument, variables, options);
