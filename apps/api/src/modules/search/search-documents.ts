import { createHash } from 'node:crypto';
import { membersOnly } from '../access/access.sql';
import type { EntityManager } from 'typeorm';
import { markdownToText } from '../../common/markdown/render-markdown';
import { careStoryTitle } from '../care-experiences/care-catalogue';

export const DOC_TYPES = ['thread', 'reply', 'group', 'condition', 'intervention', 'tip', 'care_story'] as const;
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
  /**
   * A reply carries its thread's title: the author of that thread when it is not anonymous, so a
   * reply in the thread of someone in a block with the searcher is left out too (its title and
   * page are theirs). Null for every other type; never returned.
   */
  threadAuthorId: string | null;
  helpfulCount: number;
  createdAt: string;
  url: string;
  /**
   * The other names of catalogue conditions the title, body or tags mention ("COPD" in a post
   * brings "chronic obstructive pulmonary disease" and the rest of that condition's names, and
   * the other way round), from the `conditions` table when the document is built. Searchable in
   * both engines, so a condition's names find each other's posts whatever their length (see
   * `relatedText`). Empty for condition documents, whose own names are their `synonyms`.
   */
  related: string;
  /** Fingerprint of every field above: how `search:check` spots a stale copy. */
  checksum: string;
  /**
   * When the document was built: the first transaction id not yet completed when the statement
   * reading its rows took its snapshot (`pg_snapshot_xmax`). A copy built later saw at least as
   * much, so an engine keeps the stored copy when an older build arrives after it. Not part of
   * the checksum.
   */
  version: number;
}

export const docId = (type: DocType, sourceId: string) => `${type}-${sourceId}`;

/** `<type>-<uuid>`, lower case: the only ids either engine stores (Meilisearch allows a-z A-Z 0-9 - _ only). */
const DOC_ID = new RegExp(`^(${DOC_TYPES.join('|')})-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`);
export const isDocId = (id: string) => DOC_ID.test(id);

/** Throws before anything is written when a batch holds an id that is not `<type>-<uuid>`. */
export function assertDocIds(ids: string[]): void {
  const bad = ids.find((id) => !isDocId(id));
  if (bad !== undefined) throw new Error(`Malformed search document id: ${JSON.stringify(bad.slice(0, 80))}`);
}
export function parseDocId(id: string): { type: DocType; sourceId: string } | null {
  const dash = id.indexOf('-');
  const type = id.slice(0, dash) as DocType;
  return DOC_TYPES.includes(type) ? { type, sourceId: id.slice(dash + 1) } : null;
}

type Unsigned = Omit<SearchDocument, 'checksum' | 'version' | 'related'>;
/** A source row as the SQL below selects it (column names as written there). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each SOURCES query has its own shape, checked by the contract tests
type Row = Record<string, any>;

function sign(d: Omit<SearchDocument, 'checksum' | 'version'>, version: number): SearchDocument {
  const checksum = createHash('sha1').update(JSON.stringify(d)).digest('base64url');
  return { ...d, checksum, version };
}

/** One condition's names: its name and its synonyms (the catalogue's lay and clinical names). */
export interface CatalogueNames {
  name: string;
  synonyms: string[];
}

/** Every condition's names, from the catalogue table (read when documents are built). */
export async function catalogueNames(db: EntityManager): Promise<CatalogueNames[]> {
  return db.query(`SELECT name, synonyms FROM conditions ORDER BY name`);
}

/** An abbreviation ("MS", "COPD", "T2D"): matched in its own case only, so "ms" or "Ms" in a post is not multiple sclerosis. */
const ABBREVIATION = /^[A-Z0-9]{2,6}$/;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normal = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Finds catalogue names in a text: a matcher per catalogue, built once per batch. Names match as
 * whole words (letters and digits on neither side), ignoring case except for abbreviations.
 */
export class CatalogueMatcher {
  private readonly groups: string[][] = [];
  private readonly groupOf = new Map<string, number[]>();
  private readonly words: RegExp | null;
  private readonly abbreviations: RegExp | null;

