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

export const ConditionInsightsDocument = new TypedDocumentString(`
    query ConditionInsights($condition: String!, $from: DateTime!, $to: DateTime!) {
  conditionInsights(condition: $condition, from: $from, to: $to) {
    ...InsightPeriodFields
    interventions {
      ...InterventionInsightFields
    }
    activity {
      weekStart
      threads {
        ...InsightCellFields
      }
      replies {
        ...InsightCellFields
      }
      reports {
        ...InsightCellFields
      }
    }
    topTags {
      ...InsightTrendFields
    }
    topInterventions {
      ...InsightTrendFields
    }
  }
}
    fragment InsightCellFields on InsightCell {
  value
  suppressed
  display
}
fragment InsightShareFields on InsightShare {
  key
  label
  percent
  count {
    ...InsightCellFields
  }
}
fragment InterventionInsightFields on InterventionInsight {
  intervention {
    id
    slug
    name
    category
  }
  members {
    ...InsightCellFields
  }
  medianDuration
  effectiveness {
    ...InsightShareFields
  }
  adherence {
    ...InsightShareFields
  }
  burden {
    ...InsightShareFields
  }
  durationBands {
    ...InsightShareFields
  }
  sideEffects {
    name
    percent
    members {
      ...InsightCellFields
    }
    severity {
      ...InsightShareFields
    }
  }
}
fragment InsightTrendFields on InsightTrend {
  key
  label
  change
  current {
    ...InsightCellFields
  }
  previous {
    ...InsightCellFields
  }
}
fragment InsightPeriodFields on ConditionInsights {
  condition {
    id
    slug
    name
  }
  from
  to
  weeks
  threshold
  roundingBase
  computedAt
}`);

export const useConditionInsightsQuery = <
      TData = Types.ConditionInsightsQuery,
      TError = Error
    >(
      variables: Types.ConditionInsightsQueryVariables,
      options?: Omit<UseQueryOptions<Types.ConditionInsightsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.ConditionInsightsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.ConditionInsightsQuery, TError, TData>(
      {
    queryKey: ['ConditionInsights', variables],
    queryFn: fetcher<Types.ConditionInsightsQuery, Types.ConditionInsightsQueryVariables>(ConditionInsightsDocument, variables),
    ...options
  }
    )};

useConditionInsightsQuery.getKey = (variables: Types.ConditionInsightsQueryVariables) => ['ConditionInsights', variables];

export const useInfiniteConditionInsightsQuery = <
      TData = InfiniteData<Types.ConditionInsightsQuery>,
      TError = Error
    >(
      variables: Types.ConditionInsightsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.ConditionInsightsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.ConditionInsightsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.ConditionInsightsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['ConditionInsights.infinite', variables],
      queryFn: (metaData) => fetcher<Types.ConditionInsightsQuery, Types.ConditionInsightsQueryVariables>(ConditionInsightsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteConditionInsightsQuery.getKey = (variables: Types.ConditionInsightsQueryVariables) => ['ConditionInsights.infinite', variables];


useConditionInsightsQuery.fetcher = (variables: Types.ConditionInsightsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.ConditionInsightsQuery, Types.ConditionInsightsQueryVariables>(ConditionInsightsDocument, variables, options);
