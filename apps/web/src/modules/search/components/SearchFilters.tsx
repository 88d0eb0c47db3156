import { useState } from 'react';
import type { ChoiceOption } from '../../../app/ui/Fields';
import { CheckboxGroupField, TextField } from '../../../app/ui/Fields';
import { plural } from '../../../app/ui/format';
import type { SearchFacets } from '../hooks/useSearch';
import { filterCount, listValues } from '../hooks/search-state';
import type { ListFilter, SearchState } from '../hooks/search-state';
import { kindLabel, typeLabel } from '../labels';

export const FILTERS_TITLE_ID = 'search-filters-title';

interface FacetSpec {
  filter: ListFilter;
  legend: string;
  facet: keyof SearchFacets;
}

const FACETS: readonly FacetSpec[] = [
  { filter: 'type', legend: 'Type of result', facet: 'type' },
  { filter: 'condition', legend: 'Condition', facet: 'condition' },
  { filter: 'group', legend: 'Group', facet: 'group' },
  { filter: 'kind', legend: 'Kind', facet: 'kind' },
  { filter: 'tag', legend: 'Tag', facet: 'tag' },
];

/**
 * The facets of the current results as checkbox groups (with how many results each value
 * has), and a date range. Counts are over the results with every other filter applied, so a
 * ticked value always stays listed (with 0 if nothing is left) and can be unticked. On small
 * screens the filters fold away behind a button, so the results come first.
 */
export function SearchFilters({
  state,
  facets,
  fieldErrors,
  nameFor,
  labelForTag,
  onListChange,
  onDateChange,
  onClear,
}: {
  state: SearchState;
  facets: SearchFacets | undefined;
  fieldErrors: { from?: string; to?: string };
  nameFor: (filter: ListFilter, value: string) => string | undefined;
  labelForTag: (slug: string) => string;
  onListChange: (filter: ListFilter, values: string[]) => void;
  onDateChange: (which: 'from' | 'to', value: string) => void;
  onClear: () => void;
}) {
  const [openAsked, setOpen] = useState(false);
  // A date the server refused must be visible, so its error and the summary's link work.
  const open = openAsked || !!fieldErrors.from || !!fieldErrors.to;
  const active = filterCount(state);

  const label = (filter: ListFilter, value: string, fallback: string): string => {
    switch (filter) {
      case 'type':
        return typeLabel(value, fallback);
      case 'kind':
        return kindLabel(value, fallback);
      case 'tag':
        return labelForTag(value);
      default:
        return fallback !== value ? fallback : (nameFor(filter, value) ?? value);
    }
  };

  const options = (spec: FacetSpec): ChoiceOption<string>[] => {
    const counts = facets?.[spec.facet] ?? [];
    const selected = listValues(state, spec.filter);
    const rows = counts.map((f) => ({ value: f.value, name: label(spec.filter, f.value, f.label), count: f.count }));
    for (const v of selected) {
      if (!rows.some((r) => r.value === v)) rows.push({ value: v, name: label(spec.filter, v, v), count: 0 });
    }
    return rows.map((r) => ({
      value: r.value,
      label: (
        <>
          {r.name} <span className="facet-count">({r.count.toLocaleString('en-GB')})</span>
        </>
      ),
    }));
  };

  return (
    <section className="search-filters" aria-labelledby={FILTERS_TITLE_ID}>
      <div className="search-filters__header">
        <h2 id={FILTERS_TITLE_ID} className="search-filters__title" tabIndex={-1}>
          Filter results
        </h2>
        <button
          type="button"
          className="button button--secondary button--small search-filters__toggle"
          aria-expanded={open}
          aria-controls="search-filters-body"
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide filters' : 'Show filters'}
          {active ? ` (${active} on)` : ''}
        </button>
      </div>
      <div id="search-filters-body" className={`search-filters__body${open ? ' search-filters__body--open' : ''}`}>
        {active ? (
          <p className="search-filters__active">
            {plural(active, 'filter')} on.{' '}
            <button type="button" className="link-button" onClick={onClear}>
              Clear filters
            </button>
          </p>
        ) : null}
        {FACETS.map((spec) => {
          const opts = options(spec);
          if (opts.length === 0) return null;
          return (
            <CheckboxGroupField
              key={spec.filter}
              name={`search-${spec.filter}`}
              legend={spec.legend}
              options={opts}
              values={listValues(state, spec.filter)}
              onChange={(values) => onListChange(spec.filter, values)}
              className="facet"
            />
          );
        })}
        <fieldset className="field fieldset facet facet--dates">
          <legend className="field-label">Date posted</legend>
          <TextField
            id="search-from"
            label="From"
            type="date"
            value={state.from}
            error={fieldErrors.from}
            onChange={(e) => onDateChange('from', e.target.value)}
          />
          <TextField
            id="search-to"
            label="To (including that day)"
            type="date"
            value={state.to}
            error={fieldErrors.to}
            onChange={(e) => onDateChange('to', e.target.value)}
          />
        </fieldset>
      </div>
    </section>
  );
}
