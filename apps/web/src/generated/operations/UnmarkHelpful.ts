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

export const UnmarkHelpfulDocument = new TypedDocumentString(`
    mutation UnmarkHelpful($target: HelpfulTarget!, $id: ID!) {
  unmarkHelpful(target: $target, id: $id) {
    id
    helpfulCount
    viewerMarkedHelpful
  }
}
    `);

export const useUnmarkHelpfulMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.UnmarkHelpfulMutation, TError, Types.UnmarkHelpfulMutationVariables, TContext>) => {
    
    return useMutation<Types.UnmarkHelpfulMutation, TError, Types.UnmarkHelpfulMutationVariables, TContext>(
      {
    mutationKey: ['UnmarkHelpful'],
    mutationFn: (variables?: Types.UnmarkHelpfulMutationVariables) => fetcher<Types.UnmarkHelpfulMutation, Types.UnmarkHelpfulMutationVariables>(UnmarkHelpfulDocument, variables)(),
    ...options
  }
    )};


useUnmarkHelpfulMutation.fetcher = (variables: Types.UnmarkHelpfulMutationVariables, options?: RequestInit['headers']) => fetcher<Types.UnmarkHelpfulMutation, Types.UnmarkHelpfulMutationVariables>(UnmarkHelpfulDocument, variables, options);
