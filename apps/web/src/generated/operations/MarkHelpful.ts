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

export const MarkHelpfulDocument = new TypedDocumentString(`
    mutation MarkHelpful($target: HelpfulTarget!, $id: ID!) {
  markHelpful(target: $target, id: $id) {
    id
    helpfulCount
    viewerMarkedHelpful
  }
}
    `);

export const useMarkHelpfulMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.MarkHelpfulMutation, TError, Types.MarkHelpfulMutationVariables, TContext>) => {
    
    return useMutation<Types.MarkHelpfulMutation, TError, Types.MarkHelpfulMutationVariables, TContext>(
      {
    mutationKey: ['MarkHelpful'],
    mutationFn: (variables?: Types.MarkHelpfulMutationVariables) => fetcher<Types.MarkHelpfulMutation, Types.MarkHelpfulMutationVariables>(MarkHelpfulDocument, variables)(),
    ...options
  }
    )};


useMarkHelpfulMutation.fetcher = (variables: Types.MarkHelpfulMutationVariables, options?: RequestInit['headers']) => fetcher<Types.MarkHelpfulMutation, Types.MarkHelpfulMutationVariables>(MarkHelpfulDocument, variables, options);
