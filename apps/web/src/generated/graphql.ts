/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** How closely they could stick to it. */
export type Adherence =
  | 'as_intended'
  | 'mostly'
  | 'rarely'
  | 'sometimes'
  | 'stopped';

export type ApplyForOrganisationInput = {
  /** The area it serves (a code from `careAreas`). */
  areaCode: string;
  /** The organisation’s public name, e.g. "Devon Pulmonary Rehabilitation Service". */
  name: string;
  /** The kind of service it runs (a slug from `careServiceKinds`). */
  serviceKind: string;
  /** A public web address an admin can check (https://…), or empty. */
  website?: string;
};

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

/** self: I live with it. carer: I care for someone who does. */
export type ConditionRelation =
  | 'carer'
  | 'self';

export type ConfirmTwoFactorInput = {
  /** A code from the authenticator app, for the secret just set up. */
  code: string;
  /** Your password, to confirm. */
  password: string;
};

/** clinician_insights: your reports and activity may count in aggregated insights for verified clinicians. research: your what-works reports and ratings of care may count in the quarterly open data (from the next release; published releases never change). */
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

/** `all`: threads in your groups; `following`: threads you follow, wherever they are. */
export type HomeThreadFilter =
  | 'all'
  | 'following';

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

export type MyConditionInput = {
  conditionId: string;
  relation: ConditionRelation;
};

export type NotificationKind =
  | 'care_response'
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
  | 'care_experience'
  | 'care_response'
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

export type RespondToCareExperienceInput = {
  /** At most 4000 characters. */
  body: string;
  /** "We changed something" (then say what). */
  changedSomething?: boolean;
  experienceId: string;
  /** The verified organisation answering. */
  organisationId: string;
  /** What changed, at most 1000 characters. */
  whatChanged?: string;
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
  | 'care_story'
  | 'condition'
  | 'group'
  | 'intervention'
  | 'reply'
  | 'thread'
  | 'tip';

export type SetMyConditionsInput = {
  /** The whole list, in the member's order; at most 12. Empty clears it. */
  conditions: Array<MyConditionInput>;
};

export type ShareCareExperienceInput = {
  /** Post without your handle: no one, organisations included, is told who wrote it. */
  anonymous?: boolean;
  /** An area code from `careAreas` (never a postcode). */
  areaCode: string;
  conditionId?: string | null | undefined;
  /** At most 4000 characters. */
  couldBeBetter?: string;
  /** The month it happened, YYYY-MM (not in the future). */
  occurredOn: string;
  /** Involvement in decisions, 1–5. */
  ratingInvolved: number;
  /** Being listened to, 1–5. */
  ratingListened: number;
  /** Getting seen, 1–5. */
  ratingSeen: number;
  /** A service kind slug from `careServiceKinds`. */
  serviceKind: string;
  /** At most 4000 characters. */
  whatWasGood?: string;
};

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

export type CareResponseFieldsFragment = { id: string, body: string, changedSomething: boolean, whatChanged: string, moderationState: string, createdAt: string, organisation: { id: string, name: string, status: string } };

export type CareStoryFieldsFragment = { id: string, occurredOn: string, whatWasGood: string, couldBeBetter: string, ratingSeen: number, ratingListened: number, ratingInvolved: number, anonymous: boolean, authorLabel: string, authorHandle: string | null, viewerIsAuthor: boolean, moderationState: string, conditionName: string | null, createdAt: string, serviceKind: { slug: string, name: string }, area: { code: string, name: string }, responses: Array<{ id: string, body: string, changedSomething: boolean, whatChanged: string, moderationState: string, createdAt: string, organisation: { id: string, name: string, status: string } }>, viewerCanRespondAs: Array<{ id: string, name: string }> };

export type CareCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type CareCatalogueQuery = { careServiceKinds: Array<{ slug: string, name: string, family: string, description: string, conditionSlugs: Array<string> }>, careAreas: Array<{ code: string, name: string, kind: string, nation: string, region: string }> };

export type CareConditionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CareConditionsQuery = { conditions: { nodes: Array<{ id: string, slug: string, name: string }> } };

export type CareExperienceQueryVariables = Exact<{
  id: string;
}>;


export type CareExperienceQuery = { careExperience: { id: string, occurredOn: string, whatWasGood: string, couldBeBetter: string, ratingSeen: number, ratingListened: number, ratingInvolved: number, anonymous: boolean, authorLabel: string, authorHandle: string | null, viewerIsAuthor: boolean, moderationState: string, conditionName: string | null, createdAt: string, serviceKind: { slug: string, name: string }, area: { code: string, name: string }, responses: Array<{ id: string, body: string, changedSomething: boolean, whatChanged: string, moderationState: string, createdAt: string, organisation: { id: string, name: string, status: string } }>, viewerCanRespondAs: Array<{ id: string, name: string }> } };

export type CareExperiencesQueryVariables = Exact<{
  serviceKind?: string | null | undefined;
  areaCode?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CareExperiencesQuery = { careExperiences: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, occurredOn: string, whatWasGood: string, couldBeBetter: string, ratingSeen: number, ratingListened: number, ratingInvolved: number, anonymous: boolean, authorLabel: string, authorHandle: string | null, viewerIsAuthor: boolean, moderationState: string, conditionName: string | null, createdAt: string, serviceKind: { slug: string, name: string }, area: { code: string, name: string }, responses: Array<{ id: string, body: string, changedSomething: boolean, whatChanged: string, moderationState: string, createdAt: string, organisation: { id: string, name: string, status: string } }>, viewerCanRespondAs: Array<{ id: string, name: string }> }> } };

