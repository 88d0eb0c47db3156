export const ROLES = ['member', 'moderator', 'clinician', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const CLINICIAN_STATUSES = ['pending', 'verified'] as const;
export type ClinicianStatus = (typeof CLINICIAN_STATUSES)[number];

export const GROUP_VISIBILITIES = ['public', 'private'] as const;
export type GroupVisibility = (typeof GROUP_VISIBILITIES)[number];

export const MEMBERSHIP_STATUSES = ['active', 'pending', 'declined'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const GROUP_ROLES = ['member', 'moderator'] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];

export const THREAD_KINDS = ['question', 'advice', 'story'] as const;
export type ThreadKind = (typeof THREAD_KINDS)[number];

export const THREAD_SORTS = ['latest_activity', 'newest', 'most_helpful'] as const;
export type ThreadSort = (typeof THREAD_SORTS)[number];

/** How an anonymous author is shown to everyone else. */
export const ANONYMOUS_LABEL = 'anonymous member';
