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

export const ConditionGroupsDocument = new TypedDocumentString(`
    query ConditionGroups($conditionSlug: String!, $first: Int, $after: String) {
  groups(conditionSlug: $conditionSlug, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...GroupSummary
      viewerMembership {
        id
        status
      }
    }
  }
}
    fragment GroupSummary on Group {
  id
  slug
  name
  description
  visibility
  memberCount
}`);

export const useConditionGroupsQuery = <
      TData = Types.ConditionGroupsQuery,
      TError = Error
    >(
      variables: Types.ConditionGroupsQueryVariables,
      options?: Omit<UseQueryOptions<Types.ConditionGroupsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.ConditionGroupsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.ConditionGroupsQuery, TError, TData>(
      {
    queryKey: ['ConditionGroups', variables],
    queryFn: fetcher<Types.ConditionGroupsQuery, Types.ConditionGroupsQueryVariables>(ConditionGroupsDocument, variables),
    ...options
  }
    )};

useConditionGroupsQuery.getKey = (variables: Types.ConditionGroupsQueryVariables) => ['ConditionGroups', variables];

export const useInfiniteConditionGroupsQuery = <
      TData = InfiniteData<Types.ConditionGroupsQuery>,
      TError = Error
    >(
      variables: Types.ConditionGroupsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.ConditionGroupsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.ConditionGroupsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.ConditionGroupsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['ConditionGroups.infinite', variables],
      queryFn: (metaData) => fetcher<Types.ConditionGroupsQuery, Types.ConditionGroupsQueryVariables>(ConditionGroupsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteConditionGroupsQuery.getKey = (variables: Types.ConditionGroupsQueryVariables) => ['ConditionGroups.infinite', variables];


useConditionGroupsQuery.fetcher = (variables: Types.ConditionGroupsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.ConditionGroupsQuery, Types.ConditionGroupsQueryVariables>(ConditionGroupsDocument, variables, options);
