import { createHash } from 'node:crypto';
import { membersOnly } from '../access/access.sql';
import type { EntityManager } from 'typeorm';
import { markdownToText } from '../../common/markdown/render-markdown';

export const DOC_TYPES = ['thread', 'reply', 'group', 'condition', 'intervention', 'tip'] as const;
export type DocType = (typeof DOC_TYPES)[number];

/**
 * One searchable thing, as both engines store it. Access is decided from `groupId`,
 * `visibility` and `hidden` inside the engine's query; nothing here names an author.
 */
export interface SearchDocument {
  /** `<type>-<uuid>` (Meilisearch ids allow letters, digits, - and _ only). */
  id: string;
  type: DocType;
  sourceId: string;
  title: string;
  body: string;
  synonyms: string;
  tags: string[];
  kind: string | null;
  groupId: string | null;
  groupName: string | null;
  conditionId: string | null;
  conditionName: string | null;
  /** 'private' only for content of private groups (and tips filed in them). */
  visibility: 'public' | 'private';
  /** Not shown to anyone but moderators (content awaiting review or taken down). */
  hidden: boolean;
  /** The author of a non-anonymous post, for leaving out members who blocked each other; never returned. */
  authorId: string | null;
  helpfulCount: number;
  createdAt: string;
  url: string;
  /** Fingerprint of every field above: how `search:check` spots a stale copy. */
  checksum: string;
}

export const docId = (type: DocType, sourceId: string) => `${type}-${sourceId}`;
export function parseDocId(id: string): { type: DocType; sourceId: string } | null {
  const dash = id.indexOf('-');
  const type = id.slice(0, dash) as DocType;
  return DOC_TYPES.includes(type) ? { type, sourceId: id.slice(dash + 1) } : null;
}

type Unsigned = Omit<SearchDocument, 'checksum'>;
/** A source row as the SQL below selects it (column names as written there). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each SOURCES query has its own shape, checked by the contract tests
type Row = Record<string, any>;

function sign(d: Unsigned): SearchDocument {
  const checksum = createHash('sha1').update(JSON.stringify(d)).digest('base64url');
  return { ...d, checksum };
}

const iso = (d: Date | string) => new Date(d).toISOString();

/** Builds the current documents for the given source ids of one type; ids with no document (gone, or not searchable) are left out. */
export async function buildDocuments(db: EntityManager, type: DocType, ids: string[]): Promise<SearchDocument[]> {
  if (!ids.length) return [];
  const rows: Row[] = await db.query(SOURCES[type], [ids]);
  return rows.map((r) => sign(TO_DOC[type](r)));
}

/** Every source id of a type, in id order, a page at a time (reindex and check). */
export async function sourceIds(db: EntityManager, type: DocType, after: string | null, limit: number): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `SELECT id FROM ${TABLES[type]} WHERE ($1::uuid IS NULL OR id > $1) ORDER BY id LIMIT $2`,
    [after, limit],
  );
  return rows.map((r) => r.id);
}

export const TABLES: Record<DocType, string> = {
  thread: 'threads',
  reply: 'replies',
  group: 'groups',
  condition: 'conditions',
  intervention: 'interventions',
  tip: 'experience_reports',
};

/** 'private' when a post of group `g` written at `createdAt` is members-only (the access rules). */
const contentVisibility = (createdAt: string) => `CASE WHEN ${membersOnly('g', createdAt)} THEN 'private' ELSE 'public' END`;

const SOURCES: Record<DocType, string> = {
  // A deleted thread's text is gone, so it is not searchable; replies stay searchable.
  thread: `
    SELECT t.id, t.title, t.body, t.tags, t.kind, t.helpful_count, t.created_at, g.id AS group_id, g.name AS group_name,
           t.moderation <> 'visible' AS hidden,
           CASE WHEN t.anonymous THEN NULL ELSE t.author_id END AS author_id,
           g.slug AS group_slug, ${contentVisibility('t.created_at')} AS visibility, c.id AS condition_id, c.name AS condition_name
      FROM threads t JOIN groups g ON g.id = t.group_id JOIN conditions c ON c.id = g.condition_id
     WHERE t.id = ANY($1) AND t.deleted_at IS NULL`,
  reply: `
    SELECT r.id, r.body, r.helpful_count, r.created_at, t.id AS thread_id, t.title AS thread_title, t.tags, t.kind,
           (r.moderation <> 'visible' OR t.moderation <> 'visible') AS hidden,
           CASE WHEN r.anonymous THEN NULL ELSE r.author_id END AS author_id,
           g.id AS group_id, g.name AS group_name, ${contentVisibility('t.created_at')} AS visibility, c.id AS condition_id, c.name AS condition_name
      FROM replies r JOIN threads t ON t.id = r.thread_id JOIN groups g ON g.id = t.group_id JOIN conditions c ON c.id = g.condition_id
     WHERE r.id = ANY($1) AND r.deleted_at IS NULL`,
  group: `
    SELECT g.id, g.name, g.slug, g.description, g.visibility, g.created_at, c.id AS condition_id, c.name AS condition_name
      FROM groups g JOIN conditions c ON c.id = g.condition_id WHERE g.id = ANY($1)`,
  condition: `SELECT id, name, slug, synonyms, icd10_code, description, created_at FROM conditions WHERE id = ANY($1)`,
  // Only accepted interventions are searchable; brand names and other names are its synonyms.
  intervention: `
    SELECT i.id, i.name, i.slug, i.category, i.synonyms, i.description, i.created_at,
           (SELECT c.id FROM intervention_conditions ic JOIN conditions c ON c.id = ic.condition_id
             WHERE ic.intervention_id = i.id ORDER BY c.name LIMIT 1) AS condition_id,
           (SELECT c.slug FROM intervention_conditions ic JOIN conditions c ON c.id = ic.condition_id
             WHERE ic.intervention_id = i.id ORDER BY c.name LIMIT 1) AS condition_slug,
           (SELECT string_agg(c.name, ', ' ORDER BY c.name) FROM intervention_conditions ic JOIN conditions c ON c.id = ic.condition_id
             WHERE ic.intervention_id = i.id) AS condition_names
      FROM interventions i WHERE i.id = ANY($1) AND i.status = 'accepted'`,
  // A tip is the tips text of an experience report (never its author); in a private group only for its members.
  tip: `
    SELECT e.id, e.tips, e.created_at, e.moderation <> 'visible' AS hidden, i.name AS intervention_name, i.slug AS intervention_slug, c.id AS condition_id,
           c.name AS condition_name, c.slug AS condition_slug, g.id AS group_id, g.name AS group_name,
           CASE WHEN g.id IS NOT NULL AND ${membersOnly('g', 'e.created_at')} THEN 'private' ELSE 'public' END AS visibility
      FROM experience_reports e JOIN interventions i ON i.id = e.intervention_id JOIN conditions c ON c.id = e.condition_id
      LEFT JOIN groups g ON g.id = e.group_id
     WHERE e.id = ANY($1) AND e.user_id IS NOT NULL AND btrim(e.tips) <> ''`,
};

