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

export const ThreadRevisionsDocument = new TypedDocumentString(`
    query ThreadRevisions($id: ID!) {
  thread(id: $id) {
    id
    revisions {
      title
      body
      tags
      replacedAt
    }
  }
}
    `);

export const useThreadRevisionsQuery = <
      TData = Types.ThreadRevisionsQuery,
      TError = Error
    >(
      variables: Types.ThreadRevisionsQueryVariables,
      options?: Omit<UseQueryOptions<Types.ThreadRevisionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.ThreadRevisionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.ThreadRevisionsQuery, TError, TData>(
      {
    queryKey: ['ThreadRevisions', variables],
    queryFn: fetcher<Types.ThreadRevisionsQuery, Types.ThreadRevisionsQueryVariables>(ThreadRevisionsDocument, variables),
    ...options
  }
    )};

useThreadRevisionsQuery.getKey = (variables: Types.ThreadRevisionsQueryVariables) => ['ThreadRevisions', variables];

export const useInfiniteThreadRevisionsQuery = <
      TData = InfiniteData<Types.ThreadRevisionsQuery>,
      TError = Error
    >(
      variables: Types.ThreadRevisionsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.ThreadRevisionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.ThreadRevisionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.ThreadRevisionsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['ThreadRevisions.infinite', variables],
      queryFn: (metaData) => fetcher<Types.ThreadRevisionsQuery, Types.ThreadRevisionsQueryVariables>(ThreadRevisionsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteThreadRevisionsQuery.getKey = (variables: Types.ThreadRevisionsQueryVariables) => ['ThreadRevisions.infinite', variables];


useThreadRevisionsQuery.fetcher = (variables: Types.ThreadRevisionsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.ThreadRevisionsQuery, Types.ThreadRevisionsQueryVariables>(ThreadRevisionsDocument, variables, options);
