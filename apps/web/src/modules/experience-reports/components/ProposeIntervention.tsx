import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { LIMITS } from '@kindred/contracts';
import { useProposeInterventionMutation } from '../../../generated/graphql';
import type { InterventionCategory } from '../../../generated/graphql';
import { isErrorCode, toRequestError } from '../../../app/graphql-client';
import { formErrorsFrom } from '../../../app/ui/errors';
import { SelectField, TextAreaField, TextField } from '../../../app/ui/Fields';
import { focusWhenReady } from '../../threads/hooks/focus';
import { CATEGORY_LABELS, CATEGORY_ORDER } from '../labels';

/** What the API accepts for a proposal's description (not in LIMITS yet). */
const DESCRIPTION_MAX = 300;
const FIELDS = ['name', 'category', 'description'] as const;
type Field = (typeof FIELDS)[number];
const IDS: Record<Field, string> = {
  name: 'propose-name',
  category: 'propose-category',
  description: 'propose-description',
};
const FORM_ERROR_ID = 'propose-error';

/**
 * "Can’t find it? Propose a new one": a disclosure with a short form (name, category,
 * description). A proposal waits for a moderator; the member can report on it once accepted.
 * It is its own form, beside the report form rather than inside it (forms cannot nest).
 */
export function ProposeIntervention({ conditionId, conditionName }: { conditionId: string; conditionName: string }) {
  const regionId = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [category, setCategory] = useState<InterventionCategory | ''>('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [proposed, setProposed] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const propose = useProposeInterventionMutation();

  // After a failed try, focus goes to the first field with a problem (its error is read with
  // it), once the error is on the page; or to the message when no field is to blame.
  const showErrors = (fields: Partial<Record<Field, string>>, form: string | null) => {
    setErrors(fields);
    setFormError(form);
    const first = FIELDS.find((f) => fields[f]);
    focusWhenReady(first ? [IDS[first]] : [FORM_ERROR_ID]);
  };

  useEffect(() => {
    if (proposed) doneRef.current?.focus();
  }, [proposed]);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (propose.isPending) return;
    const trimmed = name.trim();
    const local: Partial<Record<Field, string>> = {};
    if (trimmed.length === 0) local.name = 'Enter what it is called.';
    else if (trimmed.length < 2) local.name = 'The name needs at least 2 characters.';
    else if (trimmed.length > LIMITS.interventionNameMax)
      local.name = `The name can have at most ${LIMITS.interventionNameMax} characters.`;
    if (!category) local.category = 'Choose what kind of thing it is.';
    if (description.length > DESCRIPTION_MAX)
      local.description = `The description can have at most ${DESCRIPTION_MAX} characters.`;
    if (Object.keys(local).length > 0 || !category) {
      showErrors(local, null);
      return;
    }
    setErrors({});
    setFormError(null);
    propose.mutate(
      { input: { name: trimmed, category, description: description.trim(), conditionIds: [conditionId] } },
      {
        onSuccess: (data) => setProposed(data.proposeIntervention.name),
        onError: (error) => {
          if (isErrorCode(error, 'INTERVENTION_NAME_TAKEN')) {
            showErrors({ name: `${toRequestError(error).message} Search for it in the list above.` }, null);
          } else {
            const { fields, form } = formErrorsFrom(error, FIELDS);
            showErrors(fields, form);
          }
        },
      },
    );
  };

  const reset = () => {
    setName('');
    setCategory('');
    setDescription('');
    setErrors({});
    setProposed(null);
    propose.reset();
    focusWhenReady([IDS.name]);
  };

  const left = DESCRIPTION_MAX - description.length;

  return (
    <div className="propose">
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen((o) => !o)}
      >
        Can’t find it? Propose a new one
      </button>
      <div id={regionId} className="propose__panel" hidden={!open}>
        {proposed ? (
          <div ref={doneRef} className="notice notice--success" role="status" tabIndex={-1}>
            <p>
              Thank you. “{proposed}” has been sent to the moderators. Once one of them accepts it, it will appear in
              the list and you can share your experience of it.
            </p>
            <button type="button" className="button button--secondary button--small" onClick={reset}>
              Propose another
            </button>
          </div>
        ) : (
          <form className="form form--compact" onSubmit={submit} noValidate aria-label="Propose a new one">
            <p>
              Suggest a treatment or approach for {conditionName} that isn’t in the list. A moderator checks every
              suggestion before it is added, so it won’t appear straight away: you can share your experience of it
              once it has been accepted.
            </p>
            {formError ? (
              <p id={FORM_ERROR_ID} className="notice notice--error" role="alert" tabIndex={-1}>
                {formError}
              </p>
            ) : null}
            <TextField
              id={IDS.name}
              name="name"
              label="What is it called?"
              hint="The name most people know it by."
              error={errors.name}
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={LIMITS.interventionNameMax}
              autoComplete="off"
            />
            <SelectField
              id={IDS.category}
              name="category"
              label="What kind of thing is it?"
              error={errors.category}
              value={category}
              onChange={(e) => setCategory(e.target.value as InterventionCategory | '')}
            >
              <option value="">Choose one</option>
              {CATEGORY_ORDER.map((c) => (
                <option key={c} value={c}>
                  {CATEGORY_LABELS[c]}
                </option>
              ))}
            </SelectField>
            <TextAreaField
              id={IDS.description}
              name="description"
              label="Describe it (optional)"
              hint="A sentence on what it is, and any brand names. Please don’t include personal details."
              error={errors.description}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              rows={3}
              counter={
                left < DESCRIPTION_MAX * 0.2
                  ? left >= 0
                    ? `${left} characters left`
                    : `${-left} ${left === -1 ? 'character' : 'characters'} too many`
                  : undefined
              }
            />
            <button type="submit" className="button button--secondary" aria-disabled={propose.isPending || undefined}>
              {propose.isPending ? 'Sending…' : 'Send proposal'}
            </button>
          </form>
        )}
      </div>
    </div>
  );
}
