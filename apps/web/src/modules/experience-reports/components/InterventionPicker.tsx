import { useId, useRef, useState } from 'react';
import { LIMITS } from '@kindred/contracts';
import type { InterventionSummaryFragment } from '../../../generated/graphql';
import { CheckboxField, choiceId } from '../../../app/ui/Fields';
import { plural } from '../../../app/ui/format';
import { LoadMore } from '../../../app/ui/LoadMore';
import { ErrorPanel, Loading } from '../../../app/ui/States';
import { useDebouncedValue } from '../../../app/ui/useDebouncedValue';
import { useInterventionOptions } from '../hooks/useInterventionOptions';
import { focusWhenReady } from '../../threads/hooks/focus';
import { CATEGORY_LABELS } from '../labels';

const SEARCH_DEBOUNCE_MS = 200;
const NAME = 'report-intervention';
export const INTERVENTION_SEARCH_ID = 'report-intervention-search';
const OPTIONS_ID = 'report-intervention-options';

/** The id of an option's radio (the error summary links to the chosen one, or the search box). */
export const interventionRadioId = (id: string) => choiceId(NAME, id);

interface Option extends InterventionSummaryFragment {
  synonyms?: readonly string[];
}

/** "Medication · also called Glucophage" when the filter matched another name, not the name. */
function optionHint(option: Option, filter: string): string {
  const category = CATEGORY_LABELS[option.category];
  const f = filter.toLowerCase();
  if (!f || option.name.toLowerCase().includes(f)) return category;
  const matched = (option.synonyms ?? []).filter((s) => s.toLowerCase().includes(f));
  return matched.length ? `${category} · also called ${matched.slice(0, 2).join(', ')}` : category;
}

/**
 * Choosing the intervention a report is about: a labelled search box that filters as you type
 * (names, other names and brand names), a polite count of what matched, and the matches as
 * plain radio buttons, so it works with a keyboard and every screen reader without any ARIA
 * widget. The chosen one stays in the list while the filter changes.
 */
export function InterventionPicker({
  conditionSlug,
  conditionName,
  value,
  onChange,
  error,
}: {
  conditionSlug: string;
  conditionName: string;
  value: InterventionSummaryFragment | null;
  onChange: (value: InterventionSummaryFragment) => void;
  error?: string | null;
}) {
  // Arriving with one already chosen (from a link), the list stays closed until asked for.
  const [collapsed, setCollapsed] = useState(() => !!value);
  if (collapsed && value && !error) {
    return (
      <div className="field picker picker--chosen">
        <p className="field-label picker__legend">What are you reporting on?</p>
        <p className="picker__chosen">
          <strong>{value.name}</strong> <span className="muted">({CATEGORY_LABELS[value.category]})</span>
        </p>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            setCollapsed(false);
            focusWhenReady([INTERVENTION_SEARCH_ID]);
          }}
        >
          Choose something else
        </button>
      </div>
    );
  }
  return (
    <PickerList
      conditionSlug={conditionSlug}
      conditionName={conditionName}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}

