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

export const ReplyRevisionsDocument = new TypedDocumentString(`
    query ReplyRevisions($threadId: ID!, $after: String, $first: Int!) {
  thread(id: $threadId) {
    id
    replies(first: $first, after: $after) {
      nodes {
        id
        revisions {
          body
          replacedAt
        }
      }
    }
  }
}
    `);

export const useReplyRevisionsQuery = <
      TData = Types.ReplyRevisionsQuery,
      TError = Error
    >(
      variables: Types.ReplyRevisionsQueryVariables,
      options?: Omit<UseQueryOptions<Types.ReplyRevisionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.ReplyRevisionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.ReplyRevisionsQuery, TError, TData>(
      {
    queryKey: ['ReplyRevisions', variables],
    queryFn: fetcher<Types.ReplyRevisionsQuery, Types.ReplyRevisionsQueryVariables>(ReplyRevisionsDocument, variables),
    ...options
  }
    )};

useReplyRevisionsQuery.getKey = (variables: Types.ReplyRevisionsQueryVariables) => ['ReplyRevisions', variables];

export const useInfiniteReplyRevisionsQuery = <
      TData = InfiniteData<Types.ReplyRevisionsQuery>,
      TError = Error
    >(
      variables: Types.ReplyRevisionsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.ReplyRevisionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.ReplyRevisionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.ReplyRevisionsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['ReplyRevisions.infinite', variables],
      queryFn: (metaData) => fetcher<Types.ReplyRevisionsQuery, Types.ReplyRevisionsQueryVariables>(ReplyRevisionsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteReplyRevisionsQuery.getKey = (variables: Types.ReplyRevisionsQueryVariables) => ['ReplyRevisions.infinite', variables];


useReplyRevisionsQuery.fetcher = (variables: Types.ReplyRevisionsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.ReplyRevisionsQuery, Types.ReplyRevisionsQueryVariables>(ReplyRevisionsDocument, variables, options);