export type MyCareExperiencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCareExperiencesQuery = { myCareExperiences: { nodes: Array<{ id: string, occurredOn: string, whatWasGood: string, couldBeBetter: string, ratingSeen: number, ratingListened: number, ratingInvolved: number, anonymous: boolean, authorLabel: string, authorHandle: string | null, viewerIsAuthor: boolean, moderationState: string, conditionName: string | null, createdAt: string, serviceKind: { slug: string, name: string }, area: { code: string, name: string }, responses: Array<{ id: string, body: string, changedSomething: boolean, whatChanged: string, moderationState: string, createdAt: string, organisation: { id: string, name: string, status: string } }>, viewerCanRespondAs: Array<{ id: string, name: string }> }> } };

export type CareAreaPageQueryVariables = Exact<{
  serviceKind: string;
  areaCode: string;
}>;


export type CareAreaPageQuery = { careAreaPage: { threshold: number, roundingBase: number, consentPurpose: string, responseRate: number | null, serviceKind: { slug: string, name: string, description: string }, area: { code: string, name: string, region: string }, stories: { value: number | null, suppressed: boolean, display: string }, responded: { value: number | null, suppressed: boolean, display: string }, notResponded: { value: number | null, suppressed: boolean, display: string }, changed: { value: number | null, suppressed: boolean, display: string }, quarters: Array<{ start: string, label: string, ratings: Array<{ rating: string, label: string, goodPercent: number | null, total: { value: number | null, suppressed: boolean, display: string }, poor: { value: number | null, suppressed: boolean, display: string }, middling: { value: number | null, suppressed: boolean, display: string }, good: { value: number | null, suppressed: boolean, display: string } }> }> } };

export type ShareCareExperienceMutationVariables = Exact<{
  input: ShareCareExperienceInput;
}>;


export type ShareCareExperienceMutation = { shareCareExperience: { id: string } };

export type DeleteCareExperienceMutationVariables = Exact<{
  id: string;
}>;


export type DeleteCareExperienceMutation = { deleteCareExperience: boolean };

export type RespondToCareExperienceMutationVariables = Exact<{
  input: RespondToCareExperienceInput;
}>;


