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

export const ExperienceReportRevisionsDocument = new TypedDocumentString(`
    query ExperienceReportRevisions($id: ID!) {
  experienceReport(id: $id) {
    id
    revisions {
      effectiveness
      sideEffects {
        ...SideEffectFields
      }
      adherence
      burden
      costBand
      durationWeeks
      stillUsing
      tipsHtml
      replacedAt
    }
  }
}
    fragment SideEffectFields on SideEffect {
  name
  severity
}`);

export const useExperienceReportRevisionsQuery = <
      TData = Types.ExperienceReportRevisionsQuery,
      TError = Error
    >(
      variables: Types.ExperienceReportRevisionsQueryVariables,
      options?: Omit<UseQueryOptions<Types.ExperienceReportRevisionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.ExperienceReportRevisionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.ExperienceReportRevisionsQuery, TError, TData>(
      {
    queryKey: ['ExperienceReportRevisions', variables],
    queryFn: fetcher<Types.ExperienceReportRevisionsQuery, Types.ExperienceReportRevisionsQueryVariables>(ExperienceReportRevisionsDocument, variables),
    ...options
  }
    )};

useExperienceReportRevisionsQuery.getKey = (variables: Types.ExperienceReportRevisionsQueryVariables) => ['ExperienceReportRevisions', variables];

export const useInfiniteExperienceReportRevisionsQuery = <
      TData = InfiniteData<Types.ExperienceReportRevisionsQuery>,
      TError = Error
    >(
      variables: Types.ExperienceReportRevisionsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.ExperienceReportRevisionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.ExperienceReportRevisionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.ExperienceReportRevisionsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['ExperienceReportRevisions.infinite', variables],
      queryFn: (metaData) => fetcher<Types.ExperienceReportRevisionsQuery, Types.ExperienceReportRevisionsQueryVariables>(ExperienceReportRevisionsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteExperienceReportRevisionsQuery.getKey = (variables: Types.ExperienceReportRevisionsQueryVariables) => ['ExperienceReportRevisions.infinite', variables];


useExperienceReportRevisionsQuery.fetcher = (variables: Types.ExperienceReportRevisionsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.ExperienceReportRevisionsQuery, Types.ExperienceReportRevisionsQueryVariables>(ExperienceReportRevisionsDocument, variables, options);
