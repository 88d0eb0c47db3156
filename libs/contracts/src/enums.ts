export const ROLES = ['member', 'moderator', 'clinician', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const CLINICIAN_STATUSES = ['pending', 'verified'] as const;
export type ClinicianStatus = (typeof CLINICIAN_STATUSES)[number];

export const GROUP_VISIBILITIES = ['public', 'private'] as const;
export type GroupVisibility = (typeof GROUP_VISIBILITIES)[number];

export const MEMBERSHIP_STATUSES = ['active', 'pending', 'declined', 'removed'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const GROUP_ROLES = ['member', 'moderator'] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];

export const THREAD_KINDS = ['question', 'advice', 'story'] as const;
export type ThreadKind = (typeof THREAD_KINDS)[number];

export const THREAD_SORTS = ['latest_activity', 'newest', 'most_helpful'] as const;
export type ThreadSort = (typeof THREAD_SORTS)[number];

/** How an anonymous author is shown to everyone else. */
export const ANONYMOUS_LABEL = 'anonymous member';

export const INTERVENTION_CATEGORIES = ['medication', 'therapy', 'device', 'lifestyle', 'self-management', 'service'] as const;
export type InterventionCategory = (typeof INTERVENTION_CATEGORIES)[number];

export const EFFECTIVENESS = ['major', 'moderate', 'slight', 'none', 'cant_tell'] as const;
export type Effectiveness = (typeof EFFECTIVENESS)[number];

export const SIDE_EFFECT_SEVERITIES = ['mild', 'moderate', 'severe'] as const;
export type SideEffectSeverity = (typeof SIDE_EFFECT_SEVERITIES)[number];

export const ADHERENCE = ['as_intended', 'mostly', 'sometimes', 'rarely', 'stopped'] as const;
export type Adherence = (typeof ADHERENCE)[number];

export const BURDEN = ['none', 'low', 'moderate', 'high'] as const;
export type Burden = (typeof BURDEN)[number];

export const COST_BANDS = ['free', 'under_10', '10_to_50', 'over_50', 'unknown'] as const;
export type CostBand = (typeof COST_BANDS)[number];

/** What a member may let their reports and activity count towards, each off until they say yes. */
export const CONSENT_PURPOSES = ['clinician-insights', 'research'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** What a member can be notified about; each can be switched off. */
export const NOTIFICATION_KINDS = ['reply', 'mention', 'helpful', 'join_decided', 'moderation', 'new_thread', 'care_response'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const DIGEST_FREQUENCIES = ['off', 'daily', 'weekly'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

/** `@handle` in threads, replies and chat (a handle starts with a letter). */
export const MENTION_PATTERN = /(?<![\w@/])@([A-Za-z][A-Za-z0-9_-]{2,23})(?![\w-])/g;

/** What a member can report. */
export const REPORT_TARGETS = ['thread', 'reply', 'chat_message', 'experience_report', 'member', 'care_experience', 'care_response'] as const;
export type ReportTarget = (typeof REPORT_TARGETS)[number];

export const REPORT_REASONS = ['misinformation', 'harassment', 'spam', 'crisis', 'personal_information', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** visible to all who may read it; pending approval; hidden pending review; removed by a moderator. */
export const MODERATION_STATES = ['visible', 'pending', 'hidden', 'removed'] as const;
export type ModerationState = (typeof MODERATION_STATES)[number];

export const MODERATION_ACTIONS = ['dismiss', 'approve', 'hide', 'remove', 'restore', 'lock', 'unlock', 'warn', 'mute', 'suspend'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

export const CASE_STATUSES = ['open', 'resolved'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** What a group's watched word does to a post that contains it. */
export const WATCHED_WORD_ACTIONS = ['block', 'approve', 'flag'] as const;
export type WatchedWordAction = (typeof WATCHED_WORD_ACTIONS)[number];
