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

export const CareExperiencesDocument = new TypedDocumentString(`
    query CareExperiences($serviceKind: String, $areaCode: String, $first: Int, $after: String) {
  careExperiences(
    serviceKind: $serviceKind
    areaCode: $areaCode
    first: $first
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

export const useCareExperiencesQuery = <
      TData = Types.CareExperiencesQuery,
      TError = Error
    >(
      variables?: Types.CareExperiencesQueryVariables,
      options?: Omit<UseQueryOptions<Types.CareExperiencesQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.CareExperiencesQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.CareExperiencesQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['CareExperiences'] : ['CareExperiences', variables],
    queryFn: fetcher<Types.CareExperiencesQuery, Types.CareExperiencesQueryVariables>(CareExperiencesDocument, variables),
    ...options
  }
    )};

useCareExperiencesQuery.getKey = (variables?: Types.CareExperiencesQueryVariables) => variables === undefined ? ['CareExperiences'] : ['CareExperiences', variables];

export const useInfiniteCareExperiencesQuery = <
      TData = InfiniteData<Types.CareExperiencesQuery>,
      TError = Error
    >(
      variables: Types.CareExperiencesQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.CareExperiencesQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.CareExperiencesQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.CareExperiencesQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['CareExperiences.infinite'] : ['CareExperiences.infinite', variables],
      queryFn: (metaData) => fetcher<Types.CareExperiencesQuery, Types.CareExperiencesQueryVariables>(CareExperiencesDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteCareExperiencesQuery.getKey = (variables?: Types.CareExperiencesQueryVariables) => variables === undefined ? ['CareExperiences.infinite'] : ['CareExperiences.infinite', variables];


useCareExperiencesQuery.fetcher = (variables?: Types.CareExperiencesQueryVariables, options?: RequestInit['headers']) => fetcher<Types.CareExperiencesQuery, Types.CareExperiencesQueryVariables>(CareExperiencesDocument, variables, options);