  constructor(catalogue: CatalogueNames[]) {
    const words: string[] = [];
    const abbreviations: string[] = [];
    for (const c of catalogue) {
      const names = [...new Set([c.name, ...c.synonyms].map((n) => n.trim()).filter(Boolean))];
      const g = this.groups.push(names) - 1;
      for (const n of names) {
        const key = ABBREVIATION.test(n) ? n : normal(n);
        this.groupOf.set(key, [...(this.groupOf.get(key) ?? []), g]);
        (ABBREVIATION.test(n) ? abbreviations : words).push(n);
      }
    }
    // Longest first, so "type 2 diabetes" wins over "diabetes" where both are names.
    const alternation = (names: string[]) =>
      [...new Set(names)].sort((a, b) => b.length - a.length).map((n) => escapeRegExp(n).replace(/\s+/g, '\\s+')).join('|');
    this.words = words.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(words)})(?![\\p{L}\\p{N}])`, 'giu') : null;
    this.abbreviations = abbreviations.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(abbreviations)})(?![\\p{L}\\p{N}])`, 'gu') : null;
  }

  /**
   * The other names of every condition the text names, each once, in catalogue order, joined
   * with " · ": what a document's `related` field holds. Names the text already has are left out.
   */
  relatedText(text: string): string {
    const found = new Set<number>();
    const present = new Set<string>();
    for (const [re, key] of [
      [this.words, normal],
      [this.abbreviations, (s: string) => s],
    ] as const) {
      if (!re) continue;
      for (const m of text.matchAll(re)) {
        const k = key(m[0]);
        present.add(k);
        for (const g of this.groupOf.get(k) ?? []) found.add(g);
      }
    }
    const out: string[] = [];
    for (const g of [...found].sort((a, b) => a - b)) {
      for (const n of this.groups[g]!) {
        const k = ABBREVIATION.test(n) ? n : normal(n);
        if (!present.has(k)) {
          present.add(k);
          out.push(n);
        }
      }
    }
    return out.join(' · ');
  }
}

const iso = (d: Date | string) => new Date(d).toISOString();

/** Builds the current documents for the given source ids of one type; ids with no document (gone, or not searchable) are left out. */
export async function buildDocuments(
  db: EntityManager,
  type: DocType,
  ids: string[],
  catalogue?: CatalogueMatcher,
): Promise<SearchDocument[]> {
  if (!ids.length) return [];
  const matcher = type === 'condition' ? null : (catalogue ?? new CatalogueMatcher(await catalogueNames(db)));
  // The version comes from the snapshot of the very statement that reads the rows.
  const rows: Row[] = await db.query(
    `SELECT s.*, pg_snapshot_xmax(pg_current_snapshot())::text AS search_version FROM (${SOURCES[type]}) s`,
    [ids],
  );
  return rows.map((r) => {
    const d = TO_DOC[type](r);
    const related = matcher ? matcher.relatedText(`${d.title}\n${d.body}\n${d.tags.join(' ')}`) : '';
    return sign({ ...d, related }, Number(r.search_version));
  });
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
  care_story: 'care_experiences',
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
           CASE WHEN t.anonymous THEN NULL ELSE t.author_id END AS thread_author_id,
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
  // A story of care: public, outside groups; an anonymous story carries no author (as posts).
  care_story: `
    SELECT e.id, e.service_kind, e.area_code, e.what_was_good, e.could_be_better, e.created_at, e.moderation <> 'visible' AS hidden,
           CASE WHEN e.anonymous THEN NULL ELSE e.author_id END AS author_id, c.id AS condition_id, c.name AS condition_name
      FROM care_experiences e LEFT JOIN conditions c ON c.id = e.condition_id
     WHERE e.id = ANY($1) AND e.deleted_at IS NULL`,
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
    threadAuthorId: null,
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
    threadAuthorId: r.thread_author_id,
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
    threadAuthorId: null,
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
    threadAuthorId: null,
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
    threadAuthorId: null,
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
    threadAuthorId: null,
    helpfulCount: 0,
    createdAt: iso(r.created_at),
    url: `/conditions/${r.condition_slug}/what-works#what-works-${r.intervention_slug}`,
  }),
  care_story: (r) => ({
    id: docId('care_story', r.id),
    type: 'care_story',
    sourceId: r.id,
    title: careStoryTitle(r.service_kind, r.area_code),
    body: [r.what_was_good, r.could_be_better].filter((s: string) => s.trim()).join('\n\n'),
    synonyms: '',
    tags: [],
    kind: r.service_kind,
    groupId: null,
    groupName: null,
    conditionId: r.condition_id,
    conditionName: r.condition_name,
    visibility: 'public',
    hidden: r.hidden,
    authorId: r.author_id,
    threadAuthorId: null,
    helpfulCount: 0,
    createdAt: iso(r.created_at),
    url: `/care/stories/${r.id}`,
  }),
};
