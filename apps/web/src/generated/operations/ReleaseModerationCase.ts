import type * as Types from '../graphql';
import { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { useMutation, UseMutationOptions } from '@tanstack/react-query';
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

export const ReleaseModerationCaseDocument = new TypedDocumentString(`
    mutation ReleaseModerationCase($id: ID!) {
  releaseModerationCase(id: $id) {
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

export const useReleaseModerationCaseMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.ReleaseModerationCaseMutation, TError, Types.ReleaseModerationCaseMutationVariables, TContext>) => {
    
    return useMutation<Types.ReleaseModerationCaseMutation, TError, Types.ReleaseModerationCaseMutationVariables, TContext>(
      {
    mutationKey: ['ReleaseModerationCase'],
    mutationFn: (variables?: Types.ReleaseModerationCaseMutationVariables) => fetcher<Types.ReleaseModerationCaseMutation, Types.ReleaseModerationCaseMutationVariables>(ReleaseModerationCaseDocument, variables)(),
    ...options
  }
    )};


useReleaseModerationCaseMutation.fetcher = (variables: Types.ReleaseModerationCaseMutationVariables, options?: RequestInit['headers']) => fetcher<Types.ReleaseModerationCaseMutation, Types.ReleaseModerationCaseMutationVariables>(ReleaseModerationCaseDocument, variables, options);
