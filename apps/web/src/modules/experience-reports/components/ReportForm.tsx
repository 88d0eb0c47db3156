import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { LIMITS } from '@kindred/contracts';
import type {
  Adherence,
  Burden,
  CostBand,
  Effectiveness,
  ExperienceReportFieldsFragment,
  InterventionSummaryFragment,
  ReportAnswersInput,
} from '../../../generated/graphql';
import { isErrorCode, toRequestError } from '../../../app/graphql-client';
import { ErrorSummary } from '../../../app/ui/ErrorSummary';
import type { SummaryItem } from '../../../app/ui/ErrorSummary';
import { describeError } from '../../../app/ui/errors';
import { CheckboxField, choiceId, RadioGroupField, SelectField, TextField } from '../../../app/ui/Fields';
import { MarkdownField, MARKDOWN_HINT } from '../../threads/components/MarkdownField';
import { ConsentQuestion } from '../../consents/components/ConsentQuestion';
import { useSafetyCheck } from '../../moderation/hooks/useSafetyCheck';
import { showSupport } from '../../moderation/support-store';
import type { ConsentAnswer } from '../../consents/components/ConsentQuestion';
import {
  ADHERENCE_LABELS,
  ADHERENCE_ORDER,
  BURDEN_LABELS,
  BURDEN_ORDER,
  CATEGORY_LABELS,
  COST_BAND_LABELS,
  COST_BAND_ORDER,
  EFFECTIVENESS_LABELS,
  EFFECTIVENESS_ORDER,
} from '../labels';
import { InterventionPicker, INTERVENTION_SEARCH_ID, interventionRadioId } from './InterventionPicker';
import { ProposeIntervention } from './ProposeIntervention';
import {
  newSideEffectRow,
  SIDE_EFFECTS_ADD_ID,
  sideEffectNameId,
  sideEffectSeverityId,
  SideEffectsField,
} from './SideEffectsField';
import type { SideEffectRow } from './SideEffectsField';

export interface ReportDraft {
  intervention: InterventionSummaryFragment | null;
  effectiveness: Effectiveness | null;
  sideEffects: SideEffectRow[];
  adherence: Adherence | '';
  burden: Burden | '';
  costBand: CostBand | '';
  /** As typed: validated into a whole number of weeks on submit. */
  durationWeeks: string;
  stillUsing: boolean;
  tips: string;
  /** Attach the report to the thread it was started from (new reports only). */
  attachToThread: boolean;
}

export const emptyDraft = (intervention: InterventionSummaryFragment | null): ReportDraft => ({
  intervention,
  effectiveness: null,
  sideEffects: [],
  adherence: '',
  burden: '',
  costBand: '',
  durationWeeks: '',
  stillUsing: true,
  tips: '',
  attachToThread: true,
});

/** The edit form starts from the report as it is. */
export const draftFrom = (report: ExperienceReportFieldsFragment): ReportDraft => ({
  intervention: report.intervention,
  effectiveness: report.effectiveness,
  sideEffects: report.sideEffects.map((s) => newSideEffectRow(s.name, s.severity)),
  adherence: report.adherence,
  burden: report.burden,
  costBand: report.costBand,
  durationWeeks: String(report.durationWeeks),
  stillUsing: report.stillUsing,
  tips: report.tips,
  attachToThread: false,
});

export interface ReportSubmission {
  intervention: InterventionSummaryFragment;
  answers: ReportAnswersInput;
  attachToThread: boolean;
  /** The answer to the clinician-insights question, when it was asked and answered. */
  consent: boolean | null;
}

/** The thread a new report may be attached to, and whether it can be. */
export interface AttachTarget {
  title: string;
  /** Why it can't be attached, in plain words; null when it can. */
  refusal: string | null;
}

const FIELD_IDS = {
  intervention: INTERVENTION_SEARCH_ID,
  effectiveness: choiceId('report-effectiveness', EFFECTIVENESS_ORDER[0]!),
  sideEffects: SIDE_EFFECTS_ADD_ID,
  adherence: 'report-adherence',
  burden: 'report-burden',
  costBand: 'report-cost-band',
  durationWeeks: 'report-duration',
  stillUsing: 'report-still-using',
  tips: 'report-tips',
} as const;
type Field = keyof typeof FIELD_IDS;
const FIELDS = Object.keys(FIELD_IDS) as Field[];

type Errors = Partial<Record<Field, string>> & { rows?: Record<string, string> };

