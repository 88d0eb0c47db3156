import { hiddenAuthorIds, memberGroupIds, moderatedGroupIds } from '../access/access.sql';
import { escapeHtml } from '../../common/text/escape-html';
import type { EntityManager } from 'typeorm';
import type { DocType, SearchDocument } from './search-documents';

export type SearchSort = 'relevance' | 'newest' | 'helpful';

/** Who is searching, as the engine filters for them (inside its own query). */
export interface SearchAccess {
  /** Private groups whose content the searcher may read (their active memberships). */
  memberOf: string[];
  /** Groups whose hidden content the searcher may see (the groups they moderate). */
  moderates: string[];
  /** Site moderators and admins: every group and everything hidden. */
  everything: boolean;
  /** Members the searcher blocked or was blocked by: their (non-anonymous) posts are left out. */
  hiddenAuthors: string[];
}

/**
 * The columns of SearchAccess for the member whose id is the SQL expression `userParam`, as
 * uuid[]: `member_of` (active memberships), `moderates` (groups they moderate) and
 * `hidden_authors` (blocks, either way). SearchService reads them for the engines that take
 * lists; the PostgreSQL engine reads them inside its search statement.
 */
export const searchAccessColumns = (userParam: string) =>
  `ARRAY(${memberGroupIds(userParam)}) AS member_of,
   ARRAY(${moderatedGroupIds(userParam)}) AS moderates,
   ARRAY(${hiddenAuthorIds(userParam)}) AS hidden_authors`;

/**
 * Access as a database engine can work it out itself: the searcher's id, from which its query
 * reads their active memberships, the groups they moderate and their blocks (the same rules as
 * SearchAccess), so a search needs no separate lookup first.
 */
export interface ViewerAccess {
  viewerId: string;
}

export interface EngineQuery {
  /** Already trimmed; '' browses everything the filters allow, newest first. */
  text: string;
  types: DocType[];
  conditionIds: string[];
  groupIds: string[];
  kinds: string[];
  tags: string[];
  from: Date | null;
  to: Date | null;
  sort: SearchSort;
  offset: number;
  limit: number;
  /** ViewerAccess only for an engine with `resolvesAccess`. */
  access: SearchAccess | ViewerAccess;
}

export interface EngineHit {
  id: string;
  type: DocType;
  sourceId: string;
  title: string;
  /** Fragments of the body around the matched words, with <mark> around them; everything else HTML-escaped. */
  snippetHtml: string;
  /** The title with <mark> around matched words, HTML-escaped. */
  titleHtml: string;
  url: string;
  kind: string | null;
  tags: string[];
  groupId: string | null;
  groupName: string | null;
  conditionId: string | null;
  conditionName: string | null;
  helpfulCount: number;
  createdAt: string;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface EngineResult {
  /** Matching documents the searcher may see, all pages together (or, when `totalIsEstimate`, at least this many). */
  total: number;
  /**
   * More matched than pages can reach: the total is that many (1,000) and means "at least". PostgreSQL
   * ranks, facets and counts the newest of them; Meilisearch ranks its best 1,000 and facets all of them.
   */
  totalIsEstimate: boolean;
  /** The query as the engine understood it after correcting misspellings, when that differs. */
  correctedText: string | null;
  hits: EngineHit[];
  facets: { type: FacetCount[]; condition: FacetCount[]; group: FacetCount[]; kind: FacetCount[]; tag: FacetCount[] };
}

/**
 * The search port. Each engine keeps its own copy of the documents (written only by the relay
 * and the reindex command) and filters by access inside its own query.
 */
export interface SearchEngine {
  readonly name: 'postgres' | 'meilisearch';
  /** Reads the searcher's memberships and blocks inside its own query (it shares Kindred's database): it takes ViewerAccess. */
  readonly resolvesAccess: boolean;
  /** Creates or updates the index and its settings; safe to call at every start. */
  setup(): Promise<void>;
  /**
   * Writes documents, replacing any with the same id unless the stored copy has a higher `version`
   * (built later), and throws before writing anything if an id is not `<type>-<uuid>`. `tx` is the
   * relay's transaction, where the engine can use it.
   */
  upsert(docs: SearchDocument[], tx?: EntityManager): Promise<void>;
  remove(ids: string[], tx?: EntityManager): Promise<void>;
  search(query: EngineQuery): Promise<EngineResult>;
  /** Every stored document's id and checksum, a page at a time (for the drift check and reindex). */
  checksums(pageSize: number): AsyncIterable<{ id: string; checksum: string }[]>;
}

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');

/** Marks used by both engines around matched words, replaced by <mark> after escaping. */
export const MARK_START = '\u0001';
export const MARK_END = '\u0002';

/** Escapes everything, then turns the engine's marks into <mark>…</mark>: the only HTML a snippet holds. */
export function markedToHtml(text: string): string {
  return escapeHtml(text)
    .replace(new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, 'g'), '<mark>$1</mark>')
    .replace(new RegExp(`[${MARK_START}${MARK_END}]`, 'g'), '');
}
