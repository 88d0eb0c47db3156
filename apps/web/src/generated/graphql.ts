/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { useQuery, useInfiniteQuery, useMutation, UseQueryOptions, UseInfiniteQueryOptions, InfiniteData, UseMutationOptions } from '@tanstack/react-query';
import { fetcher } from '../app/graphql-client';
/** How closely they could stick to it. */
export type Adherence =
  | 'as_intended'
  | 'mostly'
  | 'rarely'
  | 'sometimes'
  | 'stopped';

/** How much effort or hassle it is. */
export type Burden =
  | 'high'
  | 'low'
  | 'moderate'
  | 'none';

export type CaseStatus =
  | 'open'
  | 'resolved';

export type ChangeEmailInput = {
  /** Takes effect once confirmed from a link sent to it. */
  newEmail: string;
  /** Your password, to confirm. */
  password: string;
};

export type ChangePasswordInput = {
  currentPassword: string;
  /** Stay signed in here (default); every other session ends either way. */
  keepThisSession?: boolean | null | undefined;
  newPassword: string;
};

/** What others see of me in chat. */
export type ChatPrivacyInput = {
  /** Show me as online in chat rooms I am in. */
  sharePresence: boolean;
  /** Show others when I am typing. */
  shareTyping: boolean;
};

/** One of pending, verified. */
export type ClinicianStatus =
  | 'pending'
  | 'verified';

export type ConfirmTwoFactorInput = {
  /** A code from the authenticator app, for the secret just set up. */
  code: string;
  /** Your password, to confirm. */
  password: string;
};

/** clinician_insights: your reports and activity may count in aggregated insights for verified clinicians. research: in aggregated research data. */
export type ConsentPurpose =
  | 'clinician_insights'
  | 'research';

/** Cost to the member per month, in pounds. */
export type CostBand =
  | 'free'
  | 'from_10_to_50'
  | 'over_50'
  | 'under_10'
  | 'unknown';

export type CurateIntoGuideInput = {
  /** An existing heading of the guide, or a new one (1-80 characters). */
  heading: string;
  /** Optional note for the history and audit log, at most 500 characters. */
  note?: string | null | undefined;
  sourceId: string;
  sourceType: GuideSourceType;
  /** 10-500 characters of plain text. */
  summary: string;
};

export type DeleteAccountInput = {
  content: DeletionMode;
  /** Your password, to confirm. */
  password: string;
};

/** remove_content: your posts lose their text. keep_content: they stay, under "former member". */
export type DeletionMode =
  | 'keep_content'
  | 'remove_content';

export type DigestFrequency =
  | 'daily'
  | 'off'
  | 'weekly';

/** How much it helped: major, moderate, slight, none, or can’t tell. */
export type Effectiveness =
  | 'cant_tell'
  | 'major'
  | 'moderate'
  | 'none'
  | 'slight';

export type FileExperienceReportInput = {
  adherence: Adherence;
  burden: Burden;
  conditionId: string;
  costBand: CostBand;
  /** Weeks of use, 0-2600. */
  durationWeeks: number;
  effectiveness: Effectiveness;
  /** Client-generated key, one per submission (a UUID). A retry with the same key returns what the first attempt stored instead of storing it again. */
  idempotencyKey?: string | null | undefined;
  interventionId: string;
  /** At most 10. */
  sideEffects: Array<SideEffectInput>;
  stillUsing: boolean;
  /** Attach it to this thread as it is filed. */
  threadId?: string | null | undefined;
  /** Markdown, at most 2000 characters. */
  tips?: string;
};

export type GroupRole =
  | 'member'
  | 'moderator';

/** public: anyone may join. private: joining is a request a group moderator decides. */
export type GroupVisibility =
  | 'private'
  | 'public';

/** What a guide entry quotes: a thread or a reply. */
export type GuideSourceType =
  | 'reply'
  | 'thread';

export type HelpfulTarget =
  | 'reply'
  | 'thread';

export type InterventionCategory =
  | 'device'
  | 'lifestyle'
  | 'medication'
  | 'self_management'
  | 'service'
  | 'therapy';

export type InterventionStatus =
  | 'accepted'
  | 'declined'
  | 'merged'
  | 'pending';

export type MembershipStatus =
  | 'active'
  | 'declined'
  | 'pending'
  | 'removed';

export type ModerationActionInput = {
  action: ModerationActionKind;
  /** The case to act on; or give targetType and targetId. */
  caseId?: string | null | undefined;
  /** Your judgement: does the text signal a risk of self-harm or suicide? Where it differs from the automatic crisis check, the text (no author, no ids) is kept as a labelled example to improve the check. */
  crisis?: boolean | null | undefined;
  /** For mute and suspend: how long, 1-8760 hours. */
  durationHours?: number | null | undefined;
  /** For muting a reported member: in which group. */
  groupId?: string | null | undefined;
  /** Why; the author is told. 3-1000 characters. */
  reason: string;
  targetId?: string | null | undefined;
  targetType?: ReportTarget | null | undefined;
};

export type ModerationActionKind =
  | 'approve'
  | 'dismiss'
  | 'hide'
  | 'lock'
  | 'mute'
  | 'remove'
  | 'restore'
  | 'suspend'
  | 'unlock'
  | 'warn';

/** visible; pending (waiting for approval); hidden (pending review); removed (by a moderator). */
export type ModerationState =
  | 'hidden'
  | 'pending'
  | 'removed'
  | 'visible';

export type NotificationKind =
  | 'helpful'
  | 'join_decided'
  | 'mention'
  | 'moderation'
  | 'new_thread'
  | 'reply';

export type NotificationSettingsInput = {
  digest: DigestFrequency;
  enabledKinds: Array<NotificationKind>;
};

export type PreviewInput = {
  body: string;
};

export type ProposeInterventionInput = {
  category: InterventionCategory;
  /** Conditions it is used for. */
  conditionIds: Array<string>;
  description?: string;
  name: string;
};

export type ReasonInput = {
  /** Why (kept in the audit log), 3-500 characters. */
  reason: string;
};

export type RegisterInput = {
  /** Register as a clinician (pending until an admin verifies). */
  asClinician?: boolean | null | undefined;
  /** Organisation you work for (clinicians). */
  clinicianOrganisation?: string | null | undefined;
  /** Professional registration number (clinicians). */
  clinicianRegistration?: string | null | undefined;
  /** Never shown to anyone else. */
  email: string;
  /** Public pseudonym: 3-24 letters, digits, _ or -, starting with a letter. */
  handle: string;
  password: string;
};

export type ReplyInput = {
  anonymous?: boolean;
  /** Markdown, 1-10000 characters. */
  body: string;
  /** Client-generated key, one per submission (a UUID). A retry with the same key returns what the first attempt stored instead of storing it again. */
  idempotencyKey?: string | null | undefined;
  /** The reply this answers; omit to answer the thread. */
  parentId?: string | null | undefined;
  threadId: string;
};

export type ReportAnswersInput = {
  adherence: Adherence;
  burden: Burden;
  costBand: CostBand;
  /** Weeks of use, 0-2600. */
  durationWeeks: number;
  effectiveness: Effectiveness;
  /** At most 10. */
  sideEffects: Array<SideEffectInput>;
  stillUsing: boolean;
  /** Markdown, at most 2000 characters. */
  tips?: string;
};

export type ReportInput = {
  /** What moderators should know, up to 1000 characters. */
  note?: string;
  reason: ReportReason;
  targetId: string;
  targetType: ReportTarget;
};

export type ReportReason =
  | 'crisis'
  | 'harassment'
  | 'misinformation'
  | 'other'
  | 'personal_information'
  | 'spam';

/** What can be reported. */
export type ReportTarget =
  | 'chat_message'
  | 'experience_report'
  | 'member'
  | 'reply'
  | 'thread';

export type RequestPasswordResetInput = {
  email: string;
};

export type ResetPasswordInput = {
  newPassword: string;
  /** The token from the emailed link. */
  token: string;
};

/** One of member, moderator, clinician, admin. */
export type Role =
  | 'admin'
  | 'clinician'
  | 'member'
  | 'moderator';

export type SearchInput = {
  conditionIds?: Array<string> | null | undefined;
  /** Results per page (default 20, at most 50). */
  first?: number | null | undefined;
  /** Posted on or after. */
  from?: string | null | undefined;
  groupIds?: Array<string> | null | undefined;
  /** Thread kinds (question, advice, story) or intervention categories. */
  kinds?: Array<string> | null | undefined;
  /** Results to skip; offset + first reaches at most 1000. */
  offset?: number | null | undefined;
  /** What to look for (at most 200 characters). "quotes" for a phrase, -word to leave out. Empty: everything the filters allow, newest first. */
  query?: string | null | undefined;
  sort?: SearchSort | null | undefined;
  /** Tag slugs; a result matches if it has any of them. */
  tags?: Array<string> | null | undefined;
  /** Posted before. */
  to?: string | null | undefined;
  types?: Array<SearchType> | null | undefined;
};

export type SearchSort =
  | 'helpful'
  | 'newest'
  | 'relevance';

/** What a search result is. */
export type SearchType =
  | 'condition'
  | 'group'
  | 'intervention'
  | 'reply'
  | 'thread'
  | 'tip';

export type SideEffectInput = {
  name: string;
  severity: SideEffectSeverity;
};

export type SideEffectSeverity =
  | 'mild'
  | 'moderate'
  | 'severe';

export type SignInInput = {
  /** Email address or handle. */
  login: string;
  password: string;
};

export type StartThreadInput = {
  /** Post as "anonymous member" (groups that allow it). */
  anonymous?: boolean;
  /** Markdown, 1-20000 characters. */
  body: string;
  groupId: string;
  /** Client-generated key, one per submission (a UUID). A retry with the same key returns what the first attempt stored instead of storing it again. */
  idempotencyKey?: string | null | undefined;
  kind: ThreadKind;
  /** Up to 5 tags from the tag list. */
  tags: Array<string>;
  /** 5-150 characters. */
  title: string;
};

export type ThreadContentInput = {
  /** Markdown, 1-20000 characters. */
  body: string;
  /** Up to 5 tags from the tag list. */
  tags: Array<string>;
  /** 5-150 characters. */
  title: string;
};

export type ThreadKind =
  | 'advice'
  | 'question'
  | 'story';

export type ThreadSort =
  | 'latest_activity'
  | 'most_helpful'
  | 'newest';

/** Turning two-factor off or making new recovery codes: the password and a current code (or a recovery code). */
export type TwoFactorConfirmInput = {
  /** A code from the authenticator app, or a recovery code. */
  code: string;
  password: string;
};

/** The second step of signing in: a code from the authenticator app, or one recovery code. */
export type TwoFactorSignInInput = {
  /** The 6-digit code the authenticator app shows now. */
  code?: string | null | undefined;
  /** One of the recovery codes shown when two-factor sign-in was turned on. */
  recoveryCode?: string | null | undefined;
};

export type UpdateGuideEntryInput = {
  /** Move the entry under this heading (an existing one, or a new section at the end). */
  heading?: string | null | undefined;
  id: string;
  /** What changed and why (shown in the guide's history and kept in the audit log), 3-500 characters. */
  note: string;
  /** New place within its section, from 0 (larger values put it last). */
  position?: number | null | undefined;
  summary?: string | null | undefined;
};

export type UpdateProfileInput = {
  /** A short public introduction, at most 500 characters. */
  bio: string;
};

export type WatchedWordAction =
  | 'approve'
  | 'block'
  | 'flag';

export type WatchedWordInput = {
  action: WatchedWordAction;
  groupId: string;
  /** A word or phrase, 2-100 characters. */
  phrase: string;
};

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { mySessions: Array<{ id: string, device: string, createdAt: string, lastSeenAt: string, current: boolean }> };

export type EndSessionMutationVariables = Exact<{
  id: string;
}>;


export type EndSessionMutation = { endSession: boolean };

export type DataExportFieldsFragment = { id: string, status: string, progress: number, bytes: number | null, createdAt: string, finishedAt: string | null, expiresAt: string, downloadUrl: string | null };

export type RequestDataExportMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestDataExportMutation = { requestDataExport: { id: string, status: string, progress: number, bytes: number | null, createdAt: string, finishedAt: string | null, expiresAt: string, downloadUrl: string | null } };

export type DataExportsQueryVariables = Exact<{ [key: string]: never; }>;


export type DataExportsQuery = { dataExports: Array<{ id: string, status: string, progress: number, bytes: number | null, createdAt: string, finishedAt: string | null, expiresAt: string, downloadUrl: string | null }> };

export type DataExportQueryVariables = Exact<{
  id: string;
}>;


export type DataExportQuery = { dataExport: { id: string, status: string, progress: number, bytes: number | null, createdAt: string, finishedAt: string | null, expiresAt: string, downloadUrl: string | null } };

export type DeleteAccountMutationVariables = Exact<{
  input: DeleteAccountInput;
}>;


export type DeleteAccountMutation = { deleteAccount: boolean };

export type ClinicianApplicationFieldsFragment = { id: string, handle: string, registration: string | null, organisation: string | null, appliedAt: string, status: ClinicianStatus };

export type ClinicianApplicationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ClinicianApplicationsQuery = { clinicianApplications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, handle: string, registration: string | null, organisation: string | null, appliedAt: string, status: ClinicianStatus }> } };

export type VerifyClinicianMutationVariables = Exact<{
  handle: string;
}>;


export type VerifyClinicianMutation = { verifyClinician: { id: string, handle: string, registration: string | null, organisation: string | null, appliedAt: string, status: ClinicianStatus } };

export type AccountSecurityQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountSecurityQuery = { me: { id: string, email: string, emailVerified: boolean, security: { emailVerified: boolean, pendingEmail: string | null, twoFactorEnabled: boolean, twoFactorRequired: boolean, twoFactorDueAt: string | null, powersWaiting: boolean, recoveryCodesLeft: number } } | null };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail: { email: string, changed: boolean } };

export type ResendVerificationEmailMutationVariables = Exact<{ [key: string]: never; }>;


export type ResendVerificationEmailMutation = { resendVerificationEmail: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: number };

export type ChangeEmailMutationVariables = Exact<{
  input: ChangeEmailInput;
}>;


export type ChangeEmailMutation = { changeEmail: boolean };

export type BeginTwoFactorSetupMutationVariables = Exact<{ [key: string]: never; }>;


export type BeginTwoFactorSetupMutation = { beginTwoFactorSetup: { secret: string, otpauthUrl: string, qrCodeDataUrl: string } };

export type ConfirmTwoFactorSetupMutationVariables = Exact<{
  input: ConfirmTwoFactorInput;
}>;


export type ConfirmTwoFactorSetupMutation = { confirmTwoFactorSetup: { codes: Array<string> } };

export type RegenerateRecoveryCodesMutationVariables = Exact<{
  input: TwoFactorConfirmInput;
}>;


export type RegenerateRecoveryCodesMutation = { regenerateRecoveryCodes: { codes: Array<string> } };

export type DisableTwoFactorMutationVariables = Exact<{
  input: TwoFactorConfirmInput;
}>;


export type DisableTwoFactorMutation = { disableTwoFactor: boolean };

export type ViewerFragment = { id: string, handle: string, email: string, emailVerified: boolean, role: Role, clinicianStatus: ClinicianStatus | null, bio: string, sharePresence: boolean, shareTyping: boolean, createdAt: string };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, handle: string, email: string, emailVerified: boolean, role: Role, clinicianStatus: ClinicianStatus | null, bio: string, sharePresence: boolean, shareTyping: boolean, createdAt: string } | null };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { id: string, handle: string, email: string, emailVerified: boolean, role: Role, clinicianStatus: ClinicianStatus | null, bio: string, sharePresence: boolean, shareTyping: boolean, createdAt: string } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { id: string, handle: string, email: string, emailVerified: boolean, role: Role, clinicianStatus: ClinicianStatus | null, bio: string, sharePresence: boolean, shareTyping: boolean, createdAt: string } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: number };

export type SignInWithTwoFactorMutationVariables = Exact<{
  input: TwoFactorSignInInput;
}>;


export type SignInWithTwoFactorMutation = { signInWithTwoFactor: { id: string, handle: string, email: string, emailVerified: boolean, role: Role, clinicianStatus: ClinicianStatus | null, bio: string, sharePresence: boolean, shareTyping: boolean, createdAt: string } };

export type UpdateChatPrivacyMutationVariables = Exact<{
  input: ChatPrivacyInput;
}>;


export type UpdateChatPrivacyMutation = { updateChatPrivacy: { id: string, handle: string, email: string, emailVerified: boolean, role: Role, clinicianStatus: ClinicianStatus | null, bio: string, sharePresence: boolean, shareTyping: boolean, createdAt: string } };

export type BlockedMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type BlockedMembersQuery = { blockedMembers: Array<{ id: string, handle: string }> };

export type BlockMemberMutationVariables = Exact<{
  userId: string;
}>;


export type BlockMemberMutation = { blockMember: { id: string, handle: string } };

export type UnblockMemberMutationVariables = Exact<{
  userId: string;
}>;


export type UnblockMemberMutation = { unblockMember: boolean };

export type ConditionSummaryFragment = { id: string, slug: string, name: string, icd10Code: string, family: string };

export type ConditionsQueryVariables = Exact<{
  filter?: string | null | undefined;
  family?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConditionsQuery = { conditions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, slug: string, name: string, icd10Code: string, family: string }> } };

export type ConditionFamiliesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConditionFamiliesQuery = { conditionFamilies: Array<{ name: string, conditionCount: number }> };

export type ConditionQueryVariables = Exact<{
  slug: string;
}>;


export type ConditionQuery = { condition: { synonyms: Array<string>, description: string, id: string, slug: string, name: string, icd10Code: string, family: string } };

export type MyConsentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyConsentsQuery = { myConsents: Array<{ purpose: ConsentPurpose, granted: boolean, changedAt: string | null }> };

export type ConsentHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsentHistoryQuery = { consentHistory: Array<{ purpose: ConsentPurpose, granted: boolean, at: string }> };

export type SetConsentMutationVariables = Exact<{
  purpose: ConsentPurpose;
  granted: boolean;
}>;


export type SetConsentMutation = { setConsent: { purpose: ConsentPurpose, granted: boolean, changedAt: string | null } };

export type InterventionSummaryFragment = { id: string, slug: string, name: string, category: InterventionCategory };

export type WhatWorksFieldsFragment = { reportCount: number, condition: { id: string, slug: string, name: string }, entries: Array<{ reportCount: number, intervention: { id: string, slug: string, name: string, category: InterventionCategory }, effectiveness: Array<{ effectiveness: Effectiveness, count: number }>, topSideEffects: Array<{ name: string, count: number }>, latestTips: Array<{ reportId: string, tipsHtml: string, createdAt: string, threadIds: Array<string> }> }> };

export type WhatWorksQueryVariables = Exact<{
  conditionSlug: string;
}>;


export type WhatWorksQuery = { whatWorks: { reportCount: number, condition: { id: string, slug: string, name: string }, entries: Array<{ reportCount: number, intervention: { id: string, slug: string, name: string, category: InterventionCategory }, effectiveness: Array<{ effectiveness: Effectiveness, count: number }>, topSideEffects: Array<{ name: string, count: number }>, latestTips: Array<{ reportId: string, tipsHtml: string, createdAt: string, threadIds: Array<string> }> }> } };

export type InterventionOptionsQueryVariables = Exact<{
  conditionSlug?: string | null | undefined;
  filter?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InterventionOptionsQuery = { interventions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ synonyms: Array<string>, id: string, slug: string, name: string, category: InterventionCategory }> } };

export type InterventionBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type InterventionBySlugQuery = { intervention: { status: InterventionStatus, id: string, slug: string, name: string, category: InterventionCategory } };

export type SideEffectFieldsFragment = { name: string, severity: SideEffectSeverity };

export type ExperienceReportFieldsFragment = { id: string, effectiveness: Effectiveness, adherence: Adherence, burden: Burden, costBand: CostBand, durationWeeks: number, stillUsing: boolean, tips: string, tipsHtml: string, createdAt: string, updatedAt: string, viewerIsAuthor: boolean, threadIds: Array<string>, moderationState: ModerationState, moderationReason: string | null, sideEffects: Array<{ name: string, severity: SideEffectSeverity }>, condition: { id: string, slug: string, name: string }, intervention: { id: string, slug: string, name: string, category: InterventionCategory } };

export type ExperienceReportQueryVariables = Exact<{
  id: string;
}>;


export type ExperienceReportQuery = { experienceReport: { id: string, effectiveness: Effectiveness, adherence: Adherence, burden: Burden, costBand: CostBand, durationWeeks: number, stillUsing: boolean, tips: string, tipsHtml: string, createdAt: string, updatedAt: string, viewerIsAuthor: boolean, threadIds: Array<string>, moderationState: ModerationState, moderationReason: string | null, sideEffects: Array<{ name: string, severity: SideEffectSeverity }>, condition: { id: string, slug: string, name: string }, intervention: { id: string, slug: string, name: string, category: InterventionCategory } } };

export type ExperienceReportRevisionsQueryVariables = Exact<{
  id: string;
}>;


export type ExperienceReportRevisionsQuery = { experienceReport: { id: string, revisions: Array<{ effectiveness: Effectiveness, adherence: Adherence, burden: Burden, costBand: CostBand, durationWeeks: number, stillUsing: boolean, tipsHtml: string, replacedAt: string, sideEffects: Array<{ name: string, severity: SideEffectSeverity }> }> } };

export type MyExperienceReportsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyExperienceReportsQuery = { myExperienceReports: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, effectiveness: Effectiveness, updatedAt: string, condition: { id: string, slug: string, name: string }, intervention: { id: string, name: string } }> } };

export type ThreadExperienceReportsQueryVariables = Exact<{
  id: string;
}>;


export type ThreadExperienceReportsQuery = { thread: { id: string, experienceReports: Array<{ id: string, effectiveness: Effectiveness, intervention: { id: string, name: string } }> } };

export type ReportThreadQueryVariables = Exact<{
  id: string;
}>;


export type ReportThreadQuery = { thread: { id: string, title: string, isDeleted: boolean, isLocked: boolean, group: { id: string, slug: string, name: string, visibility: GroupVisibility, viewerCanModerate: boolean, viewerCanRead: boolean, viewerCanPost: boolean, viewerMembership: { id: string, status: MembershipStatus } | null, condition: { id: string, slug: string } } } };

export type FileExperienceReportMutationVariables = Exact<{
  input: FileExperienceReportInput;
}>;


export type FileExperienceReportMutation = { fileExperienceReport: { id: string, effectiveness: Effectiveness, adherence: Adherence, burden: Burden, costBand: CostBand, durationWeeks: number, stillUsing: boolean, tips: string, tipsHtml: string, createdAt: string, updatedAt: string, viewerIsAuthor: boolean, threadIds: Array<string>, moderationState: ModerationState, moderationReason: string | null, sideEffects: Array<{ name: string, severity: SideEffectSeverity }>, condition: { id: string, slug: string, name: string }, intervention: { id: string, slug: string, name: string, category: InterventionCategory } } };

export type UpdateExperienceReportMutationVariables = Exact<{
  id: string;
  input: ReportAnswersInput;
}>;


export type UpdateExperienceReportMutation = { updateExperienceReport: { id: string, effectiveness: Effectiveness, adherence: Adherence, burden: Burden, costBand: CostBand, durationWeeks: number, stillUsing: boolean, tips: string, tipsHtml: string, createdAt: string, updatedAt: string, viewerIsAuthor: boolean, threadIds: Array<string>, moderationState: ModerationState, moderationReason: string | null, sideEffects: Array<{ name: string, severity: SideEffectSeverity }>, condition: { id: string, slug: string, name: string }, intervention: { id: string, slug: string, name: string, category: InterventionCategory } } };

export type ProposeInterventionMutationVariables = Exact<{
  input: ProposeInterventionInput;
}>;


export type ProposeInterventionMutation = { proposeIntervention: { status: InterventionStatus, id: string, slug: string, name: string, category: InterventionCategory } };

export type GroupSummaryFragment = { id: string, slug: string, name: string, description: string, visibility: GroupVisibility, memberCount: number };

export type ConditionGroupsQueryVariables = Exact<{
  conditionSlug: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConditionGroupsQuery = { groups: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, slug: string, name: string, description: string, visibility: GroupVisibility, memberCount: number, viewerMembership: { id: string, status: MembershipStatus } | null }> } };

export type GroupQueryVariables = Exact<{
  slug: string;
}>;


export type GroupQuery = { group: { allowAnonymous: boolean, createdAt: string, viewerCanModerate: boolean, viewerCanRead: boolean, viewerCanPost: boolean, viewerFollows: boolean, id: string, slug: string, name: string, description: string, visibility: GroupVisibility, memberCount: number, viewerMembership: { id: string, status: MembershipStatus, role: GroupRole, requestedAt: string, joinedAt: string | null } | null, condition: { id: string, slug: string, name: string, icd10Code: string } } };

export type GroupMembersQueryVariables = Exact<{
  slug: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GroupMembersQuery = { group: { id: string, members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ role: GroupRole, joinedAt: string, member: { id: string, handle: string, isModerator: boolean, isVerifiedClinician: boolean } }> } } };

export type GroupJoinRequestsQueryVariables = Exact<{
  slug: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GroupJoinRequestsQuery = { group: { id: string, joinRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, requestedAt: string, member: { id: string, handle: string, bio: string } }> } } };

export type JoinGroupMutationVariables = Exact<{
  groupId: string;
}>;


export type JoinGroupMutation = { joinGroup: { id: string, status: MembershipStatus, role: GroupRole, requestedAt: string, joinedAt: string | null, group: { id: string, memberCount: number } } };

export type LeaveGroupMutationVariables = Exact<{
  groupId: string;
}>;


export type LeaveGroupMutation = { leaveGroup: boolean };

export type DecideJoinRequestMutationVariables = Exact<{
  requestId: string;
  approve: boolean;
}>;


export type DecideJoinRequestMutation = { decideJoinRequest: { id: string, status: MembershipStatus } };

export type GuideEntryFieldsFragment = { id: string, heading: string, position: number, summary: string, curatedAt: string, curatedByLabel: string, sourceAvailable: boolean, unavailableReason: string | null, source: { type: GuideSourceType, id: string, threadId: string, threadTitle: string, excerpt: string, authorLabel: string, helpfulCount: number, createdAt: string, url: string, groupName: string } | null };

export type GuideFieldsFragment = { intro: string, introHtml: string, version: number, lastReviewedAt: string | null, lastReviewedByLabel: string | null, updatedAt: string | null, viewerCanEdit: boolean, condition: { id: string, slug: string, name: string }, sections: Array<{ heading: string, entries: Array<{ id: string, heading: string, position: number, summary: string, curatedAt: string, curatedByLabel: string, sourceAvailable: boolean, unavailableReason: string | null, source: { type: GuideSourceType, id: string, threadId: string, threadTitle: string, excerpt: string, authorLabel: string, helpfulCount: number, createdAt: string, url: string, groupName: string } | null }> }> };

export type GuideQueryVariables = Exact<{
  conditionSlug: string;
}>;


export type GuideQuery = { guide: { intro: string, introHtml: string, version: number, lastReviewedAt: string | null, lastReviewedByLabel: string | null, updatedAt: string | null, viewerCanEdit: boolean, history: Array<{ version: number, editorLabel: string, note: string, createdAt: string }>, whatWorks: { reportCount: number, condition: { id: string, slug: string, name: string }, entries: Array<{ reportCount: number, intervention: { id: string, slug: string, name: string, category: InterventionCategory }, effectiveness: Array<{ effectiveness: Effectiveness, count: number }>, topSideEffects: Array<{ name: string, count: number }>, latestTips: Array<{ reportId: string, tipsHtml: string, createdAt: string, threadIds: Array<string> }> }> }, condition: { id: string, slug: string, name: string }, sections: Array<{ heading: string, entries: Array<{ id: string, heading: string, position: number, summary: string, curatedAt: string, curatedByLabel: string, sourceAvailable: boolean, unavailableReason: string | null, source: { type: GuideSourceType, id: string, threadId: string, threadTitle: string, excerpt: string, authorLabel: string, helpfulCount: number, createdAt: string, url: string, groupName: string } | null }> }> } };

export type GuideHeadingsQueryVariables = Exact<{
  conditionSlug: string;
}>;


