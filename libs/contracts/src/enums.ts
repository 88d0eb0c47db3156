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
