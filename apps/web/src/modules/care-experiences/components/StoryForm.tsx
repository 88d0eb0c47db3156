import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { LIMITS } from '@kindred/contracts';
import { ErrorSummary } from '../../../app/ui/ErrorSummary';
import type { SummaryItem } from '../../../app/ui/ErrorSummary';
import { formErrorsFrom } from '../../../app/ui/errors';
import { CheckboxField, choiceId, RadioGroupField, SelectField, TextAreaField, TextField } from '../../../app/ui/Fields';
import { FormActions, FormError } from '../../../app/ui/FormParts';
import { useCareCatalogueQuery, useCareConditionsQuery, useCheckTextQuery } from '../../../generated/graphql';
import type { ShareCareExperienceInput } from '../../../generated/graphql';
import type { SupportMessage } from '../../moderation/support-store';
import { RATING_FIELDS, RATING_WORDS } from '../labels';

type Field = 'serviceKind' | 'areaCode' | 'occurredOn' | 'whatWasGood' | 'couldBeBetter' | 'ratingSeen' | 'ratingListened' | 'ratingInvolved';
const FIELDS: readonly Field[] = ['serviceKind', 'areaCode', 'occurredOn', 'whatWasGood', 'couldBeBetter', 'ratingSeen', 'ratingListened', 'ratingInvolved'];
const FIELD_IDS: Record<Field, string> = {
  serviceKind: 'story-kind',
  areaCode: 'story-area',
  occurredOn: 'story-month',
  whatWasGood: 'story-good',
  couldBeBetter: 'story-better',
  ratingSeen: choiceId('ratingSeen', '1'),
  ratingListened: choiceId('ratingListened', '1'),
  ratingInvolved: choiceId('ratingInvolved', '1'),
};
const RATING_OPTIONS = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n} – ${RATING_WORDS[n]}` }));
const thisMonth = () => new Date().toISOString().slice(0, 7);

export interface StoryDraft {
  input: ShareCareExperienceInput;
  countInResearch: boolean;
}

/**
 * The story form, phone first: the kind of service and the area from lists (never a postcode or
 * a name), the month, what was good, what could be better, three ratings, and whether to post
 * under your handle. Before sending, every text field goes through the same check as posts
 * (`checkText`): personal information is pointed out on its field (the API refuses it too), and
 * crisis signs bring up the help lines once the story is shared.
 */
export function StoryForm({
  onSubmit,
  pending,
  error,
  askResearch,
}: {
  onSubmit: (draft: StoryDraft, support: SupportMessage | null) => void;
  pending: boolean;
  error: unknown;
  /** The member has not said yes to research yet: ask whether the story may count. */
  askResearch: boolean;
}) {
  const catalogue = useCareCatalogueQuery(undefined, { staleTime: Infinity });
  const conditions = useCareConditionsQuery(undefined, { staleTime: 5 * 60_000 });
  const [serviceKind, setKind] = useState('');
  const [areaCode, setArea] = useState('');
  const [conditionId, setCondition] = useState('');
  const [occurredOn, setMonth] = useState(thisMonth());
  const [whatWasGood, setGood] = useState('');
  const [couldBeBetter, setBetter] = useState('');
  const [ratings, setRatings] = useState<Record<string, string | null>>({ ratingSeen: null, ratingListened: null, ratingInvolved: null });
  const [anonymous, setAnonymous] = useState(false);
  const [research, setResearch] = useState(false);
  const [local, setLocal] = useState<Partial<Record<Field, string>>>({});
  const [attempts, setAttempts] = useState(0);
  const [checking, setChecking] = useState(false);

  const server = useMemo(() => (error ? formErrorsFrom(error, FIELDS) : { fields: {}, form: null }), [error]);
  const errors: Partial<Record<Field, string>> = { ...server.fields, ...local };
  const summary: SummaryItem[] = FIELDS.filter((f) => errors[f]).map((f) => ({ fieldId: FIELD_IDS[f], message: errors[f]! }));

  const kinds = catalogue.data?.careServiceKinds ?? [];
  const areas = catalogue.data?.careAreas ?? [];
  const families = [...new Set(kinds.map((k) => k.family))];
  const regions = [...new Set(areas.map((a) => a.region))];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending || checking) return;
    setAttempts((n) => n + 1);
    const problems: Partial<Record<Field, string>> = {};
    if (!serviceKind) problems.serviceKind = 'Choose the kind of service.';
    if (!areaCode) problems.areaCode = 'Choose the area.';
    if (!/^\d{4}-\d{2}$/.test(occurredOn) || occurredOn > thisMonth()) problems.occurredOn = 'Give the month it happened (not in the future).';
    if (!whatWasGood.trim() && !couldBeBetter.trim()) problems.whatWasGood = 'Tell us what was good or what could be better (or both).';
    for (const f of RATING_FIELDS) if (!ratings[f.key]) problems[f.key] = `${f.label}: choose from 1 to 5.`;
    let support: SupportMessage | null = null;
    if (!problems.whatWasGood) {
      setChecking(true);
      try {
        for (const [field, text] of [['whatWasGood', whatWasGood], ['couldBeBetter', couldBeBetter]] as const) {
          if (!text.trim()) continue;
          const check = (await useCheckTextQuery.fetcher({ text: text.slice(0, LIMITS.threadBodyMax) })()).checkText;
          if (check.personalInfo.length) {
            problems[field] = `Remove the personal information (“${check.personalInfo[0]!.text}”): a story names a kind of service and an area, never a person, a place or contact details.`;
          }
          support ??= check.support ?? null;
        }
      } catch {
        // The check must never stand in the way: the API checks again.
      } finally {
        setChecking(false);
      }
    }
    setLocal(problems);
    if (Object.keys(problems).length) return;
    onSubmit(
      {
        input: {
          serviceKind,
          areaCode,
          conditionId: conditionId || null,
          occurredOn,
          whatWasGood: whatWasGood.trim(),
          couldBeBetter: couldBeBetter.trim(),
          ratingSeen: Number(ratings.ratingSeen),
          ratingListened: Number(ratings.ratingListened),
          ratingInvolved: Number(ratings.ratingInvolved),
          anonymous,
        },
        countInResearch: askResearch && research,
      },
      support,
    );
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-busy={pending || checking}>
      <ErrorSummary items={summary} focusKey={attempts} />
      <FormError message={server.form} />
      <SelectField
        id={FIELD_IDS.serviceKind}
        label="Kind of service"
        hint="Choose the kind, not the name of a practice or a person."
        error={errors.serviceKind}
        value={serviceKind}
        onChange={(e) => setKind(e.target.value)}
        required
      >
        <option value="">{catalogue.isLoading ? 'Loading…' : 'Choose…'}</option>
        {families.map((f) => (
          <optgroup key={f} label={f}>
            {kinds
              .filter((k) => k.family === f)
              .map((k) => (
                <option key={k.slug} value={k.slug}>
                  {k.name}
                </option>
              ))}
          </optgroup>
        ))}
      </SelectField>
      <SelectField
        id={FIELD_IDS.areaCode}
        label="Area"
        hint="Your NHS integrated care board (England) or health board (Wales, Scotland). Never a postcode."
        error={errors.areaCode}
        value={areaCode}
        onChange={(e) => setArea(e.target.value)}
        required
      >
        <option value="">{catalogue.isLoading ? 'Loading…' : 'Choose…'}</option>
        {regions.map((r) => (
          <optgroup key={r} label={r}>
            {areas
              .filter((a) => a.region === r)
              .map((a) => (
                <option key={a.code} value={a.code}>
                  {a.name}
                </option>
              ))}
          </optgroup>
        ))}
      </SelectField>
      <SelectField id="story-condition" label="Condition (optional)" value={conditionId} onChange={(e) => setCondition(e.target.value)}>
        <option value="">Not saying</option>
        {(conditions.data?.conditions.nodes ?? []).map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <TextField
        id={FIELD_IDS.occurredOn}
        label="When was it?"
        hint="The month is enough, for example 2026-10."
        type="month"
        max={thisMonth()}
        error={errors.occurredOn}
        value={occurredOn}
        onChange={(e) => setMonth(e.target.value)}
        required
      />
      <TextAreaField
        id={FIELD_IDS.whatWasGood}
        label="What was good?"
        error={errors.whatWasGood}
        value={whatWasGood}
        maxLength={LIMITS.careStoryFieldMax}
        rows={4}
        onChange={(e) => setGood(e.target.value)}
        counter={`${whatWasGood.length} of ${LIMITS.careStoryFieldMax} characters`}
      />
      <TextAreaField
        id={FIELD_IDS.couldBeBetter}
        label="What could be better?"
        error={errors.couldBeBetter}
        value={couldBeBetter}
        maxLength={LIMITS.careStoryFieldMax}
        rows={4}
        onChange={(e) => setBetter(e.target.value)}
        counter={`${couldBeBetter.length} of ${LIMITS.careStoryFieldMax} characters`}
      />
      {RATING_FIELDS.map((f) => (
        <RadioGroupField
          key={f.key}
          name={f.key}
          legend={f.label}
          hint={f.hint}
          error={errors[f.key]}
          options={RATING_OPTIONS}
          value={ratings[f.key] ?? null}
          onChange={(v) => setRatings((r) => ({ ...r, [f.key]: v }))}
        />
      ))}
      <CheckboxField
        id="story-anonymous"
        label="Share anonymously"
        hint="Your handle is not shown to anyone, services included. Moderators can still act on the story."
        checked={anonymous}
        onChange={(e) => setAnonymous(e.target.checked)}
      />
      {askResearch ? (
        <CheckboxField
          id="story-research"
          label="Count my story in what services hear and in open data"
          hint="Only totals of many members are shown, never your story on its own. This is your research consent; you can change it on your profile at any time."
          checked={research}
          onChange={(e) => setResearch(e.target.checked)}
        />
      ) : null}
      <FormActions pending={pending || checking} submitLabel="Share your story" pendingLabel={checking ? 'Checking…' : 'Sharing…'} />
    </form>
  );
}
