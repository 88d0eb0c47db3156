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

export const GuideHeadingsDocument = new TypedDocumentString(`
    query GuideHeadings($conditionSlug: String!) {
  guide(conditionSlug: $conditionSlug) {
    condition {
      id
      slug
      name
    }
    viewerCanEdit
    sections {
      heading
    }
  }
}
    `);

export const useGuideHeadingsQuery = <
      TData = Types.GuideHeadingsQuery,
      TError = Error
    >(
      variables: Types.GuideHeadingsQueryVariables,
      options?: Omit<UseQueryOptions<Types.GuideHeadingsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.GuideHeadingsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.GuideHeadingsQuery, TError, TData>(
      {
    queryKey: ['GuideHeadings', variables],
    queryFn: fetcher<Types.GuideHeadingsQuery, Types.GuideHeadingsQueryVariables>(GuideHeadingsDocument, variables),
    ...options
  }
    )};

useGuideHeadingsQuery.getKey = (variables: Types.GuideHeadingsQueryVariables) => ['GuideHeadings', variables];

export const useInfiniteGuideHeadingsQuery = <
      TData = InfiniteData<Types.GuideHeadingsQuery>,
      TError = Error
    >(
      variables: Types.GuideHeadingsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.GuideHeadingsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.GuideHeadingsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.GuideHeadingsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['GuideHeadings.infinite', variables],
      queryFn: (metaData) => fetcher<Types.GuideHeadingsQuery, Types.GuideHeadingsQueryVariables>(GuideHeadingsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteGuideHeadingsQuery.getKey = (variables: Types.GuideHeadingsQueryVariables) => ['GuideHeadings.infinite', variables];


useGuideHeadingsQuery.fetcher = (variables: Types.GuideHeadingsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.GuideHeadingsQuery, Types.GuideHeadingsQueryVariables>(GuideHeadingsDocument, variables, options);
