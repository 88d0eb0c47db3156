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

export const GuideDocument = new TypedDocumentString(`
    query Guide($conditionSlug: String!) {
  guide(conditionSlug: $conditionSlug) {
    ...GuideFields
    history(first: 50) {
      version
      editorLabel
      note
      createdAt
    }
    whatWorks {
      ...WhatWorksFields
    }
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
}
fragment GuideEntryFields on GuideEntry {
  id
  heading
  position
  summary
  curatedAt
  curatedByLabel
  sourceAvailable
  unavailableReason
  source {
    type
    id
    threadId
    threadTitle
    excerpt
    authorLabel
    helpfulCount
    createdAt
    url
    groupName
  }
}
fragment GuideFields on Guide {
  condition {
    id
    slug
    name
  }
  intro
  introHtml
  version
  lastReviewedAt
  lastReviewedByLabel
  updatedAt
  viewerCanEdit
  sections {
    heading
    entries {
      ...GuideEntryFields
    }
  }
}`);

export const useGuideQuery = <
      TData = Types.GuideQuery,
      TError = Error
    >(
      variables: Types.GuideQueryVariables,
      options?: Omit<UseQueryOptions<Types.GuideQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.GuideQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.GuideQuery, TError, TData>(
      {
    queryKey: ['Guide', variables],
    queryFn: fetcher<Types.GuideQuery, Types.GuideQueryVariables>(GuideDocument, variables),
    ...options
  }
    )};

useGuideQuery.getKey = (variables: Types.GuideQueryVariables) => ['Guide', variables];

export const useInfiniteGuideQuery = <
      TData = InfiniteData<Types.GuideQuery>,
      TError = Error
    >(
      variables: Types.GuideQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.GuideQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.GuideQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.GuideQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['Guide.infinite', variables],
      queryFn: (metaData) => fetcher<Types.GuideQuery, Types.GuideQueryVariables>(GuideDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteGuideQuery.getKey = (variables: Types.GuideQueryVariables) => ['Guide.infinite', variables];


useGuideQuery.fetcher = (variables: Types.GuideQueryVariables, options?: RequestInit['headers']) => fetcher<Types.GuideQuery, Types.GuideQueryVariables>(GuideDocument, variables, options);
