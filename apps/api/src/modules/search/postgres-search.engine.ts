import type { DataSource, EntityManager } from 'typeorm';
import { LIMITS } from '@kindred/contracts';
import type { DocType, SearchDocument } from './search-documents';
import {
  MARK_END,
  MARK_START,
  markedToHtml,
  type EngineHit,
  type EngineQuery,
  type EngineResult,
  type FacetCount,
  type SearchEngine,
} from './search-engine.port';

const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … "`;
const TITLE_HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
/** Words worth correcting: long enough for a trigram match to mean something. */
const WORD = /^[a-z][a-z'-]{3,}$/;

/**
 * PostgreSQL full-text search (the embedded default): documents in `search_documents` with a
 * weighted tsvector (title and synonyms first, then tags, then body), `websearch_to_tsquery` for
 * what people type (quotes, -minus, or), ranked with ts_rank_cd, snippets from ts_headline, and
 * pg_trgm for misspellings: unknown words are replaced by the closest indexed word, and names
 * (conditions, interventions, groups) also match on trigram similarity of their title.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;

  constructor(
    private readonly db: DataSource,
    /** How many matches a query is ranked, faceted and counted over at most (LIMITS.searchResultsMax). */
    private readonly maxResults: number = LIMITS.searchResultsMax,
  ) {}

  async setup(): Promise<void> {
    // The table and indexes come from the migrations.
  }

  async upsert(docs: SearchDocument[], tx?: EntityManager): Promise<void> {
    if (!docs.length) return;
    const m = tx ?? this.db.manager;
    await m.query(
      `INSERT INTO search_documents (id, type, source_id, title, body, synonyms, tags, tag_text, kind, group_id, group_name, condition_id,
                                     condition_name, visibility, hidden, author_id, helpful_count, created_at, url, checksum)
       SELECT d.id, d.type, d."sourceId"::uuid, d.title, d.body, d.synonyms, ARRAY(SELECT jsonb_array_elements_text(d.tags)),
              (SELECT coalesce(string_agg(replace(t, '-', ' '), ' '), '') FROM jsonb_array_elements_text(d.tags) t), d.kind,
              d."groupId"::uuid, d."groupName", d."conditionId"::uuid, d."conditionName", d.visibility, d.hidden, d."authorId"::uuid, d."helpfulCount",
              d."createdAt"::timestamptz, d.url, d.checksum
         FROM jsonb_to_recordset($1::jsonb) AS d(id text, type text, "sourceId" text, title text, body text, synonyms text, tags jsonb,
              kind text, "groupId" text, "groupName" text, "conditionId" text, "conditionName" text, visibility text, hidden boolean,
              "authorId" text, "helpfulCount" int, "createdAt" text, url text, checksum text)
       ON CONFLICT (id) DO UPDATE SET type = EXCLUDED.type, source_id = EXCLUDED.source_id, title = EXCLUDED.title,
         body = EXCLUDED.body, synonyms = EXCLUDED.synonyms, tags = EXCLUDED.tags, tag_text = EXCLUDED.tag_text, kind = EXCLUDED.kind,
         group_id = EXCLUDED.group_id, group_name = EXCLUDED.group_name, condition_id = EXCLUDED.condition_id,
         condition_name = EXCLUDED.condition_name, visibility = EXCLUDED.visibility, hidden = EXCLUDED.hidden, author_id = EXCLUDED.author_id,
         helpful_count = EXCLUDED.helpful_count, created_at = EXCLUDED.created_at, url = EXCLUDED.url, checksum = EXCLUDED.checksum`,
      [JSON.stringify(docs)],
    );
    // The word list that misspellings are corrected against: public, visible documents only, so a
    // correction can never reveal a word that appears only where the searcher may not read.
    const words = new Set<string>();
    for (const d of docs) {
      if (d.visibility !== 'public' || d.hidden) continue;
      for (const w of `${d.title} ${d.synonyms} ${d.body}`.toLowerCase().split(/[^a-z'-]+/)) if (WORD.test(w)) words.add(w);
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

  /** Replaces words the index has never seen by the closest word it has (pg_trgm), keeping quotes and operators. */
  async correct(text: string): Promise<string> {
    const words = [...new Set(text.toLowerCase().match(/(?<![-"\w])[a-z][a-z'-]{3,}/g) ?? [])];
    if (!words.length) return text;
    const rows: { input: string; word: string | null }[] = await this.db.query(
      `SELECT w.input, (SELECT s.word FROM search_words s WHERE s.word % w.input ORDER BY s.word <-> w.input, s.word LIMIT 1) AS word
         FROM unnest($1::text[]) AS w(input)
        WHERE NOT EXISTS (SELECT 1 FROM search_words s WHERE s.word = w.input)`,
      [words],
    );
    let corrected = text;
    for (const r of rows) {
      if (r.word) corrected = corrected.replace(new RegExp(`(?<![\\w'-])${r.input}(?![\\w'-])`, 'gi'), r.word);
    }
    return corrected;
  }

  async search(q: EngineQuery): Promise<EngineResult> {
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const where: string[] = [];
    // Access, inside the query: public content, private groups the searcher belongs to, and
    // hidden content only for moderators of its group (or of the site).
    if (!q.access.everything) {
      where.push(`(d.visibility = 'public' OR d.group_id = ANY(${p(q.access.memberOf)}::uuid[]))`);
      where.push(`(NOT d.hidden OR d.group_id = ANY(${p(q.access.moderates)}::uuid[]))`);
    }
    if (q.access.hiddenAuthors.length) where.push(`(d.author_id IS NULL OR d.author_id <> ALL(${p(q.access.hiddenAuthors)}::uuid[]))`);
    if (q.types.length) where.push(`d.type = ANY(${p(q.types)}::text[])`);
    if (q.conditionIds.length) where.push(`d.condition_id = ANY(${p(q.conditionIds)}::uuid[])`);
    if (q.groupIds.length) where.push(`d.group_id = ANY(${p(q.groupIds)}::uuid[])`);
    if (q.kinds.length) where.push(`d.kind = ANY(${p(q.kinds)}::text[])`);
    if (q.tags.length) where.push(`d.tags && ${p(q.tags)}::text[]`);
    if (q.from) where.push(`d.created_at >= ${p(q.from)}`);
    if (q.to) where.push(`d.created_at < ${p(q.to)}`);

    let rank = '0::real';
    let query = '';
    let corrected = q.text;
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const columns = `d.id, d.type, d.kind, d.tags, d.group_id, d.condition_id, d.created_at, d.helpful_count${q.text ? ', d.tsv, d.title' : ''}`;
    let candidates = `SELECT ${columns} FROM search_documents d ${filter}`;
    if (q.text) {
      corrected = await this.correct(q.text);
      query = p(corrected);
      const raw = p(q.text.toLowerCase());
      const and = filter ? `${filter} AND` : 'WHERE';
      // Documents with the words, and (names only) documents whose title is close to what was
      // typed: two disjoint sets, so each is read the cheap way (the words by the full-text index
      // or newest first, the names by their trigram index).
      const newest = `ORDER BY d.created_at DESC LIMIT ${this.maxResults + 1}`;
      candidates = `SELECT * FROM (
           (SELECT ${columns} FROM search_documents d ${and} d.tsv @@ websearch_to_tsquery('english', ${query}) ${newest})
           UNION ALL
           (SELECT ${columns} FROM search_documents d ${and} d.type IN ('condition','intervention','group') AND lower(d.title) % ${raw}
              AND NOT (d.tsv @@ websearch_to_tsquery('english', ${query})) ${newest})) u`;
      rank = `(ts_rank_cd(c.tsv, websearch_to_tsquery('english', ${query}), 1) + CASE WHEN (c.type IN ('condition','intervention','group') AND lower(c.title) % ${raw}) THEN similarity(lower(c.title), ${raw}) ELSE 0 END)`;
    }
    const order =
      q.sort === 'helpful'
        ? 'helpful_count DESC, created_at DESC, id'
        : q.sort === 'newest' || !q.text
          ? 'created_at DESC, id'
          : 'rank DESC, created_at DESC, id';
    // One statement. `candidates` is the newest maxResults + 1 matches: when there are more
    // matches than pages can reach (broad queries), results are ranked, faceted and counted over
    // the newest maxResults only, so their cost stays bounded, and the total then says "at least";
    // otherwise it holds every match. Ranking happens after that cut, on at most maxResults rows.
    const headline = (col: string, opts: string) =>
      q.text ? `ts_headline('english', ${col}, websearch_to_tsquery('english', ${query}), '${opts}')` : col;
    const sql = `
      WITH candidates AS MATERIALIZED (
        ${candidates}
         ORDER BY created_at DESC LIMIT ${this.maxResults + 1}
      ),
      matches AS MATERIALIZED (
        SELECT c.id, c.type, c.kind, c.tags, c.group_id, c.condition_id, c.created_at, c.helpful_count, ${rank} AS rank
          FROM (SELECT * FROM candidates ORDER BY created_at DESC, id LIMIT ${this.maxResults}) c
      ),
      page AS (
        SELECT * FROM matches ORDER BY ${order} LIMIT ${p(q.limit)} OFFSET ${p(q.offset)}
      )
      SELECT
        (SELECT count(*)::int FROM candidates) > ${this.maxResults} AS broad,
        (SELECT count(*)::int FROM matches) AS total,
        (SELECT coalesce(json_agg(f), '[]') FROM (SELECT type AS value, count(*)::int AS count FROM matches GROUP BY type ORDER BY 2 DESC, 1) f) AS f_type,
        (SELECT coalesce(json_agg(f), '[]') FROM (SELECT condition_id AS value, count(*)::int AS count FROM matches WHERE condition_id IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20) f) AS f_condition,
        (SELECT coalesce(json_agg(f), '[]') FROM (SELECT group_id AS value, count(*)::int AS count FROM matches WHERE group_id IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20) f) AS f_group,
        (SELECT coalesce(json_agg(f), '[]') FROM (SELECT kind AS value, count(*)::int AS count FROM matches WHERE kind IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1) f) AS f_kind,
        (SELECT coalesce(json_agg(f), '[]') FROM (SELECT t AS value, count(*)::int AS count FROM matches, unnest(tags) t GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20) f) AS f_tag,
        (SELECT coalesce(json_agg(h ORDER BY h.ord), '[]') FROM (
           SELECT row_number() OVER (ORDER BY ${order.replace(/(^|, )(\w)/g, '$1pg.$2')}) AS ord, d.id, d.type, d.source_id AS "sourceId", d.title, d.url, d.kind, d.tags,
                  d.group_id AS "groupId", d.group_name AS "groupName", d.condition_id AS "conditionId", d.condition_name AS "conditionName",
                  d.helpful_count AS "helpfulCount", d.created_at AS "createdAt",
                  ${headline('d.title', TITLE_HEADLINE)} AS "titleMarked",
                  ${q.text ? headline('d.body', HEADLINE) : 'left(d.body, 240)'} AS "snippetMarked"
             FROM page pg JOIN search_documents d ON d.id = pg.id) h) AS hits`;
    const [row]: {
      broad: boolean;
      total: number;
      f_type: FacetCount[];
      f_condition: FacetCount[];
      f_group: FacetCount[];
      f_kind: FacetCount[];
      f_tag: FacetCount[];
      hits: (Omit<EngineHit, 'snippetHtml' | 'titleHtml'> & { titleMarked: string; snippetMarked: string })[];
    }[] = await this.db.query(sql, params);
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
      facets: { type: row.f_type, condition: row.f_condition, group: row.f_group, kind: row.f_kind, tag: row.f_tag },
    };
  }
}
