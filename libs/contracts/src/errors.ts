/**
 * Stable error codes carried in `extensions.code` of every GraphQL error and in the
 * `code` of every REST/socket error. Clients switch on these, never on messages.
 */
export const ERROR_CODES = [
  // generic
  'VALIDATION_FAILED',
  'BAD_REQUEST',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CSRF_FAILED',
  'PAYLOAD_TOO_LARGE',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'PAGE_SIZE_TOO_LARGE',
  'INVALID_CURSOR',
  'TOO_MANY_REQUESTS',
  'INTERNAL_ERROR',
  // accounts
  'HANDLE_TAKEN',
  'EMAIL_TAKEN',
  'INVALID_CREDENTIALS',
  'CLINICIAN_NOT_PENDING',
  // account security: email verification, password reset, two-factor sign-in
  'EMAIL_NOT_VERIFIED',
  'LINK_INVALID',
  'LINK_EXPIRED',
  'LINK_USED',
  'TWO_FACTOR_REQUIRED',
  'TWO_FACTOR_CODE_REQUIRED',
  'TWO_FACTOR_CHALLENGE_EXPIRED',
  'INVALID_TWO_FACTOR_CODE',
  'TWO_FACTOR_ALREADY_ON',
  'TWO_FACTOR_NOT_ON',
  // catalogue and groups
  'CONDITION_SLUG_TAKEN',
  'CONDITION_IN_USE',
  'GROUP_SLUG_TAKEN',
  'ALREADY_MEMBER',
  'NOT_A_MEMBER',
  'JOIN_REQUEST_NOT_PENDING',
  'LAST_GROUP_MODERATOR',
  // threads and replies
  'UNKNOWN_TAG',
  'THREAD_LOCKED',
  'THREAD_DELETED',
  'REPLY_DELETED',
  'ALREADY_MARKED_HELPFUL',
  'NOT_MARKED_HELPFUL',
  'ANONYMOUS_NOT_ALLOWED',
  'NOT_THE_ASKER',
  // interventions and experience reports
  'INTERVENTION_NOT_ACCEPTED',
  'INTERVENTION_NAME_TAKEN',
  'INTERVENTION_NOT_PENDING',
  'REPORT_ALREADY_LINKED',
  'REPORT_ANONYMITY_MIX',
  // chat and blocking
  'MUTED',
  'MESSAGE_DELETED',
  'REMOVED_FROM_GROUP',
  'CANNOT_BLOCK_SELF',
  // clinician insights
  'CLINICIAN_NOT_VERIFIED',
  // experiences of care and organisations
  'UNKNOWN_SERVICE_KIND',
  'UNKNOWN_AREA',
  'PERSONAL_INFORMATION',
  'ORGANISATION_NOT_VERIFIED',
  'NOT_ORGANISATION_MEMBER',
  'ORGANISATION_NOT_FOR_THIS_SERVICE',
  'ORGANISATION_NOT_PENDING',
  'ALREADY_ORGANISATION_MEMBER',
  // curated guides
  'SOURCE_NOT_PUBLIC',
  'SOURCE_UNAVAILABLE',
  'ALREADY_IN_GUIDE',
  // moderation
  'ALREADY_REPORTED',
  'CANNOT_REPORT_SELF',
  'CASE_CLAIMED',
  'CASE_RESOLVED',
  'INVALID_ACTION',
  'CONTENT_HIDDEN',
  'ACCOUNT_SUSPENDED',
  'WATCHED_WORD',
  'WATCHED_WORD_TAKEN',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Field-level validation codes (in `extensions.fields[].code`). */
export const FIELD_CODES = [
  'REQUIRED',
  'TOO_SHORT',
  'TOO_LONG',
  'INVALID_FORMAT',
  'INVALID_EMAIL',
  'INVALID_HANDLE',
  'OUT_OF_RANGE',
  'NOT_ALLOWED',
  'INVALID_VALUE',
  'INVALID_CHARACTERS',
] as const;
export type FieldCode = (typeof FIELD_CODES)[number];

export interface FieldError {
  field: string;
  code: FieldCode;
  message: string;
}
