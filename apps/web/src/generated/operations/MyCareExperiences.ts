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

export const MyCareExperiencesDocument = new TypedDocumentString(`
    query MyCareExperiences {
  myCareExperiences(first: 50) {
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

export const useMyCareExperiencesQuery = <
      TData = Types.MyCareExperiencesQuery,
      TError = Error
    >(
      variables?: Types.MyCareExperiencesQueryVariables,
      options?: Omit<UseQueryOptions<Types.MyCareExperiencesQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.MyCareExperiencesQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.MyCareExperiencesQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['MyCareExperiences'] : ['MyCareExperiences', variables],
    queryFn: fetcher<Types.MyCareExperiencesQuery, Types.MyCareExperiencesQueryVariables>(MyCareExperiencesDocument, variables),
    ...options
  }
    )};

useMyCareExperiencesQuery.getKey = (variables?: Types.MyCareExperiencesQueryVariables) => variables === undefined ? ['MyCareExperiences'] : ['MyCareExperiences', variables];

export const useInfiniteMyCareExperiencesQuery = <
      TData = InfiniteData<Types.MyCareExperiencesQuery>,
      TError = Error
    >(
      variables: Types.MyCareExperiencesQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.MyCareExperiencesQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.MyCareExperiencesQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.MyCareExperiencesQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['MyCareExperiences.infinite'] : ['MyCareExperiences.infinite', variables],
      queryFn: (metaData) => fetcher<Types.MyCareExperiencesQuery, Types.MyCareExperiencesQueryVariables>(MyCareExperiencesDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteMyCareExperiencesQuery.getKey = (variables?: Types.MyCareExperiencesQueryVariables) => variables === undefined ? ['MyCareExperiences.infinite'] : ['MyCareExperiences.infinite', variables];


useMyCareExperiencesQuery.fetcher = (variables?: Types.MyCareExperiencesQueryVariables, options?: RequestInit['headers']) => fetcher<Types.MyCareExperiencesQuery, Types.MyCareExperiencesQueryVariables>(MyCareExperiencesDocument, variables, options);
