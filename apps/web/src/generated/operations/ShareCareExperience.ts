import type * as Types from '../graphql';
import { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { useMutation, UseMutationOptions } from '@tanstack/react-query';
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

export const ShareCareExperienceDocument = new TypedDocumentString(`
    mutation ShareCareExperience($input: ShareCareExperienceInput!) {
  shareCareExperience(input: $input) {
    id
  }
}
    `);

export const useShareCareExperienceMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.ShareCareExperienceMutation, TError, Types.ShareCareExperienceMutationVariables, TContext>) => {
    
    return useMutation<Types.ShareCareExperienceMutation, TError, Types.ShareCareExperienceMutationVariables, TContext>(
      {
    mutationKey: ['ShareCareExperience'],
    mutationFn: (variables?: Types.ShareCareExperienceMutationVariables) => fetcher<Types.ShareCareExperienceMutation, Types.ShareCareExperienceMutationVariables>(ShareCareExperienceDocument, variables)(),
    ...options
  }
    )};


useShareCareExperienceMutation.fetcher = (variables: Types.ShareCareExperienceMutationVariables, options?: RequestInit['headers']) => fetcher<Types.ShareCareExperienceMutation, Types.ShareCareExperienceMutationVariables>(ShareCareExperienceDocument, variables, options);