export type RespondToCareExperienceMutation = { respondToCareExperience: { id: string, occurredOn: string, whatWasGood: string, couldBeBetter: string, ratingSeen: number, ratingListened: number, ratingInvolved: number, anonymous: boolean, authorLabel: string, authorHandle: string | null, viewerIsAuthor: boolean, moderationState: string, conditionName: string | null, createdAt: string, serviceKind: { slug: string, name: string }, area: { code: string, name: string }, responses: Array<{ id: string, body: string, changedSomething: boolean, whatChanged: string, moderationState: string, createdAt: string, organisation: { id: string, name: string, status: string } }>, viewerCanRespondAs: Array<{ id: string, name: string }> } };

export type CareOrganisationFieldsFragment = { id: string, name: string, status: string, website: string, createdAt: string, appliedByHandle: string | null, serviceKind: { slug: string, name: string }, area: { code: string, name: string } };

export type MyOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOrganisationsQuery = { myOrganisations: Array<{ id: string, name: string, status: string, website: string, createdAt: string, appliedByHandle: string | null, serviceKind: { slug: string, name: string }, area: { code: string, name: string } }> };

export type OrganisationInboxQueryVariables = Exact<{
  organisationId: string;
  unansweredOnly: boolean;
  after?: string | null | undefined;
}>;


export type OrganisationInboxQuery = { organisationInbox: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, occurredOn: string, whatWasGood: string, couldBeBetter: string, ratingSeen: number, ratingListened: number, ratingInvolved: number, anonymous: boolean, authorLabel: string, authorHandle: string | null, viewerIsAuthor: boolean, moderationState: string, conditionName: string | null, createdAt: string, serviceKind: { slug: string, name: string }, area: { code: string, name: string }, responses: Array<{ id: string, body: string, changedSomething: boolean, whatChanged: string, moderationState: string, createdAt: string, organisation: { id: string, name: string, status: string } }>, viewerCanRespondAs: Array<{ id: string, name: string }> }> } };

export type ApplyForOrganisationMutationVariables = Exact<{
  input: ApplyForOrganisationInput;
}>;


export type ApplyForOrganisationMutation = { applyForOrganisation: { id: string, name: string, status: string, website: string, createdAt: string, appliedByHandle: string | null, serviceKind: { slug: string, name: string }, area: { code: string, name: string } } };

export type OrganisationApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationApplicationsQuery = { organisationApplications: { totalCount: number, nodes: Array<{ id: string, name: string, status: string, website: string, createdAt: string, appliedByHandle: string | null, serviceKind: { slug: string, name: string }, area: { code: string, name: string } }> } };

export type DecideOrganisationMutationVariables = Exact<{
  organisationId: string;
  approve: boolean;
}>;


export type DecideOrganisationMutation = { decideOrganisation: { id: string, name: string, status: string, website: string, createdAt: string, appliedByHandle: string | null, serviceKind: { slug: string, name: string }, area: { code: string, name: string } } };

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

export type HomeThreadFieldsFragment = { newReplyCount: number, isNew: boolean, viewerFollows: boolean, thread: { id: string, kind: ThreadKind, title: string, authorLabel: string, isLocked: boolean, replyCount: number, lastActivityAt: string, moderationState: ModerationState, group: { id: string, slug: string, name: string } } };

export type HomeThreadsQueryVariables = Exact<{
  filter?: HomeThreadFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HomeThreadsQuery = { homeThreads: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ newReplyCount: number, isNew: boolean, viewerFollows: boolean, thread: { id: string, kind: ThreadKind, title: string, authorLabel: string, isLocked: boolean, replyCount: number, lastActivityAt: string, moderationState: ModerationState, group: { id: string, slug: string, name: string } } }> } };

export type HomeGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeGroupsQuery = { homeGroups: Array<{ unreadCount: number, group: { id: string, slug: string, name: string, visibility: GroupVisibility } }> };

export type HomeRepliesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HomeRepliesQuery = { homeReplies: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ threadId: string, threadTitle: string, reply: { id: string, bodyHtml: string, authorLabel: string, isNew: boolean, isHidden: boolean, createdAt: string } }> } };

