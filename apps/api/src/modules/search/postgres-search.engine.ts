import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { LIMITS } from '@kindred/contracts';
import { plansEveryExecution } from '../../common/database/pool-options';
import { assertDocIds, type DocType, type SearchDocument } from './search-documents';
import {
  MARK_END,
  MARK_START,
  markedToHtml,
  searchAccessColumns,
  type EngineHit,
  type EngineQuery,
  type EngineResult,
  type SearchEngine,
} from './search-engine.port';

const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … "`;
const TITLE_HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
/**
 * Planner settings for searches filtered by condition (SET LOCAL, so they end with their
 * transaction). The index and the recent part of the table are read from memory, so a random
 * page costs little more than a sequential one; with the default 4 the planner walks the whole
 * date index, row by row, rather than the newest rows of one condition through the
 * (condition_id, created_at) index (3× the work). Other searches (measured: the 20 benchmark
 * queries) plan the same either way, so they run as one statement without a transaction. JIT
 * compilation would cost more than it saves on a statement that ends in milliseconds.
 */
export const SEARCH_SETTINGS = 'SET LOCAL random_page_cost = 1.1; SET LOCAL jit = off';
/**
 * How many of the newest documents a query with several words is searched in first: enough that
 * a query matching 5 % of documents fills the pages from them alone.
 */
const RECENT_DOCUMENTS = 20_000;