export type GuideHeadingsQuery = { guide: { viewerCanEdit: boolean, condition: { id: string, slug: string, name: string }, sections: Array<{ heading: string }> } };

export type CurateIntoGuideMutationVariables = Exact<{
  input: CurateIntoGuideInput;
}>;


export type CurateIntoGuideMutation = { curateIntoGuide: { intro: string, introHtml: string, version: number, lastReviewedAt: string | null, lastReviewedByLabel: string | null, updatedAt: string | null, viewerCanEdit: boolean, condition: { id: string, slug: string, name: string }, sections: Array<{ heading: string, entries: Array<{ id: string, heading: string, position: number, summary: string, curatedAt: string, curatedByLabel: string, sourceAvailable: boolean, unavailableReason: string | null, source: { type: GuideSourceType, id: string, threadId: string, threadTitle: string, excerpt: string, authorLabel: string, helpfulCount: number, createdAt: string, url: string, groupName: string } | null }> }> } };

export type UpdateGuideEntryMutationVariables = Exact<{
  input: UpdateGuideEntryInput;
}>;


export type UpdateGuideEntryMutation = { updateGuideEntry: { intro: string, introHtml: string, version: number, lastReviewedAt: string | null, lastReviewedByLabel: string | null, updatedAt: string | null, viewerCanEdit: boolean, condition: { id: string, slug: string, name: string }, sections: Array<{ heading: string, entries: Array<{ id: string, heading: string, position: number, summary: string, curatedAt: string, curatedByLabel: string, sourceAvailable: boolean, unavailableReason: string | null, source: { type: GuideSourceType, id: string, threadId: string, threadTitle: string, excerpt: string, authorLabel: string, helpfulCount: number, createdAt: string, url: string, groupName: string } | null }> }> } };

export type RemoveGuideEntryMutationVariables = Exact<{
  id: string;
  note: string;
}>;


export type RemoveGuideEntryMutation = { removeGuideEntry: { intro: string, introHtml: string, version: number, lastReviewedAt: string | null, lastReviewedByLabel: string | null, updatedAt: string | null, viewerCanEdit: boolean, condition: { id: string, slug: string, name: string }, sections: Array<{ heading: string, entries: Array<{ id: string, heading: string, position: number, summary: string, curatedAt: string, curatedByLabel: string, sourceAvailable: boolean, unavailableReason: string | null, source: { type: GuideSourceType, id: string, threadId: string, threadTitle: string, excerpt: string, authorLabel: string, helpfulCount: number, createdAt: string, url: string, groupName: string } | null }> }> } };

export type UpdateGuideIntroMutationVariables = Exact<{
  conditionId: string;
  intro: string;
  note: string;
}>;


export type UpdateGuideIntroMutation = { updateGuideIntro: { intro: string, introHtml: string, version: number, lastReviewedAt: string | null, lastReviewedByLabel: string | null, updatedAt: string | null, viewerCanEdit: boolean, condition: { id: string, slug: string, name: string }, sections: Array<{ heading: string, entries: Array<{ id: string, heading: string, position: number, summary: string, curatedAt: string, curatedByLabel: string, sourceAvailable: boolean, unavailableReason: string | null, source: { type: GuideSourceType, id: string, threadId: string, threadTitle: string, excerpt: string, authorLabel: string, helpfulCount: number, createdAt: string, url: string, groupName: string } | null }> }> } };

export type MarkGuideReviewedMutationVariables = Exact<{
  conditionId: string;
  note: string;
}>;


export type MarkGuideReviewedMutation = { markGuideReviewed: { intro: string, introHtml: string, version: number, lastReviewedAt: string | null, lastReviewedByLabel: string | null, updatedAt: string | null, viewerCanEdit: boolean, condition: { id: string, slug: string, name: string }, sections: Array<{ heading: string, entries: Array<{ id: string, heading: string, position: number, summary: string, curatedAt: string, curatedByLabel: string, sourceAvailable: boolean, unavailableReason: string | null, source: { type: GuideSourceType, id: string, threadId: string, threadTitle: string, excerpt: string, authorLabel: string, helpfulCount: number, createdAt: string, url: string, groupName: string } | null }> }> } };

export type InsightCellFieldsFragment = { value: number | null, suppressed: boolean, display: string };

export type InsightShareFieldsFragment = { key: string, label: string, percent: number | null, count: { value: number | null, suppressed: boolean, display: string } };

export type InterventionInsightFieldsFragment = { medianDuration: string | null, intervention: { id: string, slug: string, name: string, category: string }, members: { value: number | null, suppressed: boolean, display: string }, effectiveness: Array<{ key: string, label: string, percent: number | null, count: { value: number | null, suppressed: boolean, display: string } }>, adherence: Array<{ key: string, label: string, percent: number | null, count: { value: number | null, suppressed: boolean, display: string } }>, burden: Array<{ key: string, label: string, percent: number | null, count: { value: number | null, suppressed: boolean, display: string } }>, durationBands: Array<{ key: string, label: string, percent: number | null, count: { value: number | null, suppressed: boolean, display: string } }>, sideEffects: Array<{ name: string, percent: number | null, members: { value: number | null, suppressed: boolean, display: string }, severity: Array<{ key: string, label: string, percent: number | null, count: { value: number | null, suppressed: boolean, display: string } }> }> };

export type InsightTrendFieldsFragment = { key: string, label: string, change: number | null, current: { value: number | null, suppressed: boolean, display: string }, previous: { value: number | null, suppressed: boolean, display: string } };

export type InsightPeriodFieldsFragment = { from: string, to: string, weeks: number, threshold: number, roundingBase: number, computedAt: string, condition: { id: string, slug: string, name: string } };

export type ConditionInsightsQueryVariables = Exact<{
  condition: string;
  from: string;
  to: string;
}>;


export type ConditionInsightsQuery = { conditionInsights: { from: string, to: string, weeks: number, threshold: number, roundingBase: number, computedAt: string, interventions: Array<{ medianDuration: string | null, intervention: { id: string, slug: string, name: string, category: string }, members: { value: number | null, suppressed: boolean, display: string }, effectiveness: Array<{ key: string, label: string, percent: number | null, count: { value: number | null, suppressed: boolean, display: string } }>, adherence: Array<{ key: string, label: string, percent: number | null, count: { value: number | null, suppressed: boolean, display: string } }>, burden: Array<{ key: string, label: string, percent: number | null, count: { value: number | null, suppressed: boolean, display: string } }>, durationBands: Array<{ key: string, label: string, percent: number | null, count: { value: number | null, suppressed: boolean, display: string } }>, sideEffects: Array<{ name: string, percent: number | null, members: { value: number | null, suppressed: boolean, display: string }, severity: Array<{ key: string, label: string, percent: number | null, count: { value: number | null, suppressed: boolean, display: string } }> }> }>, activity: Array<{ weekStart: string, threads: { value: number | null, suppressed: boolean, display: string }, replies: { value: number | null, suppressed: boolean, display: string }, reports: { value: number | null, suppressed: boolean, display: string } }>, topTags: Array<{ key: string, label: string, change: number | null, current: { value: number | null, suppressed: boolean, display: string }, previous: { value: number | null, suppressed: boolean, display: string } }>, topInterventions: Array<{ key: string, label: string, change: number | null, current: { value: number | null, suppressed: boolean, display: string }, previous: { value: number | null, suppressed: boolean, display: string } }>, condition: { id: string, slug: string, name: string } } };

export type CompareInterventionsQueryVariables = Exact<{
  condition: string;
  from: string;
  to: string;
  interventionIds: Array<string> | string;
}>;


export type CompareInterventionsQuery = { compareInterventions: { from: string, to: string, weeks: number, threshold: number, roundingBase: number, computedAt: string, interventions: Array<{ medianDuration: string | null, intervention: { id: string, slug: string, name: string, category: string }, members: { value: number | null, suppressed: boolean, display: string }, effectiveness: Array<{ key: string, label: string, percent: number | null, count: { value: number | null, suppressed: boolean, display: string } }>, adherence: Array<{ key: string, label: string, percent: number | null, count: { value: number | null, suppressed: boolean, display: string } }>, burden: Array<{ key: string, label: string, percent: number | null, count: { value: number | null, suppressed: boolean, display: string } }>, durationBands: Array<{ key: string, label: string, percent: number | null, count: { value: number | null, suppressed: boolean, display: string } }>, sideEffects: Array<{ name: string, percent: number | null, members: { value: number | null, suppressed: boolean, display: string }, severity: Array<{ key: string, label: string, percent: number | null, count: { value: number | null, suppressed: boolean, display: string } }> }> }>, condition: { id: string, slug: string, name: string } } };

export type ConditionInsightsCsvQueryVariables = Exact<{
  condition: string;
  from: string;
  to: string;
}>;


export type ConditionInsightsCsvQuery = { conditionInsightsCsv: string };

export type InsightConditionOptionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InsightConditionOptionsQuery = { conditions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, slug: string, name: string, family: string }> } };

export type MemberQueryVariables = Exact<{
  handle: string;
}>;


export type MemberQuery = { member: { id: string, handle: string, bio: string, isModerator: boolean, isVerifiedClinician: boolean, joinedAt: string } };

export type ModeratedGroupsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ModeratedGroupsQuery = { groups: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, slug: string, name: string, viewerCanModerate: boolean }> } };

export type ReportMutationVariables = Exact<{
  input: ReportInput;
}>;


export type ReportMutation = { report: { id: string, createdAt: string, message: string } };

export type ModerationSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type ModerationSummaryQuery = { moderationSummary: { open: number, crisis: number } | null };

export type ContentSnapshotFieldsFragment = { title: string | null, body: string, authorLabel: string, state: ModerationState, capturedAt: string };

export type ModerationCaseSummaryFragment = { id: string, targetType: ReportTarget, targetId: string, subjectLabel: string, status: CaseStatus, crisis: boolean, sources: Array<string>, reporterCount: number, viewerHasClaim: boolean, openedAt: string, resolvedAt: string | null, resolution: string | null, group: { id: string, slug: string, name: string } | null, reasons: Array<{ reason: ReportReason, count: number }>, snapshot: { title: string | null, body: string, authorLabel: string, state: ModerationState, capturedAt: string }, claimedBy: { id: string, handle: string } | null };

export type ModerationQueueQueryVariables = Exact<{
  status?: CaseStatus | null | undefined;
  groupId?: string | null | undefined;
  reason?: ReportReason | null | undefined;
  targetType?: ReportTarget | null | undefined;
  crisisOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ModerationQueueQuery = { moderationQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, targetType: ReportTarget, targetId: string, subjectLabel: string, status: CaseStatus, crisis: boolean, sources: Array<string>, reporterCount: number, viewerHasClaim: boolean, openedAt: string, resolvedAt: string | null, resolution: string | null, group: { id: string, slug: string, name: string } | null, reasons: Array<{ reason: ReportReason, count: number }>, snapshot: { title: string | null, body: string, authorLabel: string, state: ModerationState, capturedAt: string }, claimedBy: { id: string, handle: string } | null }> } };

export type AuditEntryFieldsFragment = { id: string, action: string, actorLabel: string, targetType: string, targetId: string, reason: string, groupId: string | null, createdAt: string, actor: { id: string, handle: string } | null };

export type ModerationCaseDetailFragment = { contextUrl: string, claimedAt: string | null, id: string, targetType: ReportTarget, targetId: string, subjectLabel: string, status: CaseStatus, crisis: boolean, sources: Array<string>, reporterCount: number, viewerHasClaim: boolean, openedAt: string, resolvedAt: string | null, resolution: string | null, subject: { id: string, handle: string } | null, current: { title: string | null, body: string, authorLabel: string, state: ModerationState, capturedAt: string } | null, reports: Array<{ id: string, reason: ReportReason, note: string, createdAt: string, reporter: { id: string, handle: string } | null }>, history: Array<{ id: string, action: string, actorLabel: string, targetType: string, targetId: string, reason: string, groupId: string | null, createdAt: string, actor: { id: string, handle: string } | null }>, group: { id: string, slug: string, name: string } | null, reasons: Array<{ reason: ReportReason, count: number }>, snapshot: { title: string | null, body: string, authorLabel: string, state: ModerationState, capturedAt: string }, claimedBy: { id: string, handle: string } | null };

export type ModerationCaseQueryVariables = Exact<{
  id: string;
}>;


export type ModerationCaseQuery = { moderationCase: { contextUrl: string, claimedAt: string | null, id: string, targetType: ReportTarget, targetId: string, subjectLabel: string, status: CaseStatus, crisis: boolean, sources: Array<string>, reporterCount: number, viewerHasClaim: boolean, openedAt: string, resolvedAt: string | null, resolution: string | null, subject: { id: string, handle: string } | null, current: { title: string | null, body: string, authorLabel: string, state: ModerationState, capturedAt: string } | null, reports: Array<{ id: string, reason: ReportReason, note: string, createdAt: string, reporter: { id: string, handle: string } | null }>, history: Array<{ id: string, action: string, actorLabel: string, targetType: string, targetId: string, reason: string, groupId: string | null, createdAt: string, actor: { id: string, handle: string } | null }>, group: { id: string, slug: string, name: string } | null, reasons: Array<{ reason: ReportReason, count: number }>, snapshot: { title: string | null, body: string, authorLabel: string, state: ModerationState, capturedAt: string }, claimedBy: { id: string, handle: string } | null } };

export type ClaimModerationCaseMutationVariables = Exact<{
  id: string;
}>;


export type ClaimModerationCaseMutation = { claimModerationCase: { contextUrl: string, claimedAt: string | null, id: string, targetType: ReportTarget, targetId: string, subjectLabel: string, status: CaseStatus, crisis: boolean, sources: Array<string>, reporterCount: number, viewerHasClaim: boolean, openedAt: string, resolvedAt: string | null, resolution: string | null, subject: { id: string, handle: string } | null, current: { title: string | null, body: string, authorLabel: string, state: ModerationState, capturedAt: string } | null, reports: Array<{ id: string, reason: ReportReason, note: string, createdAt: string, reporter: { id: string, handle: string } | null }>, history: Array<{ id: string, action: string, actorLabel: string, targetType: string, targetId: string, reason: string, groupId: string | null, createdAt: string, actor: { id: string, handle: string } | null }>, group: { id: string, slug: string, name: string } | null, reasons: Array<{ reason: ReportReason, count: number }>, snapshot: { title: string | null, body: string, authorLabel: string, state: ModerationState, capturedAt: string }, claimedBy: { id: string, handle: string } | null } };

export type ReleaseModerationCaseMutationVariables = Exact<{
  id: string;
}>;


export type ReleaseModerationCaseMutation = { releaseModerationCase: { contextUrl: string, claimedAt: string | null, id: string, targetType: ReportTarget, targetId: string, subjectLabel: string, status: CaseStatus, crisis: boolean, sources: Array<string>, reporterCount: number, viewerHasClaim: boolean, openedAt: string, resolvedAt: string | null, resolution: string | null, subject: { id: string, handle: string } | null, current: { title: string | null, body: string, authorLabel: string, state: ModerationState, capturedAt: string } | null, reports: Array<{ id: string, reason: ReportReason, note: string, createdAt: string, reporter: { id: string, handle: string } | null }>, history: Array<{ id: string, action: string, actorLabel: string, targetType: string, targetId: string, reason: string, groupId: string | null, createdAt: string, actor: { id: string, handle: string } | null }>, group: { id: string, slug: string, name: string } | null, reasons: Array<{ reason: ReportReason, count: number }>, snapshot: { title: string | null, body: string, authorLabel: string, state: ModerationState, capturedAt: string }, claimedBy: { id: string, handle: string } | null } };

export type ModerateMutationVariables = Exact<{
  input: ModerationActionInput;
}>;


export type ModerateMutation = { moderate: { contextUrl: string, claimedAt: string | null, id: string, targetType: ReportTarget, targetId: string, subjectLabel: string, status: CaseStatus, crisis: boolean, sources: Array<string>, reporterCount: number, viewerHasClaim: boolean, openedAt: string, resolvedAt: string | null, resolution: string | null, subject: { id: string, handle: string } | null, current: { title: string | null, body: string, authorLabel: string, state: ModerationState, capturedAt: string } | null, reports: Array<{ id: string, reason: ReportReason, note: string, createdAt: string, reporter: { id: string, handle: string } | null }>, history: Array<{ id: string, action: string, actorLabel: string, targetType: string, targetId: string, reason: string, groupId: string | null, createdAt: string, actor: { id: string, handle: string } | null }>, group: { id: string, slug: string, name: string } | null, reasons: Array<{ reason: ReportReason, count: number }>, snapshot: { title: string | null, body: string, authorLabel: string, state: ModerationState, capturedAt: string }, claimedBy: { id: string, handle: string } | null } };

export type AuditLogQueryVariables = Exact<{
  q?: string | null | undefined;
  action?: string | null | undefined;
  actorHandle?: string | null | undefined;
  targetType?: string | null | undefined;
  targetId?: string | null | undefined;
  groupId?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, action: string, actorLabel: string, targetType: string, targetId: string, reason: string, groupId: string | null, createdAt: string, actor: { id: string, handle: string } | null }> } };

export type GroupSafetyQueryVariables = Exact<{
  slug: string;
}>;


export type GroupSafetyQuery = { group: { id: string, slug: string, name: string, viewerCanModerate: boolean, approveNewMembers: boolean, condition: { id: string, slug: string, name: string } } };

export type WatchedWordFieldsFragment = { id: string, phrase: string, action: WatchedWordAction, createdAt: string };

export type WatchedWordsQueryVariables = Exact<{
  slug: string;
}>;


export type WatchedWordsQuery = { group: { id: string, watchedWords: Array<{ id: string, phrase: string, action: WatchedWordAction, createdAt: string }> } };

export type SetGroupApproveNewMembersMutationVariables = Exact<{
  groupId: string;
  enabled: boolean;
}>;


export type SetGroupApproveNewMembersMutation = { setGroupApproveNewMembers: { id: string, approveNewMembers: boolean } };

export type AddWatchedWordMutationVariables = Exact<{
  input: WatchedWordInput;
}>;


export type AddWatchedWordMutation = { addWatchedWord: { id: string, phrase: string, action: WatchedWordAction, createdAt: string } };

export type RemoveWatchedWordMutationVariables = Exact<{
  id: string;
}>;


export type RemoveWatchedWordMutation = { removeWatchedWord: boolean };

export type CheckTextQueryVariables = Exact<{
  text: string;
}>;


export type CheckTextQuery = { checkText: { support: { title: string, body: string, lines: Array<{ name: string, detail: string, href: string }> } | null, personalInfo: Array<{ kind: string, text: string, index: number }> } };

export type NotificationFieldsFragment = { id: string, kind: NotificationKind, message: string, url: string, createdAt: string, readAt: string | null };

export type NotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NotificationsQuery = { notifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: NotificationKind, message: string, url: string, createdAt: string, readAt: string | null }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MarkNotificationReadMutationVariables = Exact<{
  id: string;
}>;


export type MarkNotificationReadMutation = { markNotificationRead: { id: string, kind: NotificationKind, message: string, url: string, createdAt: string, readAt: string | null } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type NotificationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationSettingsQuery = { notificationSettings: { enabledKinds: Array<NotificationKind>, digest: DigestFrequency } };

export type UpdateNotificationSettingsMutationVariables = Exact<{
  input: NotificationSettingsInput;
}>;


export type UpdateNotificationSettingsMutation = { updateNotificationSettings: { enabledKinds: Array<NotificationKind>, digest: DigestFrequency } };

export type FollowGroupMutationVariables = Exact<{
  groupId: string;
  follow: boolean;
}>;


export type FollowGroupMutation = { followGroup: boolean };

export type MyGroupsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyGroupsQuery = { myGroups: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, slug: string, name: string, visibility: GroupVisibility, memberCount: number, condition: { id: string, slug: string, name: string } }> } };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string, handle: string, email: string, emailVerified: boolean, role: Role, clinicianStatus: ClinicianStatus | null, bio: string, sharePresence: boolean, shareTyping: boolean, createdAt: string } };

export type SearchFacetCountFragment = { value: string, label: string, count: number };

export type SearchHitFieldsFragment = { id: string, type: SearchType, sourceId: string, title: string, titleHtml: string, snippetHtml: string, url: string, kind: string | null, tags: Array<string>, groupId: string | null, groupName: string | null, conditionId: string | null, conditionName: string | null, helpfulCount: number, createdAt: string };

export type SearchQueryVariables = Exact<{
  input: SearchInput;
}>;


export type SearchQuery = { search: { total: number, totalIsEstimate: boolean, offset: number, engine: string, correctedQuery: string | null, hits: Array<{ id: string, type: SearchType, sourceId: string, title: string, titleHtml: string, snippetHtml: string, url: string, kind: string | null, tags: Array<string>, groupId: string | null, groupName: string | null, conditionId: string | null, conditionName: string | null, helpfulCount: number, createdAt: string }>, facets: { type: Array<{ value: string, label: string, count: number }>, condition: Array<{ value: string, label: string, count: number }>, group: Array<{ value: string, label: string, count: number }>, kind: Array<{ value: string, label: string, count: number }>, tag: Array<{ value: string, label: string, count: number }> } } };

export type TagsQueryVariables = Exact<{ [key: string]: never; }>;


export type TagsQuery = { tags: Array<{ slug: string, label: string }> };

export type ThreadSummaryFragment = { id: string, kind: ThreadKind, title: string, tags: Array<string>, authorLabel: string, isAnonymous: boolean, isLocked: boolean, isDeleted: boolean, replyCount: number, helpfulCount: number, createdAt: string, lastActivityAt: string, moderationState: ModerationState };

export type GroupThreadsQueryVariables = Exact<{
  groupId: string;
  sort: ThreadSort;
  kind?: ThreadKind | null | undefined;
  tag?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GroupThreadsQuery = { threads: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: ThreadKind, title: string, tags: Array<string>, authorLabel: string, isAnonymous: boolean, isLocked: boolean, isDeleted: boolean, replyCount: number, helpfulCount: number, createdAt: string, lastActivityAt: string, moderationState: ModerationState }> } };

export type ThreadDetailFragment = { id: string, kind: ThreadKind, title: string, body: string, bodyHtml: string, tags: Array<string>, isLocked: boolean, isDeleted: boolean, helpfulCount: number, replyCount: number, viewerMarkedHelpful: boolean, viewerIsAuthor: boolean, viewerLastReadAt: string | null, moderationState: ModerationState, moderationReason: string | null, authorLabel: string, isAnonymous: boolean, createdAt: string, editedAt: string | null, lastActivityAt: string, author: { handle: string } | null, group: { id: string, slug: string, name: string, visibility: GroupVisibility, allowAnonymous: boolean, viewerCanModerate: boolean, viewerCanRead: boolean, viewerCanPost: boolean, viewerMembership: { id: string, status: MembershipStatus } | null, condition: { id: string, slug: string, name: string } } };

export type ReplyFieldsFragment = { id: string, parentId: string | null, depth: number, body: string, bodyHtml: string, authorLabel: string, isAnonymous: boolean, viewerIsAuthor: boolean, isDeleted: boolean, isNew: boolean, moderationState: ModerationState, moderationReason: string | null, helpfulCount: number, helpedAsker: boolean, viewerMarkedHelpful: boolean, createdAt: string, editedAt: string | null, author: { handle: string } | null };

export type ThreadQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ThreadQuery = { thread: { id: string, kind: ThreadKind, title: string, body: string, bodyHtml: string, tags: Array<string>, isLocked: boolean, isDeleted: boolean, helpfulCount: number, replyCount: number, viewerMarkedHelpful: boolean, viewerIsAuthor: boolean, viewerLastReadAt: string | null, moderationState: ModerationState, moderationReason: string | null, authorLabel: string, isAnonymous: boolean, createdAt: string, editedAt: string | null, lastActivityAt: string, replies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string }>, nodes: Array<{ id: string, parentId: string | null, depth: number, body: string, bodyHtml: string, authorLabel: string, isAnonymous: boolean, viewerIsAuthor: boolean, isDeleted: boolean, isNew: boolean, moderationState: ModerationState, moderationReason: string | null, helpfulCount: number, helpedAsker: boolean, viewerMarkedHelpful: boolean, createdAt: string, editedAt: string | null, author: { handle: string } | null }> }, author: { handle: string } | null, group: { id: string, slug: string, name: string, visibility: GroupVisibility, allowAnonymous: boolean, viewerCanModerate: boolean, viewerCanRead: boolean, viewerCanPost: boolean, viewerMembership: { id: string, status: MembershipStatus } | null, condition: { id: string, slug: string, name: string } } } };

export type ThreadDetailsQueryVariables = Exact<{
  id: string;
}>;


export type ThreadDetailsQuery = { thread: { id: string, kind: ThreadKind, title: string, body: string, bodyHtml: string, tags: Array<string>, isLocked: boolean, isDeleted: boolean, helpfulCount: number, replyCount: number, viewerMarkedHelpful: boolean, viewerIsAuthor: boolean, viewerLastReadAt: string | null, moderationState: ModerationState, moderationReason: string | null, authorLabel: string, isAnonymous: boolean, createdAt: string, editedAt: string | null, lastActivityAt: string, author: { handle: string } | null, group: { id: string, slug: string, name: string, visibility: GroupVisibility, allowAnonymous: boolean, viewerCanModerate: boolean, viewerCanRead: boolean, viewerCanPost: boolean, viewerMembership: { id: string, status: MembershipStatus } | null, condition: { id: string, slug: string, name: string } } } };

export type ThreadRevisionsQueryVariables = Exact<{
  id: string;
}>;


export type ThreadRevisionsQuery = { thread: { id: string, revisions: Array<{ title: string | null, body: string, tags: Array<string> | null, replacedAt: string }> } };

export type ReplyRevisionsQueryVariables = Exact<{
  threadId: string;
  after?: string | null | undefined;
  first: number;
}>;


export type ReplyRevisionsQuery = { thread: { id: string, replies: { nodes: Array<{ id: string, revisions: Array<{ body: string, replacedAt: string }> }> } } };

export type PreviewMarkdownQueryVariables = Exact<{
  input: PreviewInput;
}>;


export type PreviewMarkdownQuery = { previewMarkdown: string };

export type StartThreadMutationVariables = Exact<{
  input: StartThreadInput;
}>;


export type StartThreadMutation = { startThread: { id: string, kind: ThreadKind, title: string, tags: Array<string>, authorLabel: string, isAnonymous: boolean, isLocked: boolean, isDeleted: boolean, replyCount: number, helpfulCount: number, createdAt: string, lastActivityAt: string, moderationState: ModerationState } };

export type EditThreadMutationVariables = Exact<{
  id: string;
  input: ThreadContentInput;
}>;


export type EditThreadMutation = { editThread: { id: string, kind: ThreadKind, title: string, body: string, bodyHtml: string, tags: Array<string>, isLocked: boolean, isDeleted: boolean, helpfulCount: number, replyCount: number, viewerMarkedHelpful: boolean, viewerIsAuthor: boolean, viewerLastReadAt: string | null, moderationState: ModerationState, moderationReason: string | null, authorLabel: string, isAnonymous: boolean, createdAt: string, editedAt: string | null, lastActivityAt: string, author: { handle: string } | null, group: { id: string, slug: string, name: string, visibility: GroupVisibility, allowAnonymous: boolean, viewerCanModerate: boolean, viewerCanRead: boolean, viewerCanPost: boolean, viewerMembership: { id: string, status: MembershipStatus } | null, condition: { id: string, slug: string, name: string } } } };

export type DeleteThreadMutationVariables = Exact<{
  id: string;
}>;


export type DeleteThreadMutation = { deleteThread: { id: string, kind: ThreadKind, title: string, body: string, bodyHtml: string, tags: Array<string>, isLocked: boolean, isDeleted: boolean, helpfulCount: number, replyCount: number, viewerMarkedHelpful: boolean, viewerIsAuthor: boolean, viewerLastReadAt: string | null, moderationState: ModerationState, moderationReason: string | null, authorLabel: string, isAnonymous: boolean, createdAt: string, editedAt: string | null, lastActivityAt: string, author: { handle: string } | null, group: { id: string, slug: string, name: string, visibility: GroupVisibility, allowAnonymous: boolean, viewerCanModerate: boolean, viewerCanRead: boolean, viewerCanPost: boolean, viewerMembership: { id: string, status: MembershipStatus } | null, condition: { id: string, slug: string, name: string } } } };

