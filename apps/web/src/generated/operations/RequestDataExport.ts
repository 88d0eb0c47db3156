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

export const RequestDataExportDocument = new TypedDocumentString(`
    mutation RequestDataExport {
  requestDataExport {
    ...DataExportFields
  }
}
    fragment DataExportFields on DataExport {
  id
  status
  progress
  bytes
  createdAt
  finishedAt
  expiresAt
  downloadUrl
}`);

export const useRequestDataExportMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.RequestDataExportMutation, TError, Types.RequestDataExportMutationVariables, TContext>) => {
    
    return useMutation<Types.RequestDataExportMutation, TError, Types.RequestDataExportMutationVariables, TContext>(
      {
    mutationKey: ['RequestDataExport'],
    mutationFn: (variables?: Types.RequestDataExportMutationVariables) => fetcher<Types.RequestDataExportMutation, Types.RequestDataExportMutationVariables>(RequestDataExportDocument, variables)(),
    ...options
  }
    )};


useRequestDataExportMutation.fetcher = (variables?: Types.RequestDataExportMutationVariables, options?: RequestInit['headers']) => fetcher<Types.RequestDataExportMutation, Types.RequestDataExportMutationVariables>(RequestDataExportDocument, variables, options);
