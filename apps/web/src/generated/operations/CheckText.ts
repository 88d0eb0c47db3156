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

export const CheckTextDocument = new TypedDocumentString(`
    query CheckText($text: String!) {
  checkText(text: $text) {
    support {
      title
      body
      lines {
        name
        detail
        href
      }
    }
    personalInfo {
      kind
      text
      index
    }
  }
}
    `);

export const useCheckTextQuery = <
      TData = Types.CheckTextQuery,
      TError = Error
    >(
      variables: Types.CheckTextQueryVariables,
      options?: Omit<UseQueryOptions<Types.CheckTextQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.CheckTextQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.CheckTextQuery, TError, TData>(
      {
    queryKey: ['CheckText', variables],
    queryFn: fetcher<Types.CheckTextQuery, Types.CheckTextQueryVariables>(CheckTextDocument, variables),
    ...options
  }
    )};

useCheckTextQuery.getKey = (variables: Types.CheckTextQueryVariables) => ['CheckText', variables];

export const useInfiniteCheckTextQuery = <
      TData = InfiniteData<Types.CheckTextQuery>,
      TError = Error
    >(
      variables: Types.CheckTextQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.CheckTextQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.CheckTextQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.CheckTextQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['CheckText.infinite', variables],
      queryFn: (metaData) => fetcher<Types.CheckTextQuery, Types.CheckTextQueryVariables>(CheckTextDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteCheckTextQuery.getKey = (variables: Types.CheckTextQueryVariables) => ['CheckText.infinite', variables];


useCheckTextQuery.fetcher = (variables: Types.CheckTextQueryVariables, options?: RequestInit['headers']) => fetcher<Types.CheckTextQuery, Types.CheckTextQueryVariables>(CheckTextDocument, variables, options);
