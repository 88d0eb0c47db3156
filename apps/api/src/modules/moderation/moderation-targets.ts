import type { EntityManager } from 'typeorm';
import { ANONYMOUS_LABEL } from '@kindred/contracts';
import type { ModerationState, ReportTarget } from '@kindred/contracts';
import { markdownToText } from '../../common/markdown/render-markdown';
import { FORMER_MEMBER_LABEL } from '../threads/post.mapper';
import { membersOnly } from '../access/access.sql';
import { careStoryTitle } from '../care-experiences/care-catalogue';

/** 'private' when the content (written at `createdAt`) is members-only, by the access rules. */
const contentVisibility = (createdAt: string) =>
  `CASE WHEN g.id IS NULL THEN NULL WHEN ${membersOnly('g', createdAt)} THEN 'private' ELSE 'public' END`;

/** Anything that can be reported, as moderation sees it. */
export interface ModerationTarget {
  type: ReportTarget;
  id: string;
  /** The group whose moderators handle it; null: site moderators only (members, some experience reports). */
  groupId: string | null;
  /** Whether the content is members-only ('private') by the access rules; null outside groups. */
  groupVisibility: 'public' | 'private' | null;
  /** The author, or the reported member. */
  authorId: string | null;
  authorHandle: string | null;
  anonymous: boolean;
  title: string | null;
  body: string;
  state: ModerationState;
  reason: string | null;
  deleted: boolean;
  threadId: string | null;
  url: string;
}

export interface Snapshot {
  title: string | null;
  body: string;
  authorLabel: string;
  state: ModerationState;
  capturedAt: string;
}

/** Where each kind of content lives; `member` has no moderation state of its own. */
export const CONTENT_TABLE: Partial<Record<ReportTarget, string>> = {
  thread: 'threads',
  reply: 'replies',
  chat_message: 'chat_messages',
  experience_report: 'experience_reports',
  care_experience: 'care_experiences',
  care_response: 'care_experience_responses',
};

type Row = Record<string, unknown>;