/** The same rules the API enforces (libs/contracts LIMITS), checked before we send. */
function validate(d: ReportDraft, needsIntervention: boolean): Errors {
  const errors: Errors = {};
  const rows: Record<string, string> = {};
  if (needsIntervention && !d.intervention) errors.intervention = 'Choose what you are reporting on.';
  if (!d.effectiveness) errors.effectiveness = 'Say how much it helped.';
  if (d.sideEffects.length > LIMITS.sideEffectsMax)
    errors.sideEffects = `List at most ${LIMITS.sideEffectsMax} side effects.`;
  d.sideEffects.forEach((row, i) => {
    const name = row.name.trim();
    const n = i + 1;
    if (!name) rows[sideEffectNameId(row.key)] = `Name side effect ${n}, or remove it.`;
    else if (name.length < 2) rows[sideEffectNameId(row.key)] = `Side effect ${n} needs at least 2 characters.`;
    else if (name.length > LIMITS.sideEffectNameMax)
      rows[sideEffectNameId(row.key)] = `Side effect ${n} can have at most ${LIMITS.sideEffectNameMax} characters.`;
    if (!row.severity) rows[sideEffectSeverityId(row.key)] = `Say how bad side effect ${n} was.`;
  });
  if (Object.keys(rows).length > 0) errors.rows = rows;
  if (!d.adherence) errors.adherence = 'Say how closely you could stick to it.';
  if (!d.burden) errors.burden = 'Say how much effort or hassle it is.';
  if (!d.costBand) errors.costBand = 'Say what it costs you each month, or choose “Don’t know, or rather not say”.';
  const weeks = d.durationWeeks.trim();
  if (!weeks) errors.durationWeeks = 'Say how many weeks you have used it. Enter 0 if you have only just started.';
  else if (!/^\d+$/.test(weeks)) errors.durationWeeks = 'Enter a whole number of weeks, like 12.';
  else if (Number(weeks) > LIMITS.durationWeeksMax)
    errors.durationWeeks = `Enter a number of weeks from 0 to ${LIMITS.durationWeeksMax.toLocaleString('en-GB')} (50 years).`;
  if (d.tips.length > LIMITS.tipsMax)
    errors.tips = `Your tips can have at most ${LIMITS.tipsMax.toLocaleString('en-GB')} characters.`;
  return errors;
}

/** The API's field errors ("effectiveness", "sideEffects.0.name", "interventionId" …) on our fields. */
function errorsFromServer(error: unknown, rows: readonly SideEffectRow[]): { errors: Errors; form: string | null } {
  const e = toRequestError(error);
  if (isErrorCode(e, 'INTERVENTION_NOT_ACCEPTED')) return { errors: { intervention: e.message }, form: null };
  const errors: Errors = {};
  const rowErrors: Record<string, string> = {};
  const unmatched: string[] = [];
  for (const f of e.fields) {
    const path = f.field.replace(/^input\./, '');
    const row = /^sideEffects\.(\d+)\.(name|severity)$/.exec(path);
    const target = rows[Number(row?.[1])];
    if (row && target) {
      const id = row[2] === 'name' ? sideEffectNameId(target.key) : sideEffectSeverityId(target.key);
      rowErrors[id] ??= `Side effect ${Number(row[1]) + 1}: ${f.message}`;
      continue;
    }
    const field: Field | undefined = path === 'interventionId' ? 'intervention' : FIELDS.find((n) => n === path);
    if (field) errors[field] ??= f.message;
    else unmatched.push(f.message);
  }
  if (Object.keys(rowErrors).length > 0) errors.rows = rowErrors;
  const hasFieldErrors = Object.keys(errors).length > 0;
  const form = unmatched.length > 0 ? unmatched.join(' ') : hasFieldErrors ? null : describeError(e);
  return { errors, form };
}

/**
 * Filing a what-works report, or editing one (the intervention is then fixed). Errors as on
 * the other forms: a summary that takes focus and links to each field, and the message again
 * beside the field. The intervention picker and "Propose a new one" sit above the answers,
 * outside the report's <form>, because the proposal is a form of its own.
 */
