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

export const CareAreaPageDocument = new TypedDocumentString(`
    query CareAreaPage($serviceKind: String!, $areaCode: String!) {
  careAreaPage(serviceKind: $serviceKind, areaCode: $areaCode) {
    threshold
    roundingBase
    consentPurpose
    responseRate
    serviceKind {
      slug
      name
      description
    }
    area {
      code
      name
      region
    }
    stories {
      ...InsightCellFields
    }
    responded {
      ...InsightCellFields
    }
    notResponded {
      ...InsightCellFields
    }
    changed {
      ...InsightCellFields
    }
    quarters {
      start
      label
      ratings {
        rating
        label
        goodPercent
        total {
          ...InsightCellFields
        }
        poor {
          ...InsightCellFields
        }
        middling {
          ...InsightCellFields
        }
        good {
          ...InsightCellFields
        }
      }
    }
  }
}
    fragment InsightCellFields on InsightCell {
  value
  suppressed
  display
}`);

export const useCareAreaPageQuery = <
      TData = Types.CareAreaPageQuery,
      TError = Error
    >(
      variables: Types.CareAreaPageQueryVariables,
      options?: Omit<UseQueryOptions<Types.CareAreaPageQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.CareAreaPageQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.CareAreaPageQuery, TError, TData>(
      {
    queryKey: ['CareAreaPage', variables],
    queryFn: fetcher<Types.CareAreaPageQuery, Types.CareAreaPageQueryVariables>(CareAreaPageDocument, variables),
    ...options
  }
    )};

useCareAreaPageQuery.getKey = (variables: Types.CareAreaPageQueryVariables) => ['CareAreaPage', variables];

export const useInfiniteCareAreaPageQuery = <
      TData = InfiniteData<Types.CareAreaPageQuery>,
      TError = Error
    >(
      variables: Types.CareAreaPageQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.CareAreaPageQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.CareAreaPageQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.CareAreaPageQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['CareAreaPage.infinite', variables],
      queryFn: (metaData) => fetcher<Types.CareAreaPageQuery, Types.CareAreaPageQueryVariables>(CareAreaPageDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteCareAreaPageQuery.getKey = (variables: Types.CareAreaPageQueryVariables) => ['CareAreaPage.infinite', variables];


useCareAreaPageQuery.fetcher = (variables: Types.CareAreaPageQueryVariables, options?: RequestInit['headers']) => fetcher<Types.CareAreaPageQuery, Types.CareAreaPageQueryVariables>(CareAreaPageDocument, variables, options);
