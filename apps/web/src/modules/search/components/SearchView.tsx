import { useEffect, useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { LIMITS } from '@kindred/contracts';
import { toRequestError } from '../../../app/graphql-client';
import { useAnnounce } from '../../../app/ui/Announcer';
import { ErrorSummary } from '../../../app/ui/ErrorSummary';
import type { SummaryItem } from '../../../app/ui/ErrorSummary';
import { plural } from '../../../app/ui/format';
import { EmptyState, Loading } from '../../../app/ui/States';
import { useDebouncedValue } from '../../../app/ui/useDebouncedValue';
import { useTags } from '../../threads/hooks/useTags';
import {
  filterCount,
  hasCriteria,
  normaliseQuery,
  readSearchState,
  withListValues,
  withoutFilters,
  writeSearchState,
} from '../hooks/search-state';
import type { ListFilter, SearchState } from '../hooks/search-state';
import { useSearch } from '../hooks/useSearch';
import type { SearchResults } from '../hooks/useSearch';
import { SEARCH_FIELD_IDS } from '../field-ids';
import { SORT_LABELS } from '../labels';
import { FILTERS_TITLE_ID, SearchFilters } from './SearchFilters';
import { SearchHelp } from './SearchHelp';
import { SearchHitItem } from './SearchHitItem';
import { pageCount, SearchPagination } from './SearchPagination';

/** Results follow typing once it pauses this long. */
const SEARCH_DEBOUNCE_MS = 300;

const SEARCH_FIELD_ID = SEARCH_FIELD_IDS.page;
const RESULTS_ID = 'search-results';
const RESULTS_TITLE_ID = 'search-results-title';

/** Server field names → the control on this page that shows the error. */
const FIELD_IDS: Record<string, string> = { query: SEARCH_FIELD_ID, from: 'search-from', to: 'search-to' };

/** "1,000+ results" when more matched than pages reach, else "12 results". */
const countText = (data: SearchResults) => (data.totalIsEstimate ? `${data.total.toLocaleString('en-GB')}+ results` : plural(data.total, 'result'));

/** What the polite live region says once a search has settled. */
function summarise(data: SearchResults, state: SearchState): string {
  const q = normaliseQuery(state.q);
  const what = q ? ` for “${q}”` : '';
  if (data.total === 0) {
    return `No results${what}${filterCount(state) ? ' with these filters. Try removing some filters.' : '.'}`;
  }
  let text = `${countText(data)}${what}.`;
  if (data.totalIsEstimate) text += ' Showing the newest; add words or filters to narrow them.';
  if (data.correctedQuery) text += ` Showing results for “${data.correctedQuery}”.`;
  const pages = pageCount(data.total);
  if (pages > 1) text += ` Page ${state.page} of ${pages}.`;
  return text;
}

/** "You have 12 characters remaining" / "You have 100 characters too many". */
function counterText(length: number): string {
  const left = LIMITS.searchQueryMax - length;
  return left >= 0
    ? `You have ${plural(left, 'character')} remaining.`
    : `You have ${plural(-left, 'character')} too many.`;
}

/**
 * The search page: a labelled field (results as you type, and on Enter), facet filters, sort,
 * date range and pages, all kept in the address. Typing and dates replace the current history
 * entry (Back does not step through keystrokes); ticking a filter, sorting and paging add one.
 * The result count is said once per settled search through the app's polite announcer.
 */
export function SearchView() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readSearchState(params), [params]);
  const [text, setText] = useState(state.q);
  const typed = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  const search = useSearch(state);
  const { labelFor } = useTags();
  const announce = useAnnounce();
  const resultsTitle = useRef<HTMLHeadingElement>(null);
  // The error summary takes focus only after Enter, never while someone is typing.
  const [submits, setSubmits] = useState(0);
  const [typingSinceSubmit, setTypingSinceSubmit] = useState(true);

  // The address follows the (debounced) text; the text follows the address when it changes
  // from outside (Back and Forward, a link). `lastWritten` is the text the address last had.
  const lastWritten = useRef(normaliseQuery(state.q));
  // The router changes the address in a transition, so a ticked box or a chosen option would
  // spring back until it has. What was just chosen is shown until the address catches up.
  const [pending, setPending] = useState<{ base: URLSearchParams; next: SearchState } | null>(null);
  const shown = pending && pending.base === params ? pending.next : state;
  const commit = (next: SearchState, how: 'push' | 'replace') => {
    lastWritten.current = normaliseQuery(next.q);
    setPending({ base: params, next });
    setParams(writeSearchState(next), { replace: how === 'replace', preventScrollReset: true });
  };
  useEffect(() => {
    const q = normaliseQuery(typed);
    if (q === lastWritten.current) return;
    lastWritten.current = q;
    setParams((p) => writeSearchState({ ...readSearchState(p), q, page: 1 }), { replace: true, preventScrollReset: true });
  }, [typed, setParams]);
  useEffect(() => {
    const q = normaliseQuery(state.q);
    if (q === lastWritten.current) return;
    lastWritten.current = q;
    setText(state.q);
  }, [state.q]);

  // A new page of results: move to its heading, as a new page would.
  const lastPage = useRef(state.page);
  useEffect(() => {
    if (state.page === lastPage.current) return;
    lastPage.current = state.page;
    resultsTitle.current?.focus();
  }, [state.page]);

  // Say how many results there are, once each search settles (not on every keystroke).
  const { data, query } = search;
  const settled = search.enabled && query.isSuccess && !query.isPlaceholderData && !query.isFetching;
  const announceKey = settled ? search.inputKey : null;
  const lastAnnounced = useRef<string | null>(null);
  const summary = data ? summarise(data, state) : '';
  useEffect(() => {
    if (!announceKey || announceKey === lastAnnounced.current) return;
    lastAnnounced.current = announceKey;
    announce(summary);
  }, [announceKey, summary, announce]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSubmits((n) => n + 1);
    setTypingSinceSubmit(false);
    const q = normaliseQuery(text);
    if (q !== normaliseQuery(state.q)) {
      commit({ ...shown, q, page: 1 }, 'replace');
    } else if (search.enabled) {
      // The same search again: ask afresh (the index may have caught up) and say the outcome.
      void query.refetch().then((r) => {
        if (r.data) announce(summarise(r.data.search, state));
      });
    }
  };

  const onListChange = (filter: ListFilter, values: string[]) =>
    commit({ ...withListValues(shown, filter, values), q: normaliseQuery(text), page: 1 }, 'push');
  const onDateChange = (which: 'from' | 'to', value: string) =>
    commit({ ...shown, [which]: value, q: normaliseQuery(text), page: 1 }, 'replace');
  const clearFilters = () => {
    commit({ ...withoutFilters(shown), q: normaliseQuery(text) }, 'push');
    document.getElementById(FILTERS_TITLE_ID)?.focus();
  };

  // Errors: the server's message (never a stack), tied to the field it is about.
  const error = search.enabled && query.isError ? toRequestError(query.error) : null;
  const fieldErrors: Record<string, string> = {};
  const summaryItems: SummaryItem[] = [];
  if (error) {
    for (const f of error.fields) {
      const name = Object.keys(FIELD_IDS).find((n) => f.field === n || f.field.endsWith(`.${n}`));
      if (name && !fieldErrors[name]) fieldErrors[name] = f.message;
      summaryItems.push({ fieldId: name ? FIELD_IDS[name] : undefined, message: f.message });
    }
    if (summaryItems.length === 0) summaryItems.push({ message: error.message });
  }

  const active = hasCriteria(state);
  const filters = filterCount(state);
  const queryError = fieldErrors.query;
  const describedBy = [`${SEARCH_FIELD_ID}-hint`, queryError ? `${SEARCH_FIELD_ID}-error` : null, `${SEARCH_FIELD_ID}-counter`]
    .filter(Boolean)
    .join(' ');

  return (
    <div className="search">
      <ErrorSummary items={summaryItems} focusKey={typingSinceSubmit ? 0 : submits} />

      <form role="search" aria-label="Search Kindred" className="search-panel search-form" onSubmit={onSubmit}>
        <div className={`field search-form__field${queryError ? ' field--error' : ''}`}>
          <label htmlFor={SEARCH_FIELD_ID} className="field-label">
            Search for
          </label>
          <p id={`${SEARCH_FIELD_ID}-hint`} className="field-hint">
            Words to find. Use "quotes" for a phrase and -word to leave a word out.
          </p>
          {queryError ? (
            <p id={`${SEARCH_FIELD_ID}-error`} className="field-error">
              <span className="visually-hidden">Error: </span>
              {queryError}
            </p>
          ) : null}
          <div className="search-form__row">
            <input
              id={SEARCH_FIELD_ID}
              name="q"
              type="search"
              className="input input--search"
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                setTypingSinceSubmit(true);
              }}
              maxLength={LIMITS.searchQueryMax}
              aria-describedby={describedBy}
              aria-invalid={queryError ? true : undefined}
              aria-controls={RESULTS_ID}
              aria-keyshortcuts="/"
              autoComplete="off"
              enterKeyHint="search"
            />
            <button type="submit" className="button">
              Search
            </button>
          </div>
          <p id={`${SEARCH_FIELD_ID}-counter`} className="field-counter">
            {counterText(text.length)}
          </p>
        </div>
      </form>

      {!active ? (
        <SearchHelp />
      ) : (
        <div className="search-layout">
          <SearchFilters
            state={shown}
            facets={data?.facets}
            fieldErrors={fieldErrors}
            nameFor={search.nameFor}
            labelForTag={labelFor}
            onListChange={onListChange}
            onDateChange={onDateChange}
            onClear={clearFilters}
          />

          <section
            id={RESULTS_ID}
            className="search-results"
            aria-labelledby={RESULTS_TITLE_ID}
            aria-busy={query.isFetching || undefined}
          >
            <div className="search-results__header">
              <h2 id={RESULTS_TITLE_ID} ref={resultsTitle} tabIndex={-1} className="search-results__title">
                {data ? countText(data) : 'Results'}
              </h2>
              <div className="field search-results__sort">
                <label htmlFor="search-sort" className="field-label">
                  Sort by
                </label>
                <select
                  id="search-sort"
                  className="input select"
                  value={shown.sort}
                  onChange={(e) =>
                    commit({ ...shown, q: normaliseQuery(text), sort: e.target.value as SearchState['sort'], page: 1 }, 'push')
                  }
                  aria-controls={RESULTS_ID}
                >
                  {Object.entries(SORT_LABELS).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </div>
            </div>

            {/* A correction that found nothing is no help, so it is only shown with results. */}
            {data?.correctedQuery && data.total > 0 ? (
              <p className="search-results__corrected">
                Showing results for <strong>{data.correctedQuery}</strong>
              </p>
            ) : null}
            {data && data.total > 0 && pageCount(data.total) > 1 ? (
              <p className="search-results__range">
                Results {(data.offset + 1).toLocaleString('en-GB')}–
                {(data.offset + data.hits.length).toLocaleString('en-GB')} of {data.total.toLocaleString('en-GB')}
                {data.totalIsEstimate ? '+' : ''}
              </p>
            ) : null}

            {error ? (
              <p className="search-results__error">The search could not be run. See the problem described above.</p>
            ) : !data ? (
              <Loading label="Searching…" />
            ) : data.total === 0 ? (
              <EmptyState>
                <p>
                  <strong>No results{normaliseQuery(state.q) ? ` for “${normaliseQuery(state.q)}”` : ''}.</strong>
                </p>
                {filters ? (
                  <>
                    <p>Try removing some filters: {plural(filters, 'filter')} {filters === 1 ? 'is' : 'are'} on.</p>
                    <button type="button" className="button button--secondary" onClick={clearFilters}>
                      Clear filters
                    </button>
                  </>
                ) : (
                  <ul className="search-help__tips">
                    <li>Check the spelling, or try fewer or more general words.</li>
                    <li>Try another name for it, like “sugar” for diabetes.</li>
                    <li>Private groups’ posts are only found by their members.</li>
                  </ul>
                )}
              </EmptyState>
            ) : data.hits.length === 0 ? (
              <EmptyState>
                <p>There are no results on this page.</p>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => commit({ ...state, page: 1 }, 'push')}
                >
                  Go to the first page
                </button>
              </EmptyState>
            ) : (
              <>
                <ol className="card-list search-hits" aria-labelledby={RESULTS_TITLE_ID} start={data.offset + 1}>
                  {data.hits.map((hit) => (
                    <SearchHitItem key={hit.id} hit={hit} labelForTag={labelFor} />
                  ))}
                </ol>
                <SearchPagination state={state} total={data.total} />
              </>
            )}
          </section>
        </div>
      )}
    </div>
  );
}

