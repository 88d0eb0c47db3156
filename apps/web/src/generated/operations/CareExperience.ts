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

export const CareExperienceDocument = new TypedDocumentString(`
    query CareExperience($id: ID!) {
  careExperience(id: $id) {
    ...CareStoryFields
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

export const useCareExperienceQuery = <
      TData = Types.CareExperienceQuery,
      TError = Error
    >(
      variables: Types.CareExperienceQueryVariables,
      options?: Omit<UseQueryOptions<Types.CareExperienceQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.CareExperienceQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.CareExperienceQuery, TError, TData>(
      {
    queryKey: ['CareExperience', variables],
    queryFn: fetcher<Types.CareExperienceQuery, Types.CareExperienceQueryVariables>(CareExperienceDocument, variables),
    ...options
  }
    )};

useCareExperienceQuery.getKey = (variables: Types.CareExperienceQueryVariables) => ['CareExperience', variables];

export const useInfiniteCareExperienceQuery = <
      TData = InfiniteData<Types.CareExperienceQuery>,
      TError = Error
    >(
      variables: Types.CareExperienceQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.CareExperienceQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.CareExperienceQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.CareExperienceQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['CareExperience.infinite', variables],
      queryFn: (metaData) => fetcher<Types.CareExperienceQuery, Types.CareExperienceQueryVariables>(CareExperienceDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteCareExperienceQuery.getKey = (variables: Types.CareExperienceQueryVariables) => ['CareExperience.infinite', variables];


useCareExperienceQuery.fetcher = (variables: Types.CareExperienceQueryVariables, options?: RequestInit['headers']) => fetcher<Types.CareExperienceQuery, Types.CareExperienceQueryVariables>(CareExperienceDocument, variables, options);
