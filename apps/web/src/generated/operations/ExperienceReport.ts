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

export const ExperienceReportDocument = new TypedDocumentString(`
    query ExperienceReport($id: ID!) {
  experienceReport(id: $id) {
    ...ExperienceReportFields
  }
}
    fragment InterventionSummary on Intervention {
  id
  slug
  name
  category
}
fragment SideEffectFields on SideEffect {
  name
  severity
}
fragment ExperienceReportFields on ExperienceReport {
  id
  effectiveness
  sideEffects {
    ...SideEffectFields
  }
  adherence
  burden
  costBand
  durationWeeks
  stillUsing
  tips
  tipsHtml
  createdAt
  updatedAt
  viewerIsAuthor
  threadIds
  moderationState
  moderationReason
  condition {
    id
    slug
    name
  }
  intervention {
    ...InterventionSummary
  }
}`);

export const useExperienceReportQuery = <
      TData = Types.ExperienceReportQuery,
      TError = Error
    >(
      variables: Types.ExperienceReportQueryVariables,
      options?: Omit<UseQueryOptions<Types.ExperienceReportQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.ExperienceReportQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.ExperienceReportQuery, TError, TData>(
      {
    queryKey: ['ExperienceReport', variables],
    queryFn: fetcher<Types.ExperienceReportQuery, Types.ExperienceReportQueryVariables>(ExperienceReportDocument, variables),
    ...options
  }
    )};

useExperienceReportQuery.getKey = (variables: Types.ExperienceReportQueryVariables) => ['ExperienceReport', variables];

export const useInfiniteExperienceReportQuery = <
      TData = InfiniteData<Types.ExperienceReportQuery>,
      TError = Error
    >(
      variables: Types.ExperienceReportQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.ExperienceReportQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.ExperienceReportQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.ExperienceReportQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['ExperienceReport.infinite', variables],
      queryFn: (metaData) => fetcher<Types.ExperienceReportQuery, Types.ExperienceReportQueryVariables>(ExperienceReportDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteExperienceReportQuery.getKey = (variables: Types.ExperienceReportQueryVariables) => ['ExperienceReport.infinite', variables];


useExperienceReportQuery.fetcher = (variables: Types.ExperienceReportQueryVariables, options?: RequestInit['headers']) => fetcher<Types.ExperienceReportQuery, Types.ExperienceReportQueryVariables>(ExperienceReportDocument, variables, options);
