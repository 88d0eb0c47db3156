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

export const ModerationCaseDocument = new TypedDocumentString(`
    query ModerationCase($id: ID!) {
  moderationCase(id: $id) {
    ...ModerationCaseDetail
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
}
fragment AuditEntryFields on AuditEntry {
  id
  action
  actor {
    id
    handle
  }
  actorLabel
  targetType
  targetId
  reason
  groupId
  createdAt
}
fragment ModerationCaseDetail on ModerationCase {
  ...ModerationCaseSummary
  subject {
    id
    handle
  }
  current {
    ...ContentSnapshotFields
  }
  contextUrl
  claimedAt
  reports {
    id
    reason
    note
    createdAt
    reporter {
      id
      handle
    }
  }
  history {
    ...AuditEntryFields
  }
}`);

export const useModerationCaseQuery = <
      TData = Types.ModerationCaseQuery,
      TError = Error
    >(
      variables: Types.ModerationCaseQueryVariables,
      options?: Omit<UseQueryOptions<Types.ModerationCaseQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.ModerationCaseQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.ModerationCaseQuery, TError, TData>(
      {
    queryKey: ['ModerationCase', variables],
    queryFn: fetcher<Types.ModerationCaseQuery, Types.ModerationCaseQueryVariables>(ModerationCaseDocument, variables),
    ...options
  }
    )};

useModerationCaseQuery.getKey = (variables: Types.ModerationCaseQueryVariables) => ['ModerationCase', variables];

export const useInfiniteModerationCaseQuery = <
      TData = InfiniteData<Types.ModerationCaseQuery>,
      TError = Error
    >(
      variables: Types.ModerationCaseQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.ModerationCaseQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.ModerationCaseQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.ModerationCaseQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['ModerationCase.infinite', variables],
      queryFn: (metaData) => fetcher<Types.ModerationCaseQuery, Types.ModerationCaseQueryVariables>(ModerationCaseDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteModerationCaseQuery.getKey = (variables: Types.ModerationCaseQueryVariables) => ['ModerationCase.infinite', variables];


useModerationCaseQuery.fetcher = (variables: Types.ModerationCaseQueryVariables, options?: RequestInit['headers']) => fetcher<Types.ModerationCaseQuery, Types.ModerationCaseQueryVariables>(ModerationCaseDocument, variables, options);
