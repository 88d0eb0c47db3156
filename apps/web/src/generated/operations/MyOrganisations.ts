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

export const MyOrganisationsDocument = new TypedDocumentString(`
    query MyOrganisations {
  myOrganisations {
    ...CareOrganisationFields
  }
}
    fragment CareOrganisationFields on CareOrganisation {
  id
  name
  status
  website
  createdAt
  appliedByHandle
  serviceKind {
    slug
    name
  }
  area {
    code
    name
  }
}`);

export const useMyOrganisationsQuery = <
      TData = Types.MyOrganisationsQuery,
      TError = Error
    >(
      variables?: Types.MyOrganisationsQueryVariables,
      options?: Omit<UseQueryOptions<Types.MyOrganisationsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.MyOrganisationsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.MyOrganisationsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['MyOrganisations'] : ['MyOrganisations', variables],
    queryFn: fetcher<Types.MyOrganisationsQuery, Types.MyOrganisationsQueryVariables>(MyOrganisationsDocument, variables),
    ...options
  }
    )};

useMyOrganisationsQuery.getKey = (variables?: Types.MyOrganisationsQueryVariables) => variables === undefined ? ['MyOrganisations'] : ['MyOrganisations', variables];

export const useInfiniteMyOrganisationsQuery = <
      TData = InfiniteData<Types.MyOrganisationsQuery>,
      TError = Error
    >(
      variables: Types.MyOrganisationsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.MyOrganisationsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.MyOrganisationsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.MyOrganisationsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['MyOrganisations.infinite'] : ['MyOrganisations.infinite', variables],
      queryFn: (metaData) => fetcher<Types.MyOrganisationsQuery, Types.MyOrganisationsQueryVariables>(MyOrganisationsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteMyOrganisationsQuery.getKey = (variables?: Types.MyOrganisationsQueryVariables) => variables === undefined ? ['MyOrganisations.infinite'] : ['MyOrganisations.infinite', variables];


useMyOrganisationsQuery.fetcher = (variables?: Types.MyOrganisationsQueryVariables, options?: RequestInit['headers']) => fetcher<Types.MyOrganisationsQuery, Types.MyOrganisationsQueryVariables>(MyOrganisationsDocument, variables, options);