function PickerList({
  conditionSlug,
  conditionName,
  value,
  onChange,
  error,
}: {
  conditionSlug: string;
  conditionName: string;
  value: InterventionSummaryFragment | null;
  onChange: (value: InterventionSummaryFragment) => void;
  error?: string | null;
}) {
  const [text, setText] = useState('');
  const [everywhere, setEverywhere] = useState(false);
  const filter = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const list = useInterventionOptions(filter, everywhere ? null : conditionSlug);
  const statusId = useId();

  // What the live region says; it only changes when fresh results arrive.
  const announcement = useRef('');
  if (list.isSuccess && !list.isPlaceholderData) {
    const what = filter ? ` for “${filter}”` : '';
    announcement.current =
      list.totalCount === 0
        ? `Nothing found${what}.`
        : `${plural(list.totalCount, 'match', 'matches')}${what}.${
            list.totalCount > list.options.length ? ` Showing ${list.options.length}.` : ''
          }`;
  }

  const chosenMissing = value && !list.options.some((o) => o.id === value.id);
  const options: Option[] = chosenMissing ? [value, ...list.options] : list.options;
  const describedBy = [`${NAME}-hint`, error ? `${NAME}-error` : null].filter(Boolean).join(' ');

  return (
    <fieldset className={`field fieldset picker${error ? ' field--error' : ''}`} aria-describedby={describedBy}>
      <legend className="field-label picker__legend">What are you reporting on?</legend>
      <p id={`${NAME}-hint`} className="field-hint">
        Choose the medicine, therapy, device, lifestyle change, self-management technique or service you have tried.
      </p>
      {error ? (
        <p id={`${NAME}-error`} className="field-error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}

      <div className="field picker__search">
        <label htmlFor={INTERVENTION_SEARCH_ID} className="field-label">
          Search by name
        </label>
        <p id={`${INTERVENTION_SEARCH_ID}-hint`} className="field-hint">
          Other names and brand names work too. The list below changes as you type.
        </p>
        <input
          id={INTERVENTION_SEARCH_ID}
          type="search"
          className="input input--search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${INTERVENTION_SEARCH_ID}-hint ${statusId}`}
          aria-controls={OPTIONS_ID}
          maxLength={LIMITS.searchFilterMax}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <CheckboxField
        id="report-intervention-everywhere"
        label={`Also show ones not usually listed for ${conditionName}`}
        checked={everywhere}
        onChange={(e) => setEverywhere(e.target.checked)}
        aria-controls={OPTIONS_ID}
      />

      <p id={statusId} className="result-count" role="status" aria-live="polite" aria-atomic="true">
        {announcement.current}
      </p>

      <div id={OPTIONS_ID} className="picker__results" aria-busy={list.isFetching || undefined}>
        {list.isPending ? (
          <Loading label="Loading the list…" />
        ) : list.isError && list.options.length === 0 ? (
          <ErrorPanel as="h3" title="We couldn’t load the list" error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            {options.length > 0 ? (
              <div className="choices choices--radio picker__options">
                {options.map((o) => {
                  const id = interventionRadioId(o.id);
                  return (
                    <div key={o.id} className="choice">
                      <input
                        id={id}
                        type="radio"
                        name={NAME}
                        value={o.id}
                        className="radio"
                        checked={value?.id === o.id}
                        onChange={() => onChange({ id: o.id, slug: o.slug, name: o.name, category: o.category })}
                        aria-describedby={`${id}-hint`}
                      />
                      <div>
                        <label htmlFor={id} className="choice__label">
                          {o.name}
                        </label>
                        <p id={`${id}-hint`} className="field-hint choice__hint">
                          {optionHint(o, filter)}
                        </p>
                      </div>
                    </div>
                  );
                })}
              </div>
            ) : null}
            {list.options.length === 0 ? (
              <p className="picker__empty">
                {filter ? `Nothing matches “${filter}”` : 'Nothing is listed'}
                {everywhere ? '' : ` for ${conditionName}`}.{' '}
                {filter ? 'Check the spelling or try another name. ' : ''}
                {everywhere ? '' : 'You can also show ones listed for other conditions. '}
                If it’s missing, propose it below.
              </p>
            ) : null}
            {list.isFetchNextPageError ? (
              <ErrorPanel
                as="h3"
                title="We couldn’t load more of the list"
                error={list.error}
                onRetry={() => void list.fetchNextPage()}
              />
            ) : null}
            <LoadMore
              shown={list.options.length}
              total={list.totalCount}
              noun="option"
              hasNextPage={list.hasNextPage}
              isFetchingNextPage={list.isFetchingNextPage}
              onLoadMore={() => void list.fetchNextPage()}
            />
          </>
        )}
      </div>
    </fieldset>
  );
}
