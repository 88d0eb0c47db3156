/**
 * How long Kindred keeps records that only exist to make something work for a while. Each rule
 * names its table, what makes a row finished with, and why that is long enough. Members' own
 * content, consents and the audit log are not here: they stay until the member (or a moderator,
 * under the moderation rules) removes them.
 */
export interface RetentionRule {
  /** A name for logs and tests. */
  name: string;
  table: string;
  /** The row's key columns, to delete in batches. */
  key: readonly string[];
  /** SQL condition for a row that may go. */
  expired: string;
  /** Why, for the README and for whoever changes it. */
  why: string;
}

export const RETENTION_RULES: readonly RetentionRule[] = [
  {
    name: 'data exports',
    table: 'data_exports',
    key: ['id'],
    expired: `expires_at < now()`,
    why: 'a download holds a copy of everything about a member; it is offered for 7 days and then erased, not just hidden',
  },
  {
    name: 'sessions',
    table: 'sessions',
    key: ['id'],
    expired: `expires_at < now() - interval '30 days' OR revoked_at < now() - interval '30 days'`,
    why: 'an ended session signs no one in; its device and last-seen time are kept 30 days, then go',
  },
  {
    name: 'account links and sign-in challenges',
    table: 'account_tokens',
    key: ['id'],
    expired: `expires_at < now() - interval '1 day'`,
    why: 'an e-mail link or a two-step sign-in challenge is useless once expired; a day lets "that link has expired" still be told',
  },
  {
    name: 'idempotency keys',
    table: 'idempotency_keys',
    key: ['user_id', 'scope', 'key'],
    expired: `created_at < now() - interval '30 days'`,
    why: 'a retry of the same submission comes within minutes, or days from a device that was offline; 30 days covers both',
  },
];

/** Rows deleted per statement, so a large backlog never holds long locks. */
export const RETENTION_BATCH = 1_000;