const TO_DOC: Record<DocType, (r: Row) => Unsigned> = {
  thread: (r) => ({
    id: docId('thread', r.id),
    type: 'thread',
    sourceId: r.id,
    title: r.title,
    body: markdownToText(r.body),
    synonyms: '',
    tags: r.tags,
    kind: r.kind,
    groupId: r.group_id,
    groupName: r.group_name,
    conditionId: r.condition_id,
    conditionName: r.condition_name,
    visibility: r.visibility,
    hidden: r.hidden,
    authorId: r.author_id,
    helpfulCount: r.helpful_count,
    createdAt: iso(r.created_at),
    url: `/threads/${r.id}`,
  }),
  reply: (r) => ({
    id: docId('reply', r.id),
    type: 'reply',
    sourceId: r.id,
    title: `Re: ${r.thread_title}`,
    body: markdownToText(r.body),
    synonyms: '',
    tags: r.tags,
    kind: r.kind,
    groupId: r.group_id,
    groupName: r.group_name,
    conditionId: r.condition_id,
    conditionName: r.condition_name,
    visibility: r.visibility,
    hidden: r.hidden,
    authorId: r.author_id,
    helpfulCount: r.helpful_count,
    createdAt: iso(r.created_at),
    url: `/threads/${r.thread_id}#reply-${r.id}`,
  }),
  group: (r) => ({
    id: docId('group', r.id),
    type: 'group',
    sourceId: r.id,
    title: r.name,
    body: r.description,
    synonyms: '',
    tags: [],
    kind: null,
    // A private group is findable by name (so people can ask to join); its content is not.
    groupId: r.id,
    groupName: r.name,
    conditionId: r.condition_id,
    conditionName: r.condition_name,
    visibility: 'public',
    hidden: false,
    authorId: null,
    helpfulCount: 0,
    createdAt: iso(r.created_at),
    url: `/groups/${r.slug}`,
  }),
  condition: (r) => ({
    id: docId('condition', r.id),
    type: 'condition',
    sourceId: r.id,
    title: r.name,
    body: r.description,
    synonyms: [...r.synonyms, r.icd10_code].join(' · '),
    tags: [],
    kind: null,
    groupId: null,
    groupName: null,
    conditionId: r.id,
    conditionName: r.name,
    visibility: 'public',
    hidden: false,
    authorId: null,
    helpfulCount: 0,
    createdAt: iso(r.created_at),
    url: `/conditions/${r.slug}`,
  }),
  intervention: (r) => ({
    id: docId('intervention', r.id),
    type: 'intervention',
    sourceId: r.id,
    title: r.name,
    body: r.description,
    synonyms: r.synonyms.join(' · '),
    tags: [],
    kind: r.category,
    groupId: null,
    groupName: null,
    conditionId: r.condition_id,
    conditionName: r.condition_names,
    visibility: 'public',
    hidden: false,
    authorId: null,
    helpfulCount: 0,
    createdAt: iso(r.created_at),
    url: r.condition_slug ? `/conditions/${r.condition_slug}/what-works#what-works-${r.slug}` : '/conditions',
  }),
  tip: (r) => ({
    id: docId('tip', r.id),
    type: 'tip',
    sourceId: r.id,
    title: `Tip: ${r.intervention_name} for ${r.condition_name}`,
    body: markdownToText(r.tips),
    synonyms: '',
    tags: [],
    kind: null,
    groupId: r.group_id,
    groupName: r.group_name,
    conditionId: r.condition_id,
    conditionName: r.condition_name,
    visibility: r.visibility === 'private' ? 'private' : 'public',
    hidden: r.hidden,
    authorId: null,
    helpfulCount: 0,
    createdAt: iso(r.created_at),
    url: `/conditions/${r.condition_slug}/what-works#what-works-${r.intervention_slug}`,
  }),
};
