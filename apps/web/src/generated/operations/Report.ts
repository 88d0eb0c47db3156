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

export const ReportDocument = new TypedDocumentString(`
    mutation Report($input: ReportInput!) {
  report(input: $input) {
    id
    createdAt
    message
  }
}
    `);

export const useReportMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.ReportMutation, TError, Types.ReportMutationVariables, TContext>) => {
    
    return useMutation<Types.ReportMutation, TError, Types.ReportMutationVariables, TContext>(
      {
    mutationKey: ['Report'],
    mutationFn: (variables?: Types.ReportMutationVariables) => fetcher<Types.ReportMutation, Types.ReportMutationVariables>(ReportDocument, variables)(),
    ...options
  }
    )};


useReportMutation.fetcher = (variables: Types.ReportMutationVariables, options?: RequestInit['headers']) => fetcher<Types.ReportMutation, Types.ReportMutationVariables>(ReportDocument, variables, options);
