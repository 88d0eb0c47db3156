import { Meilisearch, MeilisearchApiError, type EnqueuedTaskPromise, type Index, type Settings, type Task } from 'meilisearch';
import { LIMITS } from '@kindred/contracts';
import { assertDocIds, type DocType, type SearchDocument } from './search-documents';
import {
  MARK_END,
  MARK_START,
  markedToHtml,
  type EngineQuery,
  type EngineResult,
  type FacetCount,
  type SearchEngine,
} from './search-engine.port';

/**
 * Everything below was written for Meilisearch v1.48.2 (the image in docker/compose.yml; at least
 * v1.36 for the attributeRank and wordPosition ranking rules) and the meilisearch 0.62 client, and
 * is verified by the search engine contract only where a Meilisearch server is available
 * (MEILI_HOST). Each setting's source is in apps/api/src/modules/search/README.md.
 */

/** What Meilisearch stores: the document plus a numeric date for filtering and sorting. */
type MeiliDoc = SearchDocument & { createdAtTs: number };

const FACETS = ['type', 'conditionId', 'groupId', 'kind', 'tags'] as const;

/**
 * PostgreSQL's English stop words (share/tsearch_data/english.stop, used by its 'english' text
 * search configuration), so "at" or "the" need not match in either engine.
 */
export const ENGLISH_STOP_WORDS = [
  'i', 'me', 'my', 'myself', 'we', 'our', 'ours', 'ourselves', 'you', 'your', 'yours', 'yourself', 'yourselves', 'he', 'him', 'his',
  'himself', 'she', 'her', 'hers', 'herself', 'it', 'its', 'itself', 'they', 'them', 'their', 'theirs', 'themselves', 'what', 'which',
  'who', 'whom', 'this', 'that', 'these', 'those', 'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had',
  'having', 'do', 'does', 'did', 'doing', 'a', 'an', 'the', 'and', 'but', 'if', 'or', 'because', 'as', 'until', 'while', 'of', 'at',
  'by', 'for', 'with', 'about', 'against', 'between', 'into', 'through', 'during', 'before', 'after', 'above', 'below', 'to', 'from',
  'up', 'down', 'in', 'out', 'on', 'off', 'over', 'under', 'again', 'further', 'then', 'once', 'here', 'there', 'when', 'where',
  'why', 'how', 'all', 'any', 'both', 'each', 'few', 'more', 'most', 'other', 'some', 'such', 'no', 'nor', 'not', 'only', 'own',
  'same', 'so', 'than', 'too', 'very', 's', 't', 'can', 'will', 'just', 'don', 'should', 'now',
];

/**
 * A filter value as Meilisearch's filter parser reads it back exactly (milli filter-parser
 * value.rs: inside quotes a backslash skips the next character, and only the quote character
 * itself is unescaped, `\"` → `"`; every other backslash is kept as written). So the value is put
 * between double quotes with each `"` written `\"`, or between single quotes when it holds `\"`;
 * a value that ends with a backslash, or holds both `\"` and `\'`, cannot be written at all and
 * is refused rather than matched wrongly. Kindred's own values (uuids, kinds, tags) never are.
 */
export function filterValue(v: string): string {
  if (v.endsWith('\\')) throw new Error(`Meilisearch cannot filter on a value ending with a backslash: ${JSON.stringify(v.slice(0, 60))}`);
  for (const q of ['"', "'"]) {
    if (!v.includes(`\\${q}`)) return `${q}${v.split(q).join(`\\${q}`)}${q}`;
  }
  throw new Error(`Meilisearch cannot filter on this value: ${JSON.stringify(v.slice(0, 60))}`);
}
const anyOf = (field: string, values: string[]) => `${field} IN [${values.map(filterValue).join(', ')}]`;

/**
 * The page Meilisearch is asked for so that one request returns `limit` hits from `offset` with
 * an exhaustive count: the smallest `hitsPerPage` whose page holds the whole window, and where
 * the window starts in it. (`page`/`hitsPerPage` make the count exact, where `offset`/`limit`
 * give `estimatedTotalHits`; they cannot be combined.)
 */
export function pageFor(offset: number, limit: number): { page: number; hitsPerPage: number; skip: number } {
  for (let h = Math.max(limit, 1); ; h++) {
    if (Math.floor(offset / h) === Math.floor((offset + limit - 1) / h)) {
      const page = Math.floor(offset / h) + 1;
      return { page, hitsPerPage: h, skip: offset - (page - 1) * h };
    }
  }
}

