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

export const GroupDocument = new TypedDocumentString(`
    query Group($slug: String!) {
  group(slug: $slug) {
    ...GroupSummary
    allowAnonymous
    createdAt
    viewerCanModerate
    viewerCanRead
    viewerCanPost
    viewerFollows
    viewerMembership {
      id
      status
      role
      requestedAt
      joinedAt
    }
    condition {
      id
      slug
      name
      icd10Code
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

export const useGroupQuery = <
      TData = Types.GroupQuery,
      TError = Error
    >(
      variables: Types.GroupQueryVariables,
      options?: Omit<UseQueryOptions<Types.GroupQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.GroupQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.GroupQuery, TError, TData>(
      {
    queryKey: ['Group', variables],
    queryFn: fetcher<Types.GroupQuery, Types.GroupQueryVariables>(GroupDocument, variables),
    ...options
  }
    )};

useGroupQuery.getKey = (variables: Types.GroupQueryVariables) => ['Group', variables];

export const useInfiniteGroupQuery = <
      TData = InfiniteData<Types.GroupQuery>,
      TError = Error
    >(
      variables: Types.GroupQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.GroupQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.GroupQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.GroupQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['Group.infinite', variables],
      queryFn: (metaData) => fetcher<Types.GroupQuery, Types.GroupQueryVariables>(GroupDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteGroupQuery.getKey = (variables: Types.GroupQueryVariables) => ['Group.infinite', variables];


useGroupQuery.fetcher = (variables: Types.GroupQueryVariables, options?: RequestInit['headers']) => fetcher<Types.GroupQuery, Types.GroupQueryVariables>(GroupDocument, variables, options);