/** Two or more words that must all match (no quotes, no `or`, no minus). */
function allOf(text: string): boolean {
  const words = text.toLowerCase().split(' ').filter(Boolean);
  return words.length >= 2 && !/["-]/.test(text) && !words.includes('or');
}

/** Words worth correcting: long enough for a trigram match to mean something. */
const WORD = /^[a-z][a-z'-]{3,}$/;

interface Correction {
  input: string;
  word: string | null;
}

/** The distinct words of a query worth correcting (lower case; letters, apostrophes and hyphens only). */
function correctable(text: string): string[] {
  return [...new Set(text.toLowerCase().match(/(?<![-"\w])[a-z][a-z'-]{3,}/g) ?? [])];
}

/**
 * For each word: whether the word list has it, and if not the closest word it has (or null) that
 * a public, visible document still holds. Words are never taken off the list, so a word from a
 * post since hidden, deleted or made members-only is checked against the documents before it is
 * offered: a correction must not reveal it.
 */
const CORRECTION_SQL = `SELECT w.input, k.known, CASE WHEN k.known THEN NULL
         ELSE (SELECT s.word FROM search_words s
                WHERE s.word % w.input
                  AND EXISTS (SELECT 1 FROM search_documents d
                               WHERE d.tsv @@ plainto_tsquery('english', s.word) AND d.visibility = 'public' AND NOT d.hidden)
                ORDER BY s.word <-> w.input, s.word LIMIT 1) END AS word
    FROM unnest($1::text[]) AS w(input)
   CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM search_words s WHERE s.word = w.input) AS known) k`;

/**
 * Words the word list is known to have, so they need no correction query. People type the same
 * words again and again, so most searches send none. Only known words are kept: a word is never
 * taken off the list, so this cannot go stale, whereas a correction of an unknown word could (the
 * word may be indexed a moment later, by another process). Bounded: the oldest entries go first.
 */
class KnownWords {
  private readonly words = new Set<string>();

  constructor(private readonly maxEntries = 20_000) {}

  has(word: string): boolean {
    return this.words.has(word);
  }

  add(word: string): void {
    if (this.words.has(word)) return;
    while (this.words.size >= this.maxEntries) this.words.delete(this.words.values().next().value as string);
    this.words.add(word);
  }

}

function applyCorrections(text: string, rows: Correction[]): string {
  let corrected = text;
  for (const r of rows) {
    if (r.word) corrected = corrected.replace(new RegExp(`(?<![\\w'-])${r.input}(?![\\w'-])`, 'gi'), r.word);
  }
  return corrected;
}

/**
 * How many different texts of the search statement are sent as named prepared statements (each
 * is kept by every pooled session, ~0.5 MB apiece); texts beyond these are sent unnamed. The
 * text depends only on which filters, sort and kind of query are used, not on their values:
 * the 20 queries of the search benchmark make 7.
 */
const NAMED_STATEMENTS_MAX = 16;

/** The search statement's one row. */
interface SearchRow {
  broad: boolean;
  total: number;
  facets: EngineResult['facets'];
  hits: (Omit<EngineHit, 'snippetHtml' | 'titleHtml'> & { titleMarked: string; snippetMarked: string })[];
}

/**
 * PostgreSQL full-text search (the embedded default): documents in `search_documents` with a
 * weighted tsvector (title and synonyms first, then tags, then body), `websearch_to_tsquery` for
 * what people type (quotes, -minus, or), ranked with ts_rank, snippets from ts_headline, and
 * pg_trgm for misspellings: unknown words are replaced by the closest indexed word, and names
 * (conditions, interventions, groups) also match on trigram similarity of their title.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;
  /** The documents sit beside the memberships and blocks, so one statement reads access and searches. */
  readonly resolvesAccess = true;

  constructor(
    private readonly db: DataSource,
    /** How many matches a query is ranked, faceted and counted over at most (LIMITS.searchResultsMax). */
    private readonly maxResults: number = LIMITS.searchResultsMax,
  ) {
    this.statementNames = plansEveryExecution(db) ? new Map() : null;
  }

  /**
   * Names of the search statement's texts, when sent as named prepared statements: then each
   * session parses and analyses a text once and plans it again for every search (its pool asks
   * for a plan per execution; see poolOptions), which saves ~8 % of PostgreSQL's work per search.
   * Null where statements are not named (PGlite, or a pool that may reuse generic plans).
   */
  private readonly statementNames: Map<string, string> | null;

  /**
   * The statement as TypeORM should send it: its text, or a pg query config naming it (TypeORM
   * hands the query to pg as it is). Named by a hash of the text, so engines sharing a pool
   * agree on every name.
   */
  private named(sql: string): string {
    if (!this.statementNames) return sql;
    let name = this.statementNames.get(sql);
    if (!name) {
      if (this.statementNames.size >= NAMED_STATEMENTS_MAX) return sql;
      name = `kindred_search_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
      this.statementNames.set(sql, name);
    }
    return { name, text: sql } as unknown as string;
  }

  /** Words the correction list has (see KnownWords). */
  private readonly knownWords = new KnownWords();

  /** The start of the recent window, and when it was read (one read shared by concurrent searches). */
  private recent: { at: number; since: Promise<Date | null> } | null = null;

  /**
   * The creation date of the RECENT_DOCUMENTS-th newest document, read again every minute (null
   * while there are fewer documents: then there is nothing to gain from searching them first).
   */
  private recentSince(): Promise<Date | null> {
    const now = Date.now();
    if (!this.recent || now - this.recent.at > 60_000) {
      const since = this.db
        .query(`SELECT created_at FROM search_documents ORDER BY created_at DESC OFFSET $1 LIMIT 1`, [
          Math.round((RECENT_DOCUMENTS * this.maxResults) / LIMITS.searchResultsMax),
        ])
        .then(([row]: { created_at: Date }[]) => (row ? new Date(row.created_at) : null));
      this.recent = { at: now, since };
      // A failed read is not kept: the next search reads again.
      since.catch(() => {
        if (this.recent?.since === since) this.recent = null;
      });
    }
    return this.recent.since;
  }

  async setup(): Promise<void> {
    // The table and indexes come from the migrations: fails (and the relay tries again later)
    // until they have run, as Meilisearch's setup fails until its settings are in place.
    await this.db.query(`SELECT id, version, related, tsv FROM search_documents LIMIT 0`);
  }

  async upsert(docs: SearchDocument[], tx?: EntityManager): Promise<void> {
    if (!docs.length) return;
    assertDocIds(docs.map((d) => d.id));
    const m = tx ?? this.db.manager;
    // A stored copy built later than the one written here is kept (see SearchDocument.version).
    await m.query(
      `INSERT INTO search_documents (id, type, source_id, title, body, synonyms, tags, tag_text, kind, group_id, group_name, condition_id,
                                     condition_name, visibility, hidden, author_id, thread_author_id, helpful_count, created_at, url, checksum, related, version)
       SELECT d.id, d.type, d."sourceId"::uuid, d.title, d.body, d.synonyms, ARRAY(SELECT jsonb_array_elements_text(d.tags)),
              (SELECT coalesce(string_agg(replace(t, '-', ' '), ' '), '') FROM jsonb_array_elements_text(d.tags) t), d.kind,
              d."groupId"::uuid, d."groupName", d."conditionId"::uuid, d."conditionName", d.visibility, d.hidden, d."authorId"::uuid, d."threadAuthorId"::uuid, d."helpfulCount",
              d."createdAt"::timestamptz, d.url, d.checksum, coalesce(d.related, ''), coalesce(d.version, 0)
         FROM jsonb_to_recordset($1::jsonb) AS d(id text, type text, "sourceId" text, title text, body text, synonyms text, tags jsonb,
              kind text, "groupId" text, "groupName" text, "conditionId" text, "conditionName" text, visibility text, hidden boolean,
              "authorId" text, "threadAuthorId" text, "helpfulCount" int, "createdAt" text, url text, checksum text, related text, version bigint)
       ON CONFLICT (id) DO UPDATE SET type = EXCLUDED.type, source_id = EXCLUDED.source_id, title = EXCLUDED.title,
         body = EXCLUDED.body, synonyms = EXCLUDED.synonyms, tags = EXCLUDED.tags, tag_text = EXCLUDED.tag_text, kind = EXCLUDED.kind,
         group_id = EXCLUDED.group_id, group_name = EXCLUDED.group_name, condition_id = EXCLUDED.condition_id,
         condition_name = EXCLUDED.condition_name, visibility = EXCLUDED.visibility, hidden = EXCLUDED.hidden, author_id = EXCLUDED.author_id,
         thread_author_id = EXCLUDED.thread_author_id,
         helpful_count = EXCLUDED.helpful_count, created_at = EXCLUDED.created_at, url = EXCLUDED.url, checksum = EXCLUDED.checksum,
         related = EXCLUDED.related, version = EXCLUDED.version
       WHERE EXCLUDED.version >= search_documents.version`,
      [JSON.stringify(docs)],
    );
    // The word list that misspellings are corrected against: public, visible documents only, so a
    // correction can never reveal a word that appears only where the searcher may not read.
    const words = new Set<string>();
    for (const d of docs) {
      if (d.visibility !== 'public' || d.hidden) continue;
      for (const w of `${d.title} ${d.synonyms} ${d.body} ${d.related ?? ''}`.toLowerCase().split(/[^a-z'-]+/)) if (WORD.test(w)) words.add(w);
    }
    if (words.size) {
      await m.query(`INSERT INTO search_words (word) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [[...words].sort()]);
    }
  }

  async remove(ids: string[], tx?: EntityManager): Promise<void> {
    if (ids.length) await (tx ?? this.db.manager).query(`DELETE FROM search_documents WHERE id = ANY($1)`, [ids]);
  }

  async *checksums(pageSize: number): AsyncIterable<{ id: string; checksum: string }[]> {
    let after: string | null = null;
    for (;;) {
      const page: { id: string; checksum: string }[] = await this.db.query(
        `SELECT id, checksum FROM search_documents WHERE ($1::text IS NULL OR id > $1) ORDER BY id LIMIT $2`,
        [after, pageSize],
      );
      if (!page.length) return;
      yield page;
      after = page[page.length - 1]!.id;
    }
  }

  /**
   * Replaces words the index has never seen by the closest word it has (pg_trgm), keeping quotes
   * and operators. Words known to be on the list need no query (KnownWords); the others take one.
   */
  async correct(text: string): Promise<string> {
    const unknown = correctable(text).filter((w) => !this.knownWords.has(w));
    if (!unknown.length) return text;
    const rows: (Correction & { known: boolean })[] = await this.db.query(CORRECTION_SQL, [unknown]);
    for (const r of rows) if (r.known) this.knownWords.add(r.input);
    return applyCorrections(text, rows);
  }

  async search(q: EngineQuery): Promise<EngineResult> {
    const corrected = q.text ? await this.correct(q.text) : q.text;
    const { sql: text, params } = this.statement(q, corrected, allOf(corrected) ? await this.recentSince() : null);
    const sql = this.named(text);
    let row: SearchRow;
    if (!q.conditionIds.length) {
      [row] = (await this.db.query(sql, params)) as [SearchRow];
    } else {
      // The planner settings need a transaction: BEGIN and SEARCH_SETTINGS in one message, then
      // the statement, then COMMIT. The transaction only reads, so once the search has answered
      // the COMMIT is not waited for: the connection goes back to the pool when it is done
      // (rolled back instead, should it fail).
      const runner = this.db.createQueryRunner();
      try {
        await runner.query(`BEGIN READ ONLY; ${SEARCH_SETTINGS}`);
        [row] = (await runner.query(sql, params)) as [SearchRow];
      } catch (e) {
        await runner
          .query('ROLLBACK')
          .catch(() => undefined)
          .finally(() => runner.release().catch(() => undefined));
        throw e;
      }
      void runner
        .query('COMMIT')
        .catch(() => runner.query('ROLLBACK'))
        .catch(() => undefined)
        .finally(() => runner.release().catch(() => undefined));
    }
    return {
      total: row.total,
      totalIsEstimate: row.broad,
      correctedText: corrected !== q.text ? corrected : null,
      hits: row.hits.map(({ titleMarked, snippetMarked, ...h }) => ({
        ...h,
        type: h.type as DocType,
        createdAt: new Date(h.createdAt).toISOString(),
        titleHtml: markedToHtml(titleMarked),
        snippetHtml: markedToHtml(snippetMarked),
      })),
      facets: row.facets,
    };
  }

  /**
   * The search statement: filters by access and facets, ranks, counts, builds the facets and
   * the page of hits with snippets. `candidates` is the newest maxResults + 1 matches, newest
   * first (ties by id); a materialised CTE is read back in the order it was written, so `matches`
   * keeps its first maxResults without sorting again. When there are more matches than pages can
   * reach (broad queries), results are ranked, faceted and counted over the newest maxResults
   * only, so their cost stays bounded, and the total then says "at least"; otherwise it holds
   * every match. Each part of the candidates computes the rank as it reads a row, so the rows it
   * sorts and keeps are narrow.
   */
  private statement(q: EngineQuery, corrected: string, recentSince: Date | null = null): { sql: string; params: unknown[] } {
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const where: string[] = [];
    let viewer = '';
    // Access, inside the query: public content, private groups the searcher belongs to, and
    // hidden content only for moderators of its group (or of the site).
    const access = q.access;
    if ('viewerId' in access) {
      // The same rules, with the lists read once in this statement (the `viewer` row).
      const v = `${p(access.viewerId)}::uuid`;
      viewer = `viewer AS MATERIALIZED (SELECT ${searchAccessColumns(v)}),`;
      where.push(`(d.visibility = 'public' OR d.group_id = ANY((SELECT member_of FROM viewer)::uuid[]))`);
      where.push(`(NOT d.hidden OR d.group_id = ANY((SELECT moderates FROM viewer)::uuid[]))`);
      // The post's author and (for a reply) its thread's author, in one test: written as two
      // `<> ALL` tests, the planner misjudged the second and a phrase search took six times longer.
      where.push(`NOT (ARRAY[d.author_id, d.thread_author_id] && (SELECT hidden_authors FROM viewer)::uuid[])`);
    } else {
      if (!access.everything) {
        where.push(`(d.visibility = 'public' OR d.group_id = ANY(${p(access.memberOf)}::uuid[]))`);
        where.push(`(NOT d.hidden OR d.group_id = ANY(${p(access.moderates)}::uuid[]))`);
      }
      if (access.hiddenAuthors.length) {
        const hidden = p(access.hiddenAuthors);
        where.push(`(d.author_id IS NULL OR d.author_id <> ALL(${hidden}::uuid[]))`);
        where.push(`(d.thread_author_id IS NULL OR d.thread_author_id <> ALL(${hidden}::uuid[]))`);
      }
    }
    // One value is written as an equality, so the (column, created_at) indexes can read the
    // newest matches first (an `= ANY(array)` on them cannot keep that order).
    const oneOf = (col: string, values: string[], type: string) =>
      values.length === 1 ? `${col} = ${p(values[0])}::${type}` : `${col} = ANY(${p(values)}::${type}[])`;
    if (q.types.length) where.push(oneOf('d.type', q.types, 'text'));
    if (q.conditionIds.length) where.push(oneOf('d.condition_id', q.conditionIds, 'uuid'));
    if (q.groupIds.length) where.push(oneOf('d.group_id', q.groupIds, 'uuid'));
    if (q.kinds.length) where.push(oneOf('d.kind', q.kinds, 'text'));
    if (q.tags.length) where.push(`d.tags && ${p(q.tags)}::text[]`);
    if (q.from) where.push(`d.created_at >= ${p(q.from)}`);
    if (q.to) where.push(`d.created_at < ${p(q.to)}`);

    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const ranked = !!q.text && q.sort !== 'helpful' && q.sort !== 'newest';
    const columns = ['id', 'type', 'kind', 'tags', 'group_id', 'condition_id', 'created_at', 'helpful_count'].map((c) => `d.${c}`).join(', ');
    const kept = this.maxResults + 1;
    let candidates = `SELECT ${columns}, 0::real AS rank FROM search_documents d ${filter} ORDER BY d.created_at DESC, d.id LIMIT ${kept}`;
    let query = '';
    let pre = '';
    if (q.text) {
      query = p(corrected);
      const raw = p(q.text.toLowerCase());
      const and = filter ? `${filter} AND` : 'WHERE';
      // Ranked only when the order uses the rank (relevance), with ts_rank: for words that must
      // all match it also rewards them standing close together (word pairs weighed by their
      // distance), and ranks the posts whose title holds the query's words first. Cover density
      // (ts_rank_cd) is not used: PostgreSQL allocates and zeroes 32 KB per query item for every
      // row it ranks (160 KB a row for "brain fog at work"). The rank is computed as each row is
      // read, so what an arm sorts and keeps is the narrow row (ids, facet columns, date, rank),
      // never the tsvector and title: an arm that walks the date index ranks just the rows it
      // keeps; one that collects its matches through the full-text index ranks every match
      // before its top-N sort, which costs less than sorting rows carrying ~750 bytes of text
      // each (the sort's memory is taken and given back on every statement).
      const rank = ranked
        ? `(ts_rank(d.tsv, websearch_to_tsquery('english', ${query}), 1) + CASE WHEN (d.type IN ('condition','intervention','group')
                    AND lower(d.title) % ${raw}) THEN similarity(lower(d.title), ${raw}) ELSE 0 END)::real`
        : '0::real';
      const arm = (where: string) => `SELECT ${columns}, ${rank} AS rank FROM search_documents d ${and} ${where} ORDER BY d.created_at DESC LIMIT ${kept}`;
      // Documents with the words, and (names only) documents whose title is close to what was
      // typed: two disjoint sets, each read its cheapest way (the words by the full-text index or
      // the newest first, the names by their trigram index), then merged newest first.
      const words = `d.tsv @@ websearch_to_tsquery('english', ${query})`;
      let wordArm = arm(words);
      if (recentSince) {
        // Several words that must all match may match thousands of documents spread over the
        // whole table: the recent documents are searched first (a full-text and date-index
        // bitmap), and the older ones only when the recent ones hold too few matches.
        const since = p(recentSince);
        pre = `recent AS MATERIALIZED (${arm(`${words} AND d.created_at >= ${since}`)}),
      older AS MATERIALIZED (${arm(`${words} AND d.created_at < ${since} AND (SELECT count(*) FROM recent) <= ${this.maxResults}`)}),`;
        wordArm = 'SELECT * FROM recent UNION ALL SELECT * FROM older';
      }
      candidates = `SELECT * FROM (
           (${wordArm})
           UNION ALL
           (${arm(`d.type IN ('condition','intervention','group') AND lower(d.title) % ${raw} AND NOT (${words})`)})) u
         ORDER BY created_at DESC, id LIMIT ${kept}`;
    }
    const order = ranked ? 'rank DESC, created_at DESC, id' : q.sort === 'helpful' ? 'helpful_count DESC, created_at DESC, id' : 'created_at DESC, id';
    const headline = (col: string, opts: string) =>
      q.text ? `ts_headline('english', ${col}, websearch_to_tsquery('english', ${query}), '${opts}')` : col;
    // Facets in one pass: type, condition, group and kind as grouping sets (GROUPING() tells them
    // apart: 7 = by type, 11 = by condition, 13 = by group, 14 = by kind), tags (0) beside them;
    // each ranked by count then value. Their names (labels) come from SearchService's cache.
    const sql = `
      WITH ${viewer}${pre}
      candidates AS MATERIALIZED (
        ${candidates}
      ),
      matches AS MATERIALIZED (
        SELECT * FROM candidates LIMIT ${this.maxResults}
      ),
      page AS (
        SELECT * FROM matches ORDER BY ${order} LIMIT ${p(q.limit)} OFFSET ${p(q.offset)}
      ),
      counts AS (
        SELECT type, condition_id, group_id, kind, NULL::text AS tag, count(*)::int AS n, GROUPING(type, condition_id, group_id, kind) AS g
          FROM matches GROUP BY GROUPING SETS ((type), (condition_id), (group_id), (kind))
        UNION ALL
        SELECT NULL, NULL, NULL, NULL, t, count(*)::int, 0 FROM (SELECT unnest(tags) AS t FROM matches) m GROUP BY t
      ),
      facets AS (
        SELECT *, row_number() OVER (PARTITION BY g ORDER BY n DESC, type, condition_id, group_id, kind, tag) AS r
          FROM counts
         WHERE g IN (0, 7) OR (g = 11 AND condition_id IS NOT NULL) OR (g = 13 AND group_id IS NOT NULL) OR (g = 14 AND kind IS NOT NULL)
      )
      SELECT
        (SELECT count(*)::int FROM candidates) > ${this.maxResults} AS broad,
        (SELECT count(*)::int FROM matches) AS total,
        (SELECT json_build_object(
           'type', coalesce(json_agg(json_build_object('value', f.type, 'count', f.n) ORDER BY f.r) FILTER (WHERE f.g = 7), '[]'),
           'condition', coalesce(json_agg(json_build_object('value', f.condition_id, 'count', f.n) ORDER BY f.r) FILTER (WHERE f.g = 11 AND f.r <= 20), '[]'),
           'group', coalesce(json_agg(json_build_object('value', f.group_id, 'count', f.n) ORDER BY f.r) FILTER (WHERE f.g = 13 AND f.r <= 20), '[]'),
           'kind', coalesce(json_agg(json_build_object('value', f.kind, 'count', f.n) ORDER BY f.r) FILTER (WHERE f.g = 14), '[]'),
           'tag', coalesce(json_agg(json_build_object('value', f.tag, 'count', f.n) ORDER BY f.r) FILTER (WHERE f.g = 0 AND f.r <= 20), '[]'))
           FROM facets f) AS facets,
        (SELECT coalesce(json_agg(h ORDER BY h.ord), '[]') FROM (
           SELECT row_number() OVER (ORDER BY ${order.replace(/(^|, )(\w)/g, '$1pg.$2')}) AS ord, d.id, d.type, d.source_id AS "sourceId", d.title, d.url, d.kind, d.tags,
                  d.group_id AS "groupId", d.group_name AS "groupName", d.condition_id AS "conditionId", d.condition_name AS "conditionName",
                  d.helpful_count AS "helpfulCount", d.created_at AS "createdAt",
                  ${headline('d.title', TITLE_HEADLINE)} AS "titleMarked",
                  ${q.text ? headline('d.body', HEADLINE) : 'left(d.body, 240)'} AS "snippetMarked"
             FROM page pg JOIN search_documents d ON d.id = pg.id) h) AS hits`;
    return { sql, params };
  }
}
