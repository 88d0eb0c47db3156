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

export const ModerationQueueDocument = new TypedDocumentString(`
    query ModerationQueue($status: CaseStatus, $groupId: ID, $reason: ReportReason, $targetType: ReportTarget, $crisisOnly: Boolean, $first: Int, $after: String) {
  moderationQueue(
    status: $status
    groupId: $groupId
    reason: $reason
    targetType: $targetType
    crisisOnly: $crisisOnly
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ModerationCaseSummary
    }
  }
}
    fragment ContentSnapshotFields on ContentSnapshot {
  title
  body
  authorLabel
  state
  capturedAt
}
fragment ModerationCaseSummary on ModerationCase {
  id
  targetType
  targetId
  group {
    id
    slug
    name
  }
  subjectLabel
  status
  crisis
  sources
  reasons {
    reason
    count
  }
  reporterCount
  snapshot {
    ...ContentSnapshotFields
  }
  claimedBy {
    id
    handle
  }
  viewerHasClaim
  openedAt
  resolvedAt
  resolution
}`);

export const useModerationQueueQuery = <
      TData = Types.ModerationQueueQuery,
      TError = Error
    >(
      variables?: Types.ModerationQueueQueryVariables,
      options?: Omit<UseQueryOptions<Types.ModerationQueueQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.ModerationQueueQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.ModerationQueueQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['ModerationQueue'] : ['ModerationQueue', variables],
    queryFn: fetcher<Types.ModerationQueueQuery, Types.ModerationQueueQueryVariables>(ModerationQueueDocument, variables),
    ...options
  }
    )};

useModerationQueueQuery.getKey = (variables?: Types.ModerationQueueQueryVariables) => variables === undefined ? ['ModerationQueue'] : ['ModerationQueue', variables];

export const useInfiniteModerationQueueQuery = <
      TData = InfiniteData<Types.ModerationQueueQuery>,
      TError = Error
    >(
      variables: Types.ModerationQueueQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.ModerationQueueQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.ModerationQueueQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.ModerationQueueQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['ModerationQueue.infinite'] : ['ModerationQueue.infinite', variables],
      queryFn: (metaData) => fetcher<Types.ModerationQueueQuery, Types.ModerationQueueQueryVariables>(ModerationQueueDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteModerationQueueQuery.getKey = (variables?: Types.ModerationQueueQueryVariables) => variables === undefined ? ['ModerationQueue.infinite'] : ['ModerationQueue.infinite', variables];


useModerationQueueQuery.fetcher = (variables?: Types.ModerationQueueQueryVariables, options?: RequestInit['headers']) => fetcher<Types.ModerationQueueQuery, Types.ModerationQueueQueryVariables>(ModerationQueueDocument, variables, options);
