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

export const WhatWorksDocument = new TypedDocumentString(`
    query WhatWorks($conditionSlug: String!) {
  whatWorks(conditionSlug: $conditionSlug) {
    ...WhatWorksFields
  }
}
    fragment InterventionSummary on Intervention {
  id
  slug
  name
  category
}
fragment WhatWorksFields on WhatWorks {
  condition {
    id
    slug
    name
  }
  reportCount
  entries {
    intervention {
      ...InterventionSummary
    }
    reportCount
    effectiveness {
      effectiveness
      count
    }
    topSideEffects {
      name
      count
    }
    latestTips {
      reportId
      tipsHtml
      createdAt
      threadIds
    }
  }
}`);

export const useWhatWorksQuery = <
      TData = Types.WhatWorksQuery,
      TError = Error
    >(
      variables: Types.WhatWorksQueryVariables,
      options?: Omit<UseQueryOptions<Types.WhatWorksQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.WhatWorksQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.WhatWorksQuery, TError, TData>(
      {
    queryKey: ['WhatWorks', variables],
    queryFn: fetcher<Types.WhatWorksQuery, Types.WhatWorksQueryVariables>(WhatWorksDocument, variables),
    ...options
  }
    )};

useWhatWorksQuery.getKey = (variables: Types.WhatWorksQueryVariables) => ['WhatWorks', variables];

export const useInfiniteWhatWorksQuery = <
      TData = InfiniteData<Types.WhatWorksQuery>,
      TError = Error
    >(
      variables: Types.WhatWorksQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.WhatWorksQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.WhatWorksQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.WhatWorksQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['WhatWorks.infinite', variables],
      queryFn: (metaData) => fetcher<Types.WhatWorksQuery, Types.WhatWorksQueryVariables>(WhatWorksDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteWhatWorksQuery.getKey = (variables: Types.WhatWorksQueryVariables) => ['WhatWorks.infinite', variables];


useWhatWorksQuery.fetcher = (variables: Types.WhatWorksQueryVariables, options?: RequestInit['headers']) => fetcher<Types.WhatWorksQuery, Types.WhatWorksQueryVariables>(WhatWorksDocument, variables, options);