export type HomeReportsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HomeReportsQuery = { homeReports: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, effectiveness: Effectiveness, createdAt: string, tipsHtml: string, condition: { id: string, slug: string, name: string }, intervention: { id: string, slug: string, name: string } }> } };

export type MarkGroupReadMutationVariables = Exact<{
  groupId: string;
}>;


export type MarkGroupReadMutation = { markGroupRead: boolean };

export type FollowThreadMutationVariables = Exact<{
  id: string;
  follow: boolean;
}>;


export type FollowThreadMutation = { followThread: boolean };

export type SavePostMutationVariables = Exact<{
  target: HelpfulTarget;
  id: string;
  saved: boolean;
}>;


export type SavePostMutation = { savePost: boolean };

export type SavedPostsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SavedPostsQuery = { savedPosts: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, savedAt: string, thread: { id: string, title: string, kind: ThreadKind, authorLabel: string, isDeleted: boolean, group: { id: string, slug: string, name: string } }, reply: { id: string, bodyHtml: string, authorLabel: string, isDeleted: boolean, isHidden: boolean, createdAt: string } | null }> } };

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

export type MyConditionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyConditionsQuery = { myConditions: Array<{ relation: ConditionRelation, condition: { id: string, name: string } }>, conditions: { nodes: Array<{ id: string, slug: string, name: string, synonyms: Array<string> }> } };

export type SetMyConditionsMutationVariables = Exact<{
  input: SetMyConditionsInput;
}>;


export type SetMyConditionsMutation = { setMyConditions: Array<{ relation: ConditionRelation, condition: { id: string, name: string } }> };

export type SuggestedGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type SuggestedGroupsQuery = { suggestedGroups: Array<{ relation: ConditionRelation, group: { id: string, slug: string, name: string, description: string, visibility: GroupVisibility, memberCount: number, forCarers: boolean, condition: { id: string, name: string }, viewerMembership: { id: string, status: MembershipStatus } | null } }> };

export type OpenDataQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenDataQuery = { openData: { releases: Array<{ version: string, periodStart: string, periodEnd: string, publishedAt: string, cellCount: number, csvSha256: string, csvBytes: number, jsonBytes: number, csvUrl: string, jsonUrl: string }>, next: { version: string, periodStart: string, periodEnd: string, publishedAfter: string } } };

export type OpenDataDictionaryQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenDataDictionaryQuery = { openDataDictionary: { version: number, threshold: number, roundingBase: number, columns: Array<{ name: string, description: string }>, measures: Array<{ table: string, name: string, categories: Array<string>, description: string }>, rules: Array<{ name: string, description: string }> } };

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

export type ThreadDetailFragment = { id: string, kind: ThreadKind, title: string, body: string, bodyHtml: string, tags: Array<string>, isLocked: boolean, isDeleted: boolean, helpfulCount: number, replyCount: number, viewerMarkedHelpful: boolean, viewerIsAuthor: boolean, viewerLastReadAt: string | null, viewerFollows: boolean, viewerSaved: boolean, moderationState: ModerationState, moderationReason: string | null, authorLabel: string, isAnonymous: boolean, createdAt: string, editedAt: string | null, lastActivityAt: string, author: { handle: string } | null, group: { id: string, slug: string, name: string, visibility: GroupVisibility, allowAnonymous: boolean, viewerCanModerate: boolean, viewerCanRead: boolean, viewerCanPost: boolean, viewerMembership: { id: string, status: MembershipStatus } | null, condition: { id: string, slug: string, name: string } } };

export type ReplyFieldsFragment = { id: string, parentId: string | null, depth: number, body: string, bodyHtml: string, authorLabel: string, isAnonymous: boolean, viewerIsAuthor: boolean, isDeleted: boolean, isNew: boolean, moderationState: ModerationState, moderationReason: string | null, helpfulCount: number, helpedAsker: boolean, viewerMarkedHelpful: boolean, viewerSaved: boolean, createdAt: string, editedAt: string | null, author: { handle: string } | null };

