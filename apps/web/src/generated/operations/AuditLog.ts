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

export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($q: String, $action: String, $actorHandle: String, $targetType: String, $targetId: String, $groupId: ID, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
  auditLog(
    q: $q
    action: $action
    actorHandle: $actorHandle
    targetType: $targetType
    targetId: $targetId
    groupId: $groupId
    from: $from
    to: $to
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...AuditEntryFields
    }
  }
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
}`);

export const useAuditLogQuery = <
      TData = Types.AuditLogQuery,
      TError = Error
    >(
      variables?: Types.AuditLogQueryVariables,
      options?: Omit<UseQueryOptions<Types.AuditLogQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.AuditLogQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.AuditLogQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['AuditLog'] : ['AuditLog', variables],
    queryFn: fetcher<Types.AuditLogQuery, Types.AuditLogQueryVariables>(AuditLogDocument, variables),
    ...options
  }
    )};

useAuditLogQuery.getKey = (variables?: Types.AuditLogQueryVariables) => variables === undefined ? ['AuditLog'] : ['AuditLog', variables];

export const useInfiniteAuditLogQuery = <
      TData = InfiniteData<Types.AuditLogQuery>,
      TError = Error
    >(
      variables: Types.AuditLogQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.AuditLogQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.AuditLogQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.AuditLogQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['AuditLog.infinite'] : ['AuditLog.infinite', variables],
      queryFn: (metaData) => fetcher<Types.AuditLogQuery, Types.AuditLogQueryVariables>(AuditLogDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteAuditLogQuery.getKey = (variables?: Types.AuditLogQueryVariables) => variables === undefined ? ['AuditLog.infinite'] : ['AuditLog.infinite', variables];


useAuditLogQuery.fetcher = (variables?: Types.AuditLogQueryVariables, options?: RequestInit['headers']) => fetcher<Types.AuditLogQuery, Types.AuditLogQueryVariables>(AuditLogDocument, variables, options);