/** Settings compared as sets (Meilisearch may return them in another order). */
const UNORDERED = new Set(['filterableAttributes', 'sortableAttributes', 'displayedAttributes', 'stopWords']);

function same(current: unknown, wanted: unknown, unordered = false): boolean {
  if (Array.isArray(wanted)) {
    if (!Array.isArray(current) || current.length !== wanted.length) return false;
    const norm = (a: unknown[]) => (unordered ? a.map((x) => JSON.stringify(x)).sort() : a.map((x) => JSON.stringify(x)));
    return JSON.stringify(norm(current)) === JSON.stringify(norm(wanted));
  }
  if (wanted && typeof wanted === 'object') {
    if (!current || typeof current !== 'object') return false;
    // Only the keys Kindred sets (Meilisearch returns every sub-setting).
    return Object.entries(wanted).every(([k, v]) => same((current as Record<string, unknown>)[k], v));
  }
  return current === wanted;
}

/** The settings that differ from those the index has: only these are sent. */
export function settingsToUpdate(current: Settings, wanted: Settings): Settings {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(wanted)) {
    const cur = (current as Record<string, unknown>)[k];
    const equal =
      k === 'synonyms'
        ? same(Object.keys(cur ?? {}).sort(), Object.keys(v ?? {}).sort()) && same(cur, v)
        : same(cur, v, UNORDERED.has(k));
    if (!equal) out[k] = v;
  }
  return out as Settings;
}

/** A task Meilisearch finished without succeeding (waitTask resolves with it rather than throwing). */
export class MeilisearchTaskFailedError extends Error {
  constructor(
    what: string,
    readonly task: Task,
  ) {
    super(`Meilisearch did not ${what}: ${task.error ? `${task.error.code}: ${task.error.message}` : task.status}`);
    this.name = 'MeilisearchTaskFailedError';
  }
}

export interface MeilisearchEngineOptions {
  /** How long one HTTP request may take (the client sets no timeout of its own). */
  requestTimeoutMs?: number;
  /** How long a write waits for its task (the relay holds its outbox rows meanwhile). */
  taskTimeoutMs?: number;
}

