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

export const PreviewMarkdownDocument = new TypedDocumentString(`
    query PreviewMarkdown($input: PreviewInput!) {
  previewMarkdown(input: $input)
}
    `);

export const usePreviewMarkdownQuery = <
      TData = Types.PreviewMarkdownQuery,
      TError = Error
    >(
      variables: Types.PreviewMarkdownQueryVariables,
      options?: Omit<UseQueryOptions<Types.PreviewMarkdownQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.PreviewMarkdownQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.PreviewMarkdownQuery, TError, TData>(
      {
    queryKey: ['PreviewMarkdown', variables],
    queryFn: fetcher<Types.PreviewMarkdownQuery, Types.PreviewMarkdownQueryVariables>(PreviewMarkdownDocument, variables),
    ...options
  }
    )};

usePreviewMarkdownQuery.getKey = (variables: Types.PreviewMarkdownQueryVariables) => ['PreviewMarkdown', variables];

export const useInfinitePreviewMarkdownQuery = <
      TData = InfiniteData<Types.PreviewMarkdownQuery>,
      TError = Error
    >(
      variables: Types.PreviewMarkdownQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.PreviewMarkdownQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.PreviewMarkdownQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.PreviewMarkdownQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['PreviewMarkdown.infinite', variables],
      queryFn: (metaData) => fetcher<Types.PreviewMarkdownQuery, Types.PreviewMarkdownQueryVariables>(PreviewMarkdownDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfinitePreviewMarkdownQuery.getKey = (variables: Types.PreviewMarkdownQueryVariables) => ['PreviewMarkdown.infinite', variables];


usePreviewMarkdownQuery.fetcher = (variables: Types.PreviewMarkdownQueryVariables, options?: RequestInit['headers']) => fetcher<Types.PreviewMarkdownQuery, Types.PreviewMarkdownQueryVariables>(PreviewMarkdownDocument, variables, options);
