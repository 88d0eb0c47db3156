import { LIMITS } from '@kindred/contracts';
import type { SearchInput, SearchSort, SearchType } from '../../../generated/graphql';

/**
 * Everything a search is, kept in the address so a search can be shared, bookmarked and
 * returned to with Back:
 *
 *   /search?q=inhaler&type=thread&type=reply&condition=<id>&group=<id>&kind=question
 *          &tag=medication&from=2026-01-01&to=2026-03-31&sort=newest&page=2
 *
 * Lists repeat their parameter; defaults (relevance, page 1) are left out of the address.
 */
export interface SearchState {
  q: string;
  types: SearchType[];
  conditions: string[];
  groups: string[];
  kinds: string[];
  tags: string[];
  /** YYYY-MM-DD, local dates, both ends included ('' when not set). */
  from: string;
  to: string;
  sort: SearchSort;
  /** 1-based. */
  page: number;
}

/** The list filters, by their parameter name in the address. */
export type ListFilter = 'type' | 'condition' | 'group' | 'kind' | 'tag';

export const SEARCH_TYPES: readonly SearchType[] = ['thread', 'reply', 'group', 'condition', 'intervention', 'tip', 'care_story'];
export const SEARCH_SORTS: readonly SearchSort[] = ['relevance', 'newest', 'helpful'];

/** Results per page, and the last page the API will serve (offset + first ≤ searchResultsMax). */
export const SEARCH_PAGE_SIZE = LIMITS.searchPageDefault;
export const SEARCH_LAST_PAGE = Math.floor(LIMITS.searchResultsMax / SEARCH_PAGE_SIZE);

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD that names a real day, or ''. */
function validDate(value: string | null): string {
  if (!value || !DATE.test(value)) return '';
  const d = new Date(`${value}T00:00:00`);
  return Number.isNaN(d.getTime()) ? '' : value;
}

const unique = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

export function readSearchState(params: URLSearchParams): SearchState {
  const sort = params.get('sort');
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    q: params.get('q') ?? '',
    // Only the API's own values: anything else would fail as a GraphQL variable, not politely.
    types: unique(params.getAll('type')).filter((t): t is SearchType => (SEARCH_TYPES as string[]).includes(t)),
    conditions: unique(params.getAll('condition')),
    groups: unique(params.getAll('group')),
    kinds: unique(params.getAll('kind')),
    tags: unique(params.getAll('tag')),
    from: validDate(params.get('from')),
    to: validDate(params.get('to')),
    sort: SEARCH_SORTS.includes(sort as SearchSort) ? (sort as SearchSort) : 'relevance',
    page: Number.isFinite(page) ? Math.min(Math.max(page, 1), SEARCH_LAST_PAGE) : 1,
  };
}

export function writeSearchState(state: SearchState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const v of state.types) p.append('type', v);
  for (const v of state.conditions) p.append('condition', v);
  for (const v of state.groups) p.append('group', v);
  for (const v of state.kinds) p.append('kind', v);
  for (const v of state.tags) p.append('tag', v);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.sort !== 'relevance') p.set('sort', state.sort);
  if (state.page > 1) p.set('page', String(state.page));
  return p;
}

export function listValues(state: SearchState, filter: ListFilter): string[] {
  switch (filter) {
    case 'type':
      return state.types;
    case 'condition':
      return state.conditions;
    case 'group':
      return state.groups;
    case 'kind':
      return state.kinds;
    case 'tag':
      return state.tags;
  }
}

export function withListValues(state: SearchState, filter: ListFilter, values: string[]): SearchState {
  const v = unique(values);
  switch (filter) {
    case 'type':
      return { ...state, types: v.filter((t): t is SearchType => (SEARCH_TYPES as string[]).includes(t)) };
    case 'condition':
      return { ...state, conditions: v };
    case 'group':
      return { ...state, groups: v };
    case 'kind':
      return { ...state, kinds: v };
    case 'tag':
      return { ...state, tags: v };
  }
}

/** How many filters are on (each ticked value, and each end of the date range). */
export function filterCount(state: SearchState): number {
  return (
    state.types.length +
    state.conditions.length +
    state.groups.length +
    state.kinds.length +
    state.tags.length +
    (state.from ? 1 : 0) +
    (state.to ? 1 : 0)
  );
}

export const withoutFilters = (state: SearchState): SearchState => ({
  ...state,
  types: [],
  conditions: [],
  groups: [],
  kinds: [],
  tags: [],
  from: '',
  to: '',
  page: 1,
});

/** The text as the API will see it: spaces collapsed and trimmed. */
export const normaliseQuery = (q: string): string => q.replace(/\s+/g, ' ').trim();

/** Is there anything to search for? With no text and no filters the page explains instead. */
export const hasCriteria = (state: SearchState): boolean => normaliseQuery(state.q) !== '' || filterCount(state) > 0;

/** Local midnight at the start of a YYYY-MM-DD day, as an ISO instant. */
function startOfDay(date: string, addDays = 0): string {
  const d = new Date(`${date}T00:00:00`);
  d.setDate(d.getDate() + addDays);
  return d.toISOString();
}

/**
 * The API's input. The page's "to" date includes that day, and the API's `to` means "posted
 * before", so it is the start of the next day.
 */
export function toSearchInput(state: SearchState): SearchInput {
  const input: SearchInput = {
    first: SEARCH_PAGE_SIZE,
    offset: (state.page - 1) * SEARCH_PAGE_SIZE,
    sort: state.sort,
  };
  const q = normaliseQuery(state.q);
  if (q) input.query = q;
  if (state.types.length) input.types = state.types;
  if (state.conditions.length) input.conditionIds = state.conditions;
  if (state.groups.length) input.groupIds = state.groups;
  if (state.kinds.length) input.kinds = state.kinds;
  if (state.tags.length) input.tags = state.tags;
  if (state.from) input.from = startOfDay(state.from);
  if (state.to) input.to = startOfDay(state.to, 1);
  return input;
}
