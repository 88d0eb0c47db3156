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

export const AccountSecurityDocument = new TypedDocumentString(`
    query AccountSecurity {
  me {
    id
    email
    emailVerified
    security {
      emailVerified
      pendingEmail
      twoFactorEnabled
      twoFactorRequired
      twoFactorDueAt
      powersWaiting
      recoveryCodesLeft
    }
  }
}
    `);

export const useAccountSecurityQuery = <
      TData = Types.AccountSecurityQuery,
      TError = Error
    >(
      variables?: Types.AccountSecurityQueryVariables,
      options?: Omit<UseQueryOptions<Types.AccountSecurityQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<Types.AccountSecurityQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<Types.AccountSecurityQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['AccountSecurity'] : ['AccountSecurity', variables],
    queryFn: fetcher<Types.AccountSecurityQuery, Types.AccountSecurityQueryVariables>(AccountSecurityDocument, variables),
    ...options
  }
    )};

useAccountSecurityQuery.getKey = (variables?: Types.AccountSecurityQueryVariables) => variables === undefined ? ['AccountSecurity'] : ['AccountSecurity', variables];

export const useInfiniteAccountSecurityQuery = <
      TData = InfiniteData<Types.AccountSecurityQuery>,
      TError = Error
    >(
      variables: Types.AccountSecurityQueryVariables,
      options: Omit<UseInfiniteQueryOptions<Types.AccountSecurityQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<Types.AccountSecurityQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<Types.AccountSecurityQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['AccountSecurity.infinite'] : ['AccountSecurity.infinite', variables],
      queryFn: (metaData) => fetcher<Types.AccountSecurityQuery, Types.AccountSecurityQueryVariables>(AccountSecurityDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteAccountSecurityQuery.getKey = (variables?: Types.AccountSecurityQueryVariables) => variables === undefined ? ['AccountSecurity.infinite'] : ['AccountSecurity.infinite', variables];


useAccountSecurityQuery.fetcher = (variables?: Types.AccountSecurityQueryVariables, options?: RequestInit['headers']) => fetcher<Types.AccountSecurityQuery, Types.AccountSecurityQueryVariables>(AccountSecurityDocument, variables, options);