export type ThreadQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ThreadQuery = { thread: { id: string, kind: ThreadKind, title: string, body: string, bodyHtml: string, tags: Array<string>, isLocked: boolean, isDeleted: boolean, helpfulCount: number, replyCount: number, viewerMarkedHelpful: boolean, viewerIsAuthor: boolean, viewerLastReadAt: string | null, viewerFollows: boolean, viewerSaved: boolean, moderationState: ModerationState, moderationReason: string | null, authorLabel: string, isAnonymous: boolean, createdAt: string, editedAt: string | null, lastActivityAt: string, replies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string }>, nodes: Array<{ id: string, parentId: string | null, depth: number, body: string, bodyHtml: string, authorLabel: string, isAnonymous: boolean, viewerIsAuthor: boolean, isDeleted: boolean, isNew: boolean, moderationState: ModerationState, moderationReason: string | null, helpfulCount: number, helpedAsker: boolean, viewerMarkedHelpful: boolean, viewerSaved: boolean, createdAt: string, editedAt: string | null, author: { handle: string } | null }> }, author: { handle: string } | null, group: { id: string, slug: string, name: string, visibility: GroupVisibility, allowAnonymous: boolean, viewerCanModerate: boolean, viewerCanRead: boolean, viewerCanPost: boolean, viewerMembership: { id: string, status: MembershipStatus } | null, condition: { id: string, slug: string, name: string } } } };

export type ThreadDetailsQueryVariables = Exact<{
  id: string;
}>;


export type ThreadDetailsQuery = { thread: { id: string, kind: ThreadKind, title: string, body: string, bodyHtml: string, tags: Array<string>, isLocked: boolean, isDeleted: boolean, helpfulCount: number, replyCount: number, viewerMarkedHelpful: boolean, viewerIsAuthor: boolean, viewerLastReadAt: string | null, viewerFollows: boolean, viewerSaved: boolean, moderationState: ModerationState, moderationReason: string | null, authorLabel: string, isAnonymous: boolean, createdAt: string, editedAt: string | null, lastActivityAt: string, author: { handle: string } | null, group: { id: string, slug: string, name: string, visibility: GroupVisibility, allowAnonymous: boolean, viewerCanModerate: boolean, viewerCanRead: boolean, viewerCanPost: boolean, viewerMembership: { id: string, status: MembershipStatus } | null, condition: { id: string, slug: string, name: string } } } };

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


export type EditThreadMutation = { editThread: { id: string, kind: ThreadKind, title: string, body: string, bodyHtml: string, tags: Array<string>, isLocked: boolean, isDeleted: boolean, helpfulCount: number, replyCount: number, viewerMarkedHelpful: boolean, viewerIsAuthor: boolean, viewerLastReadAt: string | null, viewerFollows: boolean, viewerSaved: boolean, moderationState: ModerationState, moderationReason: string | null, authorLabel: string, isAnonymous: boolean, createdAt: string, editedAt: string | null, lastActivityAt: string, author: { handle: string } | null, group: { id: string, slug: string, name: string, visibility: GroupVisibility, allowAnonymous: boolean, viewerCanModerate: boolean, viewerCanRead: boolean, viewerCanPost: boolean, viewerMembership: { id: string, status: MembershipStatus } | null, condition: { id: string, slug: string, name: string } } } };

export type DeleteThreadMutationVariables = Exact<{
  id: string;
}>;


export type DeleteThreadMutation = { deleteThread: { id: string, kind: ThreadKind, title: string, body: string, bodyHtml: string, tags: Array<string>, isLocked: boolean, isDeleted: boolean, helpfulCount: number, replyCount: number, viewerMarkedHelpful: boolean, viewerIsAuthor: boolean, viewerLastReadAt: string | null, viewerFollows: boolean, viewerSaved: boolean, moderationState: ModerationState, moderationReason: string | null, authorLabel: string, isAnonymous: boolean, createdAt: string, editedAt: string | null, lastActivityAt: string, author: { handle: string } | null, group: { id: string, slug: string, name: string, visibility: GroupVisibility, allowAnonymous: boolean, viewerCanModerate: boolean, viewerCanRead: boolean, viewerCanPost: boolean, viewerMembership: { id: string, status: MembershipStatus } | null, condition: { id: string, slug: string, name: string } } } };

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


