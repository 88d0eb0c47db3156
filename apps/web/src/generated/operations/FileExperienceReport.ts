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

export const FileExperienceReportDocument = new TypedDocumentString(`
    mutation FileExperienceReport($input: FileExperienceReportInput!) {
  fileExperienceReport(input: $input) {
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

export const useFileExperienceReportMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<Types.FileExperienceReportMutation, TError, Types.FileExperienceReportMutationVariables, TContext>) => {
    
    return useMutation<Types.FileExperienceReportMutation, TError, Types.FileExperienceReportMutationVariables, TContext>(
      {
    mutationKey: ['FileExperienceReport'],
    mutationFn: (variables?: Types.FileExperienceReportMutationVariables) => fetcher<Types.FileExperienceReportMutation, Types.FileExperienceReportMutationVariables>(FileExperienceReportDocument, variables)(),
    ...options
  }
    )};


useFileExperienceReportMutation.fetcher = (variables: Types.FileExperienceReportMutationVariables, options?: RequestInit['headers']) => fetcher<Types.FileExperienceReportMutation, Types.FileExperienceReportMutationVariables>(FileExperienceReportDocument, variables, options);