export function ReportForm({
  mode,
  condition,
  initial,
  attachTo,
  askConsent = false,
  submitLabel,
  pendingLabel,
  cancelTo,
  isPending,
  onSubmit,
}: {
  mode: 'new' | 'edit';
  condition: { id: string; slug: string; name: string };
  initial: ReportDraft;
  /** New reports started from a thread. */
  attachTo?: AttachTarget | null;
  /** Ask whether reports may count in clinician insights (the member has not answered yet). */
  askConsent?: boolean;
  submitLabel: string;
  pendingLabel: string;
  cancelTo: string;
  isPending: boolean;
  /** Sends the report; calls back with the error if the API refuses it. */
  onSubmit: (submission: ReportSubmission, onError: (error: unknown) => void) => void;
}) {
  const [draft, setDraft] = useState<ReportDraft>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const [consent, setConsent] = useState<ConsentAnswer | null>(null);
  const choosing = mode === 'new';
  const safety = useSafetyCheck({ postAnywayLabel: 'Save anyway' });
  const busy = isPending || safety.checking;

  const set = <K extends keyof ReportDraft>(key: K, value: ReportDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const local = validate(draft, choosing);
    if (Object.keys(local).length > 0 || !draft.intervention || !draft.effectiveness) {
      safety.reset();
      setErrors(local);
      setFormError(null);
      setAttempts((n) => n + 1);
      return;
    }
    if (!draft.adherence || !draft.burden || !draft.costBand) return;
    setErrors({});
    setFormError(null);
    const intervention = draft.intervention;
    const { effectiveness, adherence, burden, costBand } = draft;
    // The tips are checked for personal information first (edit, or save anyway); help lines
    // are shown as it is saved when they signal a crisis.
    safety.guard([{ id: FIELD_IDS.tips, value: draft.tips }], (support) => {
      showSupport(support);
      const sent = draft.sideEffects;
      onSubmit(
        {
          intervention,
          attachToThread: !!attachTo && !attachTo.refusal && draft.attachToThread,
          consent: askConsent && consent ? consent === 'yes' : null,
          answers: {
            effectiveness,
            sideEffects: sent.map((s) => ({
              name: s.name.trim(),
              severity: s.severity || 'mild',
            })),
            adherence,
            burden,
            costBand,
            durationWeeks: Number(draft.durationWeeks.trim()),
            stillUsing: draft.stillUsing,
            tips: draft.tips,
          },
        },
        (error) => {
          const server = errorsFromServer(error, sent);
          setErrors(server.errors);
          setFormError(server.form);
          setAttempts((n) => n + 1);
        },
      );
    });
  };

  // The summary lists problems in the order of the form.
  const interventionFieldId = draft.intervention ? interventionRadioId(draft.intervention.id) : FIELD_IDS.intervention;
  const rowItems = draft.sideEffects.flatMap((row) =>
    [sideEffectNameId(row.key), sideEffectSeverityId(row.key)]
      .filter((id) => errors.rows?.[id])
      .map((id) => ({ fieldId: id, message: errors.rows![id]! })),
  );
  const summary: SummaryItem[] = [
    ...(formError ? [{ message: formError }] : []),
    ...FIELDS.flatMap((f): SummaryItem[] => {
      const items: SummaryItem[] = errors[f]
        ? [{ fieldId: f === 'intervention' ? interventionFieldId : FIELD_IDS[f], message: errors[f]! }]
        : [];
      return f === 'sideEffects' ? [...items, ...rowItems] : items;
    }),
  ];

  return (
    <div className="report-form">
      <ErrorSummary items={summary} focusKey={attempts} />

      {choosing ? (
        <div className="report-form__choose">
          <InterventionPicker
            conditionSlug={condition.slug}
            conditionName={condition.name}
            value={draft.intervention}
            onChange={(v) => set('intervention', v)}
            error={errors.intervention}
          />
          <ProposeIntervention conditionId={condition.id} conditionName={condition.name} />
        </div>
      ) : draft.intervention ? (
        <dl className="facts report-form__fixed">
          <div>
            <dt>Reporting on</dt>
            <dd>
              {draft.intervention.name}{' '}
              <span className="muted">({CATEGORY_LABELS[draft.intervention.category]})</span>
            </dd>
          </div>
          <div>
            <dt>For</dt>
            <dd>{condition.name}</dd>
          </div>
        </dl>
      ) : null}

      <form className="form report-form__answers" onSubmit={submit} noValidate aria-label="Your experience">
        {choosing && draft.intervention && draft.intervention.id !== initial.intervention?.id ? (
          <p className="report-form__chosen">
            You are reporting on <strong>{draft.intervention.name}</strong> for {condition.name}.
          </p>
        ) : null}

        <RadioGroupField
          name="report-effectiveness"
          legend="How much did it help?"
          error={errors.effectiveness}
          options={EFFECTIVENESS_ORDER.map((v) => ({
            value: v,
            label: EFFECTIVENESS_LABELS[v].label,
            hint: EFFECTIVENESS_LABELS[v].hint,
          }))}
          value={draft.effectiveness}
          onChange={(v) => set('effectiveness', v)}
        />

        <SideEffectsField
          rows={draft.sideEffects}
          onChange={(rows) => set('sideEffects', rows)}
          errors={errors.rows ?? {}}
          error={errors.sideEffects}
        />

        <SelectField
          id={FIELD_IDS.adherence}
          name="adherence"
          label="How closely could you stick to it?"
          hint="Taking it, doing it or using it the way it is meant to be."
          error={errors.adherence}
          value={draft.adherence}
          onChange={(e) => set('adherence', e.target.value as Adherence | '')}
        >
          <option value="">Choose one</option>
          {ADHERENCE_ORDER.map((v) => (
            <option key={v} value={v}>
              {ADHERENCE_LABELS[v]}
            </option>
          ))}
        </SelectField>

        <SelectField
          id={FIELD_IDS.burden}
          name="burden"
          label="How much effort or hassle is it?"
          error={errors.burden}
          value={draft.burden}
          onChange={(e) => set('burden', e.target.value as Burden | '')}
        >
          <option value="">Choose one</option>
          {BURDEN_ORDER.map((v) => (
            <option key={v} value={v}>
              {BURDEN_LABELS[v]}
            </option>
          ))}
        </SelectField>

        <SelectField
          id={FIELD_IDS.costBand}
          name="costBand"
          label="What does it cost you each month?"
          hint="In pounds, including prescription charges."
          error={errors.costBand}
          value={draft.costBand}
          onChange={(e) => set('costBand', e.target.value as CostBand | '')}
        >
          <option value="">Choose one</option>
          {COST_BAND_ORDER.map((v) => (
            <option key={v} value={v}>
              {COST_BAND_LABELS[v]}
            </option>
          ))}
        </SelectField>

        <TextField
          id={FIELD_IDS.durationWeeks}
          name="durationWeeks"
          label="How long have you used it?"
          hint="In weeks. Roughly is fine: a month is about 4 weeks and a year is 52. Enter 0 if you have only just started."
          className="field--short"
          error={errors.durationWeeks}
          value={draft.durationWeeks}
          onChange={(e) => set('durationWeeks', e.target.value)}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
        />

        <CheckboxField
          id={FIELD_IDS.stillUsing}
          name="stillUsing"
          label="Still using it"
          hint="Leave this ticked if you use it today."
          error={errors.stillUsing}
          checked={draft.stillUsing}
          onChange={(e) => set('stillUsing', e.target.checked)}
        />

        <MarkdownField
          id={FIELD_IDS.tips}
          name="tips"
          label="Tips for others (optional)"
          hint={`What would you tell someone about to try it? ${MARKDOWN_HINT} Please don’t share anything that could identify you or anyone else.`}
          error={errors.tips}
          value={draft.tips}
          onChange={(v) => set('tips', v)}
          max={LIMITS.tipsMax}
          rows={6}
        />

        {attachTo ? (
          attachTo.refusal ? (
            <p className="notice notice--closed">
              This report won’t be attached to the thread “{attachTo.title}”: {attachTo.refusal}
            </p>
          ) : (
            <CheckboxField
              id="report-attach-thread"
              name="attachToThread"
              label={`Attach it to the thread “${attachTo.title}”`}
              hint="Readers of the thread will see your report listed there."
              checked={draft.attachToThread}
              onChange={(e) => set('attachToThread', e.target.checked)}
            />
          )
        ) : null}

        {askConsent ? <ConsentQuestion value={consent} onChange={setConsent} /> : null}

        <p className="form-note">
          Your report is shared without your handle: others see your answers and tips, never who wrote them.
        </p>

        {safety.warning}

        <div className="form-actions">
          <button type="submit" className="button button--large" aria-disabled={busy || undefined}>
            {isPending ? pendingLabel : safety.checking ? 'Checking…' : submitLabel}
          </button>
          <Link to={cancelTo}>Cancel</Link>
        </div>
      </form>
    </div>
  );
}
