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

export const RespondToCareExperienceDocument = new TypedDocumentString(`
    mutation RespondToCareExperience($input: RespondToCareExperienceInput!) {
  respondToCareExperience(input: $input) {
    ...CareStoryFields
  }
}
    fragment CareResponseFields on CareResponse {
  id
  body
  changedSomething
  whatChanged
  moderationState
  createdAt
  organisation {
    id
    name
    status
  }
}
fragment CareStoryFields on CareExperience {
  id
  occurredOn
  whatWasGood
  couldBeBetter
  ratingSeen
  ratingListened
  ratingInvolved
  anonymous
  authorLabel
  authorHandle
  viewerIsAuthor
  moderationState
  conditionName
  createdAt
  serviceKind {
    slug
    name
  }
  area {
    code
    name
  }
  responses {
    ...CareResponseFields
  }
  viewerCanRespondAs {
    id
    name
  }
}`);

export const useRespondToCareExperienceMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.RespondToCareExperienceMutation, TError, Types.RespondToCareExperienceMutationVariables, TContext>) => {
    
    return useMutation<Types.RespondToCareExperienceMutation, TError, Types.RespondToCareExperienceMutationVariables, TContext>(
      {
    mutationKey: ['RespondToCareExperience'],
    mutationFn: (variables?: Types.RespondToCareExperienceMutationVariables) => fetcher<Types.RespondToCareExperienceMutation, Types.RespondToCareExperienceMutationVariables>(RespondToCareExperienceDocument, variables)(),
    ...options
  }
    )};


useRespondToCareExperienceMutation.fetcher = (variables: Types.RespondToCareExperienceMutationVariables, options?: RequestInit['headers']) => fetcher<Types.RespondToCareExperienceMutation, Types.RespondToCareExperienceMutationVariables>(RespondToCareExperienceDocument, variables, options);