export type SetThreadLockedMutationVariables = Exact<{
  id: string;
  locked: boolean;
  input: ReasonInput;
}>;


export type SetThreadLockedMutation = { setThreadLocked: { id: string, isLocked: boolean } };

export type MarkThreadReadMutationVariables = Exact<{
  id: string;
}>;


export type MarkThreadReadMutation = { markThreadRead: boolean };

export type PostReplyMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type PostReplyMutation = { reply: { id: string, parentId: string | null, depth: number, body: string, bodyHtml: string, authorLabel: string, isAnonymous: boolean, viewerIsAuthor: boolean, isDeleted: boolean, isNew: boolean, moderationState: ModerationState, moderationReason: string | null, helpfulCount: number, helpedAsker: boolean, viewerMarkedHelpful: boolean, createdAt: string, editedAt: string | null, author: { handle: string } | null } };

export type EditReplyMutationVariables = Exact<{
  id: string;
  body: string;
}>;


export type EditReplyMutation = { editReply: { id: string, parentId: string | null, depth: number, body: string, bodyHtml: string, authorLabel: string, isAnonymous: boolean, viewerIsAuthor: boolean, isDeleted: boolean, isNew: boolean, moderationState: ModerationState, moderationReason: string | null, helpfulCount: number, helpedAsker: boolean, viewerMarkedHelpful: boolean, createdAt: string, editedAt: string | null, author: { handle: string } | null } };

export type DeleteReplyMutationVariables = Exact<{
  id: string;
}>;


export type DeleteReplyMutation = { deleteReply: { id: string, parentId: string | null, depth: number, body: string, bodyHtml: string, authorLabel: string, isAnonymous: boolean, viewerIsAuthor: boolean, isDeleted: boolean, isNew: boolean, moderationState: ModerationState, moderationReason: string | null, helpfulCount: number, helpedAsker: boolean, viewerMarkedHelpful: boolean, createdAt: string, editedAt: string | null, author: { handle: string } | null } };

export type MarkHelpfulMutationVariables = Exact<{
  target: HelpfulTarget;
  id: string;
}>;


export type MarkHelpfulMutation = { markHelpful: { id: string, helpfulCount: number, viewerMarkedHelpful: boolean } };

export type UnmarkHelpfulMutationVariables = Exact<{
  target: HelpfulTarget;
  id: string;
}>;


export type UnmarkHelpfulMutation = { unmarkHelpful: { id: string, helpfulCount: number, viewerMarkedHelpful: boolean } };

export type SetReplyHelpedAskerMutationVariables = Exact<{
  id: string;
  helped: boolean;
}>;


export type SetReplyHelpedAskerMutation = { setReplyHelpedAsker: { id: string, parentId: string | null, depth: number, body: string, bodyHtml: string, authorLabel: string, isAnonymous: boolean, viewerIsAuthor: boolean, isDeleted: boolean, isNew: boolean, moderationState: ModerationState, moderationReason: string | null, helpfulCount: number, helpedAsker: boolean, viewerMarkedHelpful: boolean, createdAt: string, editedAt: string | null, author: { handle: string } | null } };


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
export const DataExportFieldsFragmentDoc = new TypedDocumentString(`
    fragment DataExportFields on DataExport {
  id
  status
  progress
  bytes
  createdAt
  finishedAt
  expiresAt
  downloadUrl
}
    `, {"fragmentName":"DataExportFields"});
export const ClinicianApplicationFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClinicianApplicationFields on ClinicianApplication {
  id
  handle
  registration
  organisation
  appliedAt
  status
}
    `, {"fragmentName":"ClinicianApplicationFields"});
export const ViewerFragmentDoc = new TypedDocumentString(`
    fragment Viewer on Me {
  id
  handle
  email
  emailVerified
  role
  clinicianStatus
  bio
  sharePresence
  shareTyping
  createdAt
}
    `, {"fragmentName":"Viewer"});
export const ConditionSummaryFragmentDoc = new TypedDocumentString(`
    fragment ConditionSummary on Condition {
  id
  slug
  name
  icd10Code
  family
}
    `, {"fragmentName":"ConditionSummary"});
export const InterventionSummaryFragmentDoc = new TypedDocumentString(`
    fragment InterventionSummary on Intervention {
  id
  slug
  name
  category
}
    `, {"fragmentName":"InterventionSummary"});
export const WhatWorksFieldsFragmentDoc = new TypedDocumentString(`
    fragment WhatWorksFields on WhatWorks {
  condition {
    id
    slug
    name
  }
  reportCount
  entries {
    intervention {
      ...InterventionSummary
    }
    reportCount
    effectiveness {
      effectiveness
      count
    }
    topSideEffects {
      name
      count
    }
    latestTips {
      reportId
      tipsHtml
      createdAt
      threadIds
    }
  }
}
    fragment InterventionSummary on Intervention {
  id
  slug
  name
  category
}`, {"fragmentName":"WhatWorksFields"});
export const SideEffectFieldsFragmentDoc = new TypedDocumentString(`
    fragment SideEffectFields on SideEffect {
  name
  severity
}
    `, {"fragmentName":"SideEffectFields"});
export const ExperienceReportFieldsFragmentDoc = new TypedDocumentString(`
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
}`, {"fragmentName":"ExperienceReportFields"});
export const GroupSummaryFragmentDoc = new TypedDocumentString(`
    fragment GroupSummary on Group {
  id
  slug
  name
  description
  visibility
  memberCount
}
    `, {"fragmentName":"GroupSummary"});
export const GuideEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment GuideEntryFields on GuideEntry {
  id
  heading
  position
  summary
  curatedAt
  curatedByLabel
  sourceAvailable
  unavailableReason
  source {
    type
    id
    threadId
    threadTitle
    excerpt
    authorLabel
    helpfulCount
    createdAt
    url
    groupName
  }
}
    `, {"fragmentName":"GuideEntryFields"});
export const GuideFieldsFragmentDoc = new TypedDocumentString(`
    fragment GuideFields on Guide {
  condition {
    id
    slug
    name
  }
  intro
  introHtml
  version
  lastReviewedAt
  lastReviewedByLabel
  updatedAt
  viewerCanEdit
  sections {
    heading
    entries {
      ...GuideEntryFields
    }
  }
}
    fragment GuideEntryFields on GuideEntry {
  id
  heading
  position
  summary
  curatedAt
  curatedByLabel
  sourceAvailable
  unavailableReason
  source {
    type
    id
    threadId
    threadTitle
    excerpt
    authorLabel
    helpfulCount
    createdAt
    url
    groupName
  }
}`, {"fragmentName":"GuideFields"});
export const InsightCellFieldsFragmentDoc = new TypedDocumentString(`
    fragment InsightCellFields on InsightCell {
  value
  suppressed
  display
}
    `, {"fragmentName":"InsightCellFields"});
export const InsightShareFieldsFragmentDoc = new TypedDocumentString(`
    fragment InsightShareFields on InsightShare {
  key
  label
  percent
  count {
    ...InsightCellFields
  }
}
    fragment InsightCellFields on InsightCell {
  value
  suppressed
  display
}`, {"fragmentName":"InsightShareFields"});
export const InterventionInsightFieldsFragmentDoc = new TypedDocumentString(`
    fragment InterventionInsightFields on InterventionInsight {
  intervention {
    id
    slug
    name
    category
  }
  members {
    ...InsightCellFields
  }
  medianDuration
  effectiveness {
    ...InsightShareFields
  }
  adherence {
    ...InsightShareFields
  }
  burden {
    ...InsightShareFields
  }
  durationBands {
    ...InsightShareFields
  }
  sideEffects {
    name
    percent
    members {
      ...InsightCellFields
    }
    severity {
      ...InsightShareFields
    }
  }
}
    fragment InsightCellFields on InsightCell {
  value
  suppressed
  display
}
fragment InsightShareFields on InsightShare {
  key
  label
  percent
  count {
    ...InsightCellFields
  }
}`, {"fragmentName":"InterventionInsightFields"});
export const InsightTrendFieldsFragmentDoc = new TypedDocumentString(`
    fragment InsightTrendFields on InsightTrend {
  key
  label
  change
  current {
    ...InsightCellFields
  }
  previous {
    ...InsightCellFields
  }
}
    fragment InsightCellFields on InsightCell {
  value
  suppressed
  display
}`, {"fragmentName":"InsightTrendFields"});
export const InsightPeriodFieldsFragmentDoc = new TypedDocumentString(`
    fragment InsightPeriodFields on ConditionInsights {
  condition {
    id
    slug
    name
  }
  from
  to
  weeks
  threshold
  roundingBase
  computedAt
}
    `, {"fragmentName":"InsightPeriodFields"});
export const ContentSnapshotFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContentSnapshotFields on ContentSnapshot {
  title
  body
  authorLabel
  state
  capturedAt
}
    `, {"fragmentName":"ContentSnapshotFields"});
export const ModerationCaseSummaryFragmentDoc = new TypedDocumentString(`
    fragment ModerationCaseSummary on ModerationCase {
  id
  targetType
  targetId
  group {
    id
    slug
    name
  }
  subjectLabel
  status
  crisis
  sources
  reasons {
    reason
    count
  }
  reporterCount
  snapshot {
    ...ContentSnapshotFields
  }
  claimedBy {
    id
    handle
  }
  viewerHasClaim
  openedAt
  resolvedAt
  resolution
}
    fragment ContentSnapshotFields on ContentSnapshot {
  title
  body
  authorLabel
  state
  capturedAt
}`, {"fragmentName":"ModerationCaseSummary"});
export const AuditEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuditEntryFields on AuditEntry {
  id
  action
  actor {
    id
    handle
  }
  actorLabel
  targetType
  targetId
  reason
  groupId
  createdAt
}
    `, {"fragmentName":"AuditEntryFields"});
export const ModerationCaseDetailFragmentDoc = new TypedDocumentString(`
    fragment ModerationCaseDetail on ModerationCase {
  ...ModerationCaseSummary
  subject {
    id
    handle
  }
  current {
    ...ContentSnapshotFields
  }
  contextUrl
  claimedAt
  reports {
    id
    reason
    note
    createdAt
    reporter {
      id
      handle
    }
  }
  history {
    ...AuditEntryFields
  }
}
    fragment ContentSnapshotFields on ContentSnapshot {
  title
  body
  authorLabel
  state
  capturedAt
}
fragment ModerationCaseSummary on ModerationCase {
  id
  targetType
  targetId
  group {
    id
    slug
    name
  }
  subjectLabel
  status
  crisis
  sources
  reasons {
    reason
    count
  }
  reporterCount
  snapshot {
    ...ContentSnapshotFields
  }
  claimedBy {
    id
    handle
  }
  viewerHasClaim
  openedAt
  resolvedAt
  resolution
}
fragment AuditEntryFields on AuditEntry {
  id
  action
  actor {
    id
    handle
  }
  actorLabel
  targetType
  targetId
  reason
  groupId
  createdAt
}`, {"fragmentName":"ModerationCaseDetail"});
export const WatchedWordFieldsFragmentDoc = new TypedDocumentString(`
    fragment WatchedWordFields on WatchedWord {
  id
  phrase
  action
  createdAt
}
    `, {"fragmentName":"WatchedWordFields"});
export const NotificationFieldsFragmentDoc = new TypedDocumentString(`
    fragment NotificationFields on Notification {
  id
  kind
  message
  url
  createdAt
  readAt
}
    `, {"fragmentName":"NotificationFields"});
export const SearchFacetCountFragmentDoc = new TypedDocumentString(`
    fragment SearchFacetCount on FacetCount {
  value
  label
  count
}
    `, {"fragmentName":"SearchFacetCount"});
export const SearchHitFieldsFragmentDoc = new TypedDocumentString(`
    fragment SearchHitFields on SearchHit {
  id
  type
  sourceId
  title
  titleHtml
  snippetHtml
  url
  kind
  tags
  groupId
  groupName
  conditionId
  conditionName
  helpfulCount
  createdAt
}
    `, {"fragmentName":"SearchHitFields"});
export const ThreadSummaryFragmentDoc = new TypedDocumentString(`
    fragment ThreadSummary on Thread {
  id
  kind
  title
  tags
  authorLabel
  isAnonymous
  isLocked
  isDeleted
  replyCount
  helpfulCount
  createdAt
  lastActivityAt
  moderationState
}
    `, {"fragmentName":"ThreadSummary"});
export const ThreadDetailFragmentDoc = new TypedDocumentString(`
    fragment ThreadDetail on Thread {
  id
  kind
  title
  body
  bodyHtml
  tags
  isLocked
  isDeleted
  helpfulCount
  replyCount
  viewerMarkedHelpful
  viewerIsAuthor
  viewerLastReadAt
  moderationState
  moderationReason
  authorLabel
  author {
    handle
  }
  isAnonymous
  createdAt
  editedAt
  lastActivityAt
  group {
    id
    slug
    name
    visibility
    allowAnonymous
    viewerCanModerate
    viewerCanRead
    viewerCanPost
    viewerMembership {
      id
      status
    }
    condition {
      id
      slug
      name
    }
  }
}
    `, {"fragmentName":"ThreadDetail"});
export const ReplyFieldsFragmentDoc = new TypedDocumentString(`
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
  createdAt
  editedAt
}
    `, {"fragmentName":"ReplyFields"});
export const MySessionsDocument = new TypedDocumentString(`
    query MySessions {
  mySessions {
    id
    device
    createdAt
    lastSeenAt
    current
  }
}
    `);

export const useMySessionsQuery = <
      TData = MySessionsQuery,
      TError = Error
    >(
      variables?: MySessionsQueryVariables,
      options?: Omit<UseQueryOptions<MySessionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<MySessionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<MySessionsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['MySessions'] : ['MySessions', variables],
    queryFn: fetcher<MySessionsQuery, MySessionsQueryVariables>(MySessionsDocument, variables),
    ...options
  }
    )};

useMySessionsQuery.getKey = (variables?: MySessionsQueryVariables) => variables === undefined ? ['MySessions'] : ['MySessions', variables];

export const useInfiniteMySessionsQuery = <
      TData = InfiniteData<MySessionsQuery>,
      TError = Error
    >(
      variables: MySessionsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<MySessionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<MySessionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<MySessionsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['MySessions.infinite'] : ['MySessions.infinite', variables],
      queryFn: (metaData) => fetcher<MySessionsQuery, MySessionsQueryVariables>(MySessionsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteMySessionsQuery.getKey = (variables?: MySessionsQueryVariables) => variables === undefined ? ['MySessions.infinite'] : ['MySessions.infinite', variables];


useMySessionsQuery.fetcher = (variables?: MySessionsQueryVariables, options?: RequestInit['headers']) => fetcher<MySessionsQuery, MySessionsQueryVariables>(MySessionsDocument, variables, options);

export const EndSessionDocument = new TypedDocumentString(`
    mutation EndSession($id: ID!) {
  endSession(id: $id)
}
    `);

export const useEndSessionMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<EndSessionMutation, TError, EndSessionMutationVariables, TContext>) => {
    
    return useMutation<EndSessionMutation, TError, EndSessionMutationVariables, TContext>(
      {
    mutationKey: ['EndSession'],
    mutationFn: (variables?: EndSessionMutationVariables) => fetcher<EndSessionMutation, EndSessionMutationVariables>(EndSessionDocument, variables)(),
    ...options
  }
    )};


useEndSessionMutation.fetcher = (variables: EndSessionMutationVariables, options?: RequestInit['headers']) => fetcher<EndSessionMutation, EndSessionMutationVariables>(EndSessionDocument, variables, options);

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
    >(options?: UseMutationOptions<RequestDataExportMutation, TError, RequestDataExportMutationVariables, TContext>) => {
    
    return useMutation<RequestDataExportMutation, TError, RequestDataExportMutationVariables, TContext>(
      {
    mutationKey: ['RequestDataExport'],
    mutationFn: (variables?: RequestDataExportMutationVariables) => fetcher<RequestDataExportMutation, RequestDataExportMutationVariables>(RequestDataExportDocument, variables)(),
    ...options
  }
    )};


useRequestDataExportMutation.fetcher = (variables?: RequestDataExportMutationVariables, options?: RequestInit['headers']) => fetcher<RequestDataExportMutation, RequestDataExportMutationVariables>(RequestDataExportDocument, variables, options);

export const DataExportsDocument = new TypedDocumentString(`
    query DataExports {
  dataExports {
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

export const useDataExportsQuery = <
      TData = DataExportsQuery,
      TError = Error
    >(
      variables?: DataExportsQueryVariables,
      options?: Omit<UseQueryOptions<DataExportsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<DataExportsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<DataExportsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['DataExports'] : ['DataExports', variables],
    queryFn: fetcher<DataExportsQuery, DataExportsQueryVariables>(DataExportsDocument, variables),
    ...options
  }
    )};

useDataExportsQuery.getKey = (variables?: DataExportsQueryVariables) => variables === undefined ? ['DataExports'] : ['DataExports', variables];

export const useInfiniteDataExportsQuery = <
      TData = InfiniteData<DataExportsQuery>,
      TError = Error
    >(
      variables: DataExportsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<DataExportsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<DataExportsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<DataExportsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['DataExports.infinite'] : ['DataExports.infinite', variables],
      queryFn: (metaData) => fetcher<DataExportsQuery, DataExportsQueryVariables>(DataExportsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteDataExportsQuery.getKey = (variables?: DataExportsQueryVariables) => variables === undefined ? ['DataExports.infinite'] : ['DataExports.infinite', variables];


useDataExportsQuery.fetcher = (variables?: DataExportsQueryVariables, options?: RequestInit['headers']) => fetcher<DataExportsQuery, DataExportsQueryVariables>(DataExportsDocument, variables, options);

export const DataExportDocument = new TypedDocumentString(`
    query DataExport($id: ID!) {
  dataExport(id: $id) {
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

export const useDataExportQuery = <
      TData = DataExportQuery,
      TError = Error
    >(
      variables: DataExportQueryVariables,
      options?: Omit<UseQueryOptions<DataExportQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<DataExportQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<DataExportQuery, TError, TData>(
      {
    queryKey: ['DataExport', variables],
    queryFn: fetcher<DataExportQuery, DataExportQueryVariables>(DataExportDocument, variables),
    ...options
  }
    )};

useDataExportQuery.getKey = (variables: DataExportQueryVariables) => ['DataExport', variables];

export const useInfiniteDataExportQuery = <
      TData = InfiniteData<DataExportQuery>,
      TError = Error
    >(
      variables: DataExportQueryVariables,
      options: Omit<UseInfiniteQueryOptions<DataExportQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<DataExportQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<DataExportQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['DataExport.infinite', variables],
      queryFn: (metaData) => fetcher<DataExportQuery, DataExportQueryVariables>(DataExportDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteDataExportQuery.getKey = (variables: DataExportQueryVariables) => ['DataExport.infinite', variables];


useDataExportQuery.fetcher = (variables: DataExportQueryVariables, options?: RequestInit['headers']) => fetcher<DataExportQuery, DataExportQueryVariables>(DataExportDocument, variables, options);

export const DeleteAccountDocument = new TypedDocumentString(`
    mutation DeleteAccount($input: DeleteAccountInput!) {
  deleteAccount(input: $input)
}
    `);

export const useDeleteAccountMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<DeleteAccountMutation, TError, DeleteAccountMutationVariables, TContext>) => {
    
    return useMutation<DeleteAccountMutation, TError, DeleteAccountMutationVariables, TContext>(
      {
    mutationKey: ['DeleteAccount'],
    mutationFn: (variables?: DeleteAccountMutationVariables) => fetcher<DeleteAccountMutation, DeleteAccountMutationVariables>(DeleteAccountDocument, variables)(),
    ...options
  }
    )};


useDeleteAccountMutation.fetcher = (variables: DeleteAccountMutationVariables, options?: RequestInit['headers']) => fetcher<DeleteAccountMutation, DeleteAccountMutationVariables>(DeleteAccountDocument, variables, options);

export const ClinicianApplicationsDocument = new TypedDocumentString(`
    query ClinicianApplications($first: Int, $after: String) {
  clinicianApplications(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ClinicianApplicationFields
    }
  }
}
    fragment ClinicianApplicationFields on ClinicianApplication {
  id
  handle
  registration
  organisation
  appliedAt
  status
}`);

export const useClinicianApplicationsQuery = <
      TData = ClinicianApplicationsQuery,
      TError = Error
    >(
      variables?: ClinicianApplicationsQueryVariables,
      options?: Omit<UseQueryOptions<ClinicianApplicationsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<ClinicianApplicationsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<ClinicianApplicationsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['ClinicianApplications'] : ['ClinicianApplications', variables],
    queryFn: fetcher<ClinicianApplicationsQuery, ClinicianApplicationsQueryVariables>(ClinicianApplicationsDocument, variables),
    ...options
  }
    )};

useClinicianApplicationsQuery.getKey = (variables?: ClinicianApplicationsQueryVariables) => variables === undefined ? ['ClinicianApplications'] : ['ClinicianApplications', variables];

export const useInfiniteClinicianApplicationsQuery = <
      TData = InfiniteData<ClinicianApplicationsQuery>,
      TError = Error
    >(
      variables: ClinicianApplicationsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<ClinicianApplicationsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<ClinicianApplicationsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<ClinicianApplicationsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['ClinicianApplications.infinite'] : ['ClinicianApplications.infinite', variables],
      queryFn: (metaData) => fetcher<ClinicianApplicationsQuery, ClinicianApplicationsQueryVariables>(ClinicianApplicationsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteClinicianApplicationsQuery.getKey = (variables?: ClinicianApplicationsQueryVariables) => variables === undefined ? ['ClinicianApplications.infinite'] : ['ClinicianApplications.infinite', variables];


useClinicianApplicationsQuery.fetcher = (variables?: ClinicianApplicationsQueryVariables, options?: RequestInit['headers']) => fetcher<ClinicianApplicationsQuery, ClinicianApplicationsQueryVariables>(ClinicianApplicationsDocument, variables, options);

export const VerifyClinicianDocument = new TypedDocumentString(`
    mutation VerifyClinician($handle: String!) {
  verifyClinician(handle: $handle) {
    ...ClinicianApplicationFields
  }
}
    fragment ClinicianApplicationFields on ClinicianApplication {
  id
  handle
  registration
  organisation
  appliedAt
  status
}`);

export const useVerifyClinicianMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<VerifyClinicianMutation, TError, VerifyClinicianMutationVariables, TContext>) => {
    
    return useMutation<VerifyClinicianMutation, TError, VerifyClinicianMutationVariables, TContext>(
      {
    mutationKey: ['VerifyClinician'],
    mutationFn: (variables?: VerifyClinicianMutationVariables) => fetcher<VerifyClinicianMutation, VerifyClinicianMutationVariables>(VerifyClinicianDocument, variables)(),
    ...options
  }
    )};


useVerifyClinicianMutation.fetcher = (variables: VerifyClinicianMutationVariables, options?: RequestInit['headers']) => fetcher<VerifyClinicianMutation, VerifyClinicianMutationVariables>(VerifyClinicianDocument, variables, options);

export const AccountSecurityDocument = new TypedDocumentString(`
    query AccountSecurity {
  me {
    id
    email
    emailVerified
    security {
      emailVerified
      pendingEmail
      twoFactorEnabled
      twoFactorRequired
      twoFactorDueAt
      powersWaiting
      recoveryCodesLeft
    }
  }
}
    `);

export const useAccountSecurityQuery = <
      TData = AccountSecurityQuery,
      TError = Error
    >(
      variables?: AccountSecurityQueryVariables,
      options?: Omit<UseQueryOptions<AccountSecurityQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<AccountSecurityQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<AccountSecurityQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['AccountSecurity'] : ['AccountSecurity', variables],
    queryFn: fetcher<AccountSecurityQuery, AccountSecurityQueryVariables>(AccountSecurityDocument, variables),
    ...options
  }
    )};

useAccountSecurityQuery.getKey = (variables?: AccountSecurityQueryVariables) => variables === undefined ? ['AccountSecurity'] : ['AccountSecurity', variables];

export const useInfiniteAccountSecurityQuery = <
      TData = InfiniteData<AccountSecurityQuery>,
      TError = Error
    >(
      variables: AccountSecurityQueryVariables,
      options: Omit<UseInfiniteQueryOptions<AccountSecurityQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<AccountSecurityQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<AccountSecurityQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['AccountSecurity.infinite'] : ['AccountSecurity.infinite', variables],
      queryFn: (metaData) => fetcher<AccountSecurityQuery, AccountSecurityQueryVariables>(AccountSecurityDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteAccountSecurityQuery.getKey = (variables?: AccountSecurityQueryVariables) => variables === undefined ? ['AccountSecurity.infinite'] : ['AccountSecurity.infinite', variables];


useAccountSecurityQuery.fetcher = (variables?: AccountSecurityQueryVariables, options?: RequestInit['headers']) => fetcher<AccountSecurityQuery, AccountSecurityQueryVariables>(AccountSecurityDocument, variables, options);

export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($token: String!) {
  verifyEmail(token: $token) {
    email
    changed
  }
}
    `);

export const useVerifyEmailMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<VerifyEmailMutation, TError, VerifyEmailMutationVariables, TContext>) => {
    
    return useMutation<VerifyEmailMutation, TError, VerifyEmailMutationVariables, TContext>(
      {
    mutationKey: ['VerifyEmail'],
    mutationFn: (variables?: VerifyEmailMutationVariables) => fetcher<VerifyEmailMutation, VerifyEmailMutationVariables>(VerifyEmailDocument, variables)(),
    ...options
  }
    )};


useVerifyEmailMutation.fetcher = (variables: VerifyEmailMutationVariables, options?: RequestInit['headers']) => fetcher<VerifyEmailMutation, VerifyEmailMutationVariables>(VerifyEmailDocument, variables, options);

export const ResendVerificationEmailDocument = new TypedDocumentString(`
    mutation ResendVerificationEmail {
  resendVerificationEmail
}
    `);

export const useResendVerificationEmailMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<ResendVerificationEmailMutation, TError, ResendVerificationEmailMutationVariables, TContext>) => {
    
    return useMutation<ResendVerificationEmailMutation, TError, ResendVerificationEmailMutationVariables, TContext>(
      {
    mutationKey: ['ResendVerificationEmail'],
    mutationFn: (variables?: ResendVerificationEmailMutationVariables) => fetcher<ResendVerificationEmailMutation, ResendVerificationEmailMutationVariables>(ResendVerificationEmailDocument, variables)(),
    ...options
  }
    )};


useResendVerificationEmailMutation.fetcher = (variables?: ResendVerificationEmailMutationVariables, options?: RequestInit['headers']) => fetcher<ResendVerificationEmailMutation, ResendVerificationEmailMutationVariables>(ResendVerificationEmailDocument, variables, options);

export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input)
}
    `);

export const useRequestPasswordResetMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<RequestPasswordResetMutation, TError, RequestPasswordResetMutationVariables, TContext>) => {
    
    return useMutation<RequestPasswordResetMutation, TError, RequestPasswordResetMutationVariables, TContext>(
      {
    mutationKey: ['RequestPasswordReset'],
    mutationFn: (variables?: RequestPasswordResetMutationVariables) => fetcher<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>(RequestPasswordResetDocument, variables)(),
    ...options
  }
    )};


useRequestPasswordResetMutation.fetcher = (variables: RequestPasswordResetMutationVariables, options?: RequestInit['headers']) => fetcher<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>(RequestPasswordResetDocument, variables, options);

export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input)
}
    `);

export const useResetPasswordMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<ResetPasswordMutation, TError, ResetPasswordMutationVariables, TContext>) => {
    
    return useMutation<ResetPasswordMutation, TError, ResetPasswordMutationVariables, TContext>(
      {
    mutationKey: ['ResetPassword'],
    mutationFn: (variables?: ResetPasswordMutationVariables) => fetcher<ResetPasswordMutation, ResetPasswordMutationVariables>(ResetPasswordDocument, variables)(),
    ...options
  }
    )};


useResetPasswordMutation.fetcher = (variables: ResetPasswordMutationVariables, options?: RequestInit['headers']) => fetcher<ResetPasswordMutation, ResetPasswordMutationVariables>(ResetPasswordDocument, variables, options);

export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `);