export type PostReplyMutation = { reply: { id: string, parentId: string | null, depth: number, body: string, bodyHtml: string, authorLabel: string, isAnonymous: boolean, viewerIsAuthor: boolean, isDeleted: boolean, isNew: boolean, moderationState: ModerationState, moderationReason: string | null, helpfulCount: number, helpedAsker: boolean, viewerMarkedHelpful: boolean, viewerSaved: boolean, createdAt: string, editedAt: string | null, author: { handle: string } | null } };

export type EditReplyMutationVariables = Exact<{
  id: string;
  body: string;
}>;


export type EditReplyMutation = { editReply: { id: string, parentId: string | null, depth: number, body: string, bodyHtml: string, authorLabel: string, isAnonymous: boolean, viewerIsAuthor: boolean, isDeleted: boolean, isNew: boolean, moderationState: ModerationState, moderationReason: string | null, helpfulCount: number, helpedAsker: boolean, viewerMarkedHelpful: boolean, viewerSaved: boolean, createdAt: string, editedAt: string | null, author: { handle: string } | null } };

export type DeleteReplyMutationVariables = Exact<{
  id: string;
}>;


export type DeleteReplyMutation = { deleteReply: { id: string, parentId: string | null, depth: number, body: string, bodyHtml: string, authorLabel: string, isAnonymous: boolean, viewerIsAuthor: boolean, isDeleted: boolean, isNew: boolean, moderationState: ModerationState, moderationReason: string | null, helpfulCount: number, helpedAsker: boolean, viewerMarkedHelpful: boolean, viewerSaved: boolean, createdAt: string, editedAt: string | null, author: { handle: string } | null } };

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


export type SetReplyHelpedAskerMutation = { setReplyHelpedAsker: { id: string, parentId: string | null, depth: number, body: string, bodyHtml: string, authorLabel: string, isAnonymous: boolean, viewerIsAuthor: boolean, isDeleted: boolean, isNew: boolean, moderationState: ModerationState, moderationReason: string | null, helpfulCount: number, helpedAsker: boolean, viewerMarkedHelpful: boolean, viewerSaved: boolean, createdAt: string, editedAt: string | null, author: { handle: string } | null } };

