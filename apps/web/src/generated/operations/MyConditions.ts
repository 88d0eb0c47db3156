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

export const MyConditionsDocument = new TypedDocumentString(`
    query MyConditions {
  myConditions {
    relation
    condition {
      id
      name
    }
  }
  conditions(first: 100) {
    nodes {
      id
      slug
      name
      synonyms
    }
  }
}
    `);

export const useMyConditionsQuery = <
      TData = Types.MyConditionsQuery,
      TError = Error
    >(
      variables?: Types.MyConditionsQueryVariables,
      options?: Omit<UseQueryOptions<Types.MyConditionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.MyConditionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.MyConditionsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['MyConditions'] : ['MyConditions', variables],
    queryFn: fetcher<Types.MyConditionsQuery, Types.MyConditionsQueryVariables>(MyConditionsDocument, variables),
    ...options
  }
    )};

useMyConditionsQuery.getKey = (variables?: Types.MyConditionsQueryVariables) => variables === undefined ? ['MyConditions'] : ['MyConditions', variables];

export const useInfiniteMyConditionsQuery = <
      TData = InfiniteData<Types.MyConditionsQuery>,
      TError = Error
    >(
      variables: Types.MyConditionsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.MyConditionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.MyConditionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.MyConditionsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['MyConditions.infinite'] : ['MyConditions.infinite', variables],
      queryFn: (metaData) => fetcher<Types.MyConditionsQuery, Types.MyConditionsQueryVariables>(MyConditionsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteMyConditionsQuery.getKey = (variables?: Types.MyConditionsQueryVariables) => variables === undefined ? ['MyConditions.infinite'] : ['MyConditions.infinite', variables];


useMyConditionsQuery.fetcher = (variables?: Types.MyConditionsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.MyConditionsQuery, Types.MyConditionsQueryVariables>(MyConditionsDocument, variables, options);
