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

export const OrganisationInboxDocument = new TypedDocumentString(`
    query OrganisationInbox($organisationId: ID!, $unansweredOnly: Boolean!, $after: String) {
  organisationInbox(
    organisationId: $organisationId
    unansweredOnly: $unansweredOnly
    first: 20
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...CareStoryFields
    }
  }
}
    fragment CareResponseFields on CareResponse {
  id
  body
  changedSomething
  whatChanged
  moderationState
  createdAt
  organisation {
    id
    name
    status
  }
}
fragment CareStoryFields on CareExperience {
  id
  occurredOn
  whatWasGood
  couldBeBetter
  ratingSeen
  ratingListened
  ratingInvolved
  anonymous
  authorLabel
  authorHandle
  viewerIsAuthor
  moderationState
  conditionName
  createdAt
  serviceKind {
    slug
    name
  }
  area {
    code
    name
  }
  responses {
    ...CareResponseFields
  }
  viewerCanRespondAs {
    id
    name
  }
}`);

export const useOrganisationInboxQuery = <
      TData = Types.OrganisationInboxQuery,
      TError = Error
    >(
      variables: Types.OrganisationInboxQueryVariables,
      options?: Omit<UseQueryOptions<Types.OrganisationInboxQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.OrganisationInboxQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.OrganisationInboxQuery, TError, TData>(
      {
    queryKey: ['OrganisationInbox', variables],
    queryFn: fetcher<Types.OrganisationInboxQuery, Types.OrganisationInboxQueryVariables>(OrganisationInboxDocument, variables),
    ...options
  }
    )};

useOrganisationInboxQuery.getKey = (variables: Types.OrganisationInboxQueryVariables) => ['OrganisationInbox', variables];

export const useInfiniteOrganisationInboxQuery = <
      TData = InfiniteData<Types.OrganisationInboxQuery>,
      TError = Error
    >(
      variables: Types.OrganisationInboxQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.OrganisationInboxQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.OrganisationInboxQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.OrganisationInboxQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['OrganisationInbox.infinite', variables],
      queryFn: (metaData) => fetcher<Types.OrganisationInboxQuery, Types.OrganisationInboxQueryVariables>(OrganisationInboxDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteOrganisationInboxQuery.getKey = (variables: Types.OrganisationInboxQueryVariables) => ['OrganisationInbox.infinite', variables];


useOrganisationInboxQuery.fetcher = (variables: Types.OrganisationInboxQueryVariables, options?: RequestInit['headers']) => fetcher<Types.OrganisationInboxQuery, Types.OrganisationInboxQueryVariables>(OrganisationInboxDocument, variables, options);
