import { useMemo, useRef } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { useSearchQuery } from '../../../generated/graphql';
import type { SearchQuery } from '../../../generated/graphql';
import { hasCriteria, toSearchInput } from './search-state';
import type { ListFilter, SearchState } from './search-state';

export type SearchResults = SearchQuery['search'];
export type SearchFacets = SearchResults['facets'];

/**
 * One page of results for the search in the address. Nothing is asked for until there is text
 * or a filter (the page explains how to search instead). The previous results stay on screen
 * while the next arrive, so the list does not flash empty while someone types. Results are
 * always refetched when the page is opened again: the index catches up with new posts within
 * a second, and a saved search should show them.
 */
export function useSearch(state: SearchState) {
  const enabled = hasCriteria(state);
  const input = toSearchInput(state);
  const inputKey = JSON.stringify(input);
  const variables = useMemo(() => ({ input: JSON.parse(inputKey) as typeof input }), [inputKey]);
  const query = useSearchQuery(variables, { enabled, placeholderData: keepPreviousData, staleTime: 0 });
  const data = enabled ? query.data?.search : undefined;

  // Condition and group facets come as ids with names; remember every name seen, so a ticked
  // filter keeps its name even when the current results no longer count it.
  const names = useRef(new Map<string, string>());
  if (data) {
    for (const f of [...data.facets.condition, ...data.facets.group]) names.current.set(f.value, f.label);
  }
  const nameFor = (filter: ListFilter, value: string): string | undefined =>
    filter === 'condition' || filter === 'group' ? names.current.get(value) : undefined;

  return { query, data, enabled, inputKey, nameFor };
}
