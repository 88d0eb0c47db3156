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

export const ThreadExperienceReportsDocument = new TypedDocumentString(`
    query ThreadExperienceReports($id: ID!) {
  thread(id: $id) {
    id
    experienceReports {
      id
      effectiveness
      intervention {
        id
        name
      }
    }
  }
}
    `);

export const useThreadExperienceReportsQuery = <
      TData = Types.ThreadExperienceReportsQuery,
      TError = Error
    >(
      variables: Types.ThreadExperienceReportsQueryVariables,
      options?: Omit<UseQueryOptions<Types.ThreadExperienceReportsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.ThreadExperienceReportsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.ThreadExperienceReportsQuery, TError, TData>(
      {
    queryKey: ['ThreadExperienceReports', variables],
    queryFn: fetcher<Types.ThreadExperienceReportsQuery, Types.ThreadExperienceReportsQueryVariables>(ThreadExperienceReportsDocument, variables),
    ...options
  }
    )};

useThreadExperienceReportsQuery.getKey = (variables: Types.ThreadExperienceReportsQueryVariables) => ['ThreadExperienceReports', variables];

export const useInfiniteThreadExperienceReportsQuery = <
      TData = InfiniteData<Types.ThreadExperienceReportsQuery>,
      TError = Error
    >(
      variables: Types.ThreadExperienceReportsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.ThreadExperienceReportsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.ThreadExperienceReportsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.ThreadExperienceReportsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['ThreadExperienceReports.infinite', variables],
      queryFn: (metaData) => fetcher<Types.ThreadExperienceReportsQuery, Types.ThreadExperienceReportsQueryVariables>(ThreadExperienceReportsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteThreadExperienceReportsQuery.getKey = (variables: Types.ThreadExperienceReportsQueryVariables) => ['ThreadExperienceReports.infinite', variables];


useThreadExperienceReportsQuery.fetcher = (variables: Types.ThreadExperienceReportsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.ThreadExperienceReportsQuery, Types.ThreadExperienceReportsQueryVariables>(ThreadExperienceReportsDocument, variables, options);
