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

export const DeleteCareExperienceDocument = new TypedDocumentString(`
    mutation DeleteCareExperience($id: ID!) {
  deleteCareExperience(id: $id)
}
    `);

export const useDeleteCareExperienceMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.DeleteCareExperienceMutation, TError, Types.DeleteCareExperienceMutationVariables, TContext>) => {
    
    return useMutation<Types.DeleteCareExperienceMutation, TError, Types.DeleteCareExperienceMutationVariables, TContext>(
      {
    mutationKey: ['DeleteCareExperience'],
    mutationFn: (variables?: Types.DeleteCareExperienceMutationVariables) => fetcher<Types.DeleteCareExperienceMutation, Types.DeleteCareExperienceMutationVariables>(DeleteCareExperienceDocument, variables)(),
    ...options
  }
    )};


useDeleteCareExperienceMutation.fetcher = (variables: Types.DeleteCareExperienceMutationVariables, options?: RequestInit['headers']) => fetcher<Types.DeleteCareExperienceMutation, Types.DeleteCareExperienceMutationVariables>(DeleteCareExperienceDocument, variables, options);
