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

export const ThreadDetailsDocument = new TypedDocumentString(`
    query ThreadDetails($id: ID!) {
  thread(id: $id) {
    ...ThreadDetail
  }
}
    fragment ThreadDetail on Thread {
  id
  kind
  title
  body
  bodyHtml
  tags
  isLocked
  isDeleted
  helpfulCount
  replyCount
  viewerMarkedHelpful
  viewerIsAuthor
  viewerLastReadAt
  viewerFollows
  viewerSaved
  moderationState
  moderationReason
  authorLabel
  author {
    handle
  }
  isAnonymous
  createdAt
  editedAt
  lastActivityAt
  group {
    id
    slug
    name
    visibility
    allowAnonymous
    viewerCanModerate
    viewerCanRead
    viewerCanPost
    viewerMembership {
      id
      status
    }
    condition {
      id
      slug
      name
    }
  }
}`);

export const useThreadDetailsQuery = <
      TData = Types.ThreadDetailsQuery,
      TError = Error
    >(
      variables: Types.ThreadDetailsQueryVariables,
      options?: Omit<UseQueryOptions<Types.ThreadDetailsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.ThreadDetailsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.ThreadDetailsQuery, TError, TData>(
      {
    queryKey: ['ThreadDetails', variables],
    queryFn: fetcher<Types.ThreadDetailsQuery, Types.ThreadDetailsQueryVariables>(ThreadDetailsDocument, variables),
    ...options
  }
    )};

useThreadDetailsQuery.getKey = (variables: Types.ThreadDetailsQueryVariables) => ['ThreadDetails', variables];

export const useInfiniteThreadDetailsQuery = <
      TData = InfiniteData<Types.ThreadDetailsQuery>,
      TError = Error
    >(
      variables: Types.ThreadDetailsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.ThreadDetailsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.ThreadDetailsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.ThreadDetailsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['ThreadDetails.infinite', variables],
      queryFn: (metaData) => fetcher<Types.ThreadDetailsQuery, Types.ThreadDetailsQueryVariables>(ThreadDetailsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteThreadDetailsQuery.getKey = (variables: Types.ThreadDetailsQueryVariables) => ['ThreadDetails.infinite', variables];


useThreadDetailsQuery.fetcher = (variables: Types.ThreadDetailsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.ThreadDetailsQuery, Types.ThreadDetailsQueryVariables>(ThreadDetailsDocument, variables, options);
