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

export const GroupSafetyDocument = new TypedDocumentString(`
    query GroupSafety($slug: String!) {
  group(slug: $slug) {
    id
    slug
    name
    viewerCanModerate
    approveNewMembers
    condition {
      id
      slug
      name
    }
  }
}
    `);

export const useGroupSafetyQuery = <
      TData = Types.GroupSafetyQuery,
      TError = Error
    >(
      variables: Types.GroupSafetyQueryVariables,
      options?: Omit<UseQueryOptions<Types.GroupSafetyQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.GroupSafetyQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.GroupSafetyQuery, TError, TData>(
      {
    queryKey: ['GroupSafety', variables],
    queryFn: fetcher<Types.GroupSafetyQuery, Types.GroupSafetyQueryVariables>(GroupSafetyDocument, variables),
    ...options
  }
    )};

useGroupSafetyQuery.getKey = (variables: Types.GroupSafetyQueryVariables) => ['GroupSafety', variables];

export const useInfiniteGroupSafetyQuery = <
      TData = InfiniteData<Types.GroupSafetyQuery>,
      TError = Error
    >(
      variables: Types.GroupSafetyQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.GroupSafetyQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.GroupSafetyQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.GroupSafetyQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['GroupSafety.infinite', variables],
      queryFn: (metaData) => fetcher<Types.GroupSafetyQuery, Types.GroupSafetyQueryVariables>(GroupSafetyDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteGroupSafetyQuery.getKey = (variables: Types.GroupSafetyQueryVariables) => ['GroupSafety.infinite', variables];


useGroupSafetyQuery.fetcher = (variables: Types.GroupSafetyQueryVariables, options?: RequestInit['headers']) => fetcher<Types.GroupSafetyQuery, Types.GroupSafetyQueryVariables>(GroupSafetyDocument, variables, options);
