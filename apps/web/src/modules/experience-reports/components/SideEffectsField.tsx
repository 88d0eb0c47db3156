import { LIMITS } from '@kindred/contracts';
import type { SideEffectSeverity } from '../../../generated/graphql';
import { useAnnounce } from '../../../app/ui/Announcer';
import { SelectField, TextField } from '../../../app/ui/Fields';
import { focusWhenReady } from '../../threads/hooks/focus';
import { SEVERITY_LABELS, SEVERITY_ORDER } from '../labels';

export interface SideEffectRow {
  /** Stable for the row's life, so ids (and focus) survive removing rows above it. */
  key: number;
  name: string;
  severity: SideEffectSeverity | '';
}

export const SIDE_EFFECTS_ADD_ID = 'report-side-effect-add';
export const sideEffectNameId = (key: number) => `report-side-effect-${key}-name`;
export const sideEffectSeverityId = (key: number) => `report-side-effect-${key}-severity`;

let nextKey = 1;
export const newSideEffectRow = (name = '', severity: SideEffectSeverity | '' = ''): SideEffectRow => ({
  key: nextKey++,
  name,
  severity,
});

/**
 * Side effects as repeatable rows: a name and how bad it was, "Add a side effect" and "Remove"
 * (at most LIMITS.sideEffectsMax). Adding moves focus to the new name; removing moves it to
 * the next row (or the add button) and says what happened.
 */
export function SideEffectsField({
  rows,
  onChange,
  errors,
  error,
}: {
  rows: readonly SideEffectRow[];
  onChange: (rows: SideEffectRow[]) => void;
  /** Per-row errors, keyed by the row's field ids. */
  errors: Readonly<Record<string, string | undefined>>;
  /** An error about the list as a whole (too many). */
  error?: string | null;
}) {
  const announce = useAnnounce();
  const full = rows.length >= LIMITS.sideEffectsMax;

  const update = (key: number, change: Partial<SideEffectRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));

  const add = () => {
    if (full) return;
    const row = newSideEffectRow();
    onChange([...rows, row]);
    focusWhenReady([sideEffectNameId(row.key)]);
  };

  const remove = (index: number) => {
    const removed = rows[index];
    if (!removed) return;
    const rest = rows.filter((_, i) => i !== index);
    onChange(rest);
    const next = rest[index] ?? rest[index - 1];
    focusWhenReady(next ? [sideEffectNameId(next.key)] : [SIDE_EFFECTS_ADD_ID]);
    announce(
      `Side effect ${index + 1}${removed.name.trim() ? `, ${removed.name.trim()},` : ''} removed. ${
        rest.length === 0 ? 'No side effects listed.' : `${rest.length} listed.`
      }`,
    );
  };

  return (
    <fieldset
      className={`field fieldset side-effects${error ? ' field--error' : ''}`}
      aria-describedby={['report-side-effects-hint', error ? 'report-side-effects-error' : null].filter(Boolean).join(' ')}
    >
      <legend className="field-label">Side effects (optional)</legend>
      <p id="report-side-effects-hint" className="field-hint">
        List any side effects you noticed, up to {LIMITS.sideEffectsMax}. Leave this empty if there were none.
      </p>
      {error ? (
        <p id="report-side-effects-error" className="field-error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {rows.length > 0 ? (
        <ol className="side-effect-rows">
          {rows.map((row, i) => {
            const n = i + 1;
            const nameId = sideEffectNameId(row.key);
            const severityId = sideEffectSeverityId(row.key);
            return (
              <li key={row.key} className="side-effect-row">
                <TextField
                  id={nameId}
                  label={`Side effect ${n}`}
                  hint={n === 1 ? 'For example “upset stomach” or “tiredness”.' : undefined}
                  className="side-effect-row__name"
                  error={errors[nameId]}
                  value={row.name}
                  onChange={(e) => update(row.key, { name: e.target.value })}
                  maxLength={LIMITS.sideEffectNameMax}
                  autoComplete="off"
                />
                <SelectField
                  id={severityId}
                  label={`How bad was side effect ${n}?`}
                  className="side-effect-row__severity"
                  error={errors[severityId]}
                  value={row.severity}
                  onChange={(e) => update(row.key, { severity: e.target.value as SideEffectSeverity | '' })}
                >
                  <option value="">Choose one</option>
                  {SEVERITY_ORDER.map((s) => (
                    <option key={s} value={s}>
                      {SEVERITY_LABELS[s]}
                    </option>
                  ))}
                </SelectField>
                <button
                  type="button"
                  className="link-button link-button--danger side-effect-row__remove"
                  onClick={() => remove(i)}
                >
                  Remove<span className="visually-hidden"> side effect {n}</span>
                </button>
              </li>
            );
          })}
        </ol>
      ) : null}
      {full ? (
        <p className="small muted">
          You have listed {LIMITS.sideEffectsMax} side effects, the most a report can have.
        </p>
      ) : (
        <button id={SIDE_EFFECTS_ADD_ID} type="button" className="button button--secondary button--small" onClick={add}>
          Add a side effect
        </button>
      )}
    </fieldset>
  );
}
