import { Meilisearch, type Index } from 'meilisearch';
import { LIMITS } from '@kindred/contracts';
import { CONDITIONS } from '../../database/seed/catalogue/conditions.data';
import type { DocType, SearchDocument } from './search-documents';
import {
  MARK_END,
  MARK_START,
  markedToHtml,
  type EngineQuery,
  type EngineResult,
  type FacetCount,
  type SearchEngine,
} from './search-engine.port';

/** What Meilisearch stores: the document plus a numeric date for filtering and sorting. */
type MeiliDoc = SearchDocument & { createdAtTs: number };

const FACETS = ['type', 'conditionId', 'groupId', 'kind', 'tags'] as const;

/** Filter values are quoted, with quotes and backslashes escaped: nothing a member types reaches the filter syntax. */
const quote = (v: string) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const anyOf = (field: string, values: string[]) => `${field} IN [${values.map(quote).join(', ')}]`;

/**
 * Lay synonyms from the condition catalogue ("sugar diabetes" ↔ "type 2 diabetes"), so a search
 * for either finds the other's threads too, not only the condition.
 */
export function catalogueSynonyms(): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const c of CONDITIONS) {
    const name = c.name.toLowerCase();
    for (const s of c.synonyms.map((x) => x.toLowerCase())) {
      if (s === name) continue;
      (synonyms[s] ??= []).push(name);
      (synonyms[name] ??= []).push(s);
    }
  }
  return synonyms;
}

/**
 * The Meilisearch adapter (official client), used when MEILI_HOST is set. One index holds
 * every document type, told apart by the filterable `type` (so one query ranks threads,
 * conditions and interventions together and facets count across them). Settings are written
 * by code at every start; Meilisearch treats an unchanged setting as a no-op.
 */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  /** Its documents live outside Kindred's database: SearchService gives it the access lists. */
  readonly resolvesAccess = false;
  private readonly client: Meilisearch;
  private readonly index: Index<MeiliDoc>;

  constructor(
    host: string,
    apiKey: string | null,
    private readonly indexUid: string,
    private readonly taskTimeoutMs = 30_000,
  ) {
    this.client = new Meilisearch({ host, apiKey: apiKey ?? undefined });
    this.index = this.client.index<MeiliDoc>(indexUid);
  }

  async setup(): Promise<void> {
    const exists = await this.client.getIndex(this.indexUid).then(
      () => true,
      () => false,
    );
    if (!exists) await this.client.createIndex(this.indexUid, { primaryKey: 'id' }).waitTask({ timeout: this.taskTimeoutMs });
    await this.index
      .updateSettings({
        searchableAttributes: ['title', 'synonyms', 'tags', 'body', 'conditionName', 'groupName'],
        filterableAttributes: ['type', 'conditionId', 'groupId', 'kind', 'tags', 'visibility', 'hidden', 'createdAtTs', 'authorId'],
        sortableAttributes: ['createdAtTs', 'helpfulCount'],
        rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
        // Everything but the author id, which is only for filtering.
        displayedAttributes: ['id', 'type', 'sourceId', 'title', 'body', 'synonyms', 'tags', 'kind', 'groupId', 'groupName', 'conditionId',
          'conditionName', 'visibility', 'hidden', 'helpfulCount', 'createdAt', 'url', 'checksum'],
        typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
        synonyms: catalogueSynonyms(),
        pagination: { maxTotalHits: 10_000 },
        faceting: { maxValuesPerFacet: 100 },
      })
      .waitTask({ timeout: this.taskTimeoutMs });
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    if (!docs.length) return;
    const task = await this.index
      .addDocuments(docs.map((d) => ({ ...d, createdAtTs: Date.parse(d.createdAt) })), { primaryKey: 'id' })
      .waitTask({ timeout: this.taskTimeoutMs });
    if (task.status !== 'succeeded') throw new Error(`Meilisearch did not index the batch: ${task.error?.message ?? task.status}`);
  }

  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return;
    const task = await this.index.deleteDocuments(ids).waitTask({ timeout: this.taskTimeoutMs });
    if (task.status !== 'succeeded') throw new Error(`Meilisearch did not delete the batch: ${task.error?.message ?? task.status}`);
  }

  async *checksums(pageSize: number): AsyncIterable<{ id: string; checksum: string }[]> {
    for (let offset = 0; ; offset += pageSize) {
      const page = await this.index.getDocuments({ fields: ['id', 'checksum'], offset, limit: pageSize });
      if (!page.results.length) return;
      yield page.results.map((d) => ({ id: d.id, checksum: d.checksum }));
      if (page.results.length < pageSize) return;
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
    if (access.hiddenAuthors.length) filter.push(`authorId NOT IN [${access.hiddenAuthors.map(quote).join(', ')}]`);
    if (q.types.length) filter.push(anyOf('type', q.types));
    if (q.conditionIds.length) filter.push(anyOf('conditionId', q.conditionIds));
    if (q.groupIds.length) filter.push(anyOf('groupId', q.groupIds));
    if (q.kinds.length) filter.push(anyOf('kind', q.kinds));
    if (q.tags.length) filter.push(anyOf('tags', q.tags));
    if (q.from) filter.push(`createdAtTs >= ${q.from.getTime()}`);
    if (q.to) filter.push(`createdAtTs < ${q.to.getTime()}`);
    const sort =
      q.sort === 'helpful' ? ['helpfulCount:desc', 'createdAtTs:desc'] : q.sort === 'newest' || !q.text ? ['createdAtTs:desc'] : undefined;
    const res = await this.index.search(q.text, {
      filter: filter.join(' AND ') || undefined,
      sort,
      offset: q.offset,
      limit: q.limit,
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
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
        .slice(0, limit);
    return {
      total: Math.min(res.estimatedTotalHits ?? res.hits.length, LIMITS.searchResultsMax),
      totalIsEstimate: (res.estimatedTotalHits ?? 0) > LIMITS.searchResultsMax,
      correctedText: null,
      hits: res.hits.map((h) => ({
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
