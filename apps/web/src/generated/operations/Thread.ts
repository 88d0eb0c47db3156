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

export const ThreadDocument = new TypedDocumentString(`
    query Thread($id: ID!, $first: Int, $after: String) {
  thread(id: $id) {
    ...ThreadDetail
    replies(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
      }
      nodes {
        ...ReplyFields
      }
    }
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
}
fragment ReplyFields on Reply {
  id
  parentId
  depth
  body
  bodyHtml
  authorLabel
  author {
    handle
  }
  isAnonymous
  viewerIsAuthor
  isDeleted
  isNew
  moderationState
  moderationReason
  helpfulCount
  helpedAsker
  viewerMarkedHelpful
  viewerSaved
  createdAt
  editedAt
}`);

export const useThreadQuery = <
      TData = Types.ThreadQuery,
      TError = Error
    >(
      variables: Types.ThreadQueryVariables,
      options?: Omit<UseQueryOptions<Types.ThreadQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.ThreadQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.ThreadQuery, TError, TData>(
      {
    queryKey: ['Thread', variables],
    queryFn: fetcher<Types.ThreadQuery, Types.ThreadQueryVariables>(ThreadDocument, variables),
    ...options
  }
    )};

useThreadQuery.getKey = (variables: Types.ThreadQueryVariables) => ['Thread', variables];

export const useInfiniteThreadQuery = <
      TData = InfiniteData<Types.ThreadQuery>,
      TError = Error
    >(
      variables: Types.ThreadQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.ThreadQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.ThreadQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.ThreadQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['Thread.infinite', variables],
      queryFn: (metaData) => fetcher<Types.ThreadQuery, Types.ThreadQueryVariables>(ThreadDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteThreadQuery.getKey = (variables: Types.ThreadQueryVariables) => ['Thread.infinite', variables];


useThreadQuery.fetcher = (variables: Types.ThreadQueryVariables, options?: RequestInit['headers']) => fetcher<Types.ThreadQuery, Types.ThreadQueryVariables>(ThreadDocument, variables, options);
