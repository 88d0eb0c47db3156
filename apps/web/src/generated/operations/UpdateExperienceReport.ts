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

export const UpdateExperienceReportDocument = new TypedDocumentString(`
    mutation UpdateExperienceReport($id: ID!, $input: ReportAnswersInput!) {
  updateExperienceReport(id: $id, input: $input) {
    ...ExperienceReportFields
  }
}
    fragment InterventionSummary on Intervention {
  id
  slug
  name
  category
}
fragment SideEffectFields on SideEffect {
  name
  severity
}
fragment ExperienceReportFields on ExperienceReport {
  id
  effectiveness
  sideEffects {
    ...SideEffectFields
  }
  adherence
  burden
  costBand
  durationWeeks
  stillUsing
  tips
  tipsHtml
  createdAt
  updatedAt
  viewerIsAuthor
  threadIds
  moderationState
  moderationReason
  condition {
    id
    slug
    name
  }
  intervention {
    ...InterventionSummary
  }
}`);

export const useUpdateExperienceReportMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.UpdateExperienceReportMutation, TError, Types.UpdateExperienceReportMutationVariables, TContext>) => {
    
    return useMutation<Types.UpdateExperienceReportMutation, TError, Types.UpdateExperienceReportMutationVariables, TContext>(
      {
    mutationKey: ['UpdateExperienceReport'],
    mutationFn: (variables?: Types.UpdateExperienceReportMutationVariables) => fetcher<Types.UpdateExperienceReportMutation, Types.UpdateExperienceReportMutationVariables>(UpdateExperienceReportDocument, variables)(),
    ...options
  }
    )};


useUpdateExperienceReportMutation.fetcher = (variables: Types.UpdateExperienceReportMutationVariables, options?: RequestInit['headers']) => fetcher<Types.UpdateExperienceReportMutation, Types.UpdateExperienceReportMutationVariables>(UpdateExperienceReportDocument, variables, options);