const SQL: Record<ReportTarget, string> = {
  thread: `
    SELECT t.id, t.group_id, ${contentVisibility('t.created_at')} AS group_visibility, t.author_id, u.handle AS author_handle, t.anonymous,
           t.title, t.body, t.moderation AS state, t.moderation_reason AS reason, t.deleted_at IS NOT NULL AS deleted,
           t.id AS thread_id, '/threads/' || t.id AS url
      FROM threads t JOIN groups g ON g.id = t.group_id LEFT JOIN users u ON u.id = t.author_id WHERE t.id = $1`,
  reply: `
    SELECT r.id, t.group_id, ${contentVisibility('t.created_at')} AS group_visibility, r.author_id, u.handle AS author_handle, r.anonymous,
           'Re: ' || t.title AS title, r.body, r.moderation AS state, r.moderation_reason AS reason,
           r.deleted_at IS NOT NULL AS deleted, t.id AS thread_id, '/threads/' || t.id || '#reply-' || r.id AS url
      FROM replies r JOIN threads t ON t.id = r.thread_id JOIN groups g ON g.id = t.group_id
      LEFT JOIN users u ON u.id = r.author_id WHERE r.id = $1`,
  chat_message: `
    SELECT m.id, m.group_id, ${contentVisibility('m.created_at')} AS group_visibility, m.author_id, u.handle AS author_handle, false AS anonymous,
           'Chat in ' || g.name AS title, m.body, m.moderation AS state, m.moderation_reason AS reason,
           m.deleted_at IS NOT NULL AS deleted, NULL AS thread_id, '/groups/' || g.slug || '#chat' AS url
      FROM chat_messages m JOIN groups g ON g.id = m.group_id LEFT JOIN users u ON u.id = m.author_id WHERE m.id = $1`,
  experience_report: `
    SELECT e.id, e.group_id, ${contentVisibility('e.created_at')} AS group_visibility, e.user_id AS author_id, u.handle AS author_handle, false AS anonymous,
           'What works: ' || i.name || ' for ' || c.name AS title, e.tips AS body, e.moderation AS state,
           e.moderation_reason AS reason, false AS deleted, NULL AS thread_id, '/reports/' || e.id AS url
      FROM experience_reports e JOIN interventions i ON i.id = e.intervention_id JOIN conditions c ON c.id = e.condition_id
      LEFT JOIN groups g ON g.id = e.group_id LEFT JOIN users u ON u.id = e.user_id WHERE e.id = $1`,
  // A story of care: never in a group (site moderators handle it); its title names the kind and area.
  care_experience: `
    SELECT e.id, NULL AS group_id, NULL AS group_visibility, e.author_id, u.handle AS author_handle, e.anonymous,
           NULL AS title, e.service_kind, e.area_code, e.what_was_good || E'\n\n' || e.could_be_better AS body,
           e.moderation AS state, e.moderation_reason AS reason, e.deleted_at IS NOT NULL AS deleted, NULL AS thread_id,
           '/care/stories/' || e.id AS url
      FROM care_experiences e LEFT JOIN users u ON u.id = e.author_id WHERE e.id = $1`,
  care_response: `
    SELECT r.id, NULL AS group_id, NULL AS group_visibility, r.author_id, u.handle AS author_handle, false AS anonymous,
           'Response from ' || o.name AS title, r.body || CASE WHEN r.changed_something THEN E'\n\nWhat changed: ' || r.what_changed ELSE '' END AS body,
           r.moderation AS state, r.moderation_reason AS reason, false AS deleted, NULL AS thread_id,
           '/care/stories/' || r.experience_id || '#response-' || r.id AS url
      FROM care_experience_responses r JOIN organisations o ON o.id = r.organisation_id LEFT JOIN users u ON u.id = r.author_id WHERE r.id = $1`,
  member: `
    SELECT u.id, NULL AS group_id, NULL AS group_visibility, u.id AS author_id, u.handle AS author_handle, false AS anonymous,
           '@' || u.handle AS title, u.bio AS body, 'visible' AS state, NULL AS reason, false AS deleted, NULL AS thread_id,
           '/members/' || u.handle AS url
      FROM users u WHERE u.id = $1`,
};

/** Loads a target (optionally locking its row for an action), or null if it does not exist. */
export async function loadTarget(db: EntityManager, type: ReportTarget, id: string, lock = false): Promise<ModerationTarget | null> {
  const table = CONTENT_TABLE[type];
  if (lock && table) await db.query(`SELECT 1 FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
  const [r]: Row[] = await db.query(SQL[type], [id]);
  if (!r) return null;
  return {
    type,
    id: r.id as string,
    groupId: (r.group_id as string | null) ?? null,
    groupVisibility: (r.group_visibility as 'public' | 'private' | null) ?? null,
    authorId: (r.author_id as string | null) ?? null,
    authorHandle: (r.author_handle as string | null) ?? null,
    anonymous: r.anonymous as boolean,
    title: (r.title as string | null) ?? (r.service_kind ? careStoryTitle(r.service_kind as string, r.area_code as string) : null),
    body: (r.body as string | null) ?? '',
    state: r.state as ModerationState,
    reason: (r.reason as string | null) ?? null,
    deleted: r.deleted as boolean,
    threadId: (r.thread_id as string | null) ?? null,
    url: r.url as string,
  };
}

/** The content as moderators will see it later, whatever edits follow. Anonymous authors stay anonymous. */
export function snapshotOf(t: ModerationTarget): Snapshot {
  return {
    title: t.title,
    body: t.type === 'chat_message' ? t.body : markdownToText(t.body),
    authorLabel: t.anonymous ? ANONYMOUS_LABEL : (t.authorHandle ?? FORMER_MEMBER_LABEL),
    state: t.state,
    capturedAt: new Date().toISOString(),
  };
}
