import { useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorSummary } from '../../../app/ui/ErrorSummary';
import type { SummaryItem } from '../../../app/ui/ErrorSummary';
import { SelectField, TextField } from '../../../app/ui/Fields';
import type { InsightConditionOption } from '../hooks/useInsightConditions';
import { MAX_WEEKS, validateRange, weeksFor } from '../period';

export interface InsightsSelection {
  condition: string;
  from: string;
  to: string;
}

export interface FilterErrors {
  condition?: string;
  from?: string;
  to?: string;
  /** Not about one field (the API's message). */
  form?: string;
}

export const FILTER_IDS = { condition: 'insights-condition', from: 'insights-from', to: 'insights-to' } as const;

/** Conditions by family, as on the conditions page. */
function byFamily(conditions: readonly InsightConditionOption[]) {
  const families = new Map<string, InsightConditionOption[]>();
  for (const c of conditions) families.set(c.family, [...(families.get(c.family) ?? []), c]);
  return [...families.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/**
 * What to look at: a condition and a period. Checked here with the API's rules first (errors
 * in a summary that takes focus, and beside each field); the API's own refusals arrive as
 * `serverErrors` and are shown the same way.
 */
export function InsightsFilters({
  conditions,
  initial,
  serverErrors,
  serverErrorKey,
  onApply,
}: {
  conditions: readonly InsightConditionOption[];
  initial: InsightsSelection;
  serverErrors: FilterErrors;
  /** Changes whenever a new refusal from the API arrives, so the summary takes focus. */
  serverErrorKey: number;
  onApply: (selection: InsightsSelection) => void;
}) {
  const [draft, setDraft] = useState<InsightsSelection>(initial);
  const [localErrors, setLocalErrors] = useState<FilterErrors | null>(null);
  const [attempts, setAttempts] = useState(0);
  const errors = localErrors ?? serverErrors;
  const weeks = weeksFor(draft.from, draft.to);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const found: FilterErrors = { ...validateRange(draft.from, draft.to) };
    if (!draft.condition) found.condition = 'Choose a condition.';
    if (Object.keys(found).length > 0) {
      setLocalErrors(found);
      setAttempts((n) => n + 1);
      return;
    }
    setLocalErrors(null);
    onApply(draft);
  };

  const summary: SummaryItem[] = [
    ...(errors.form ? [{ message: errors.form }] : []),
    ...(['condition', 'from', 'to'] as const).flatMap((f) =>
      errors[f] ? [{ fieldId: FILTER_IDS[f], message: errors[f]! }] : [],
    ),
  ];

  return (
    <form className="form insights-filters" onSubmit={submit} noValidate aria-labelledby="insights-filters-title">
      <h2 id="insights-filters-title" className="visually-hidden">
        Choose a condition and a period
      </h2>
      <ErrorSummary items={summary} focusKey={localErrors ? attempts : serverErrorKey} />
      <SelectField
        id={FILTER_IDS.condition}
        name="condition"
        label="Condition"
        error={errors.condition}
        value={draft.condition}
        onChange={(e) => setDraft((d) => ({ ...d, condition: e.target.value }))}
        className="insights-filters__condition"
      >
        <option value="">Choose a condition</option>
        {byFamily(conditions).map(([family, list]) => (
          <optgroup key={family} label={family}>
            {list.map((c) => (
              <option key={c.id} value={c.slug}>
                {c.name}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <fieldset className="fieldset insights-filters__period" aria-describedby="insights-period-hint">
        <legend className="field-label">Period</legend>
        <p id="insights-period-hint" className="field-hint">
          Widened to whole weeks, Monday to Sunday (UTC), at most {MAX_WEEKS} weeks.
          {weeks && !localErrors?.to ? ` This covers ${weeks} whole ${weeks === 1 ? 'week' : 'weeks'}.` : ''}
        </p>
        <div className="insights-filters__dates">
          <TextField
            id={FILTER_IDS.from}
            name="from"
            type="date"
            label="First day"
            error={errors.from}
            value={draft.from}
            onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value }))}
          />
          <TextField
            id={FILTER_IDS.to}
            name="to"
            type="date"
            label="Last day"
            error={errors.to}
            value={draft.to}
            onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value }))}
          />
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button">
          Show insights
        </button>
      </div>
    </form>
  );
}
