import { useEffect, useId, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { LIMITS } from '@kindred/contracts';
import { ErrorPanel, EmptyState, Loading } from '../../../app/ui/States';
import { plural } from '../../../app/ui/format';
import { SelectField } from '../../../app/ui/Fields';
import { LoadMore } from '../../../app/ui/LoadMore';
import { useDebouncedValue } from '../../../app/ui/useDebouncedValue';
import { useConditionDirectory, useConditionFamilies } from '../hooks/useConditionDirectory';
import { ConditionCard } from './ConditionCard';

const SEARCH_DEBOUNCE_MS = 200;

/**
 * Search-as-you-type over the catalogue (names, other names and ICD-10 codes), a family
 * filter, a polite live region with the result count, and "Load more". The text and family
 * are kept in the address (?q=…&family=…) so a search can be shared or returned to.
 */
export function ConditionDirectory() {
  const [params, setParams] = useSearchParams();
  const family = params.get('family') ?? '';
  const [text, setText] = useState(() => params.get('q') ?? '');
  const filter = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const families = useConditionFamilies();
  const directory = useConditionDirectory(filter, family);
  const statusId = useId();

  // Keep the address in step with the (debounced) search, without adding history entries;
  // and follow the address when it changes from outside (a link, back and forward).
  const urlFilter = params.get('q') ?? '';
  const lastWritten = useRef(urlFilter);
  useEffect(() => {
    if (filter === lastWritten.current) return;
    lastWritten.current = filter;
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (filter) next.set('q', filter);
        else next.delete('q');
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  }, [filter, setParams]);
  useEffect(() => {
    if (urlFilter === lastWritten.current) return;
    lastWritten.current = urlFilter;
    setText(urlFilter);
  }, [urlFilter]);

  const setFamily = (value: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set('family', value);
        else next.delete('family');
        return next;
      },
      { replace: true, preventScrollReset: true },
    );

  // What the live region says; it only changes when fresh results arrive.
  const announcement = useRef('');
  if (directory.isSuccess && !directory.isPlaceholderData) {
    const { totalCount, conditions } = directory;
    const what = filter ? ` for “${filter}”` : '';
    const where = family ? ` in ${family}` : '';
    const count =
      totalCount === 0
        ? `No conditions found${what}${where}.`
        : `${plural(totalCount, 'condition')} found${what}${where}.`;
    announcement.current =
      totalCount > conditions.length ? `${count} Showing ${conditions.length}.` : count;
  }

  const clear = () => {
    setText('');
    setFamily('');
    document.getElementById('condition-search')?.focus();
  };

  return (
    <div className="directory">
      <form
        role="search"
        aria-label="Conditions"
        className="search-panel"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field search-panel__text">
          <label htmlFor="condition-search" className="field-label">
            Search conditions
          </label>
          <p id="condition-search-hint" className="field-hint">
            Try a name, another name people use (like “sugar diabetes”) or an ICD-10 code (like E11).
          </p>
          <input
            id="condition-search"
            type="search"
            className="input input--search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby={`condition-search-hint ${statusId}`}
            aria-controls="condition-results"
            maxLength={LIMITS.searchFilterMax}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <SelectField
          id="condition-family"
          label="Family"
          className="search-panel__family"
          value={family}
          onChange={(e) => setFamily(e.target.value)}
          aria-controls="condition-results"
        >
          <option value="">All families</option>
          {families.data?.conditionFamilies.map((f) => (
            <option key={f.name} value={f.name}>
              {f.name} ({f.conditionCount})
            </option>
          ))}
          {family && families.data && !families.data.conditionFamilies.some((f) => f.name === family) ? (
            <option value={family}>{family}</option>
          ) : null}
        </SelectField>
      </form>

      <p id={statusId} className="result-count" role="status" aria-live="polite" aria-atomic="true">
        {announcement.current}
      </p>

      <div id="condition-results" className="results" aria-busy={directory.isFetching || undefined}>
        {directory.isPending ? (
          <Loading label="Loading conditions…" />
        ) : directory.isError && directory.conditions.length === 0 ? (
          <ErrorPanel
            title="We couldn’t load the conditions"
            error={directory.error}
            onRetry={() => void directory.refetch()}
          />
        ) : directory.conditions.length === 0 ? (
          <EmptyState>
            <p>
              No conditions match{filter ? ` “${filter}”` : ''}
              {family ? ` in ${family}` : ''}. Try a different spelling, another name for it, or its ICD-10 code.
            </p>
            <button type="button" className="button button--secondary" onClick={clear}>
              Clear search
            </button>
          </EmptyState>
        ) : (
          <>
            <ul className="card-list" aria-label="Conditions">
              {directory.conditions.map((c) => (
                <ConditionCard key={c.id} condition={c} filter={filter} />
              ))}
            </ul>
            {directory.isFetchNextPageError ? (
              <ErrorPanel
                title="We couldn’t load more conditions"
                error={directory.error}
                onRetry={() => void directory.fetchNextPage()}
              />
            ) : null}
            <LoadMore
              shown={directory.conditions.length}
              total={directory.totalCount}
              noun="condition"
              hasNextPage={directory.hasNextPage}
              isFetchingNextPage={directory.isFetchingNextPage}
              onLoadMore={() => void directory.fetchNextPage()}
            />
          </>
        )}
      </div>
    </div>
  );
}
