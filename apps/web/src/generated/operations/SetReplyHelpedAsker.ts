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

export const SetReplyHelpedAskerDocument = new TypedDocumentString(`
    mutation SetReplyHelpedAsker($id: ID!, $helped: Boolean!) {
  setReplyHelpedAsker(id: $id, helped: $helped) {
    ...ReplyFields
  }
}
    fragment ReplyFields on Reply {
  id
  parentId
  depth
  body
  bodyHtml
  authorLabel
  author {
    handle
  }
  isAnonymous
  viewerIsAuthor
  isDeleted
  isNew
  moderationState
  moderationReason
  helpfulCount
  helpedAsker
  viewerMarkedHelpful
  viewerSaved
  createdAt
  editedAt
}`);

export const useSetReplyHelpedAskerMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.SetReplyHelpedAskerMutation, TError, Types.SetReplyHelpedAskerMutationVariables, TContext>) => {
    
    return useMutation<Types.SetReplyHelpedAskerMutation, TError, Types.SetReplyHelpedAskerMutationVariables, TContext>(
      {
    mutationKey: ['SetReplyHelpedAsker'],
    mutationFn: (variables?: Types.SetReplyHelpedAskerMutationVariables) => fetcher<Types.SetReplyHelpedAskerMutation, Types.SetReplyHelpedAskerMutationVariables>(SetReplyHelpedAskerDocument, variables)(),
    ...options
  }
    )};


useSetReplyHelpedAskerMutation.fetcher = (variables: Types.SetReplyHelpedAskerMutationVariables, options?: RequestInit['headers']) => fetcher<Types.SetReplyHelpedAskerMutation, Types.SetReplyHelpedAskerMutationVariables>(SetReplyHelpedAskerDocument, variables, options);
