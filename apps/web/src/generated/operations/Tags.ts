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

export const TagsDocument = new TypedDocumentString(`
    query Tags {
  tags {
    slug
    label
  }
}
    `);

export const useTagsQuery = <
      TData = Types.TagsQuery,
      TError = Error
    >(
      variables?: Types.TagsQueryVariables,
      options?: Omit<UseQueryOptions<Types.TagsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.TagsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.TagsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['Tags'] : ['Tags', variables],
    queryFn: fetcher<Types.TagsQuery, Types.TagsQueryVariables>(TagsDocument, variables),
    ...options
  }
    )};

useTagsQuery.getKey = (variables?: Types.TagsQueryVariables) => variables === undefined ? ['Tags'] : ['Tags', variables];

export const useInfiniteTagsQuery = <
      TData = InfiniteData<Types.TagsQuery>,
      TError = Error
    >(
      variables: Types.TagsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.TagsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.TagsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.TagsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['Tags.infinite'] : ['Tags.infinite', variables],
      queryFn: (metaData) => fetcher<Types.TagsQuery, Types.TagsQueryVariables>(TagsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteTagsQuery.getKey = (variables?: Types.TagsQueryVariables) => variables === undefined ? ['Tags.infinite'] : ['Tags.infinite', variables];


useTagsQuery.fetcher = (variables?: Types.TagsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.TagsQuery, Types.TagsQueryVariables>(TagsDocument, variables, options);
