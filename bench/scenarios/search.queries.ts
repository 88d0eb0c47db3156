import { LIMITS } from '@kindred/contracts';
import type { DocType } from '../../apps/api/src/modules/search/search-documents';
import type { EngineQuery, SearchAccess, SearchSort, ViewerAccess } from '../../apps/api/src/modules/search/search-engine.port';
import type { Corpus } from './search.seed';

export type QueryClass = 'common' | 'rare' | 'misspelt' | 'multi-word' | 'filtered';
export const QUERY_CLASSES: QueryClass[] = ['common', 'rare', 'misspelt', 'multi-word', 'filtered'];

/** The GraphQL `SearchInput` the search page sends. */
export interface SearchInputVars {
  query: string;
  types?: DocType[];
  conditionIds?: string[];
  groupIds?: string[];
  kinds?: string[];
  tags?: string[];
  sort?: SearchSort;
  first?: number;
}

export interface BenchQuery {
  cls: QueryClass;
  input: SearchInputVars;
}

/** What the search page asks for: a page of hits with snippets, and every facet with labels. */
export const SEARCH_QUERY = `query($i: SearchInput!) { search(input: $i) {
  total offset engine correctedQuery
  hits { id type sourceId title titleHtml snippetHtml url kind tags groupId groupName conditionId conditionName helpfulCount createdAt }
  facets { type { value label count } condition { value label count } group { value label count } kind { value label count } tag { value label count } }
} }`;

/**
 * The rotation, in the order requests take it: four each of common words (in a large share of
 * the posts), rare words (a few hundred posts down to a handful), misspellings (corrected
 * against the word list), several words or a phrase, and common words with a facet filter
 * (condition, type and kind, tag with newest first, one private group). Interleaved, so every
 * stretch of the run sees every class.
 */
export function benchQueries(corpus: Corpus): BenchQuery[] {
  const condition = (slug: string) => {
    const c = corpus.conditions.find((x) => x.slug === slug);
    if (!c) throw new Error(`no condition ${slug}`);
    return c.id;
  };
  const privateGroup = corpus.groups.find((g) => corpus.searcher.privateGroupIds.includes(g.id) && g.conditionSlug === 'hypothyroidism');
  if (!privateGroup) throw new Error('the searcher is not in a private hypothyroidism group');
  const byClass: Record<QueryClass, SearchInputVars[]> = {
    common: [{ query: 'fatigue' }, { query: 'sleep' }, { query: 'medication' }, { query: 'pain' }],
    rare: [{ query: 'narrowboat' }, { query: 'tinnitus' }, { query: 'cockapoo' }, { query: 'levothyroxine' }],
    misspelt: [{ query: 'fatige' }, { query: 'levothyroxin' }, { query: 'narowboat' }, { query: 'physiotherapsit' }],
    'multi-word': [{ query: 'brain fog at work' }, { query: '"symptom diary"' }, { query: 'metformin side effects' }, { query: 'pacing energy weekend' }],
    filtered: [
      { query: 'fatigue', conditionIds: [condition('fibromyalgia')] },
      { query: 'sleep', types: ['thread'], kinds: ['question'] },
      { query: 'pain', tags: ['flare-ups'], sort: 'newest' },
      { query: 'levothyroxine', groupIds: [privateGroup.id] },
    ],
  };
  const out: BenchQuery[] = [];
  for (let i = 0; i < 4; i++) for (const cls of QUERY_CLASSES) out.push({ cls, input: byClass[cls][i] as SearchInputVars });
  return out;
}

/** The engine query SearchService.search builds for this input (same defaults, same normalisation). */
export function toEngineQuery(input: SearchInputVars, access: SearchAccess | ViewerAccess): EngineQuery {
  return {
    text: input.query.replace(/\s+/g, ' ').trim(),
    types: input.types ?? [],
    conditionIds: input.conditionIds ?? [],
    groupIds: input.groupIds ?? [],
    kinds: input.kinds ?? [],
    tags: input.tags ?? [],
    from: null,
    to: null,
    sort: input.sort ?? 'relevance',
    offset: 0,
    limit: input.first ?? LIMITS.searchPageDefault,
    access,
  };
}

export const describeQuery = (q: BenchQuery): string => {
  const filters = Object.entries(q.input)
    .filter(([k]) => k !== 'query')
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.map((x) => (String(x).length > 12 ? `${String(x).slice(0, 8)}…` : x)).join('|') : v}`);
  return `${JSON.stringify(q.input.query)}${filters.length ? ` (${filters.join(', ')})` : ''}`;
};