export { TypedDocumentString } from './operations/MySessions';
export * from './operations/MySessions';
export * from './operations/EndSession';
export * from './operations/RequestDataExport';
export * from './operations/DataExports';
export * from './operations/DataExport';
export * from './operations/DeleteAccount';
export * from './operations/ClinicianApplications';
export * from './operations/VerifyClinician';
export * from './operations/AccountSecurity';
export * from './operations/VerifyEmail';
export * from './operations/ResendVerificationEmail';
export * from './operations/RequestPasswordReset';
export * from './operations/ResetPassword';
export * from './operations/ChangePassword';
export * from './operations/ChangeEmail';
export * from './operations/BeginTwoFactorSetup';
export * from './operations/ConfirmTwoFactorSetup';
export * from './operations/RegenerateRecoveryCodes';
export * from './operations/DisableTwoFactor';
export * from './operations/Me';
export * from './operations/Register';
export * from './operations/SignIn';
export * from './operations/SignOut';
export * from './operations/SignOutEverywhere';
export * from './operations/SignInWithTwoFactor';
export * from './operations/CareCatalogue';
export * from './operations/CareConditions';
export * from './operations/CareExperience';
export * from './operations/CareExperiences';
export * from './operations/MyCareExperiences';
export * from './operations/CareAreaPage';
export * from './operations/ShareCareExperience';
export * from './operations/DeleteCareExperience';
export * from './operations/RespondToCareExperience';
export * from './operations/MyOrganisations';
export * from './operations/OrganisationInbox';
export * from './operations/ApplyForOrganisation';
export * from './operations/OrganisationApplications';
export * from './operations/DecideOrganisation';
export * from './operations/UpdateChatPrivacy';
export * from './operations/BlockedMembers';
export * from './operations/BlockMember';
export * from './operations/UnblockMember';
export * from './operations/Conditions';
export * from './operations/ConditionFamilies';
export * from './operations/Condition';
export * from './operations/MyConsents';
export * from './operations/ConsentHistory';
export * from './operations/SetConsent';
export * from './operations/WhatWorks';
export * from './operations/InterventionOptions';
export * from './operations/InterventionBySlug';
export * from './operations/ExperienceReport';
export * from './operations/ExperienceReportRevisions';
export * from './operations/MyExperienceReports';
export * from './operations/ThreadExperienceReports';
export * from './operations/ReportThread';
export * from './operations/FileExperienceReport';
export * from './operations/UpdateExperienceReport';
export * from './operations/ProposeIntervention';
export * from './operations/ConditionGroups';
export * from './operations/Group';
export * from './operations/GroupMembers';
export * from './operations/GroupJoinRequests';
export * from './operations/JoinGroup';
export * from './operations/LeaveGroup';
export * from './operations/DecideJoinRequest';
export * from './operations/Guide';
export * from './operations/GuideHeadings';
export * from './operations/CurateIntoGuide';
export * from './operations/UpdateGuideEntry';
export * from './operations/RemoveGuideEntry';
export * from './operations/UpdateGuideIntro';
export * from './operations/MarkGuideReviewed';
export * from './operations/HomeThreads';
export * from './operations/HomeGroups';
export * from './operations/HomeReplies';
export * from './operations/HomeReports';
export * from './operations/MarkGroupRead';
export * from './operations/FollowThread';
export * from './operations/SavePost';
export * from './operations/SavedPosts';
export * from './operations/ConditionInsights';
export * from './operations/CompareInterventions';
export * from './operations/ConditionInsightsCsv';
export * from './operations/InsightConditionOptions';
export * from './operations/Member';
export * from './operations/ModeratedGroups';
export * from './operations/Report';
export * from './operations/ModerationSummary';
export * from './operations/ModerationQueue';
export * from './operations/ModerationCase';
export * from './operations/ClaimModerationCase';
export * from './operations/ReleaseModerationCase';
export * from './operations/Moderate';
export * from './operations/AuditLog';
export * from './operations/GroupSafety';
export * from './operations/WatchedWords';
export * from './operations/SetGroupApproveNewMembers';
export * from './operations/AddWatchedWord';
export * from './operations/RemoveWatchedWord';
export * from './operations/CheckText';
export * from './operations/Notifications';
export * from './operations/UnreadNotificationCount';
export * from './operations/MarkNotificationRead';
export * from './operations/MarkAllNotificationsRead';
export * from './operations/NotificationSettings';
export * from './operations/UpdateNotificationSettings';
export * from './operations/FollowGroup';
export * from './operations/MyConditions';
export * from './operations/SetMyConditions';
export * from './operations/SuggestedGroups';
export * from './operations/OpenData';
export * from './operations/OpenDataDictionary';
export * from './operations/MyGroups';
export * from './operations/UpdateProfile';
export * from './operations/Search';
export * from './operations/Tags';
export * from './operations/GroupThreads';
export * from './operations/Thread';
export * from './operations/ThreadDetails';
export * from './operations/ThreadRevisions';
export * from './operations/ReplyRevisions';
export * from './operations/PreviewMarkdown';
export * from './operations/StartThread';
export * from './operations/EditThread';
export * from './operations/DeleteThread';
export * from './operations/SetThreadLocked';
export * from './operations/MarkThreadRead';
export * from './operations/PostReply';
export * from './operations/EditReply';
export * from './operations/DeleteReply';
export * from './operations/MarkHelpful';
export * from './operations/UnmarkHelpful';
export * from './operations/SetReplyHelpedAsker';