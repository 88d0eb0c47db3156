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

export const CompareInterventionsDocument = new TypedDocumentString(`
    query CompareInterventions($condition: String!, $from: DateTime!, $to: DateTime!, $interventionIds: [ID!]!) {
  compareInterventions(
    condition: $condition
    from: $from
    to: $to
    interventionIds: $interventionIds
  ) {
    ...InsightPeriodFields
    interventions {
      ...InterventionInsightFields
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

export const useCompareInterventionsQuery = <
      TData = Types.CompareInterventionsQuery,
      TError = Error
    >(
      variables: Types.CompareInterventionsQueryVariables,
      options?: Omit<UseQueryOptions<Types.CompareInterventionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.CompareInterventionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.CompareInterventionsQuery, TError, TData>(
      {
    queryKey: ['CompareInterventions', variables],
    queryFn: fetcher<Types.CompareInterventionsQuery, Types.CompareInterventionsQueryVariables>(CompareInterventionsDocument, variables),
    ...options
  }
    )};

useCompareInterventionsQuery.getKey = (variables: Types.CompareInterventionsQueryVariables) => ['CompareInterventions', variables];

export const useInfiniteCompareInterventionsQuery = <
      TData = InfiniteData<Types.CompareInterventionsQuery>,
      TError = Error
    >(
      variables: Types.CompareInterventionsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.CompareInterventionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.CompareInterventionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.CompareInterventionsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['CompareInterventions.infinite', variables],
      queryFn: (metaData) => fetcher<Types.CompareInterventionsQuery, Types.CompareInterventionsQueryVariables>(CompareInterventionsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteCompareInterventionsQuery.getKey = (variables: Types.CompareInterventionsQueryVariables) => ['CompareInterventions.infinite', variables];


useCompareInterventionsQuery.fetcher = (variables: Types.CompareInterventionsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.CompareInterventionsQuery, Types.CompareInterventionsQueryVariables>(CompareInterventionsDocument, variables, options);