export const useChangePasswordMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<ChangePasswordMutation, TError, ChangePasswordMutationVariables, TContext>) => {
    
    return useMutation<ChangePasswordMutation, TError, ChangePasswordMutationVariables, TContext>(
      {
    mutationKey: ['ChangePassword'],
    mutationFn: (variables?: ChangePasswordMutationVariables) => fetcher<ChangePasswordMutation, ChangePasswordMutationVariables>(ChangePasswordDocument, variables)(),
    ...options
  }
    )};


useChangePasswordMutation.fetcher = (variables: ChangePasswordMutationVariables, options?: RequestInit['headers']) => fetcher<ChangePasswordMutation, ChangePasswordMutationVariables>(ChangePasswordDocument, variables, options);

export const ChangeEmailDocument = new TypedDocumentString(`
    mutation ChangeEmail($input: ChangeEmailInput!) {
  changeEmail(input: $input)
}
    `);

export const useChangeEmailMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<ChangeEmailMutation, TError, ChangeEmailMutationVariables, TContext>) => {
    
    return useMutation<ChangeEmailMutation, TError, ChangeEmailMutationVariables, TContext>(
      {
    mutationKey: ['ChangeEmail'],
    mutationFn: (variables?: ChangeEmailMutationVariables) => fetcher<ChangeEmailMutation, ChangeEmailMutationVariables>(ChangeEmailDocument, variables)(),
    ...options
  }
    )};


useChangeEmailMutation.fetcher = (variables: ChangeEmailMutationVariables, options?: RequestInit['headers']) => fetcher<ChangeEmailMutation, ChangeEmailMutationVariables>(ChangeEmailDocument, variables, options);

export const BeginTwoFactorSetupDocument = new TypedDocumentString(`
    mutation BeginTwoFactorSetup {
  beginTwoFactorSetup {
    secret
    otpauthUrl
    qrCodeDataUrl
  }
}
    `);

export const useBeginTwoFactorSetupMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<BeginTwoFactorSetupMutation, TError, BeginTwoFactorSetupMutationVariables, TContext>) => {
    
    return useMutation<BeginTwoFactorSetupMutation, TError, BeginTwoFactorSetupMutationVariables, TContext>(
      {
    mutationKey: ['BeginTwoFactorSetup'],
    mutationFn: (variables?: BeginTwoFactorSetupMutationVariables) => fetcher<BeginTwoFactorSetupMutation, BeginTwoFactorSetupMutationVariables>(BeginTwoFactorSetupDocument, variables)(),
    ...options
  }
    )};


useBeginTwoFactorSetupMutation.fetcher = (variables?: BeginTwoFactorSetupMutationVariables, options?: RequestInit['headers']) => fetcher<BeginTwoFactorSetupMutation, BeginTwoFactorSetupMutationVariables>(BeginTwoFactorSetupDocument, variables, options);

export const ConfirmTwoFactorSetupDocument = new TypedDocumentString(`
    mutation ConfirmTwoFactorSetup($input: ConfirmTwoFactorInput!) {
  confirmTwoFactorSetup(input: $input) {
    codes
  }
}
    `);

export const useConfirmTwoFactorSetupMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<ConfirmTwoFactorSetupMutation, TError, ConfirmTwoFactorSetupMutationVariables, TContext>) => {
    
    return useMutation<ConfirmTwoFactorSetupMutation, TError, ConfirmTwoFactorSetupMutationVariables, TContext>(
      {
    mutationKey: ['ConfirmTwoFactorSetup'],
    mutationFn: (variables?: ConfirmTwoFactorSetupMutationVariables) => fetcher<ConfirmTwoFactorSetupMutation, ConfirmTwoFactorSetupMutationVariables>(ConfirmTwoFactorSetupDocument, variables)(),
    ...options
  }
    )};


useConfirmTwoFactorSetupMutation.fetcher = (variables: ConfirmTwoFactorSetupMutationVariables, options?: RequestInit['headers']) => fetcher<ConfirmTwoFactorSetupMutation, ConfirmTwoFactorSetupMutationVariables>(ConfirmTwoFactorSetupDocument, variables, options);

export const RegenerateRecoveryCodesDocument = new TypedDocumentString(`
    mutation RegenerateRecoveryCodes($input: TwoFactorConfirmInput!) {
  regenerateRecoveryCodes(input: $input) {
    codes
  }
}
    `);

export const useRegenerateRecoveryCodesMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<RegenerateRecoveryCodesMutation, TError, RegenerateRecoveryCodesMutationVariables, TContext>) => {
    
    return useMutation<RegenerateRecoveryCodesMutation, TError, RegenerateRecoveryCodesMutationVariables, TContext>(
      {
    mutationKey: ['RegenerateRecoveryCodes'],
    mutationFn: (variables?: RegenerateRecoveryCodesMutationVariables) => fetcher<RegenerateRecoveryCodesMutation, RegenerateRecoveryCodesMutationVariables>(RegenerateRecoveryCodesDocument, variables)(),
    ...options
  }
    )};


useRegenerateRecoveryCodesMutation.fetcher = (variables: RegenerateRecoveryCodesMutationVariables, options?: RequestInit['headers']) => fetcher<RegenerateRecoveryCodesMutation, RegenerateRecoveryCodesMutationVariables>(RegenerateRecoveryCodesDocument, variables, options);

export const DisableTwoFactorDocument = new TypedDocumentString(`
    mutation DisableTwoFactor($input: TwoFactorConfirmInput!) {
  disableTwoFactor(input: $input)
}
    `);

export const useDisableTwoFactorMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<DisableTwoFactorMutation, TError, DisableTwoFactorMutationVariables, TContext>) => {
    
    return useMutation<DisableTwoFactorMutation, TError, DisableTwoFactorMutationVariables, TContext>(
      {
    mutationKey: ['DisableTwoFactor'],
    mutationFn: (variables?: DisableTwoFactorMutationVariables) => fetcher<DisableTwoFactorMutation, DisableTwoFactorMutationVariables>(DisableTwoFactorDocument, variables)(),
    ...options
  }
    )};


useDisableTwoFactorMutation.fetcher = (variables: DisableTwoFactorMutationVariables, options?: RequestInit['headers']) => fetcher<DisableTwoFactorMutation, DisableTwoFactorMutationVariables>(DisableTwoFactorDocument, variables, options);

export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...Viewer
  }
}
    fragment Viewer on Me {
  id
  handle
  email
  emailVerified
  role
  clinicianStatus
  bio
  sharePresence
  shareTyping
  createdAt
}`);

export const useMeQuery = <
      TData = MeQuery,
      TError = Error
    >(
      variables?: MeQueryVariables,
      options?: Omit<UseQueryOptions<MeQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<MeQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<MeQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['Me'] : ['Me', variables],
    queryFn: fetcher<MeQuery, MeQueryVariables>(MeDocument, variables),
    ...options
  }
    )};

useMeQuery.getKey = (variables?: MeQueryVariables) => variables === undefined ? ['Me'] : ['Me', variables];

export const useInfiniteMeQuery = <
      TData = InfiniteData<MeQuery>,
      TError = Error
    >(
      variables: MeQueryVariables,
      options: Omit<UseInfiniteQueryOptions<MeQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<MeQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<MeQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['Me.infinite'] : ['Me.infinite', variables],
      queryFn: (metaData) => fetcher<MeQuery, MeQueryVariables>(MeDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteMeQuery.getKey = (variables?: MeQueryVariables) => variables === undefined ? ['Me.infinite'] : ['Me.infinite', variables];


useMeQuery.fetcher = (variables?: MeQueryVariables, options?: RequestInit['headers']) => fetcher<MeQuery, MeQueryVariables>(MeDocument, variables, options);

export const RegisterDocument = new TypedDocumentString(`
    mutation Register($input: RegisterInput!) {
  register(input: $input) {
    ...Viewer
  }
}
    fragment Viewer on Me {
  id
  handle
  email
  emailVerified
  role
  clinicianStatus
  bio
  sharePresence
  shareTyping
  createdAt
}`);

export const useRegisterMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<RegisterMutation, TError, RegisterMutationVariables, TContext>) => {
    
    return useMutation<RegisterMutation, TError, RegisterMutationVariables, TContext>(
      {
    mutationKey: ['Register'],
    mutationFn: (variables?: RegisterMutationVariables) => fetcher<RegisterMutation, RegisterMutationVariables>(RegisterDocument, variables)(),
    ...options
  }
    )};


useRegisterMutation.fetcher = (variables: RegisterMutationVariables, options?: RequestInit['headers']) => fetcher<RegisterMutation, RegisterMutationVariables>(RegisterDocument, variables, options);

export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    ...Viewer
  }
}
    fragment Viewer on Me {
  id
  handle
  email
  emailVerified
  role
  clinicianStatus
  bio
  sharePresence
  shareTyping
  createdAt
}`);

export const useSignInMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<SignInMutation, TError, SignInMutationVariables, TContext>) => {
    
    return useMutation<SignInMutation, TError, SignInMutationVariables, TContext>(
      {
    mutationKey: ['SignIn'],
    mutationFn: (variables?: SignInMutationVariables) => fetcher<SignInMutation, SignInMutationVariables>(SignInDocument, variables)(),
    ...options
  }
    )};


useSignInMutation.fetcher = (variables: SignInMutationVariables, options?: RequestInit['headers']) => fetcher<SignInMutation, SignInMutationVariables>(SignInDocument, variables, options);