/**
 * The Meilisearch adapter (official client), used when MEILI_HOST is set. One index holds
 * every document type, told apart by the filterable `type` (so one query ranks threads,
 * conditions and interventions together and facets count across them). Its settings are
 * written by code: at each start they are compared with the index's and only those that differ
 * are sent (a settings task waits behind every queued write, and some settings reindex).
 */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  /** Its documents live outside Kindred's database: SearchService gives it the access lists. */
  readonly resolvesAccess = false;
  private readonly client: Meilisearch;
  private readonly index: Index<MeiliDoc>;
  private readonly taskTimeoutMs: number;

  constructor(
    host: string,
    apiKey: string | null,
    private readonly indexUid: string,
    opts: MeilisearchEngineOptions = {},
  ) {
    this.taskTimeoutMs = opts.taskTimeoutMs ?? 30_000;
    // meilisearch-js Config.timeout: "Timeout in milliseconds for each HTTP request" (none unless given).
    this.client = new Meilisearch({ host, apiKey: apiKey ?? undefined, timeout: opts.requestTimeoutMs ?? 5_000 });
    this.index = this.client.index<MeiliDoc>(indexUid);
  }

  /** The index settings Kindred needs; see the module README for what each one does and why. */
  protected settings(): Settings {
    return {
      // Attribute ranking order: names first, then tags, the post, the catalogue names it mentions, its group and condition.
      searchableAttributes: ['title', 'synonyms', 'tags', 'body', 'related', 'conditionName', 'groupName'],
      // `id` for the checksum listing's keyset (`id > last`); the rest are search filters and facets.
      filterableAttributes: ['id', 'type', 'conditionId', 'groupId', 'kind', 'tags', 'visibility', 'hidden', 'createdAtTs', 'authorId', 'threadAuthorId'],
      // `id` breaks ties the way PostgreSQL does (created_at DESC, id) and orders the checksum listing.
      sortableAttributes: ['id', 'createdAtTs', 'helpfulCount'],
      // Ranking rules docs: `sort` "is only active for queries containing the sort search parameter"; first, so a
      // sorted search is sorted exhaustively (newest, most helpful), as PostgreSQL's ORDER BY is. Ties: newest first.
      rankingRules: ['sort', 'words', 'typo', 'proximity', 'attributeRank', 'wordPosition', 'exactness', 'createdAtTs:desc'],
      // Everything but the author id, which is only for filtering.
      displayedAttributes: ['id', 'type', 'sourceId', 'title', 'body', 'synonyms', 'related', 'tags', 'kind', 'groupId', 'groupName',
        'conditionId', 'conditionName', 'visibility', 'hidden', 'helpfulCount', 'createdAt', 'url', 'checksum', 'version'],
      // Stop words docs: ignored "during indexing and searching"; the same list as PostgreSQL's 'english' configuration.
      stopWords: ENGLISH_STOP_WORDS,
      // None: Meilisearch only expands 1–3-word terms (synonyms docs); the catalogue's names reach both engines
      // through each document's `related` field instead, whatever their length, both ways.
      synonyms: {},
      // PostgreSQL corrects words of 4 letters or more; Meilisearch's own defaults are 5 and 9.
      typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
      // One more than pages reach (LIMITS.searchResultsMax): totalHits is min(matches, maxTotalHits), so 1,001 says "more".
      pagination: { maxTotalHits: LIMITS.searchResultsMax + 1 },
      // sortFacetValuesBy defaults to alpha: the 100 values kept would be the alphabetically first, not the most frequent.
      faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
    };
  }

  /** Waits for a task and throws unless it succeeded (waitTask resolves with failed and canceled tasks too). */
  private async succeeded(task: EnqueuedTaskPromise, what: string): Promise<Task> {
    const done = await task.waitTask({ timeout: this.taskTimeoutMs });
    if (done.status !== 'succeeded') throw new MeilisearchTaskFailedError(what, done);
    return done;
  }

  async setup(): Promise<void> {
    await this.createIndexIfMissing();
    const update = settingsToUpdate(await this.index.getSettings(), this.settings());
    if (Object.keys(update).length) await this.succeeded(this.index.updateSettings(update), `update the settings of index ${this.indexUid}`);
  }

  /** Creates the index only when Meilisearch says it does not exist; any other error (network, 401) is thrown. */
  private async createIndexIfMissing(): Promise<void> {
    try {
      const info = await this.client.getRawIndex(this.indexUid);
      if (info.primaryKey && info.primaryKey !== 'id') throw new Error(`Meilisearch index ${this.indexUid} has primary key ${info.primaryKey}, not id`);
      return;
    } catch (e) {
      if (!(e instanceof MeilisearchApiError && e.cause?.code === 'index_not_found')) throw e;
    }
    const task = await this.client.createIndex(this.indexUid, { primaryKey: 'id' }).waitTask({ timeout: this.taskTimeoutMs });
    // Another instance may have created it in the meantime.
    if (task.status !== 'succeeded' && task.error?.code !== 'index_already_exists') {
      throw new MeilisearchTaskFailedError(`create index ${this.indexUid}`, task);
    }
  }

  /**
   * Writes documents, leaving out those whose stored copy was built later (a higher `version`).
   * Meilisearch has no conditional write, so the stored versions are read first: this keeps an
   * older build from replacing a newer one already indexed, but not one still in the task queue
   * (see the module README). A malformed id fails the whole batch before anything is sent.
   */
  async upsert(docs: SearchDocument[]): Promise<void> {
    if (!docs.length) return;
    const ids = docs.map((d) => d.id);
    assertDocIds(ids);
    const stored = await this.index.getDocuments({ filter: anyOf('id', ids), fields: ['id', 'version'], limit: ids.length });
    const newer = new Map(stored.results.map((d) => [d.id, Number(d.version ?? 0)]));
    const fresh = docs.filter((d) => (newer.get(d.id) ?? -1) <= (d.version ?? 0));
    if (!fresh.length) return;
    await this.succeeded(
      this.index.addDocuments(fresh.map((d) => ({ ...d, createdAtTs: Date.parse(d.createdAt) })), { primaryKey: 'id' }),
      'index the batch',
    );
  }

  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.succeeded(this.index.deleteDocuments(ids), 'delete the batch');
  }

  /**
   * Every document's id and checksum in id order, a page at a time, by keyset (`id > last`,
   * sorted by id) rather than by offset: documents written or deleted meanwhile never shift a
   * page, so one present throughout is never reported missing.
   */
  async *checksums(pageSize: number): AsyncIterable<{ id: string; checksum: string }[]> {
    let after: string | null = null;
    for (;;) {
      const page: { results: Pick<MeiliDoc, 'id' | 'checksum'>[] } = await this.index.getDocuments({
        fields: ['id', 'checksum'],
        filter: after === null ? 'id EXISTS' : `id > ${filterValue(after)}`,
        sort: ['id:asc'],
        limit: pageSize,
      });
      if (!page.results.length) return;
      yield page.results.map((d) => ({ id: d.id, checksum: d.checksum }));
      if (page.results.length < pageSize) return;
      after = page.results[page.results.length - 1]!.id;
    }
  }

  async search(q: EngineQuery): Promise<EngineResult> {
    const filter: string[] = [];
    const access = q.access;
    if ('viewerId' in access) throw new Error('The Meilisearch engine needs the access lists, not a viewer id');
    if (!access.everything) {
      filter.push(access.memberOf.length ? `(visibility = "public" OR ${anyOf('groupId', access.memberOf)})` : `visibility = "public"`);
      filter.push(access.moderates.length ? `(hidden = false OR ${anyOf('groupId', access.moderates)})` : `hidden = false`);
    }
    if (access.hiddenAuthors.length) {
      const hidden = access.hiddenAuthors.map(filterValue).join(', ');
      // As for authorId: a document whose attribute is null (anonymous, or not a reply) passes NOT IN.
      filter.push(`authorId NOT IN [${hidden}]`, `threadAuthorId NOT IN [${hidden}]`);
    }
    if (q.types.length) filter.push(anyOf('type', q.types));
    if (q.conditionIds.length) filter.push(anyOf('conditionId', q.conditionIds));
    if (q.groupIds.length) filter.push(anyOf('groupId', q.groupIds));
    if (q.kinds.length) filter.push(anyOf('kind', q.kinds));
    if (q.tags.length) filter.push(anyOf('tags', q.tags));
    if (q.from) filter.push(`createdAtTs >= ${q.from.getTime()}`);
    if (q.to) filter.push(`createdAtTs < ${q.to.getTime()}`);
    // PostgreSQL's orders: helpful_count DESC, created_at DESC, id / created_at DESC, id; relevance with no text is newest first.
    const sort =
      q.sort === 'helpful'
        ? ['helpfulCount:desc', 'createdAtTs:desc', 'id:asc']
        : q.sort === 'newest' || !q.text
          ? ['createdAtTs:desc', 'id:asc']
          : undefined;
    const { page, hitsPerPage, skip } = pageFor(q.offset, q.limit);
    const res = await this.index.search(q.text, {
      filter: filter.join(' AND ') || undefined,
      sort,
      // Search API: "all: only returns documents that contain all query terms" (default `last` drops words from the end).
      matchingStrategy: 'all',
      // Pagination guide: with page/hitsPerPage the response has the exhaustive `totalHits` instead of `estimatedTotalHits`.
      page,
      hitsPerPage,
      facets: [...FACETS],
      attributesToHighlight: ['title', 'body'],
      attributesToCrop: ['body'],
      cropLength: 40,
      cropMarker: ' … ',
      highlightPreTag: MARK_START,
      highlightPostTag: MARK_END,
    });
    const facet = (name: (typeof FACETS)[number], limit = 20): FacetCount[] =>
      Object.entries(res.facetDistribution?.[name] ?? {})
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
        .slice(0, limit);
    return {
      total: Math.min(res.totalHits, LIMITS.searchResultsMax),
      totalIsEstimate: res.totalHits > LIMITS.searchResultsMax,
      correctedText: null,
      hits: res.hits.slice(skip, skip + q.limit).map((h) => ({
        id: h.id,
        type: h.type as DocType,
        sourceId: h.sourceId,
        title: h.title,
        titleHtml: markedToHtml(h._formatted?.title ?? h.title),
        snippetHtml: markedToHtml(h._formatted?.body ?? h.body.slice(0, 240)),
        url: h.url,
        kind: h.kind,
        tags: h.tags,
        groupId: h.groupId,
        groupName: h.groupName,
        conditionId: h.conditionId,
        conditionName: h.conditionName,
        helpfulCount: h.helpfulCount,
        createdAt: h.createdAt,
      })),
      facets: { type: facet('type'), condition: facet('conditionId'), group: facet('groupId'), kind: facet('kind'), tag: facet('tags') },
    };
  }
}