export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `);

export const useSignOutMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<SignOutMutation, TError, SignOutMutationVariables, TContext>) => {
    
    return useMutation<SignOutMutation, TError, SignOutMutationVariables, TContext>(
      {
    mutationKey: ['SignOut'],
    mutationFn: (variables?: SignOutMutationVariables) => fetcher<SignOutMutation, SignOutMutationVariables>(SignOutDocument, variables)(),
    ...options
  }
    )};


useSignOutMutation.fetcher = (variables?: SignOutMutationVariables, options?: RequestInit['headers']) => fetcher<SignOutMutation, SignOutMutationVariables>(SignOutDocument, variables, options);

export const SignOutEverywhereDocument = new TypedDocumentString(`
    mutation SignOutEverywhere {
  signOutEverywhere
}
    `);

export const useSignOutEverywhereMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<SignOutEverywhereMutation, TError, SignOutEverywhereMutationVariables, TContext>) => {
    
    return useMutation<SignOutEverywhereMutation, TError, SignOutEverywhereMutationVariables, TContext>(
      {
    mutationKey: ['SignOutEverywhere'],
    mutationFn: (variables?: SignOutEverywhereMutationVariables) => fetcher<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>(SignOutEverywhereDocument, variables)(),
    ...options
  }
    )};


useSignOutEverywhereMutation.fetcher = (variables?: SignOutEverywhereMutationVariables, options?: RequestInit['headers']) => fetcher<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>(SignOutEverywhereDocument, variables, options);

export const SignInWithTwoFactorDocument = new TypedDocumentString(`
    mutation SignInWithTwoFactor($input: TwoFactorSignInInput!) {
  signInWithTwoFactor(input: $input) {
    ...Viewer
  }
}
    fragment Viewer on Me {
  id
  handle
  email
  emailVerified
  role
  clinicianStatus
  bio
  sharePresence
  shareTyping
  createdAt
}`);

export const useSignInWithTwoFactorMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<SignInWithTwoFactorMutation, TError, SignInWithTwoFactorMutationVariables, TContext>) => {
    
    return useMutation<SignInWithTwoFactorMutation, TError, SignInWithTwoFactorMutationVariables, TContext>(
      {
    mutationKey: ['SignInWithTwoFactor'],
    mutationFn: (variables?: SignInWithTwoFactorMutationVariables) => fetcher<SignInWithTwoFactorMutation, SignInWithTwoFactorMutationVariables>(SignInWithTwoFactorDocument, variables)(),
    ...options
  }
    )};


useSignInWithTwoFactorMutation.fetcher = (variables: SignInWithTwoFactorMutationVariables, options?: RequestInit['headers']) => fetcher<SignInWithTwoFactorMutation, SignInWithTwoFactorMutationVariables>(SignInWithTwoFactorDocument, variables, options);

export const UpdateChatPrivacyDocument = new TypedDocumentString(`
    mutation UpdateChatPrivacy($input: ChatPrivacyInput!) {
  updateChatPrivacy(input: $input) {
    ...Viewer
  }
}
    fragment Viewer on Me {
  id
  handle
  email
  emailVerified
  role
  clinicianStatus
  bio
  sharePresence
  shareTyping
  createdAt
}`);

export const useUpdateChatPrivacyMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<UpdateChatPrivacyMutation, TError, UpdateChatPrivacyMutationVariables, TContext>) => {
    
    return useMutation<UpdateChatPrivacyMutation, TError, UpdateChatPrivacyMutationVariables, TContext>(
      {
    mutationKey: ['UpdateChatPrivacy'],
    mutationFn: (variables?: UpdateChatPrivacyMutationVariables) => fetcher<UpdateChatPrivacyMutation, UpdateChatPrivacyMutationVariables>(UpdateChatPrivacyDocument, variables)(),
    ...options
  }
    )};


useUpdateChatPrivacyMutation.fetcher = (variables: UpdateChatPrivacyMutationVariables, options?: RequestInit['headers']) => fetcher<UpdateChatPrivacyMutation, UpdateChatPrivacyMutationVariables>(UpdateChatPrivacyDocument, variables, options);

export const BlockedMembersDocument = new TypedDocumentString(`
    query BlockedMembers {
  blockedMembers {
    id
    handle
  }
}
    `);

export const useBlockedMembersQuery = <
      TData = BlockedMembersQuery,
      TError = Error
    >(
      variables?: BlockedMembersQueryVariables,
      options?: Omit<UseQueryOptions<BlockedMembersQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<BlockedMembersQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<BlockedMembersQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['BlockedMembers'] : ['BlockedMembers', variables],
    queryFn: fetcher<BlockedMembersQuery, BlockedMembersQueryVariables>(BlockedMembersDocument, variables),
    ...options
  }
    )};

useBlockedMembersQuery.getKey = (variables?: BlockedMembersQueryVariables) => variables === undefined ? ['BlockedMembers'] : ['BlockedMembers', variables];

export const useInfiniteBlockedMembersQuery = <
      TData = InfiniteData<BlockedMembersQuery>,
      TError = Error
    >(
      variables: BlockedMembersQueryVariables,
      options: Omit<UseInfiniteQueryOptions<BlockedMembersQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<BlockedMembersQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<BlockedMembersQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['BlockedMembers.infinite'] : ['BlockedMembers.infinite', variables],
      queryFn: (metaData) => fetcher<BlockedMembersQuery, BlockedMembersQueryVariables>(BlockedMembersDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteBlockedMembersQuery.getKey = (variables?: BlockedMembersQueryVariables) => variables === undefined ? ['BlockedMembers.infinite'] : ['BlockedMembers.infinite', variables];


useBlockedMembersQuery.fetcher = (variables?: BlockedMembersQueryVariables, options?: RequestInit['headers']) => fetcher<BlockedMembersQuery, BlockedMembersQueryVariables>(BlockedMembersDocument, variables, options);

export const BlockMemberDocument = new TypedDocumentString(`
    mutation BlockMember($userId: ID!) {
  blockMember(userId: $userId) {
    id
    handle
  }
}
    `);

export const useBlockMemberMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<BlockMemberMutation, TError, BlockMemberMutationVariables, TContext>) => {
    
    return useMutation<BlockMemberMutation, TError, BlockMemberMutationVariables, TContext>(
      {
    mutationKey: ['BlockMember'],
    mutationFn: (variables?: BlockMemberMutationVariables) => fetcher<BlockMemberMutation, BlockMemberMutationVariables>(BlockMemberDocument, variables)(),
    ...options
  }
    )};


useBlockMemberMutation.fetcher = (variables: BlockMemberMutationVariables, options?: RequestInit['headers']) => fetcher<BlockMemberMutation, BlockMemberMutationVariables>(BlockMemberDocument, variables, options);

export const UnblockMemberDocument = new TypedDocumentString(`
    mutation UnblockMember($userId: ID!) {
  unblockMember(userId: $userId)
}
    `);

export const useUnblockMemberMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<UnblockMemberMutation, TError, UnblockMemberMutationVariables, TContext>) => {
    
    return useMutation<UnblockMemberMutation, TError, UnblockMemberMutationVariables, TContext>(
      {
    mutationKey: ['UnblockMember'],
    mutationFn: (variables?: UnblockMemberMutationVariables) => fetcher<UnblockMemberMutation, UnblockMemberMutationVariables>(UnblockMemberDocument, variables)(),
    ...options
  }
    )};


useUnblockMemberMutation.fetcher = (variables: UnblockMemberMutationVariables, options?: RequestInit['headers']) => fetcher<UnblockMemberMutation, UnblockMemberMutationVariables>(UnblockMemberDocument, variables, options);

export const ConditionsDocument = new TypedDocumentString(`
    query Conditions($filter: String, $family: String, $first: Int, $after: String) {
  conditions(filter: $filter, family: $family, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ConditionSummary
    }
  }
}
    fragment ConditionSummary on Condition {
  id
  slug
  name
  icd10Code
  family
}`);

export const useConditionsQuery = <
      TData = ConditionsQuery,
      TError = Error
    >(
      variables?: ConditionsQueryVariables,
      options?: Omit<UseQueryOptions<ConditionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<ConditionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<ConditionsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['Conditions'] : ['Conditions', variables],
    queryFn: fetcher<ConditionsQuery, ConditionsQueryVariables>(ConditionsDocument, variables),
    ...options
  }
    )};

useConditionsQuery.getKey = (variables?: ConditionsQueryVariables) => variables === undefined ? ['Conditions'] : ['Conditions', variables];

export const useInfiniteConditionsQuery = <
      TData = InfiniteData<ConditionsQuery>,
      TError = Error
    >(
      variables: ConditionsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<ConditionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<ConditionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<ConditionsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['Conditions.infinite'] : ['Conditions.infinite', variables],
      queryFn: (metaData) => fetcher<ConditionsQuery, ConditionsQueryVariables>(ConditionsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteConditionsQuery.getKey = (variables?: ConditionsQueryVariables) => variables === undefined ? ['Conditions.infinite'] : ['Conditions.infinite', variables];


useConditionsQuery.fetcher = (variables?: ConditionsQueryVariables, options?: RequestInit['headers']) => fetcher<ConditionsQuery, ConditionsQueryVariables>(ConditionsDocument, variables, options);

export const ConditionFamiliesDocument = new TypedDocumentString(`
    query ConditionFamilies {
  conditionFamilies {
    name
    conditionCount
  }
}
    `);

export const useConditionFamiliesQuery = <
      TData = ConditionFamiliesQuery,
      TError = Error
    >(
      variables?: ConditionFamiliesQueryVariables,
      options?: Omit<UseQueryOptions<ConditionFamiliesQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<ConditionFamiliesQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<ConditionFamiliesQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['ConditionFamilies'] : ['ConditionFamilies', variables],
    queryFn: fetcher<ConditionFamiliesQuery, ConditionFamiliesQueryVariables>(ConditionFamiliesDocument, variables),
    ...options
  }
    )};

useConditionFamiliesQuery.getKey = (variables?: ConditionFamiliesQueryVariables) => variables === undefined ? ['ConditionFamilies'] : ['ConditionFamilies', variables];

export const useInfiniteConditionFamiliesQuery = <
      TData = InfiniteData<ConditionFamiliesQuery>,
      TError = Error
    >(
      variables: ConditionFamiliesQueryVariables,
      options: Omit<UseInfiniteQueryOptions<ConditionFamiliesQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<ConditionFamiliesQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<ConditionFamiliesQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['ConditionFamilies.infinite'] : ['ConditionFamilies.infinite', variables],
      queryFn: (metaData) => fetcher<ConditionFamiliesQuery, ConditionFamiliesQueryVariables>(ConditionFamiliesDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteConditionFamiliesQuery.getKey = (variables?: ConditionFamiliesQueryVariables) => variables === undefined ? ['ConditionFamilies.infinite'] : ['ConditionFamilies.infinite', variables];


useConditionFamiliesQuery.fetcher = (variables?: ConditionFamiliesQueryVariables, options?: RequestInit['headers']) => fetcher<ConditionFamiliesQuery, ConditionFamiliesQueryVariables>(ConditionFamiliesDocument, variables, options);

export const ConditionDocument = new TypedDocumentString(`
    query Condition($slug: String!) {
  condition(slug: $slug) {
    ...ConditionSummary
    synonyms
    description
  }
}
    fragment ConditionSummary on Condition {
  id
  slug
  name
  icd10Code
  family
}`);

export const useConditionQuery = <
      TData = ConditionQuery,
      TError = Error
    >(
      variables: ConditionQueryVariables,
      options?: Omit<UseQueryOptions<ConditionQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<ConditionQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<ConditionQuery, TError, TData>(
      {
    queryKey: ['Condition', variables],
    queryFn: fetcher<ConditionQuery, ConditionQueryVariables>(ConditionDocument, variables),
    ...options
  }
    )};

useConditionQuery.getKey = (variables: ConditionQueryVariables) => ['Condition', variables];

export const useInfiniteConditionQuery = <
      TData = InfiniteData<ConditionQuery>,
      TError = Error
    >(
      variables: ConditionQueryVariables,
      options: Omit<UseInfiniteQueryOptions<ConditionQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<ConditionQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<ConditionQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['Condition.infinite', variables],
      queryFn: (metaData) => fetcher<ConditionQuery, ConditionQueryVariables>(ConditionDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteConditionQuery.getKey = (variables: ConditionQueryVariables) => ['Condition.infinite', variables];


useConditionQuery.fetcher = (variables: ConditionQueryVariables, options?: RequestInit['headers']) => fetcher<ConditionQuery, ConditionQueryVariables>(ConditionDocument, variables, options);

export const MyConsentsDocument = new TypedDocumentString(`
    query MyConsents {
  myConsents {
    purpose
    granted
    changedAt
  }
}
    `);

export const useMyConsentsQuery = <
      TData = MyConsentsQuery,
      TError = Error
    >(
      variables?: MyConsentsQueryVariables,
      options?: Omit<UseQueryOptions<MyConsentsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<MyConsentsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<MyConsentsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['MyConsents'] : ['MyConsents', variables],
    queryFn: fetcher<MyConsentsQuery, MyConsentsQueryVariables>(MyConsentsDocument, variables),
    ...options
  }
    )};

useMyConsentsQuery.getKey = (variables?: MyConsentsQueryVariables) => variables === undefined ? ['MyConsents'] : ['MyConsents', variables];

export const useInfiniteMyConsentsQuery = <
      TData = InfiniteData<MyConsentsQuery>,
      TError = Error
    >(
      variables: MyConsentsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<MyConsentsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<MyConsentsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<MyConsentsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['MyConsents.infinite'] : ['MyConsents.infinite', variables],
      queryFn: (metaData) => fetcher<MyConsentsQuery, MyConsentsQueryVariables>(MyConsentsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteMyConsentsQuery.getKey = (variables?: MyConsentsQueryVariables) => variables === undefined ? ['MyConsents.infinite'] : ['MyConsents.infinite', variables];


useMyConsentsQuery.fetcher = (variables?: MyConsentsQueryVariables, options?: RequestInit['headers']) => fetcher<MyConsentsQuery, MyConsentsQueryVariables>(MyConsentsDocument, variables, options);

export const ConsentHistoryDocument = new TypedDocumentString(`
    query ConsentHistory {
  consentHistory {
    purpose
    granted
    at
  }
}
    `);

export const useConsentHistoryQuery = <
      TData = ConsentHistoryQuery,
      TError = Error
    >(
      variables?: ConsentHistoryQueryVariables,
      options?: Omit<UseQueryOptions<ConsentHistoryQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<ConsentHistoryQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<ConsentHistoryQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['ConsentHistory'] : ['ConsentHistory', variables],
    queryFn: fetcher<ConsentHistoryQuery, ConsentHistoryQueryVariables>(ConsentHistoryDocument, variables),
    ...options
  }
    )};

useConsentHistoryQuery.getKey = (variables?: ConsentHistoryQueryVariables) => variables === undefined ? ['ConsentHistory'] : ['ConsentHistory', variables];

export const useInfiniteConsentHistoryQuery = <
      TData = InfiniteData<ConsentHistoryQuery>,
      TError = Error
    >(
      variables: ConsentHistoryQueryVariables,
      options: Omit<UseInfiniteQueryOptions<ConsentHistoryQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<ConsentHistoryQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<ConsentHistoryQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['ConsentHistory.infinite'] : ['ConsentHistory.infinite', variables],
      queryFn: (metaData) => fetcher<ConsentHistoryQuery, ConsentHistoryQueryVariables>(ConsentHistoryDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteConsentHistoryQuery.getKey = (variables?: ConsentHistoryQueryVariables) => variables === undefined ? ['ConsentHistory.infinite'] : ['ConsentHistory.infinite', variables];


useConsentHistoryQuery.fetcher = (variables?: ConsentHistoryQueryVariables, options?: RequestInit['headers']) => fetcher<ConsentHistoryQuery, ConsentHistoryQueryVariables>(ConsentHistoryDocument, variables, options);

export const SetConsentDocument = new TypedDocumentString(`
    mutation SetConsent($purpose: ConsentPurpose!, $granted: Boolean!) {
  setConsent(purpose: $purpose, granted: $granted) {
    purpose
    granted
    changedAt
  }
}
    `);

export const useSetConsentMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<SetConsentMutation, TError, SetConsentMutationVariables, TContext>) => {
    
    return useMutation<SetConsentMutation, TError, SetConsentMutationVariables, TContext>(
      {
    mutationKey: ['SetConsent'],
    mutationFn: (variables?: SetConsentMutationVariables) => fetcher<SetConsentMutation, SetConsentMutationVariables>(SetConsentDocument, variables)(),
    ...options
  }
    )};


useSetConsentMutation.fetcher = (variables: SetConsentMutationVariables, options?: RequestInit['headers']) => fetcher<SetConsentMutation, SetConsentMutationVariables>(SetConsentDocument, variables, options);

export const WhatWorksDocument = new TypedDocumentString(`
    query WhatWorks($conditionSlug: String!) {
  whatWorks(conditionSlug: $conditionSlug) {
    ...WhatWorksFields
  }
}
    fragment InterventionSummary on Intervention {
  id
  slug
  name
  category
}
fragment WhatWorksFields on WhatWorks {
  condition {
    id
    slug
    name
  }
  reportCount
  entries {
    intervention {
      ...InterventionSummary
    }
    reportCount
    effectiveness {
      effectiveness
      count
    }
    topSideEffects {
      name
      count
    }
    latestTips {
      reportId
      tipsHtml
      createdAt
      threadIds
    }
  }
}`);

export const useWhatWorksQuery = <
      TData = WhatWorksQuery,
      TError = Error
    >(
      variables: WhatWorksQueryVariables,
      options?: Omit<UseQueryOptions<WhatWorksQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<WhatWorksQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<WhatWorksQuery, TError, TData>(
      {
    queryKey: ['WhatWorks', variables],
    queryFn: fetcher<WhatWorksQuery, WhatWorksQueryVariables>(WhatWorksDocument, variables),
    ...options
  }
    )};

useWhatWorksQuery.getKey = (variables: WhatWorksQueryVariables) => ['WhatWorks', variables];

export const useInfiniteWhatWorksQuery = <
      TData = InfiniteData<WhatWorksQuery>,
      TError = Error
    >(
      variables: WhatWorksQueryVariables,
      options: Omit<UseInfiniteQueryOptions<WhatWorksQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<WhatWorksQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<WhatWorksQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['WhatWorks.infinite', variables],
      queryFn: (metaData) => fetcher<WhatWorksQuery, WhatWorksQueryVariables>(WhatWorksDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteWhatWorksQuery.getKey = (variables: WhatWorksQueryVariables) => ['WhatWorks.infinite', variables];


useWhatWorksQuery.fetcher = (variables: WhatWorksQueryVariables, options?: RequestInit['headers']) => fetcher<WhatWorksQuery, WhatWorksQueryVariables>(WhatWorksDocument, variables, options);

export const InterventionOptionsDocument = new TypedDocumentString(`
    query InterventionOptions($conditionSlug: String, $filter: String, $first: Int, $after: String) {
  interventions(
    conditionSlug: $conditionSlug
    filter: $filter
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...InterventionSummary
      synonyms
    }
  }
}
    fragment InterventionSummary on Intervention {
  id
  slug
  name
  category
}`);

export const useInterventionOptionsQuery = <
      TData = InterventionOptionsQuery,
      TError = Error
    >(
      variables?: InterventionOptionsQueryVariables,
      options?: Omit<UseQueryOptions<InterventionOptionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<InterventionOptionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<InterventionOptionsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['InterventionOptions'] : ['InterventionOptions', variables],
    queryFn: fetcher<InterventionOptionsQuery, InterventionOptionsQueryVariables>(InterventionOptionsDocument, variables),
    ...options
  }
    )};

useInterventionOptionsQuery.getKey = (variables?: InterventionOptionsQueryVariables) => variables === undefined ? ['InterventionOptions'] : ['InterventionOptions', variables];

export const useInfiniteInterventionOptionsQuery = <
      TData = InfiniteData<InterventionOptionsQuery>,
      TError = Error
    >(
      variables: InterventionOptionsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<InterventionOptionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<InterventionOptionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<InterventionOptionsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['InterventionOptions.infinite'] : ['InterventionOptions.infinite', variables],
      queryFn: (metaData) => fetcher<InterventionOptionsQuery, InterventionOptionsQueryVariables>(InterventionOptionsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteInterventionOptionsQuery.getKey = (variables?: InterventionOptionsQueryVariables) => variables === undefined ? ['InterventionOptions.infinite'] : ['InterventionOptions.infinite', variables];


useInterventionOptionsQuery.fetcher = (variables?: InterventionOptionsQueryVariables, options?: RequestInit['headers']) => fetcher<InterventionOptionsQuery, InterventionOptionsQueryVariables>(InterventionOptionsDocument, variables, options);

export const InterventionBySlugDocument = new TypedDocumentString(`
    query InterventionBySlug($slug: String!) {
  intervention(slug: $slug) {
    ...InterventionSummary
    status
  }
}
    fragment InterventionSummary on Intervention {
  id
  slug
  name
  category
}`);

export const useInterventionBySlugQuery = <
      TData = InterventionBySlugQuery,
      TError = Error
    >(
      variables: InterventionBySlugQueryVariables,
      options?: Omit<UseQueryOptions<InterventionBySlugQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<InterventionBySlugQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<InterventionBySlugQuery, TError, TData>(
      {
    queryKey: ['InterventionBySlug', variables],
    queryFn: fetcher<InterventionBySlugQuery, InterventionBySlugQueryVariables>(InterventionBySlugDocument, variables),
    ...options
  }
    )};

useInterventionBySlugQuery.getKey = (variables: InterventionBySlugQueryVariables) => ['InterventionBySlug', variables];

export const useInfiniteInterventionBySlugQuery = <
      TData = InfiniteData<InterventionBySlugQuery>,
      TError = Error
    >(
      variables: InterventionBySlugQueryVariables,
      options: Omit<UseInfiniteQueryOptions<InterventionBySlugQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<InterventionBySlugQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<InterventionBySlugQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['InterventionBySlug.infinite', variables],
      queryFn: (metaData) => fetcher<InterventionBySlugQuery, InterventionBySlugQueryVariables>(InterventionBySlugDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteInterventionBySlugQuery.getKey = (variables: InterventionBySlugQueryVariables) => ['InterventionBySlug.infinite', variables];


useInterventionBySlugQuery.fetcher = (variables: InterventionBySlugQueryVariables, options?: RequestInit['headers']) => fetcher<InterventionBySlugQuery, InterventionBySlugQueryVariables>(InterventionBySlugDocument, variables, options);

export const ExperienceReportDocument = new TypedDocumentString(`
    query ExperienceReport($id: ID!) {
  experienceReport(id: $id) {
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

export const useExperienceReportQuery = <
      TData = ExperienceReportQuery,
      TError = Error
    >(
      variables: ExperienceReportQueryVariables,
      options?: Omit<UseQueryOptions<ExperienceReportQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<ExperienceReportQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<ExperienceReportQuery, TError, TData>(
      {
    queryKey: ['ExperienceReport', variables],
    queryFn: fetcher<ExperienceReportQuery, ExperienceReportQueryVariables>(ExperienceReportDocument, variables),
    ...options
  }
    )};

useExperienceReportQuery.getKey = (variables: ExperienceReportQueryVariables) => ['ExperienceReport', variables];

export const useInfiniteExperienceReportQuery = <
      TData = InfiniteData<ExperienceReportQuery>,
      TError = Error
    >(
      variables: ExperienceReportQueryVariables,
      options: Omit<UseInfiniteQueryOptions<ExperienceReportQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<ExperienceReportQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<ExperienceReportQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['ExperienceReport.infinite', variables],
      queryFn: (metaData) => fetcher<ExperienceReportQuery, ExperienceReportQueryVariables>(ExperienceReportDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteExperienceReportQuery.getKey = (variables: ExperienceReportQueryVariables) => ['ExperienceReport.infinite', variables];


useExperienceReportQuery.fetcher = (variables: ExperienceReportQueryVariables, options?: RequestInit['headers']) => fetcher<ExperienceReportQuery, ExperienceReportQueryVariables>(ExperienceReportDocument, variables, options);

export const ExperienceReportRevisionsDocument = new TypedDocumentString(`
    query ExperienceReportRevisions($id: ID!) {
  experienceReport(id: $id) {
    id
    revisions {
      effectiveness
      sideEffects {
        ...SideEffectFields
      }
      adherence
      burden
      costBand
      durationWeeks
      stillUsing
      tipsHtml
      replacedAt
    }
  }
}
    fragment SideEffectFields on SideEffect {
  name
  severity
}`);

export const useExperienceReportRevisionsQuery = <
      TData = ExperienceReportRevisionsQuery,
      TError = Error
    >(
      variables: ExperienceReportRevisionsQueryVariables,
      options?: Omit<UseQueryOptions<ExperienceReportRevisionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<ExperienceReportRevisionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<ExperienceReportRevisionsQuery, TError, TData>(
      {
    queryKey: ['ExperienceReportRevisions', variables],
    queryFn: fetcher<ExperienceReportRevisionsQuery, ExperienceReportRevisionsQueryVariables>(ExperienceReportRevisionsDocument, variables),
    ...options
  }
    )};

useExperienceReportRevisionsQuery.getKey = (variables: ExperienceReportRevisionsQueryVariables) => ['ExperienceReportRevisions', variables];

export const useInfiniteExperienceReportRevisionsQuery = <
      TData = InfiniteData<ExperienceReportRevisionsQuery>,
      TError = Error
    >(
      variables: ExperienceReportRevisionsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<ExperienceReportRevisionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<ExperienceReportRevisionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<ExperienceReportRevisionsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['ExperienceReportRevisions.infinite', variables],
      queryFn: (metaData) => fetcher<ExperienceReportRevisionsQuery, ExperienceReportRevisionsQueryVariables>(ExperienceReportRevisionsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteExperienceReportRevisionsQuery.getKey = (variables: ExperienceReportRevisionsQueryVariables) => ['ExperienceReportRevisions.infinite', variables];


useExperienceReportRevisionsQuery.fetcher = (variables: ExperienceReportRevisionsQueryVariables, options?: RequestInit['headers']) => fetcher<ExperienceReportRevisionsQuery, ExperienceReportRevisionsQueryVariables>(ExperienceReportRevisionsDocument, variables, options);

export const MyExperienceReportsDocument = new TypedDocumentString(`
    query MyExperienceReports($first: Int, $after: String) {
  myExperienceReports(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      effectiveness
      updatedAt
      condition {
        id
        slug
        name
      }
      intervention {
        id
        name
      }
    }
  }
}
    `);

export const useMyExperienceReportsQuery = <
      TData = MyExperienceReportsQuery,
      TError = Error
    >(
      variables?: MyExperienceReportsQueryVariables,
      options?: Omit<UseQueryOptions<MyExperienceReportsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<MyExperienceReportsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<MyExperienceReportsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['MyExperienceReports'] : ['MyExperienceReports', variables],
    queryFn: fetcher<MyExperienceReportsQuery, MyExperienceReportsQueryVariables>(MyExperienceReportsDocument, variables),
    ...options
  }
    )};

useMyExperienceReportsQuery.getKey = (variables?: MyExperienceReportsQueryVariables) => variables === undefined ? ['MyExperienceReports'] : ['MyExperienceReports', variables];

export const useInfiniteMyExperienceReportsQuery = <
      TData = InfiniteData<MyExperienceReportsQuery>,
      TError = Error
    >(
      variables: MyExperienceReportsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<MyExperienceReportsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<MyExperienceReportsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<MyExperienceReportsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['MyExperienceReports.infinite'] : ['MyExperienceReports.infinite', variables],
      queryFn: (metaData) => fetcher<MyExperienceReportsQuery, MyExperienceReportsQueryVariables>(MyExperienceReportsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteMyExperienceReportsQuery.getKey = (variables?: MyExperienceReportsQueryVariables) => variables === undefined ? ['MyExperienceReports.infinite'] : ['MyExperienceReports.infinite', variables];


useMyExperienceReportsQuery.fetcher = (variables?: MyExperienceReportsQueryVariables, options?: RequestInit['headers']) => fetcher<MyExperienceReportsQuery, MyExperienceReportsQueryVariables>(MyExperienceReportsDocument, variables, options);

export const ThreadExperienceReportsDocument = new TypedDocumentString(`
    query ThreadExperienceReports($id: ID!) {
  thread(id: $id) {
    id
    experienceReports {
      id
      effectiveness
      intervention {
        id
        name
      }
    }
  }
}
    `);

export const useThreadExperienceReportsQuery = <
      TData = ThreadExperienceReportsQuery,
      TError = Error
    >(
      variables: ThreadExperienceReportsQueryVariables,
      options?: Omit<UseQueryOptions<ThreadExperienceReportsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<ThreadExperienceReportsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<ThreadExperienceReportsQuery, TError, TData>(
      {
    queryKey: ['ThreadExperienceReports', variables],
    queryFn: fetcher<ThreadExperienceReportsQuery, ThreadExperienceReportsQueryVariables>(ThreadExperienceReportsDocument, variables),
    ...options
  }
    )};

useThreadExperienceReportsQuery.getKey = (variables: ThreadExperienceReportsQueryVariables) => ['ThreadExperienceReports', variables];

export const useInfiniteThreadExperienceReportsQuery = <
      TData = InfiniteData<ThreadExperienceReportsQuery>,
      TError = Error
    >(
      variables: ThreadExperienceReportsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<ThreadExperienceReportsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<ThreadExperienceReportsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<ThreadExperienceReportsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['ThreadExperienceReports.infinite', variables],
      queryFn: (metaData) => fetcher<ThreadExperienceReportsQuery, ThreadExperienceReportsQueryVariables>(ThreadExperienceReportsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteThreadExperienceReportsQuery.getKey = (variables: ThreadExperienceReportsQueryVariables) => ['ThreadExperienceReports.infinite', variables];


useThreadExperienceReportsQuery.fetcher = (variables: ThreadExperienceReportsQueryVariables, options?: RequestInit['headers']) => fetcher<ThreadExperienceReportsQuery, ThreadExperienceReportsQueryVariables>(ThreadExperienceReportsDocument, variables, options);

export const ReportThreadDocument = new TypedDocumentString(`
    query ReportThread($id: ID!) {
  thread(id: $id) {
    id
    title
    isDeleted
    isLocked
    group {
      id
      slug
      name
      visibility
      viewerCanModerate
      viewerCanRead
      viewerCanPost
      viewerMembership {
        id
        status
      }
      condition {
        id
        slug
      }
    }
  }
}
    `);

export const useReportThreadQuery = <
      TData = ReportThreadQuery,
      TError = Error
    >(
      variables: ReportThreadQueryVariables,
      options?: Omit<UseQueryOptions<ReportThreadQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<ReportThreadQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<ReportThreadQuery, TError, TData>(
      {
    queryKey: ['ReportThread', variables],
    queryFn: fetcher<ReportThreadQuery, ReportThreadQueryVariables>(ReportThreadDocument, variables),
    ...options
  }
    )};

useReportThreadQuery.getKey = (variables: ReportThreadQueryVariables) => ['ReportThread', variables];

export const useInfiniteReportThreadQuery = <
      TData = InfiniteData<ReportThreadQuery>,
      TError = Error
    >(
      variables: ReportThreadQueryVariables,
      options: Omit<UseInfiniteQueryOptions<ReportThreadQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<ReportThreadQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<ReportThreadQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['ReportThread.infinite', variables],
      queryFn: (metaData) => fetcher<ReportThreadQuery, ReportThreadQueryVariables>(ReportThreadDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteReportThreadQuery.getKey = (variables: ReportThreadQueryVariables) => ['ReportThread.infinite', variables];


useReportThreadQuery.fetcher = (variables: ReportThreadQueryVariables, options?: RequestInit['headers']) => fetcher<ReportThreadQuery, ReportThreadQueryVariables>(ReportThreadDocument, variables, options);

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
    >(options?: UseMutationOptions<FileExperienceReportMutation, TError, FileExperienceReportMutationVariables, TContext>) => {
    
    return useMutation<FileExperienceReportMutation, TError, FileExperienceReportMutationVariables, TContext>(
      {
    mutationKey: ['FileExperienceReport'],
    mutationFn: (variables?: FileExperienceReportMutationVariables) => fetcher<FileExperienceReportMutation, FileExperienceReportMutationVariables>(FileExperienceReportDocument, variables)(),
    ...options
  }
    )};


useFileExperienceReportMutation.fetcher = (variables: FileExperienceReportMutationVariables, options?: RequestInit['headers']) => fetcher<FileExperienceReportMutation, FileExperienceReportMutationVariables>(FileExperienceReportDocument, variables, options);

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
    >(options?: UseMutationOptions<UpdateExperienceReportMutation, TError, UpdateExperienceReportMutationVariables, TContext>) => {
    
    return useMutation<UpdateExperienceReportMutation, TError, UpdateExperienceReportMutationVariables, TContext>(
      {
    mutationKey: ['UpdateExperienceReport'],
    mutationFn: (variables?: UpdateExperienceReportMutationVariables) => fetcher<UpdateExperienceReportMutation, UpdateExperienceReportMutationVariables>(UpdateExperienceReportDocument, variables)(),
    ...options
  }
    )};


useUpdateExperienceReportMutation.fetcher = (variables: UpdateExperienceReportMutationVariables, options?: RequestInit['headers']) => fetcher<UpdateExperienceReportMutation, UpdateExperienceReportMutationVariables>(UpdateExperienceReportDocument, variables, options);

export const ProposeInterventionDocument = new TypedDocumentString(`
    mutation ProposeIntervention($input: ProposeInterventionInput!) {
  proposeIntervention(input: $input) {
    ...InterventionSummary
    status
  }
}
    fragment InterventionSummary on Intervention {
  id
  slug
  name
  category
}`);

export const useProposeInterventionMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<ProposeInterventionMutation, TError, ProposeInterventionMutationVariables, TContext>) => {
    
    return useMutation<ProposeInterventionMutation, TError, ProposeInterventionMutationVariables, TContext>(
      {
    mutationKey: ['ProposeIntervention'],
    mutationFn: (variables?: ProposeInterventionMutationVariables) => fetcher<ProposeInterventionMutation, ProposeInterventionMutationVariables>(ProposeInterventionDocument, variables)(),
    ...options
  }
    )};


useProposeInterventionMutation.fetcher = (variables: ProposeInterventionMutationVariables, options?: RequestInit['headers']) => fetcher<ProposeInterventionMutation, ProposeInterventionMutationVariables>(ProposeInterventionDocument, variables, options);

export const ConditionGroupsDocument = new TypedDocumentString(`
    query ConditionGroups($conditionSlug: String!, $first: Int, $after: String) {
  groups(conditionSlug: $conditionSlug, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...GroupSummary
      viewerMembership {
        id
        status
      }
    }
  }
}
    fragment GroupSummary on Group {
  id
  slug
  name
  description
  visibility
  memberCount
}`);

export const useConditionGroupsQuery = <
      TData = ConditionGroupsQuery,
      TError = Error
    >(
      variables: ConditionGroupsQueryVariables,
      options?: Omit<UseQueryOptions<ConditionGroupsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<ConditionGroupsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<ConditionGroupsQuery, TError, TData>(
      {
    queryKey: ['ConditionGroups', variables],
    queryFn: fetcher<ConditionGroupsQuery, ConditionGroupsQueryVariables>(ConditionGroupsDocument, variables),
    ...options
  }
    )};

useConditionGroupsQuery.getKey = (variables: ConditionGroupsQueryVariables) => ['ConditionGroups', variables];

export const useInfiniteConditionGroupsQuery = <
      TData = InfiniteData<ConditionGroupsQuery>,
      TError = Error
    >(
      variables: ConditionGroupsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<ConditionGroupsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<ConditionGroupsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<ConditionGroupsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['ConditionGroups.infinite', variables],
      queryFn: (metaData) => fetcher<ConditionGroupsQuery, ConditionGroupsQueryVariables>(ConditionGroupsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteConditionGroupsQuery.getKey = (variables: ConditionGroupsQueryVariables) => ['ConditionGroups.infinite', variables];


useConditionGroupsQuery.fetcher = (variables: ConditionGroupsQueryVariables, options?: RequestInit['headers']) => fetcher<ConditionGroupsQuery, ConditionGroupsQueryVariables>(ConditionGroupsDocument, variables, options);

export const GroupDocument = new TypedDocumentString(`
    query Group($slug: String!) {
  group(slug: $slug) {
    ...GroupSummary
    allowAnonymous
    createdAt
    viewerCanModerate
    viewerCanRead
    viewerCanPost
    viewerFollows
    viewerMembership {
      id
      status
      role
      requestedAt
      joinedAt
    }
    condition {
      id
      slug
      name
      icd10Code
    }
  }
}
    fragment GroupSummary on Group {
  id
  slug
  name
  description
  visibility
  memberCount
}`);

export const useGroupQuery = <
      TData = GroupQuery,
      TError = Error
    >(
      variables: GroupQueryVariables,
      options?: Omit<UseQueryOptions<GroupQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<GroupQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<GroupQuery, TError, TData>(
      {
    queryKey: ['Group', variables],
    queryFn: fetcher<GroupQuery, GroupQueryVariables>(GroupDocument, variables),
    ...options
  }
    )};

useGroupQuery.getKey = (variables: GroupQueryVariables) => ['Group', variables];

export const useInfiniteGroupQuery = <
      TData = InfiniteData<GroupQuery>,
      TError = Error
    >(
      variables: GroupQueryVariables,
      options: Omit<UseInfiniteQueryOptions<GroupQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<GroupQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<GroupQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['Group.infinite', variables],
      queryFn: (metaData) => fetcher<GroupQuery, GroupQueryVariables>(GroupDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteGroupQuery.getKey = (variables: GroupQueryVariables) => ['Group.infinite', variables];


useGroupQuery.fetcher = (variables: GroupQueryVariables, options?: RequestInit['headers']) => fetcher<GroupQuery, GroupQueryVariables>(GroupDocument, variables, options);

export const GroupMembersDocument = new TypedDocumentString(`
    query GroupMembers($slug: String!, $first: Int, $after: String) {
  group(slug: $slug) {
    id
    members(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        role
        joinedAt
        member {
          id
          handle
          isModerator
          isVerifiedClinician
        }
      }
    }
  }
}
    `);

export const useGroupMembersQuery = <
      TData = GroupMembersQuery,
      TError = Error
    >(
      variables: GroupMembersQueryVariables,
      options?: Omit<UseQueryOptions<GroupMembersQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<GroupMembersQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<GroupMembersQuery, TError, TData>(
      {
    queryKey: ['GroupMembers', variables],
    queryFn: fetcher<GroupMembersQuery, GroupMembersQueryVariables>(GroupMembersDocument, variables),
    ...options
  }
    )};

useGroupMembersQuery.getKey = (variables: GroupMembersQueryVariables) => ['GroupMembers', variables];

export const useInfiniteGroupMembersQuery = <
      TData = InfiniteData<GroupMembersQuery>,
      TError = Error
    >(
      variables: GroupMembersQueryVariables,
      options: Omit<UseInfiniteQueryOptions<GroupMembersQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<GroupMembersQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<GroupMembersQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['GroupMembers.infinite', variables],
      queryFn: (metaData) => fetcher<GroupMembersQuery, GroupMembersQueryVariables>(GroupMembersDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteGroupMembersQuery.getKey = (variables: GroupMembersQueryVariables) => ['GroupMembers.infinite', variables];


useGroupMembersQuery.fetcher = (variables: GroupMembersQueryVariables, options?: RequestInit['headers']) => fetcher<GroupMembersQuery, GroupMembersQueryVariables>(GroupMembersDocument, variables, options);

export const GroupJoinRequestsDocument = new TypedDocumentString(`
    query GroupJoinRequests($slug: String!, $first: Int, $after: String) {
  group(slug: $slug) {
    id
    joinRequests(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        requestedAt
        member {
          id
          handle
          bio
        }
      }
    }
  }
}
    `);

export const useGroupJoinRequestsQuery = <
      TData = GroupJoinRequestsQuery,
      TError = Error
    >(
      variables: GroupJoinRequestsQueryVariables,
      options?: Omit<UseQueryOptions<GroupJoinRequestsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<GroupJoinRequestsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<GroupJoinRequestsQuery, TError, TData>(
      {
    queryKey: ['GroupJoinRequests', variables],
    queryFn: fetcher<GroupJoinRequestsQuery, GroupJoinRequestsQueryVariables>(GroupJoinRequestsDocument, variables),
    ...options
  }
    )};

useGroupJoinRequestsQuery.getKey = (variables: GroupJoinRequestsQueryVariables) => ['GroupJoinRequests', variables];

export const useInfiniteGroupJoinRequestsQuery = <
      TData = InfiniteData<GroupJoinRequestsQuery>,
      TError = Error
    >(
      variables: GroupJoinRequestsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<GroupJoinRequestsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<GroupJoinRequestsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<GroupJoinRequestsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['GroupJoinRequests.infinite', variables],
      queryFn: (metaData) => fetcher<GroupJoinRequestsQuery, GroupJoinRequestsQueryVariables>(GroupJoinRequestsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteGroupJoinRequestsQuery.getKey = (variables: GroupJoinRequestsQueryVariables) => ['GroupJoinRequests.infinite', variables];


useGroupJoinRequestsQuery.fetcher = (variables: GroupJoinRequestsQueryVariables, options?: RequestInit['headers']) => fetcher<GroupJoinRequestsQuery, GroupJoinRequestsQueryVariables>(GroupJoinRequestsDocument, variables, options);

export const JoinGroupDocument = new TypedDocumentString(`
    mutation JoinGroup($groupId: ID!) {
  joinGroup(groupId: $groupId) {
    id
    status
    role
    requestedAt
    joinedAt
    group {
      id
      memberCount
    }
  }
}
    `);

export const useJoinGroupMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<JoinGroupMutation, TError, JoinGroupMutationVariables, TContext>) => {
    
    return useMutation<JoinGroupMutation, TError, JoinGroupMutationVariables, TContext>(
      {
    mutationKey: ['JoinGroup'],
    mutationFn: (variables?: JoinGroupMutationVariables) => fetcher<JoinGroupMutation, JoinGroupMutationVariables>(JoinGroupDocument, variables)(),
    ...options
  }
    )};


useJoinGroupMutation.fetcher = (variables: JoinGroupMutationVariables, options?: RequestInit['headers']) => fetcher<JoinGroupMutation, JoinGroupMutationVariables>(JoinGroupDocument, variables, options);

export const LeaveGroupDocument = new TypedDocumentString(`
    mutation LeaveGroup($groupId: ID!) {
  leaveGroup(groupId: $groupId)
}
    `);

export const useLeaveGroupMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<LeaveGroupMutation, TError, LeaveGroupMutationVariables, TContext>) => {
    
    return useMutation<LeaveGroupMutation, TError, LeaveGroupMutationVariables, TContext>(
      {
    mutationKey: ['LeaveGroup'],
    mutationFn: (variables?: LeaveGroupMutationVariables) => fetcher<LeaveGroupMutation, LeaveGroupMutationVariables>(LeaveGroupDocument, variables)(),
    ...options
  }
    )};


useLeaveGroupMutation.fetcher = (variables: LeaveGroupMutationVariables, options?: RequestInit['headers']) => fetcher<LeaveGroupMutation, LeaveGroupMutationVariables>(LeaveGroupDocument, variables, options);

export const DecideJoinRequestDocument = new TypedDocumentString(`
    mutation DecideJoinRequest($requestId: ID!, $approve: Boolean!) {
  decideJoinRequest(requestId: $requestId, approve: $approve) {
    id
    status
  }
}
    `);

export const useDecideJoinRequestMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<DecideJoinRequestMutation, TError, DecideJoinRequestMutationVariables, TContext>) => {
    
    return useMutation<DecideJoinRequestMutation, TError, DecideJoinRequestMutationVariables, TContext>(
      {
    mutationKey: ['DecideJoinRequest'],
    mutationFn: (variables?: DecideJoinRequestMutationVariables) => fetcher<DecideJoinRequestMutation, DecideJoinRequestMutationVariables>(DecideJoinRequestDocument, variables)(),
    ...options
  }
    )};


useDecideJoinRequestMutation.fetcher = (variables: DecideJoinRequestMutationVariables, options?: RequestInit['headers']) => fetcher<DecideJoinRequestMutation, DecideJoinRequestMutationVariables>(DecideJoinRequestDocument, variables, options);

export const GuideDocument = new TypedDocumentString(`
    query Guide($conditionSlug: String!) {
  guide(conditionSlug: $conditionSlug) {
    ...GuideFields
    history(first: 50) {
      version
      editorLabel
      note
      createdAt
    }
    whatWorks {
      ...WhatWorksFields
    }
  }
}
    fragment InterventionSummary on Intervention {
  id
  slug
  name
  category
}
fragment WhatWorksFields on WhatWorks {
  condition {
    id
    slug
    name
  }
  reportCount
  entries {
    intervention {
      ...InterventionSummary
    }
    reportCount
    effectiveness {
      effectiveness
      count
    }
    topSideEffects {
      name
      count
    }
    latestTips {
      reportId
      tipsHtml
      createdAt
      threadIds
    }
  }
}
fragment GuideEntryFields on GuideEntry {
  id
  heading
  position
  summary
  curatedAt
  curatedByLabel
  sourceAvailable
  unavailableReason
  source {
    type
    id
    threadId
    threadTitle
    excerpt
    authorLabel
    helpfulCount
    createdAt
    url
    groupName
  }
}
fragment GuideFields on Guide {
  condition {
    id
    slug
    name
  }
  intro
  introHtml
  version
  lastReviewedAt
  lastReviewedByLabel
  updatedAt
  viewerCanEdit
  sections {
    heading
    entries {
      ...GuideEntryFields
    }
  }
}`);

export const useGuideQuery = <
      TData = GuideQuery,
      TError = Error
    >(
      variables: GuideQueryVariables,
      options?: Omit<UseQueryOptions<GuideQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<GuideQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<GuideQuery, TError, TData>(
      {
    queryKey: ['Guide', variables],
    queryFn: fetcher<GuideQuery, GuideQueryVariables>(GuideDocument, variables),
    ...options
  }
    )};

useGuideQuery.getKey = (variables: GuideQueryVariables) => ['Guide', variables];

export const useInfiniteGuideQuery = <
      TData = InfiniteData<GuideQuery>,
      TError = Error
    >(
      variables: GuideQueryVariables,
      options: Omit<UseInfiniteQueryOptions<GuideQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<GuideQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<GuideQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['Guide.infinite', variables],
      queryFn: (metaData) => fetcher<GuideQuery, GuideQueryVariables>(GuideDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteGuideQuery.getKey = (variables: GuideQueryVariables) => ['Guide.infinite', variables];


useGuideQuery.fetcher = (variables: GuideQueryVariables, options?: RequestInit['headers']) => fetcher<GuideQuery, GuideQueryVariables>(GuideDocument, variables, options);

export const GuideHeadingsDocument = new TypedDocumentString(`
    query GuideHeadings($conditionSlug: String!) {
  guide(conditionSlug: $conditionSlug) {
    condition {
      id
      slug
      name
    }
    viewerCanEdit
    sections {
      heading
    }
  }
}
    `);

export const useGuideHeadingsQuery = <
      TData = GuideHeadingsQuery,
      TError = Error
    >(
      variables: GuideHeadingsQueryVariables,
      options?: Omit<UseQueryOptions<GuideHeadingsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<GuideHeadingsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<GuideHeadingsQuery, TError, TData>(
      {
    queryKey: ['GuideHeadings', variables],
    queryFn: fetcher<GuideHeadingsQuery, GuideHeadingsQueryVariables>(GuideHeadingsDocument, variables),
    ...options
  }
    )};

useGuideHeadingsQuery.getKey = (variables: GuideHeadingsQueryVariables) => ['GuideHeadings', variables];

export const useInfiniteGuideHeadingsQuery = <
      TData = InfiniteData<GuideHeadingsQuery>,
      TError = Error
    >(
      variables: GuideHeadingsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<GuideHeadingsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<GuideHeadingsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<GuideHeadingsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['GuideHeadings.infinite', variables],
      queryFn: (metaData) => fetcher<GuideHeadingsQuery, GuideHeadingsQueryVariables>(GuideHeadingsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteGuideHeadingsQuery.getKey = (variables: GuideHeadingsQueryVariables) => ['GuideHeadings.infinite', variables];


useGuideHeadingsQuery.fetcher = (variables: GuideHeadingsQueryVariables, options?: RequestInit['headers']) => fetcher<GuideHeadingsQuery, GuideHeadingsQueryVariables>(GuideHeadingsDocument, variables, options);

export const CurateIntoGuideDocument = new TypedDocumentString(`
    mutation CurateIntoGuide($input: CurateIntoGuideInput!) {
  curateIntoGuide(input: $input) {
    ...GuideFields
  }
}
    fragment GuideEntryFields on GuideEntry {
  id
  heading
  position
  summary
  curatedAt
  curatedByLabel
  sourceAvailable
  unavailableReason
  source {
    type
    id
    threadId
    threadTitle
    excerpt
    authorLabel
    helpfulCount
    createdAt
    url
    groupName
  }
}
fragment GuideFields on Guide {
  condition {
    id
    slug
    name
  }
  intro
  introHtml
  version
  lastReviewedAt
  lastReviewedByLabel
  updatedAt
  viewerCanEdit
  sections {
    heading
    entries {
      ...GuideEntryFields
    }
  }
}`);

export const useCurateIntoGuideMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<CurateIntoGuideMutation, TError, CurateIntoGuideMutationVariables, TContext>) => {
    
    return useMutation<CurateIntoGuideMutation, TError, CurateIntoGuideMutationVariables, TContext>(
      {
    mutationKey: ['CurateIntoGuide'],
    mutationFn: (variables?: CurateIntoGuideMutationVariables) => fetcher<CurateIntoGuideMutation, CurateIntoGuideMutationVariables>(CurateIntoGuideDocument, variables)(),
    ...options
  }
    )};


useCurateIntoGuideMutation.fetcher = (variables: CurateIntoGuideMutationVariables, options?: RequestInit['headers']) => fetcher<CurateIntoGuideMutation, CurateIntoGuideMutationVariables>(CurateIntoGuideDocument, variables, options);

export const UpdateGuideEntryDocument = new TypedDocumentString(`
    mutation UpdateGuideEntry($input: UpdateGuideEntryInput!) {
  updateGuideEntry(input: $input) {
    ...GuideFields
  }
}
    fragment GuideEntryFields on GuideEntry {
  id
  heading
  position
  summary
  curatedAt
  curatedByLabel
  sourceAvailable
  unavailableReason
  source {
    type
    id
    threadId
    threadTitle
    excerpt
    authorLabel
    helpfulCount
    createdAt
    url
    groupName
  }
}
fragment GuideFields on Guide {
  condition {
    id
    slug
    name
  }
  intro
  introHtml
  version
  lastReviewedAt
  lastReviewedByLabel
  updatedAt
  viewerCanEdit
  sections {
    heading
    entries {
      ...GuideEntryFields
    }
  }
}`);

export const useUpdateGuideEntryMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<UpdateGuideEntryMutation, TError, UpdateGuideEntryMutationVariables, TContext>) => {
    
    return useMutation<UpdateGuideEntryMutation, TError, UpdateGuideEntryMutationVariables, TContext>(
      {
    mutationKey: ['UpdateGuideEntry'],
    mutationFn: (variables?: UpdateGuideEntryMutationVariables) => fetcher<UpdateGuideEntryMutation, UpdateGuideEntryMutationVariables>(UpdateGuideEntryDocument, variables)(),
    ...options
  }
    )};


useUpdateGuideEntryMutation.fetcher = (variables: UpdateGuideEntryMutationVariables, options?: RequestInit['headers']) => fetcher<UpdateGuideEntryMutation, UpdateGuideEntryMutationVariables>(UpdateGuideEntryDocument, variables, options);

export const RemoveGuideEntryDocument = new TypedDocumentString(`
    mutation RemoveGuideEntry($id: ID!, $note: String!) {
  removeGuideEntry(id: $id, note: $note) {
    ...GuideFields
  }
}
    fragment GuideEntryFields on GuideEntry {
  id
  heading
  position
  summary
  curatedAt
  curatedByLabel
  sourceAvailable
  unavailableReason
  source {
    type
    id
    threadId
    threadTitle
    excerpt
    authorLabel
    helpfulCount
    createdAt
    url
    groupName
  }
}
fragment GuideFields on Guide {
  condition {
    id
    slug
    name
  }
  intro
  introHtml
  version
  lastReviewedAt
  lastReviewedByLabel
  updatedAt
  viewerCanEdit
  sections {
    heading
    entries {
      ...GuideEntryFields
    }
  }
}`);

export const useRemoveGuideEntryMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<RemoveGuideEntryMutation, TError, RemoveGuideEntryMutationVariables, TContext>) => {
    
    return useMutation<RemoveGuideEntryMutation, TError, RemoveGuideEntryMutationVariables, TContext>(
      {
    mutationKey: ['RemoveGuideEntry'],
    mutationFn: (variables?: RemoveGuideEntryMutationVariables) => fetcher<RemoveGuideEntryMutation, RemoveGuideEntryMutationVariables>(RemoveGuideEntryDocument, variables)(),
    ...options
  }
    )};


useRemoveGuideEntryMutation.fetcher = (variables: RemoveGuideEntryMutationVariables, options?: RequestInit['headers']) => fetcher<RemoveGuideEntryMutation, RemoveGuideEntryMutationVariables>(RemoveGuideEntryDocument, variables, options);

export const UpdateGuideIntroDocument = new TypedDocumentString(`
    mutation UpdateGuideIntro($conditionId: ID!, $intro: String!, $note: String!) {
  updateGuideIntro(conditionId: $conditionId, intro: $intro, note: $note) {
    ...GuideFields
  }
}
    fragment GuideEntryFields on GuideEntry {
  id
  heading
  position
  summary
  curatedAt
  curatedByLabel
  sourceAvailable
  unavailableReason
  source {
    type
    id
    threadId
    threadTitle
    excerpt
    authorLabel
    helpfulCount
    createdAt
    url
    groupName
  }
}
fragment GuideFields on Guide {
  condition {
    id
    slug
    name
  }
  intro
  introHtml
  version
  lastReviewedAt
  lastReviewedByLabel
  updatedAt
  viewerCanEdit
  sections {
    heading
    entries {
      ...GuideEntryFields
    }
  }
}`);

export const useUpdateGuideIntroMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<UpdateGuideIntroMutation, TError, UpdateGuideIntroMutationVariables, TContext>) => {
    
    return useMutation<UpdateGuideIntroMutation, TError, UpdateGuideIntroMutationVariables, TContext>(
      {
    mutationKey: ['UpdateGuideIntro'],
    mutationFn: (variables?: UpdateGuideIntroMutationVariables) => fetcher<UpdateGuideIntroMutation, UpdateGuideIntroMutationVariables>(UpdateGuideIntroDocument, variables)(),
    ...options
  }
    )};


useUpdateGuideIntroMutation.fetcher = (variables: UpdateGuideIntroMutationVariables, options?: RequestInit['headers']) => fetcher<UpdateGuideIntroMutation, UpdateGuideIntroMutationVariables>(UpdateGuideIntroDocument, variables, options);

export const MarkGuideReviewedDocument = new TypedDocumentString(`
    mutation MarkGuideReviewed($conditionId: ID!, $note: String!) {
  markGuideReviewed(conditionId: $conditionId, note: $note) {
    ...GuideFields
  }
}
    fragment GuideEntryFields on GuideEntry {
  id
  heading
  position
  summary
  curatedAt
  curatedByLabel
  sourceAvailable
  unavailableReason
  source {
    type
    id
    threadId
    threadTitle
    excerpt
    authorLabel
    helpfulCount
    createdAt
    url
    groupName
  }
}
fragment GuideFields on Guide {
  condition {
    id
    slug
    name
  }
  intro
  introHtml
  version
  lastReviewedAt
  lastReviewedByLabel
  updatedAt
  viewerCanEdit
  sections {
    heading
    entries {
      ...GuideEntryFields
    }
  }
}`);

export const useMarkGuideReviewedMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<MarkGuideReviewedMutation, TError, MarkGuideReviewedMutationVariables, TContext>) => {
    
    return useMutation<MarkGuideReviewedMutation, TError, MarkGuideReviewedMutationVariables, TContext>(
      {
    mutationKey: ['MarkGuideReviewed'],
    mutationFn: (variables?: MarkGuideReviewedMutationVariables) => fetcher<MarkGuideReviewedMutation, MarkGuideReviewedMutationVariables>(MarkGuideReviewedDocument, variables)(),
    ...options
  }
    )};


useMarkGuideReviewedMutation.fetcher = (variables: MarkGuideReviewedMutationVariables, options?: RequestInit['headers']) => fetcher<MarkGuideReviewedMutation, MarkGuideReviewedMutationVariables>(MarkGuideReviewedDocument, variables, options);

export const ConditionInsightsDocument = new TypedDocumentString(`
    query ConditionInsights($condition: String!, $from: DateTime!, $to: DateTime!) {
  conditionInsights(condition: $condition, from: $from, to: $to) {
    ...InsightPeriodFields
    interventions {
      ...InterventionInsightFields
    }
    activity {
      weekStart
      threads {
        ...InsightCellFields
      }
      replies {
        ...InsightCellFields
      }
      reports {
        ...InsightCellFields
      }
    }
    topTags {
      ...InsightTrendFields
    }
    topInterventions {
      ...InsightTrendFields
    }
  }
}
    fragment InsightCellFields on InsightCell {
  value
  suppressed
  display
}
fragment InsightShareFields on InsightShare {
  key
  label
  percent
  count {
    ...InsightCellFields
  }
}
fragment InterventionInsightFields on InterventionInsight {
  intervention {
    id
    slug
    name
    category
  }
  members {
    ...InsightCellFields
  }
  medianDuration
  effectiveness {
    ...InsightShareFields
  }
  adherence {
    ...InsightShareFields
  }
  burden {
    ...InsightShareFields
  }
  durationBands {
    ...InsightShareFields
  }
  sideEffects {
    name
    percent
    members {
      ...InsightCellFields
    }
    severity {
      ...InsightShareFields
    }
  }
}
fragment InsightTrendFields on InsightTrend {
  key
  label
  change
  current {
    ...InsightCellFields
  }
  previous {
    ...InsightCellFields
  }
}
fragment InsightPeriodFields on ConditionInsights {
  condition {
    id
    slug
    name
  }
  from
  to
  weeks
  threshold
  roundingBase
  computedAt
}`);

export const useConditionInsightsQuery = <
      TData = ConditionInsightsQuery,
      TError = Error
    >(
      variables: ConditionInsightsQueryVariables,
      options?: Omit<UseQueryOptions<ConditionInsightsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<ConditionInsightsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<ConditionInsightsQuery, TError, TData>(
      {
    queryKey: ['ConditionInsights', variables],
    queryFn: fetcher<ConditionInsightsQuery, ConditionInsightsQueryVariables>(ConditionInsightsDocument, variables),
    ...options
  }
    )};

useConditionInsightsQuery.getKey = (variables: ConditionInsightsQueryVariables) => ['ConditionInsights', variables];

export const useInfiniteConditionInsightsQuery = <
      TData = InfiniteData<ConditionInsightsQuery>,
      TError = Error
    >(
      variables: ConditionInsightsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<ConditionInsightsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<ConditionInsightsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<ConditionInsightsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['ConditionInsights.infinite', variables],
      queryFn: (metaData) => fetcher<ConditionInsightsQuery, ConditionInsightsQueryVariables>(ConditionInsightsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteConditionInsightsQuery.getKey = (variables: ConditionInsightsQueryVariables) => ['ConditionInsights.infinite', variables];


useConditionInsightsQuery.fetcher = (variables: ConditionInsightsQueryVariables, options?: RequestInit['headers']) => fetcher<ConditionInsightsQuery, ConditionInsightsQueryVariables>(ConditionInsightsDocument, variables, options);

export const CompareInterventionsDocument = new TypedDocumentString(`
    query CompareInterventions($condition: String!, $from: DateTime!, $to: DateTime!, $interventionIds: [ID!]!) {
  compareInterventions(
    condition: $condition
    from: $from
    to: $to
    interventionIds: $interventionIds
  ) {
    ...InsightPeriodFields
    interventions {
      ...InterventionInsightFields
    }
  }
}
    fragment InsightCellFields on InsightCell {
  value
  suppressed
  display
}
fragment InsightShareFields on InsightShare {
  key
  label
  percent
  count {
    ...InsightCellFields
  }
}
fragment InterventionInsightFields on InterventionInsight {
  intervention {
    id
    slug
    name
    category
  }
  members {
    ...InsightCellFields
  }
  medianDuration
  effectiveness {
    ...InsightShareFields
  }
  adherence {
    ...InsightShareFields
  }
  burden {
    ...InsightShareFields
  }
  durationBands {
    ...InsightShareFields
  }
  sideEffects {
    name
    percent
    members {
      ...InsightCellFields
    }
    severity {
      ...InsightShareFields
    }
  }
}
fragment InsightPeriodFields on ConditionInsights {
  condition {
    id
    slug
    name
  }
  from
  to
  weeks
  threshold
  roundingBase
  computedAt
}`);

export const useCompareInterventionsQuery = <
      TData = CompareInterventionsQuery,
      TError = Error
    >(
      variables: CompareInterventionsQueryVariables,
      options?: Omit<UseQueryOptions<CompareInterventionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<CompareInterventionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<CompareInterventionsQuery, TError, TData>(
      {
    queryKey: ['CompareInterventions', variables],
    queryFn: fetcher<CompareInterventionsQuery, CompareInterventionsQueryVariables>(CompareInterventionsDocument, variables),
    ...options
  }
    )};

useCompareInterventionsQuery.getKey = (variables: CompareInterventionsQueryVariables) => ['CompareInterventions', variables];

export const useInfiniteCompareInterventionsQuery = <
      TData = InfiniteData<CompareInterventionsQuery>,
      TError = Error
    >(
      variables: CompareInterventionsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<CompareInterventionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<CompareInterventionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<CompareInterventionsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['CompareInterventions.infinite', variables],
      queryFn: (metaData) => fetcher<CompareInterventionsQuery, CompareInterventionsQueryVariables>(CompareInterventionsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteCompareInterventionsQuery.getKey = (variables: CompareInterventionsQueryVariables) => ['CompareInterventions.infinite', variables];


useCompareInterventionsQuery.fetcher = (variables: CompareInterventionsQueryVariables, options?: RequestInit['headers']) => fetcher<CompareInterventionsQuery, CompareInterventionsQueryVariables>(CompareInterventionsDocument, variables, options);

export const ConditionInsightsCsvDocument = new TypedDocumentString(`
    query ConditionInsightsCsv($condition: String!, $from: DateTime!, $to: DateTime!) {
  conditionInsightsCsv(condition: $condition, from: $from, to: $to)
}
    `);

export const useConditionInsightsCsvQuery = <
      TData = ConditionInsightsCsvQuery,
      TError = Error
    >(
      variables: ConditionInsightsCsvQueryVariables,
      options?: Omit<UseQueryOptions<ConditionInsightsCsvQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<ConditionInsightsCsvQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<ConditionInsightsCsvQuery, TError, TData>(
      {
    queryKey: ['ConditionInsightsCsv', variables],
    queryFn: fetcher<ConditionInsightsCsvQuery, ConditionInsightsCsvQueryVariables>(ConditionInsightsCsvDocument, variables),
    ...options
  }
    )};

useConditionInsightsCsvQuery.getKey = (variables: ConditionInsightsCsvQueryVariables) => ['ConditionInsightsCsv', variables];

export const useInfiniteConditionInsightsCsvQuery = <
      TData = InfiniteData<ConditionInsightsCsvQuery>,
      TError = Error
    >(
      variables: ConditionInsightsCsvQueryVariables,
      options: Omit<UseInfiniteQueryOptions<ConditionInsightsCsvQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<ConditionInsightsCsvQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<ConditionInsightsCsvQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['ConditionInsightsCsv.infinite', variables],
      queryFn: (metaData) => fetcher<ConditionInsightsCsvQuery, ConditionInsightsCsvQueryVariables>(ConditionInsightsCsvDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteConditionInsightsCsvQuery.getKey = (variables: ConditionInsightsCsvQueryVariables) => ['ConditionInsightsCsv.infinite', variables];


useConditionInsightsCsvQuery.fetcher = (variables: ConditionInsightsCsvQueryVariables, options?: RequestInit['headers']) => fetcher<ConditionInsightsCsvQuery, ConditionInsightsCsvQueryVariables>(ConditionInsightsCsvDocument, variables, options);

export const InsightConditionOptionsDocument = new TypedDocumentString(`
    query InsightConditionOptions($first: Int, $after: String) {
  conditions(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      slug
      name
      family
    }
  }
}
    `);

export const useInsightConditionOptionsQuery = <
      TData = InsightConditionOptionsQuery,
      TError = Error
    >(
      variables?: InsightConditionOptionsQueryVariables,
      options?: Omit<UseQueryOptions<InsightConditionOptionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<InsightConditionOptionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<InsightConditionOptionsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['InsightConditionOptions'] : ['InsightConditionOptions', variables],
    queryFn: fetcher<InsightConditionOptionsQuery, InsightConditionOptionsQueryVariables>(InsightConditionOptionsDocument, variables),
    ...options
  }
    )};

useInsightConditionOptionsQuery.getKey = (variables?: InsightConditionOptionsQueryVariables) => variables === undefined ? ['InsightConditionOptions'] : ['InsightConditionOptions', variables];

export const useInfiniteInsightConditionOptionsQuery = <
      TData = InfiniteData<InsightConditionOptionsQuery>,
      TError = Error
    >(
      variables: InsightConditionOptionsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<InsightConditionOptionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<InsightConditionOptionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<InsightConditionOptionsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['InsightConditionOptions.infinite'] : ['InsightConditionOptions.infinite', variables],
      queryFn: (metaData) => fetcher<InsightConditionOptionsQuery, InsightConditionOptionsQueryVariables>(InsightConditionOptionsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteInsightConditionOptionsQuery.getKey = (variables?: InsightConditionOptionsQueryVariables) => variables === undefined ? ['InsightConditionOptions.infinite'] : ['InsightConditionOptions.infinite', variables];


useInsightConditionOptionsQuery.fetcher = (variables?: InsightConditionOptionsQueryVariables, options?: RequestInit['headers']) => fetcher<InsightConditionOptionsQuery, InsightConditionOptionsQueryVariables>(InsightConditionOptionsDocument, variables, options);

export const MemberDocument = new TypedDocumentString(`
    query Member($handle: String!) {
  member(handle: $handle) {
    id
    handle
    bio
    isModerator
    isVerifiedClinician
    joinedAt
  }
}
    `);

export const useMemberQuery = <
      TData = MemberQuery,
      TError = Error
    >(
      variables: MemberQueryVariables,
      options?: Omit<UseQueryOptions<MemberQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<MemberQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<MemberQuery, TError, TData>(
      {
    queryKey: ['Member', variables],
    queryFn: fetcher<MemberQuery, MemberQueryVariables>(MemberDocument, variables),
    ...options
  }
    )};

useMemberQuery.getKey = (variables: MemberQueryVariables) => ['Member', variables];

export const useInfiniteMemberQuery = <
      TData = InfiniteData<MemberQuery>,
      TError = Error
    >(
      variables: MemberQueryVariables,
      options: Omit<UseInfiniteQueryOptions<MemberQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<MemberQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<MemberQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['Member.infinite', variables],
      queryFn: (metaData) => fetcher<MemberQuery, MemberQueryVariables>(MemberDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteMemberQuery.getKey = (variables: MemberQueryVariables) => ['Member.infinite', variables];


useMemberQuery.fetcher = (variables: MemberQueryVariables, options?: RequestInit['headers']) => fetcher<MemberQuery, MemberQueryVariables>(MemberDocument, variables, options);

export const ModeratedGroupsDocument = new TypedDocumentString(`
    query ModeratedGroups($first: Int, $after: String) {
  groups(first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      slug
      name
      viewerCanModerate
    }
  }
}
    `);

export const useModeratedGroupsQuery = <
      TData = ModeratedGroupsQuery,
      TError = Error
    >(
      variables?: ModeratedGroupsQueryVariables,
      options?: Omit<UseQueryOptions<ModeratedGroupsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<ModeratedGroupsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<ModeratedGroupsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['ModeratedGroups'] : ['ModeratedGroups', variables],
    queryFn: fetcher<ModeratedGroupsQuery, ModeratedGroupsQueryVariables>(ModeratedGroupsDocument, variables),
    ...options
  }
    )};

useModeratedGroupsQuery.getKey = (variables?: ModeratedGroupsQueryVariables) => variables === undefined ? ['ModeratedGroups'] : ['ModeratedGroups', variables];

export const useInfiniteModeratedGroupsQuery = <
      TData = InfiniteData<ModeratedGroupsQuery>,
      TError = Error
    >(
      variables: ModeratedGroupsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<ModeratedGroupsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<ModeratedGroupsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<ModeratedGroupsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['ModeratedGroups.infinite'] : ['ModeratedGroups.infinite', variables],
      queryFn: (metaData) => fetcher<ModeratedGroupsQuery, ModeratedGroupsQueryVariables>(ModeratedGroupsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteModeratedGroupsQuery.getKey = (variables?: ModeratedGroupsQueryVariables) => variables === undefined ? ['ModeratedGroups.infinite'] : ['ModeratedGroups.infinite', variables];


useModeratedGroupsQuery.fetcher = (variables?: ModeratedGroupsQueryVariables, options?: RequestInit['headers']) => fetcher<ModeratedGroupsQuery, ModeratedGroupsQueryVariables>(ModeratedGroupsDocument, variables, options);

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
    >(options?: UseMutationOptions<ReportMutation, TError, ReportMutationVariables, TContext>) => {
    
    return useMutation<ReportMutation, TError, ReportMutationVariables, TContext>(
      {
    mutationKey: ['Report'],
    mutationFn: (variables?: ReportMutationVariables) => fetcher<ReportMutation, ReportMutationVariables>(ReportDocument, variables)(),
    ...options
  }
    )};


useReportMutation.fetcher = (variables: ReportMutationVariables, options?: RequestInit['headers']) => fetcher<ReportMutation, ReportMutationVariables>(ReportDocument, variables, options);

export const ModerationSummaryDocument = new TypedDocumentString(`
    query ModerationSummary {
  moderationSummary {
    open
    crisis
  }
}
    `);

export const useModerationSummaryQuery = <
      TData = ModerationSummaryQuery,
      TError = Error
    >(
      variables?: ModerationSummaryQueryVariables,
      options?: Omit<UseQueryOptions<ModerationSummaryQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<ModerationSummaryQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<ModerationSummaryQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['ModerationSummary'] : ['ModerationSummary', variables],
    queryFn: fetcher<ModerationSummaryQuery, ModerationSummaryQueryVariables>(ModerationSummaryDocument, variables),
    ...options
  }
    )};

useModerationSummaryQuery.getKey = (variables?: ModerationSummaryQueryVariables) => variables === undefined ? ['ModerationSummary'] : ['ModerationSummary', variables];

export const useInfiniteModerationSummaryQuery = <
      TData = InfiniteData<ModerationSummaryQuery>,
      TError = Error
    >(
      variables: ModerationSummaryQueryVariables,
      options: Omit<UseInfiniteQueryOptions<ModerationSummaryQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<ModerationSummaryQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<ModerationSummaryQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['ModerationSummary.infinite'] : ['ModerationSummary.infinite', variables],
      queryFn: (metaData) => fetcher<ModerationSummaryQuery, ModerationSummaryQueryVariables>(ModerationSummaryDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteModerationSummaryQuery.getKey = (variables?: ModerationSummaryQueryVariables) => variables === undefined ? ['ModerationSummary.infinite'] : ['ModerationSummary.infinite', variables];


useModerationSummaryQuery.fetcher = (variables?: ModerationSummaryQueryVariables, options?: RequestInit['headers']) => fetcher<ModerationSummaryQuery, ModerationSummaryQueryVariables>(ModerationSummaryDocument, variables, options);

export const ModerationQueueDocument = new TypedDocumentString(`
    query ModerationQueue($status: CaseStatus, $groupId: ID, $reason: ReportReason, $targetType: ReportTarget, $crisisOnly: Boolean, $first: Int, $after: String) {
  moderationQueue(
    status: $status
    groupId: $groupId
    reason: $reason
    targetType: $targetType
    crisisOnly: $crisisOnly
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ModerationCaseSummary
    }
  }
}
    fragment ContentSnapshotFields on ContentSnapshot {
  title
  body
  authorLabel
  state
  capturedAt
}
fragment ModerationCaseSummary on ModerationCase {
  id
  targetType
  targetId
  group {
    id
    slug
    name
  }
  subjectLabel
  status
  crisis
  sources
  reasons {
    reason
    count
  }
  reporterCount
  snapshot {
    ...ContentSnapshotFields
  }
  claimedBy {
    id
    handle
  }
  viewerHasClaim
  openedAt
  resolvedAt
  resolution
}`);

export const useModerationQueueQuery = <
      TData = ModerationQueueQuery,
      TError = Error
    >(
      variables?: ModerationQueueQueryVariables,
      options?: Omit<UseQueryOptions<ModerationQueueQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<ModerationQueueQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<ModerationQueueQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['ModerationQueue'] : ['ModerationQueue', variables],
    queryFn: fetcher<ModerationQueueQuery, ModerationQueueQueryVariables>(ModerationQueueDocument, variables),
    ...options
  }
    )};

useModerationQueueQuery.getKey = (variables?: ModerationQueueQueryVariables) => variables === undefined ? ['ModerationQueue'] : ['ModerationQueue', variables];

export const useInfiniteModerationQueueQuery = <
      TData = InfiniteData<ModerationQueueQuery>,
      TError = Error
    >(
      variables: ModerationQueueQueryVariables,
      options: Omit<UseInfiniteQueryOptions<ModerationQueueQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<ModerationQueueQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<ModerationQueueQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['ModerationQueue.infinite'] : ['ModerationQueue.infinite', variables],
      queryFn: (metaData) => fetcher<ModerationQueueQuery, ModerationQueueQueryVariables>(ModerationQueueDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteModerationQueueQuery.getKey = (variables?: ModerationQueueQueryVariables) => variables === undefined ? ['ModerationQueue.infinite'] : ['ModerationQueue.infinite', variables];


useModerationQueueQuery.fetcher = (variables?: ModerationQueueQueryVariables, options?: RequestInit['headers']) => fetcher<ModerationQueueQuery, ModerationQueueQueryVariables>(ModerationQueueDocument, variables, options);

export const ModerationCaseDocument = new TypedDocumentString(`
    query ModerationCase($id: ID!) {
  moderationCase(id: $id) {
    ...ModerationCaseDetail
  }
}
    fragment ContentSnapshotFields on ContentSnapshot {
  title
  body
  authorLabel
  state
  capturedAt
}
fragment ModerationCaseSummary on ModerationCase {
  id
  targetType
  targetId
  group {
    id
    slug
    name
  }
  subjectLabel
  status
  crisis
  sources
  reasons {
    reason
    count
  }
  reporterCount
  snapshot {
    ...ContentSnapshotFields
  }
  claimedBy {
    id
    handle
  }
  viewerHasClaim
  openedAt
  resolvedAt
  resolution
}
fragment AuditEntryFields on AuditEntry {
  id
  action
  actor {
    id
    handle
  }
  actorLabel
  targetType
  targetId
  reason
  groupId
  createdAt
}
fragment ModerationCaseDetail on ModerationCase {
  ...ModerationCaseSummary
  subject {
    id
    handle
  }
  current {
    ...ContentSnapshotFields
  }
  contextUrl
  claimedAt
  reports {
    id
    reason
    note
    createdAt
    reporter {
      id
      handle
    }
  }
  history {
    ...AuditEntryFields
  }
}`);

export const useModerationCaseQuery = <
      TData = ModerationCaseQuery,
      TError = Error
    >(
      variables: ModerationCaseQueryVariables,
      options?: Omit<UseQueryOptions<ModerationCaseQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<ModerationCaseQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<ModerationCaseQuery, TError, TData>(
      {
    queryKey: ['ModerationCase', variables],
    queryFn: fetcher<ModerationCaseQuery, ModerationCaseQueryVariables>(ModerationCaseDocument, variables),
    ...options
  }
    )};

useModerationCaseQuery.getKey = (variables: ModerationCaseQueryVariables) => ['ModerationCase', variables];

export const useInfiniteModerationCaseQuery = <
      TData = InfiniteData<ModerationCaseQuery>,
      TError = Error
    >(
      variables: ModerationCaseQueryVariables,
      options: Omit<UseInfiniteQueryOptions<ModerationCaseQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<ModerationCaseQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<ModerationCaseQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['ModerationCase.infinite', variables],
      queryFn: (metaData) => fetcher<ModerationCaseQuery, ModerationCaseQueryVariables>(ModerationCaseDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteModerationCaseQuery.getKey = (variables: ModerationCaseQueryVariables) => ['ModerationCase.infinite', variables];


useModerationCaseQuery.fetcher = (variables: ModerationCaseQueryVariables, options?: RequestInit['headers']) => fetcher<ModerationCaseQuery, ModerationCaseQueryVariables>(ModerationCaseDocument, variables, options);

export const ClaimModerationCaseDocument = new TypedDocumentString(`
    mutation ClaimModerationCase($id: ID!) {
  claimModerationCase(id: $id) {
    ...ModerationCaseDetail
  }
}
    fragment ContentSnapshotFields on ContentSnapshot {
  title
  body
  authorLabel
  state
  capturedAt
}
fragment ModerationCaseSummary on ModerationCase {
  id
  targetType
  targetId
  group {
    id
    slug
    name
  }
  subjectLabel
  status
  crisis
  sources
  reasons {
    reason
    count
  }
  reporterCount
  snapshot {
    ...ContentSnapshotFields
  }
  claimedBy {
    id
    handle
  }
  viewerHasClaim
  openedAt
  resolvedAt
  resolution
}
fragment AuditEntryFields on AuditEntry {
  id
  action
  actor {
    id
    handle
  }
  actorLabel
  targetType
  targetId
  reason
  groupId
  createdAt
}
fragment ModerationCaseDetail on ModerationCase {
  ...ModerationCaseSummary
  subject {
    id
    handle
  }
  current {
    ...ContentSnapshotFields
  }
  contextUrl
  claimedAt
  reports {
    id
    reason
    note
    createdAt
    reporter {
      id
      handle
    }
  }
  history {
    ...AuditEntryFields
  }
}`);

export const useClaimModerationCaseMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<ClaimModerationCaseMutation, TError, ClaimModerationCaseMutationVariables, TContext>) => {
    
    return useMutation<ClaimModerationCaseMutation, TError, ClaimModerationCaseMutationVariables, TContext>(
      {
    mutationKey: ['ClaimModerationCase'],
    mutationFn: (variables?: ClaimModerationCaseMutationVariables) => fetcher<ClaimModerationCaseMutation, ClaimModerationCaseMutationVariables>(ClaimModerationCaseDocument, variables)(),
    ...options
  }
    )};


useClaimModerationCaseMutation.fetcher = (variables: ClaimModerationCaseMutationVariables, options?: RequestInit['headers']) => fetcher<ClaimModerationCaseMutation, ClaimModerationCaseMutationVariables>(ClaimModerationCaseDocument, variables, options);

export const ReleaseModerationCaseDocument = new TypedDocumentString(`
    mutation ReleaseModerationCase($id: ID!) {
  releaseModerationCase(id: $id) {
    ...ModerationCaseDetail
  }
}
    fragment ContentSnapshotFields on ContentSnapshot {
  title
  body
  authorLabel
  state
  capturedAt
}
fragment ModerationCaseSummary on ModerationCase {
  id
  targetType
  targetId
  group {
    id
    slug
    name
  }
  subjectLabel
  status
  crisis
  sources
  reasons {
    reason
    count
  }
  reporterCount
  snapshot {
    ...ContentSnapshotFields
  }
  claimedBy {
    id
    handle
  }
  viewerHasClaim
  openedAt
  resolvedAt
  resolution
}
fragment AuditEntryFields on AuditEntry {
  id
  action
  actor {
    id
    handle
  }
  actorLabel
  targetType
  targetId
  reason
  groupId
  createdAt
}
fragment ModerationCaseDetail on ModerationCase {
  ...ModerationCaseSummary
  subject {
    id
    handle
  }
  current {
    ...ContentSnapshotFields
  }
  contextUrl
  claimedAt
  reports {
    id
    reason
    note
    createdAt
    reporter {
      id
      handle
    }
  }
  history {
    ...AuditEntryFields
  }
}`);

export const useReleaseModerationCaseMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<ReleaseModerationCaseMutation, TError, ReleaseModerationCaseMutationVariables, TContext>) => {
    
    return useMutation<ReleaseModerationCaseMutation, TError, ReleaseModerationCaseMutationVariables, TContext>(
      {
    mutationKey: ['ReleaseModerationCase'],
    mutationFn: (variables?: ReleaseModerationCaseMutationVariables) => fetcher<ReleaseModerationCaseMutation, ReleaseModerationCaseMutationVariables>(ReleaseModerationCaseDocument, variables)(),
    ...options
  }
    )};


useReleaseModerationCaseMutation.fetcher = (variables: ReleaseModerationCaseMutationVariables, options?: RequestInit['headers']) => fetcher<ReleaseModerationCaseMutation, ReleaseModerationCaseMutationVariables>(ReleaseModerationCaseDocument, variables, options);

export const ModerateDocument = new TypedDocumentString(`
    mutation Moderate($input: ModerationActionInput!) {
  moderate(input: $input) {
    ...ModerationCaseDetail
  }
}
    fragment ContentSnapshotFields on ContentSnapshot {
  title
  body
  authorLabel
  state
  capturedAt
}
fragment ModerationCaseSummary on ModerationCase {
  id
  targetType
  targetId
  group {
    id
    slug
    name
  }
  subjectLabel
  status
  crisis
  sources
  reasons {
    reason
    count
  }
  reporterCount
  snapshot {
    ...ContentSnapshotFields
  }
  claimedBy {
    id
    handle
  }
  viewerHasClaim
  openedAt
  resolvedAt
  resolution
}
fragment AuditEntryFields on AuditEntry {
  id
  action
  actor {
    id
    handle
  }
  actorLabel
  targetType
  targetId
  reason
  groupId
  createdAt
}
fragment ModerationCaseDetail on ModerationCase {
  ...ModerationCaseSummary
  subject {
    id
    handle
  }
  current {
    ...ContentSnapshotFields
  }
  contextUrl
  claimedAt
  reports {
    id
    reason
    note
    createdAt
    reporter {
      id
      handle
    }
  }
  history {
    ...AuditEntryFields
  }
}`);

export const useModerateMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<ModerateMutation, TError, ModerateMutationVariables, TContext>) => {
    
    return useMutation<ModerateMutation, TError, ModerateMutationVariables, TContext>(
      {
    mutationKey: ['Moderate'],
    mutationFn: (variables?: ModerateMutationVariables) => fetcher<ModerateMutation, ModerateMutationVariables>(ModerateDocument, variables)(),
    ...options
  }
    )};


useModerateMutation.fetcher = (variables: ModerateMutationVariables, options?: RequestInit['headers']) => fetcher<ModerateMutation, ModerateMutationVariables>(ModerateDocument, variables, options);

export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($q: String, $action: String, $actorHandle: String, $targetType: String, $targetId: String, $groupId: ID, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
  auditLog(
    q: $q
    action: $action
    actorHandle: $actorHandle
    targetType: $targetType
    targetId: $targetId
    groupId: $groupId
    from: $from
    to: $to
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...AuditEntryFields
    }
  }
}
    fragment AuditEntryFields on AuditEntry {
  id
  action
  actor {
    id
    handle
  }
  actorLabel
  targetType
  targetId
  reason
  groupId
  createdAt
}`);

export const useAuditLogQuery = <
      TData = AuditLogQuery,
      TError = Error
    >(
      variables?: AuditLogQueryVariables,
      options?: Omit<UseQueryOptions<AuditLogQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<AuditLogQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<AuditLogQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['AuditLog'] : ['AuditLog', variables],
    queryFn: fetcher<AuditLogQuery, AuditLogQueryVariables>(AuditLogDocument, variables),
    ...options
  }
    )};

useAuditLogQuery.getKey = (variables?: AuditLogQueryVariables) => variables === undefined ? ['AuditLog'] : ['AuditLog', variables];

export const useInfiniteAuditLogQuery = <
      TData = InfiniteData<AuditLogQuery>,
      TError = Error
    >(
      variables: AuditLogQueryVariables,
      options: Omit<UseInfiniteQueryOptions<AuditLogQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<AuditLogQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<AuditLogQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['AuditLog.infinite'] : ['AuditLog.infinite', variables],
      queryFn: (metaData) => fetcher<AuditLogQuery, AuditLogQueryVariables>(AuditLogDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteAuditLogQuery.getKey = (variables?: AuditLogQueryVariables) => variables === undefined ? ['AuditLog.infinite'] : ['AuditLog.infinite', variables];


useAuditLogQuery.fetcher = (variables?: AuditLogQueryVariables, options?: RequestInit['headers']) => fetcher<AuditLogQuery, AuditLogQueryVariables>(AuditLogDocument, variables, options);

export const GroupSafetyDocument = new TypedDocumentString(`
    query GroupSafety($slug: String!) {
  group(slug: $slug) {
    id
    slug
    name
    viewerCanModerate
    approveNewMembers
    condition {
      id
      slug
      name
    }
  }
}
    `);

export const useGroupSafetyQuery = <
      TData = GroupSafetyQuery,
      TError = Error
    >(
      variables: GroupSafetyQueryVariables,
      options?: Omit<UseQueryOptions<GroupSafetyQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<GroupSafetyQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<GroupSafetyQuery, TError, TData>(
      {
    queryKey: ['GroupSafety', variables],
    queryFn: fetcher<GroupSafetyQuery, GroupSafetyQueryVariables>(GroupSafetyDocument, variables),
    ...options
  }
    )};

useGroupSafetyQuery.getKey = (variables: GroupSafetyQueryVariables) => ['GroupSafety', variables];

export const useInfiniteGroupSafetyQuery = <
      TData = InfiniteData<GroupSafetyQuery>,
      TError = Error
    >(
      variables: GroupSafetyQueryVariables,
      options: Omit<UseInfiniteQueryOptions<GroupSafetyQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<GroupSafetyQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<GroupSafetyQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['GroupSafety.infinite', variables],
      queryFn: (metaData) => fetcher<GroupSafetyQuery, GroupSafetyQueryVariables>(GroupSafetyDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteGroupSafetyQuery.getKey = (variables: GroupSafetyQueryVariables) => ['GroupSafety.infinite', variables];


useGroupSafetyQuery.fetcher = (variables: GroupSafetyQueryVariables, options?: RequestInit['headers']) => fetcher<GroupSafetyQuery, GroupSafetyQueryVariables>(GroupSafetyDocument, variables, options);

export const WatchedWordsDocument = new TypedDocumentString(`
    query WatchedWords($slug: String!) {
  group(slug: $slug) {
    id
    watchedWords {
      ...WatchedWordFields
    }
  }
}
    fragment WatchedWordFields on WatchedWord {
  id
  phrase
  action
  createdAt
}`);

export const useWatchedWordsQuery = <
      TData = WatchedWordsQuery,
      TError = Error
    >(
      variables: WatchedWordsQueryVariables,
      options?: Omit<UseQueryOptions<WatchedWordsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<WatchedWordsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<WatchedWordsQuery, TError, TData>(
      {
    queryKey: ['WatchedWords', variables],
    queryFn: fetcher<WatchedWordsQuery, WatchedWordsQueryVariables>(WatchedWordsDocument, variables),
    ...options
  }
    )};

useWatchedWordsQuery.getKey = (variables: WatchedWordsQueryVariables) => ['WatchedWords', variables];

export const useInfiniteWatchedWordsQuery = <
      TData = InfiniteData<WatchedWordsQuery>,
      TError = Error
    >(
      variables: WatchedWordsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<WatchedWordsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<WatchedWordsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<WatchedWordsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['WatchedWords.infinite', variables],
      queryFn: (metaData) => fetcher<WatchedWordsQuery, WatchedWordsQueryVariables>(WatchedWordsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteWatchedWordsQuery.getKey = (variables: WatchedWordsQueryVariables) => ['WatchedWords.infinite', variables];


useWatchedWordsQuery.fetcher = (variables: WatchedWordsQueryVariables, options?: RequestInit['headers']) => fetcher<WatchedWordsQuery, WatchedWordsQueryVariables>(WatchedWordsDocument, variables, options);

export const SetGroupApproveNewMembersDocument = new TypedDocumentString(`
    mutation SetGroupApproveNewMembers($groupId: ID!, $enabled: Boolean!) {
  setGroupApproveNewMembers(groupId: $groupId, enabled: $enabled) {
    id
    approveNewMembers
  }
}
    `);

export const useSetGroupApproveNewMembersMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<SetGroupApproveNewMembersMutation, TError, SetGroupApproveNewMembersMutationVariables, TContext>) => {
    
    return useMutation<SetGroupApproveNewMembersMutation, TError, SetGroupApproveNewMembersMutationVariables, TContext>(
      {
    mutationKey: ['SetGroupApproveNewMembers'],
    mutationFn: (variables?: SetGroupApproveNewMembersMutationVariables) => fetcher<SetGroupApproveNewMembersMutation, SetGroupApproveNewMembersMutationVariables>(SetGroupApproveNewMembersDocument, variables)(),
    ...options
  }
    )};


useSetGroupApproveNewMembersMutation.fetcher = (variables: SetGroupApproveNewMembersMutationVariables, options?: RequestInit['headers']) => fetcher<SetGroupApproveNewMembersMutation, SetGroupApproveNewMembersMutationVariables>(SetGroupApproveNewMembersDocument, variables, options);

export const AddWatchedWordDocument = new TypedDocumentString(`
    mutation AddWatchedWord($input: WatchedWordInput!) {
  addWatchedWord(input: $input) {
    ...WatchedWordFields
  }
}
    fragment WatchedWordFields on WatchedWord {
  id
  phrase
  action
  createdAt
}`);

export const useAddWatchedWordMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<AddWatchedWordMutation, TError, AddWatchedWordMutationVariables, TContext>) => {
    
    return useMutation<AddWatchedWordMutation, TError, AddWatchedWordMutationVariables, TContext>(
      {
    mutationKey: ['AddWatchedWord'],
    mutationFn: (variables?: AddWatchedWordMutationVariables) => fetcher<AddWatchedWordMutation, AddWatchedWordMutationVariables>(AddWatchedWordDocument, variables)(),
    ...options
  }
    )};


useAddWatchedWordMutation.fetcher = (variables: AddWatchedWordMutationVariables, options?: RequestInit['headers']) => fetcher<AddWatchedWordMutation, AddWatchedWordMutationVariables>(AddWatchedWordDocument, variables, options);

export const RemoveWatchedWordDocument = new TypedDocumentString(`
    mutation RemoveWatchedWord($id: ID!) {
  removeWatchedWord(id: $id)
}
    `);

export const useRemoveWatchedWordMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<RemoveWatchedWordMutation, TError, RemoveWatchedWordMutationVariables, TContext>) => {
    
    return useMutation<RemoveWatchedWordMutation, TError, RemoveWatchedWordMutationVariables, TContext>(
      {
    mutationKey: ['RemoveWatchedWord'],
    mutationFn: (variables?: RemoveWatchedWordMutationVariables) => fetcher<RemoveWatchedWordMutation, RemoveWatchedWordMutationVariables>(RemoveWatchedWordDocument, variables)(),
    ...options
  }
    )};


useRemoveWatchedWordMutation.fetcher = (variables: RemoveWatchedWordMutationVariables, options?: RequestInit['headers']) => fetcher<RemoveWatchedWordMutation, RemoveWatchedWordMutationVariables>(RemoveWatchedWordDocument, variables, options);

export const CheckTextDocument = new TypedDocumentString(`
    query CheckText($text: String!) {
  checkText(text: $text) {
    support {
      title
      body
      lines {
        name
        detail
        href
      }
    }
    personalInfo {
      kind
      text
      index
    }
  }
}
    `);

export const useCheckTextQuery = <
      TData = CheckTextQuery,
      TError = Error
    >(
      variables: CheckTextQueryVariables,
      options?: Omit<UseQueryOptions<CheckTextQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<CheckTextQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<CheckTextQuery, TError, TData>(
      {
    queryKey: ['CheckText', variables],
    queryFn: fetcher<CheckTextQuery, CheckTextQueryVariables>(CheckTextDocument, variables),
    ...options
  }
    )};

useCheckTextQuery.getKey = (variables: CheckTextQueryVariables) => ['CheckText', variables];

export const useInfiniteCheckTextQuery = <
      TData = InfiniteData<CheckTextQuery>,
      TError = Error
    >(
      variables: CheckTextQueryVariables,
      options: Omit<UseInfiniteQueryOptions<CheckTextQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<CheckTextQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<CheckTextQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['CheckText.infinite', variables],
      queryFn: (metaData) => fetcher<CheckTextQuery, CheckTextQueryVariables>(CheckTextDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteCheckTextQuery.getKey = (variables: CheckTextQueryVariables) => ['CheckText.infinite', variables];


useCheckTextQuery.fetcher = (variables: CheckTextQueryVariables, options?: RequestInit['headers']) => fetcher<CheckTextQuery, CheckTextQueryVariables>(CheckTextDocument, variables, options);

export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($first: Int, $after: String) {
  notifications(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...NotificationFields
    }
  }
}
    fragment NotificationFields on Notification {
  id
  kind
  message
  url
  createdAt
  readAt
}`);

export const useNotificationsQuery = <
      TData = NotificationsQuery,
      TError = Error
    >(
      variables?: NotificationsQueryVariables,
      options?: Omit<UseQueryOptions<NotificationsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<NotificationsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<NotificationsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['Notifications'] : ['Notifications', variables],
    queryFn: fetcher<NotificationsQuery, NotificationsQueryVariables>(NotificationsDocument, variables),
    ...options
  }
    )};

useNotificationsQuery.getKey = (variables?: NotificationsQueryVariables) => variables === undefined ? ['Notifications'] : ['Notifications', variables];

export const useInfiniteNotificationsQuery = <
      TData = InfiniteData<NotificationsQuery>,
      TError = Error
    >(
      variables: NotificationsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<NotificationsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<NotificationsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<NotificationsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['Notifications.infinite'] : ['Notifications.infinite', variables],
      queryFn: (metaData) => fetcher<NotificationsQuery, NotificationsQueryVariables>(NotificationsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteNotificationsQuery.getKey = (variables?: NotificationsQueryVariables) => variables === undefined ? ['Notifications.infinite'] : ['Notifications.infinite', variables];


useNotificationsQuery.fetcher = (variables?: NotificationsQueryVariables, options?: RequestInit['headers']) => fetcher<NotificationsQuery, NotificationsQueryVariables>(NotificationsDocument, variables, options);

export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `);

export const useUnreadNotificationCountQuery = <
      TData = UnreadNotificationCountQuery,
      TError = Error
    >(
      variables?: UnreadNotificationCountQueryVariables,
      options?: Omit<UseQueryOptions<UnreadNotificationCountQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<UnreadNotificationCountQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<UnreadNotificationCountQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['UnreadNotificationCount'] : ['UnreadNotificationCount', variables],
    queryFn: fetcher<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>(UnreadNotificationCountDocument, variables),
    ...options
  }
    )};

useUnreadNotificationCountQuery.getKey = (variables?: UnreadNotificationCountQueryVariables) => variables === undefined ? ['UnreadNotificationCount'] : ['UnreadNotificationCount', variables];

export const useInfiniteUnreadNotificationCountQuery = <
      TData = InfiniteData<UnreadNotificationCountQuery>,
      TError = Error
    >(
      variables: UnreadNotificationCountQueryVariables,
      options: Omit<UseInfiniteQueryOptions<UnreadNotificationCountQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<UnreadNotificationCountQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<UnreadNotificationCountQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['UnreadNotificationCount.infinite'] : ['UnreadNotificationCount.infinite', variables],
      queryFn: (metaData) => fetcher<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>(UnreadNotificationCountDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteUnreadNotificationCountQuery.getKey = (variables?: UnreadNotificationCountQueryVariables) => variables === undefined ? ['UnreadNotificationCount.infinite'] : ['UnreadNotificationCount.infinite', variables];


useUnreadNotificationCountQuery.fetcher = (variables?: UnreadNotificationCountQueryVariables, options?: RequestInit['headers']) => fetcher<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>(UnreadNotificationCountDocument, variables, options);

export const MarkNotificationReadDocument = new TypedDocumentString(`
    mutation MarkNotificationRead($id: ID!) {
  markNotificationRead(id: $id) {
    ...NotificationFields
  }
}
    fragment NotificationFields on Notification {
  id
  kind
  message
  url
  createdAt
  readAt
}`);

export const useMarkNotificationReadMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<MarkNotificationReadMutation, TError, MarkNotificationReadMutationVariables, TContext>) => {
    
    return useMutation<MarkNotificationReadMutation, TError, MarkNotificationReadMutationVariables, TContext>(
      {
    mutationKey: ['MarkNotificationRead'],
    mutationFn: (variables?: MarkNotificationReadMutationVariables) => fetcher<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>(MarkNotificationReadDocument, variables)(),
    ...options
  }
    )};


useMarkNotificationReadMutation.fetcher = (variables: MarkNotificationReadMutationVariables, options?: RequestInit['headers']) => fetcher<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>(MarkNotificationReadDocument, variables, options);

export const MarkAllNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkAllNotificationsRead {
  markAllNotificationsRead
}
    `);

export const useMarkAllNotificationsReadMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<MarkAllNotificationsReadMutation, TError, MarkAllNotificationsReadMutationVariables, TContext>) => {
    
    return useMutation<MarkAllNotificationsReadMutation, TError, MarkAllNotificationsReadMutationVariables, TContext>(
      {
    mutationKey: ['MarkAllNotificationsRead'],
    mutationFn: (variables?: MarkAllNotificationsReadMutationVariables) => fetcher<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>(MarkAllNotificationsReadDocument, variables)(),
    ...options
  }
    )};


useMarkAllNotificationsReadMutation.fetcher = (variables?: MarkAllNotificationsReadMutationVariables, options?: RequestInit['headers']) => fetcher<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>(MarkAllNotificationsReadDocument, variables, options);

export const NotificationSettingsDocument = new TypedDocumentString(`
    query NotificationSettings {
  notificationSettings {
    enabledKinds
    digest
  }
}
    `);

export const useNotificationSettingsQuery = <
      TData = NotificationSettingsQuery,
      TError = Error
    >(
      variables?: NotificationSettingsQueryVariables,
      options?: Omit<UseQueryOptions<NotificationSettingsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<NotificationSettingsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<NotificationSettingsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['NotificationSettings'] : ['NotificationSettings', variables],
    queryFn: fetcher<NotificationSettingsQuery, NotificationSettingsQueryVariables>(NotificationSettingsDocument, variables),
    ...options
  }
    )};

useNotificationSettingsQuery.getKey = (variables?: NotificationSettingsQueryVariables) => variables === undefined ? ['NotificationSettings'] : ['NotificationSettings', variables];

export const useInfiniteNotificationSettingsQuery = <
      TData = InfiniteData<NotificationSettingsQuery>,
      TError = Error
    >(
      variables: NotificationSettingsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<NotificationSettingsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<NotificationSettingsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<NotificationSettingsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['NotificationSettings.infinite'] : ['NotificationSettings.infinite', variables],
      queryFn: (metaData) => fetcher<NotificationSettingsQuery, NotificationSettingsQueryVariables>(NotificationSettingsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteNotificationSettingsQuery.getKey = (variables?: NotificationSettingsQueryVariables) => variables === undefined ? ['NotificationSettings.infinite'] : ['NotificationSettings.infinite', variables];


useNotificationSettingsQuery.fetcher = (variables?: NotificationSettingsQueryVariables, options?: RequestInit['headers']) => fetcher<NotificationSettingsQuery, NotificationSettingsQueryVariables>(NotificationSettingsDocument, variables, options);

export const UpdateNotificationSettingsDocument = new TypedDocumentString(`
    mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {
  updateNotificationSettings(input: $input) {
    enabledKinds
    digest
  }
}
    `);

export const useUpdateNotificationSettingsMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<UpdateNotificationSettingsMutation, TError, UpdateNotificationSettingsMutationVariables, TContext>) => {
    
    return useMutation<UpdateNotificationSettingsMutation, TError, UpdateNotificationSettingsMutationVariables, TContext>(
      {
    mutationKey: ['UpdateNotificationSettings'],
    mutationFn: (variables?: UpdateNotificationSettingsMutationVariables) => fetcher<UpdateNotificationSettingsMutation, UpdateNotificationSettingsMutationVariables>(UpdateNotificationSettingsDocument, variables)(),
    ...options
  }
    )};


useUpdateNotificationSettingsMutation.fetcher = (variables: UpdateNotificationSettingsMutationVariables, options?: RequestInit['headers']) => fetcher<UpdateNotificationSettingsMutation, UpdateNotificationSettingsMutationVariables>(UpdateNotificationSettingsDocument, variables, options);

export const FollowGroupDocument = new TypedDocumentString(`
    mutation FollowGroup($groupId: ID!, $follow: Boolean!) {
  followGroup(groupId: $groupId, follow: $follow)
}
    `);

export const useFollowGroupMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<FollowGroupMutation, TError, FollowGroupMutationVariables, TContext>) => {
    
    return useMutation<FollowGroupMutation, TError, FollowGroupMutationVariables, TContext>(
      {
    mutationKey: ['FollowGroup'],
    mutationFn: (variables?: FollowGroupMutationVariables) => fetcher<FollowGroupMutation, FollowGroupMutationVariables>(FollowGroupDocument, variables)(),
    ...options
  }
    )};


useFollowGroupMutation.fetcher = (variables: FollowGroupMutationVariables, options?: RequestInit['headers']) => fetcher<FollowGroupMutation, FollowGroupMutationVariables>(FollowGroupDocument, variables, options);

export const MyGroupsDocument = new TypedDocumentString(`
    query MyGroups($first: Int, $after: String) {
  myGroups(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      slug
      name
      visibility
      memberCount
      condition {
        id
        slug
        name
      }
    }
  }
}
    `);

export const useMyGroupsQuery = <
      TData = MyGroupsQuery,
      TError = Error
    >(
      variables?: MyGroupsQueryVariables,
      options?: Omit<UseQueryOptions<MyGroupsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<MyGroupsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<MyGroupsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['MyGroups'] : ['MyGroups', variables],
    queryFn: fetcher<MyGroupsQuery, MyGroupsQueryVariables>(MyGroupsDocument, variables),
    ...options
  }
    )};

useMyGroupsQuery.getKey = (variables?: MyGroupsQueryVariables) => variables === undefined ? ['MyGroups'] : ['MyGroups', variables];

export const useInfiniteMyGroupsQuery = <
      TData = InfiniteData<MyGroupsQuery>,
      TError = Error
    >(
      variables: MyGroupsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<MyGroupsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<MyGroupsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<MyGroupsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['MyGroups.infinite'] : ['MyGroups.infinite', variables],
      queryFn: (metaData) => fetcher<MyGroupsQuery, MyGroupsQueryVariables>(MyGroupsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteMyGroupsQuery.getKey = (variables?: MyGroupsQueryVariables) => variables === undefined ? ['MyGroups.infinite'] : ['MyGroups.infinite', variables];


useMyGroupsQuery.fetcher = (variables?: MyGroupsQueryVariables, options?: RequestInit['headers']) => fetcher<MyGroupsQuery, MyGroupsQueryVariables>(MyGroupsDocument, variables, options);

export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    ...Viewer
  }
}
    fragment Viewer on Me {
  id
  handle
  email
  emailVerified
  role
  clinicianStatus
  bio
  sharePresence
  shareTyping
  createdAt
}`);

export const useUpdateProfileMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<UpdateProfileMutation, TError, UpdateProfileMutationVariables, TContext>) => {
    
    return useMutation<UpdateProfileMutation, TError, UpdateProfileMutationVariables, TContext>(
      {
    mutationKey: ['UpdateProfile'],
    mutationFn: (variables?: UpdateProfileMutationVariables) => fetcher<UpdateProfileMutation, UpdateProfileMutationVariables>(UpdateProfileDocument, variables)(),
    ...options
  }
    )};


useUpdateProfileMutation.fetcher = (variables: UpdateProfileMutationVariables, options?: RequestInit['headers']) => fetcher<UpdateProfileMutation, UpdateProfileMutationVariables>(UpdateProfileDocument, variables, options);

export const SearchDocument = new TypedDocumentString(`
    query Search($input: SearchInput!) {
  search(input: $input) {
    total
    totalIsEstimate
    offset
    engine
    correctedQuery
    hits {
      ...SearchHitFields
    }
    facets {
      type {
        ...SearchFacetCount
      }
      condition {
        ...SearchFacetCount
      }
      group {
        ...SearchFacetCount
      }
      kind {
        ...SearchFacetCount
      }
      tag {
        ...SearchFacetCount
      }
    }
  }
}
    fragment SearchFacetCount on FacetCount {
  value
  label
  count
}
fragment SearchHitFields on SearchHit {
  id
  type
  sourceId
  title
  titleHtml
  snippetHtml
  url
  kind
  tags
  groupId
  groupName
  conditionId
  conditionName
  helpfulCount
  createdAt
}`);

export const useSearchQuery = <
      TData = SearchQuery,
      TError = Error
    >(
      variables: SearchQueryVariables,
      options?: Omit<UseQueryOptions<SearchQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<SearchQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<SearchQuery, TError, TData>(
      {
    queryKey: ['Search', variables],
    queryFn: fetcher<SearchQuery, SearchQueryVariables>(SearchDocument, variables),
    ...options
  }
    )};

useSearchQuery.getKey = (variables: SearchQueryVariables) => ['Search', variables];

export const useInfiniteSearchQuery = <
      TData = InfiniteData<SearchQuery>,
      TError = Error
    >(
      variables: SearchQueryVariables,
      options: Omit<UseInfiniteQueryOptions<SearchQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<SearchQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<SearchQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['Search.infinite', variables],
      queryFn: (metaData) => fetcher<SearchQuery, SearchQueryVariables>(SearchDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteSearchQuery.getKey = (variables: SearchQueryVariables) => ['Search.infinite', variables];


useSearchQuery.fetcher = (variables: SearchQueryVariables, options?: RequestInit['headers']) => fetcher<SearchQuery, SearchQueryVariables>(SearchDocument, variables, options);

export const TagsDocument = new TypedDocumentString(`
    query Tags {
  tags {
    slug
    label
  }
}
    `);

export const useTagsQuery = <
      TData = TagsQuery,
      TError = Error
    >(
      variables?: TagsQueryVariables,
      options?: Omit<UseQueryOptions<TagsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<TagsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<TagsQuery, TError, TData>(
      {
    queryKey: variables === undefined ? ['Tags'] : ['Tags', variables],
    queryFn: fetcher<TagsQuery, TagsQueryVariables>(TagsDocument, variables),
    ...options
  }
    )};

useTagsQuery.getKey = (variables?: TagsQueryVariables) => variables === undefined ? ['Tags'] : ['Tags', variables];

export const useInfiniteTagsQuery = <
      TData = InfiniteData<TagsQuery>,
      TError = Error
    >(
      variables: TagsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<TagsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<TagsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<TagsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? variables === undefined ? ['Tags.infinite'] : ['Tags.infinite', variables],
      queryFn: (metaData) => fetcher<TagsQuery, TagsQueryVariables>(TagsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteTagsQuery.getKey = (variables?: TagsQueryVariables) => variables === undefined ? ['Tags.infinite'] : ['Tags.infinite', variables];


useTagsQuery.fetcher = (variables?: TagsQueryVariables, options?: RequestInit['headers']) => fetcher<TagsQuery, TagsQueryVariables>(TagsDocument, variables, options);

export const GroupThreadsDocument = new TypedDocumentString(`
    query GroupThreads($groupId: ID!, $sort: ThreadSort!, $kind: ThreadKind, $tag: String, $first: Int, $after: String) {
  threads(
    groupId: $groupId
    sort: $sort
    kind: $kind
    tag: $tag
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ThreadSummary
    }
  }
}
    fragment ThreadSummary on Thread {
  id
  kind
  title
  tags
  authorLabel
  isAnonymous
  isLocked
  isDeleted
  replyCount
  helpfulCount
  createdAt
  lastActivityAt
  moderationState
}`);

export const useGroupThreadsQuery = <
      TData = GroupThreadsQuery,
      TError = Error
    >(
      variables: GroupThreadsQueryVariables,
      options?: Omit<UseQueryOptions<GroupThreadsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<GroupThreadsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<GroupThreadsQuery, TError, TData>(
      {
    queryKey: ['GroupThreads', variables],
    queryFn: fetcher<GroupThreadsQuery, GroupThreadsQueryVariables>(GroupThreadsDocument, variables),
    ...options
  }
    )};

useGroupThreadsQuery.getKey = (variables: GroupThreadsQueryVariables) => ['GroupThreads', variables];

export const useInfiniteGroupThreadsQuery = <
      TData = InfiniteData<GroupThreadsQuery>,
      TError = Error
    >(
      variables: GroupThreadsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<GroupThreadsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<GroupThreadsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<GroupThreadsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['GroupThreads.infinite', variables],
      queryFn: (metaData) => fetcher<GroupThreadsQuery, GroupThreadsQueryVariables>(GroupThreadsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteGroupThreadsQuery.getKey = (variables: GroupThreadsQueryVariables) => ['GroupThreads.infinite', variables];


useGroupThreadsQuery.fetcher = (variables: GroupThreadsQueryVariables, options?: RequestInit['headers']) => fetcher<GroupThreadsQuery, GroupThreadsQueryVariables>(GroupThreadsDocument, variables, options);

export const ThreadDocument = new TypedDocumentString(`
    query Thread($id: ID!, $first: Int, $after: String) {
  thread(id: $id) {
    ...ThreadDetail
    replies(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
      }
      nodes {
        ...ReplyFields
      }
    }
  }
}
    fragment ThreadDetail on Thread {
  id
  kind
  title
  body
  bodyHtml
  tags
  isLocked
  isDeleted
  helpfulCount
  replyCount
  viewerMarkedHelpful
  viewerIsAuthor
  viewerLastReadAt
  moderationState
  moderationReason
  authorLabel
  author {
    handle
  }
  isAnonymous
  createdAt
  editedAt
  lastActivityAt
  group {
    id
    slug
    name
    visibility
    allowAnonymous
    viewerCanModerate
    viewerCanRead
    viewerCanPost
    viewerMembership {
      id
      status
    }
    condition {
      id
      slug
      name
    }
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
  createdAt
  editedAt
}`);

export const useThreadQuery = <
      TData = ThreadQuery,
      TError = Error
    >(
      variables: ThreadQueryVariables,
      options?: Omit<UseQueryOptions<ThreadQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<ThreadQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<ThreadQuery, TError, TData>(
      {
    queryKey: ['Thread', variables],
    queryFn: fetcher<ThreadQuery, ThreadQueryVariables>(ThreadDocument, variables),
    ...options
  }
    )};

useThreadQuery.getKey = (variables: ThreadQueryVariables) => ['Thread', variables];

export const useInfiniteThreadQuery = <
      TData = InfiniteData<ThreadQuery>,
      TError = Error
    >(
      variables: ThreadQueryVariables,
      options: Omit<UseInfiniteQueryOptions<ThreadQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<ThreadQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<ThreadQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['Thread.infinite', variables],
      queryFn: (metaData) => fetcher<ThreadQuery, ThreadQueryVariables>(ThreadDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteThreadQuery.getKey = (variables: ThreadQueryVariables) => ['Thread.infinite', variables];


useThreadQuery.fetcher = (variables: ThreadQueryVariables, options?: RequestInit['headers']) => fetcher<ThreadQuery, ThreadQueryVariables>(ThreadDocument, variables, options);

export const ThreadDetailsDocument = new TypedDocumentString(`
    query ThreadDetails($id: ID!) {
  thread(id: $id) {
    ...ThreadDetail
  }
}
    fragment ThreadDetail on Thread {
  id
  kind
  title
  body
  bodyHtml
  tags
  isLocked
  isDeleted
  helpfulCount
  replyCount
  viewerMarkedHelpful
  viewerIsAuthor
  viewerLastReadAt
  moderationState
  moderationReason
  authorLabel
  author {
    handle
  }
  isAnonymous
  createdAt
  editedAt
  lastActivityAt
  group {
    id
    slug
    name
    visibility
    allowAnonymous
    viewerCanModerate
    viewerCanRead
    viewerCanPost
    viewerMembership {
      id
      status
    }
    condition {
      id
      slug
      name
    }
  }
}`);

export const useThreadDetailsQuery = <
      TData = ThreadDetailsQuery,
      TError = Error
    >(
      variables: ThreadDetailsQueryVariables,
      options?: Omit<UseQueryOptions<ThreadDetailsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<ThreadDetailsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<ThreadDetailsQuery, TError, TData>(
      {
    queryKey: ['ThreadDetails', variables],
    queryFn: fetcher<ThreadDetailsQuery, ThreadDetailsQueryVariables>(ThreadDetailsDocument, variables),
    ...options
  }
    )};

useThreadDetailsQuery.getKey = (variables: ThreadDetailsQueryVariables) => ['ThreadDetails', variables];

export const useInfiniteThreadDetailsQuery = <
      TData = InfiniteData<ThreadDetailsQuery>,
      TError = Error
    >(
      variables: ThreadDetailsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<ThreadDetailsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<ThreadDetailsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<ThreadDetailsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['ThreadDetails.infinite', variables],
      queryFn: (metaData) => fetcher<ThreadDetailsQuery, ThreadDetailsQueryVariables>(ThreadDetailsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteThreadDetailsQuery.getKey = (variables: ThreadDetailsQueryVariables) => ['ThreadDetails.infinite', variables];


useThreadDetailsQuery.fetcher = (variables: ThreadDetailsQueryVariables, options?: RequestInit['headers']) => fetcher<ThreadDetailsQuery, ThreadDetailsQueryVariables>(ThreadDetailsDocument, variables, options);

export const ThreadRevisionsDocument = new TypedDocumentString(`
    query ThreadRevisions($id: ID!) {
  thread(id: $id) {
    id
    revisions {
      title
      body
      tags
      replacedAt
    }
  }
}
    `);

export const useThreadRevisionsQuery = <
      TData = ThreadRevisionsQuery,
      TError = Error
    >(
      variables: ThreadRevisionsQueryVariables,
      options?: Omit<UseQueryOptions<ThreadRevisionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<ThreadRevisionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<ThreadRevisionsQuery, TError, TData>(
      {
    queryKey: ['ThreadRevisions', variables],
    queryFn: fetcher<ThreadRevisionsQuery, ThreadRevisionsQueryVariables>(ThreadRevisionsDocument, variables),
    ...options
  }
    )};

useThreadRevisionsQuery.getKey = (variables: ThreadRevisionsQueryVariables) => ['ThreadRevisions', variables];

export const useInfiniteThreadRevisionsQuery = <
      TData = InfiniteData<ThreadRevisionsQuery>,
      TError = Error
    >(
      variables: ThreadRevisionsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<ThreadRevisionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<ThreadRevisionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<ThreadRevisionsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['ThreadRevisions.infinite', variables],
      queryFn: (metaData) => fetcher<ThreadRevisionsQuery, ThreadRevisionsQueryVariables>(ThreadRevisionsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteThreadRevisionsQuery.getKey = (variables: ThreadRevisionsQueryVariables) => ['ThreadRevisions.infinite', variables];


useThreadRevisionsQuery.fetcher = (variables: ThreadRevisionsQueryVariables, options?: RequestInit['headers']) => fetcher<ThreadRevisionsQuery, ThreadRevisionsQueryVariables>(ThreadRevisionsDocument, variables, options);

export const ReplyRevisionsDocument = new TypedDocumentString(`
    query ReplyRevisions($threadId: ID!, $after: String, $first: Int!) {
  thread(id: $threadId) {
    id
    replies(first: $first, after: $after) {
      nodes {
        id
        revisions {
          body
          replacedAt
        }
      }
    }
  }
}
    `);

export const useReplyRevisionsQuery = <
      TData = ReplyRevisionsQuery,
      TError = Error
    >(
      variables: ReplyRevisionsQueryVariables,
      options?: Omit<UseQueryOptions<ReplyRevisionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<ReplyRevisionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<ReplyRevisionsQuery, TError, TData>(
      {
    queryKey: ['ReplyRevisions', variables],
    queryFn: fetcher<ReplyRevisionsQuery, ReplyRevisionsQueryVariables>(ReplyRevisionsDocument, variables),
    ...options
  }
    )};

useReplyRevisionsQuery.getKey = (variables: ReplyRevisionsQueryVariables) => ['ReplyRevisions', variables];

export const useInfiniteReplyRevisionsQuery = <
      TData = InfiniteData<ReplyRevisionsQuery>,
      TError = Error
    >(
      variables: ReplyRevisionsQueryVariables,
      options: Omit<UseInfiniteQueryOptions<ReplyRevisionsQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<ReplyRevisionsQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<ReplyRevisionsQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['ReplyRevisions.infinite', variables],
      queryFn: (metaData) => fetcher<ReplyRevisionsQuery, ReplyRevisionsQueryVariables>(ReplyRevisionsDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfiniteReplyRevisionsQuery.getKey = (variables: ReplyRevisionsQueryVariables) => ['ReplyRevisions.infinite', variables];


useReplyRevisionsQuery.fetcher = (variables: ReplyRevisionsQueryVariables, options?: RequestInit['headers']) => fetcher<ReplyRevisionsQuery, ReplyRevisionsQueryVariables>(ReplyRevisionsDocument, variables, options);

export const PreviewMarkdownDocument = new TypedDocumentString(`
    query PreviewMarkdown($input: PreviewInput!) {
  previewMarkdown(input: $input)
}
    `);

export const usePreviewMarkdownQuery = <
      TData = PreviewMarkdownQuery,
      TError = Error
    >(
      variables: PreviewMarkdownQueryVariables,
      options?: Omit<UseQueryOptions<PreviewMarkdownQuery, TError, TData>, 'queryKey'> & { queryKey?: UseQueryOptions<PreviewMarkdownQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useQuery<PreviewMarkdownQuery, TError, TData>(
      {
    queryKey: ['PreviewMarkdown', variables],
    queryFn: fetcher<PreviewMarkdownQuery, PreviewMarkdownQueryVariables>(PreviewMarkdownDocument, variables),
    ...options
  }
    )};

usePreviewMarkdownQuery.getKey = (variables: PreviewMarkdownQueryVariables) => ['PreviewMarkdown', variables];

export const useInfinitePreviewMarkdownQuery = <
      TData = InfiniteData<PreviewMarkdownQuery>,
      TError = Error
    >(
      variables: PreviewMarkdownQueryVariables,
      options: Omit<UseInfiniteQueryOptions<PreviewMarkdownQuery, TError, TData>, 'queryKey'> & { queryKey?: UseInfiniteQueryOptions<PreviewMarkdownQuery, TError, TData>['queryKey'] }
    ) => {
    
    return useInfiniteQuery<PreviewMarkdownQuery, TError, TData>(
      (() => {
    const { queryKey: optionsQueryKey, ...restOptions } = options;
    return {
      queryKey: optionsQueryKey ?? ['PreviewMarkdown.infinite', variables],
      queryFn: (metaData) => fetcher<PreviewMarkdownQuery, PreviewMarkdownQueryVariables>(PreviewMarkdownDocument, {...variables, ...(metaData.pageParam ?? {})})(),
      ...restOptions
    }
  })()
    )};

useInfinitePreviewMarkdownQuery.getKey = (variables: PreviewMarkdownQueryVariables) => ['PreviewMarkdown.infinite', variables];


usePreviewMarkdownQuery.fetcher = (variables: PreviewMarkdownQueryVariables, options?: RequestInit['headers']) => fetcher<PreviewMarkdownQuery, PreviewMarkdownQueryVariables>(PreviewMarkdownDocument, variables, options);

export const StartThreadDocument = new TypedDocumentString(`
    mutation StartThread($input: StartThreadInput!) {
  startThread(input: $input) {
    ...ThreadSummary
  }
}
    fragment ThreadSummary on Thread {
  id
  kind
  title
  tags
  authorLabel
  isAnonymous
  isLocked
  isDeleted
  replyCount
  helpfulCount
  createdAt
  lastActivityAt
  moderationState
}`);

export const useStartThreadMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<StartThreadMutation, TError, StartThreadMutationVariables, TContext>) => {
    
    return useMutation<StartThreadMutation, TError, StartThreadMutationVariables, TContext>(
      {
    mutationKey: ['StartThread'],
    mutationFn: (variables?: StartThreadMutationVariables) => fetcher<StartThreadMutation, StartThreadMutationVariables>(StartThreadDocument, variables)(),
    ...options
  }
    )};


useStartThreadMutation.fetcher = (variables: StartThreadMutationVariables, options?: RequestInit['headers']) => fetcher<StartThreadMutation, StartThreadMutationVariables>(StartThreadDocument, variables, options);

export const EditThreadDocument = new TypedDocumentString(`
    mutation EditThread($id: ID!, $input: ThreadContentInput!) {
  editThread(id: $id, input: $input) {
    ...ThreadDetail
  }
}
    fragment ThreadDetail on Thread {
  id
  kind
  title
  body
  bodyHtml
  tags
  isLocked
  isDeleted
  helpfulCount
  replyCount
  viewerMarkedHelpful
  viewerIsAuthor
  viewerLastReadAt
  moderationState
  moderationReason
  authorLabel
  author {
    handle
  }
  isAnonymous
  createdAt
  editedAt
  lastActivityAt
  group {
    id
    slug
    name
    visibility
    allowAnonymous
    viewerCanModerate
    viewerCanRead
    viewerCanPost
    viewerMembership {
      id
      status
    }
    condition {
      id
      slug
      name
    }
  }
}`);

export const useEditThreadMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<EditThreadMutation, TError, EditThreadMutationVariables, TContext>) => {
    
    return useMutation<EditThreadMutation, TError, EditThreadMutationVariables, TContext>(
      {
    mutationKey: ['EditThread'],
    mutationFn: (variables?: EditThreadMutationVariables) => fetcher<EditThreadMutation, EditThreadMutationVariables>(EditThreadDocument, variables)(),
    ...options
  }
    )};


useEditThreadMutation.fetcher = (variables: EditThreadMutationVariables, options?: RequestInit['headers']) => fetcher<EditThreadMutation, EditThreadMutationVariables>(EditThreadDocument, variables, options);

export const DeleteThreadDocument = new TypedDocumentString(`
    mutation DeleteThread($id: ID!) {
  deleteThread(id: $id) {
    ...ThreadDetail
  }
}
    fragment ThreadDetail on Thread {
  id
  kind
  title
  body
  bodyHtml
  tags
  isLocked
  isDeleted
  helpfulCount
  replyCount
  viewerMarkedHelpful
  viewerIsAuthor
  viewerLastReadAt
  moderationState
  moderationReason
  authorLabel
  author {
    handle
  }
  isAnonymous
  createdAt
  editedAt
  lastActivityAt
  group {
    id
    slug
    name
    visibility
    allowAnonymous
    viewerCanModerate
    viewerCanRead
    viewerCanPost
    viewerMembership {
      id
      status
    }
    condition {
      id
      slug
      name
    }
  }
}`);

export const useDeleteThreadMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<DeleteThreadMutation, TError, DeleteThreadMutationVariables, TContext>) => {
    
    return useMutation<DeleteThreadMutation, TError, DeleteThreadMutationVariables, TContext>(
      {
    mutationKey: ['DeleteThread'],
    mutationFn: (variables?: DeleteThreadMutationVariables) => fetcher<DeleteThreadMutation, DeleteThreadMutationVariables>(DeleteThreadDocument, variables)(),
    ...options
  }
    )};


useDeleteThreadMutation.fetcher = (variables: DeleteThreadMutationVariables, options?: RequestInit['headers']) => fetcher<DeleteThreadMutation, DeleteThreadMutationVariables>(DeleteThreadDocument, variables, options);

export const SetThreadLockedDocument = new TypedDocumentString(`
    mutation SetThreadLocked($id: ID!, $locked: Boolean!, $input: ReasonInput!) {
  setThreadLocked(id: $id, locked: $locked, input: $input) {
    id
    isLocked
  }
}
    `);

export const useSetThreadLockedMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<SetThreadLockedMutation, TError, SetThreadLockedMutationVariables, TContext>) => {
    
    return useMutation<SetThreadLockedMutation, TError, SetThreadLockedMutationVariables, TContext>(
      {
    mutationKey: ['SetThreadLocked'],
    mutationFn: (variables?: SetThreadLockedMutationVariables) => fetcher<SetThreadLockedMutation, SetThreadLockedMutationVariables>(SetThreadLockedDocument, variables)(),
    ...options
  }
    )};


useSetThreadLockedMutation.fetcher = (variables: SetThreadLockedMutationVariables, options?: RequestInit['headers']) => fetcher<SetThreadLockedMutation, SetThreadLockedMutationVariables>(SetThreadLockedDocument, variables, options);

export const MarkThreadReadDocument = new TypedDocumentString(`
    mutation MarkThreadRead($id: ID!) {
  markThreadRead(id: $id)
}
    `);

export const useMarkThreadReadMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<MarkThreadReadMutation, TError, MarkThreadReadMutationVariables, TContext>) => {
    
    return useMutation<MarkThreadReadMutation, TError, MarkThreadReadMutationVariables, TContext>(
      {
    mutationKey: ['MarkThreadRead'],
    mutationFn: (variables?: MarkThreadReadMutationVariables) => fetcher<MarkThreadReadMutation, MarkThreadReadMutationVariables>(MarkThreadReadDocument, variables)(),
    ...options
  }
    )};


useMarkThreadReadMutation.fetcher = (variables: MarkThreadReadMutationVariables, options?: RequestInit['headers']) => fetcher<MarkThreadReadMutation, MarkThreadReadMutationVariables>(MarkThreadReadDocument, variables, options);

export const PostReplyDocument = new TypedDocumentString(`
    mutation PostReply($input: ReplyInput!) {
  reply(input: $input) {
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
  createdAt
  editedAt
}`);

export const usePostReplyMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<PostReplyMutation, TError, PostReplyMutationVariables, TContext>) => {
    
    return useMutation<PostReplyMutation, TError, PostReplyMutationVariables, TContext>(
      {
    mutationKey: ['PostReply'],
    mutationFn: (variables?: PostReplyMutationVariables) => fetcher<PostReplyMutation, PostReplyMutationVariables>(PostReplyDocument, variables)(),
    ...options
  }
    )};


usePostReplyMutation.fetcher = (variables: PostReplyMutationVariables, options?: RequestInit['headers']) => fetcher<PostReplyMutation, PostReplyMutationVariables>(PostReplyDocument, variables, options);

export const EditReplyDocument = new TypedDocumentString(`
    mutation EditReply($id: ID!, $body: String!) {
  editReply(id: $id, body: $body) {
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
  createdAt
  editedAt
}`);

export const useEditReplyMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<EditReplyMutation, TError, EditReplyMutationVariables, TContext>) => {
    
    return useMutation<EditReplyMutation, TError, EditReplyMutationVariables, TContext>(
      {
    mutationKey: ['EditReply'],
    mutationFn: (variables?: EditReplyMutationVariables) => fetcher<EditReplyMutation, EditReplyMutationVariables>(EditReplyDocument, variables)(),
    ...options
  }
    )};


useEditReplyMutation.fetcher = (variables: EditReplyMutationVariables, options?: RequestInit['headers']) => fetcher<EditReplyMutation, EditReplyMutationVariables>(EditReplyDocument, variables, options);

export const DeleteReplyDocument = new TypedDocumentString(`
    mutation DeleteReply($id: ID!) {
  deleteReply(id: $id) {
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
  createdAt
  editedAt
}`);

export const useDeleteReplyMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<DeleteReplyMutation, TError, DeleteReplyMutationVariables, TContext>) => {
    
    return useMutation<DeleteReplyMutation, TError, DeleteReplyMutationVariables, TContext>(
      {
    mutationKey: ['DeleteReply'],
    mutationFn: (variables?: DeleteReplyMutationVariables) => fetcher<DeleteReplyMutation, DeleteReplyMutationVariables>(DeleteReplyDocument, variables)(),
    ...options
  }
    )};


useDeleteReplyMutation.fetcher = (variables: DeleteReplyMutationVariables, options?: RequestInit['headers']) => fetcher<DeleteReplyMutation, DeleteReplyMutationVariables>(DeleteReplyDocument, variables, options);

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
    >(options?: UseMutationOptions<MarkHelpfulMutation, TError, MarkHelpfulMutationVariables, TContext>) => {
    
    return useMutation<MarkHelpfulMutation, TError, MarkHelpfulMutationVariables, TContext>(
      {
    mutationKey: ['MarkHelpful'],
    mutationFn: (variables?: MarkHelpfulMutationVariables) => fetcher<MarkHelpfulMutation, MarkHelpfulMutationVariables>(MarkHelpfulDocument, variables)(),
    ...options
  }
    )};


useMarkHelpfulMutation.fetcher = (variables: MarkHelpfulMutationVariables, options?: RequestInit['headers']) => fetcher<MarkHelpfulMutation, MarkHelpfulMutationVariables>(MarkHelpfulDocument, variables, options);

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
    >(options?: UseMutationOptions<UnmarkHelpfulMutation, TError, UnmarkHelpfulMutationVariables, TContext>) => {
    
    return useMutation<UnmarkHelpfulMutation, TError, UnmarkHelpfulMutationVariables, TContext>(
      {
    mutationKey: ['UnmarkHelpful'],
    mutationFn: (variables?: UnmarkHelpfulMutationVariables) => fetcher<UnmarkHelpfulMutation, UnmarkHelpfulMutationVariables>(UnmarkHelpfulDocument, variables)(),
    ...options
  }
    )};


useUnmarkHelpfulMutation.fetcher = (variables: UnmarkHelpfulMutationVariables, options?: RequestInit['headers']) => fetcher<UnmarkHelpfulMutation, UnmarkHelpfulMutationVariables>(UnmarkHelpfulDocument, variables, options);

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
  createdAt
  editedAt
}`);

export const useSetReplyHelpedAskerMutation = <
      TError = Error,
      TContext = unknown
    >(options?: UseMutationOptions<SetReplyHelpedAskerMutation, TError, SetReplyHelpedAskerMutationVariables, TContext>) => {
    
    return useMutation<SetReplyHelpedAskerMutation, TError, SetReplyHelpedAskerMutationVariables, TContext>(
      {
    mutationKey: ['SetReplyHelpedAsker'],
    mutationFn: (variables?: SetReplyHelpedAskerMutationVariables) => fetcher<SetReplyHelpedAskerMutation, SetReplyHelpedAskerMutationVariables>(SetReplyHelpedAskerDocument, variables)(),
    ...options
  }
    )};


useSetReplyHelpedAskerMutation.fetcher = (variables: SetReplyHelpedAskerMutationVariables, options?: RequestInit['headers']) => fetcher<SetReplyHelpedAskerMutation, SetReplyHelpedAskerMutationVariables>(SetReplyHelpedAskerDocument, variables, options);
