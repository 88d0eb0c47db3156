import { useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { LIMITS } from '@kindred/contracts';
import { CheckboxField, RadioGroupField } from '../../../app/ui/Fields';
import { FormError } from '../../../app/ui/FormParts';
import { ErrorPanel, Loading } from '../../../app/ui/States';
import { describeError } from '../../../app/ui/errors';
import { plural } from '../../../app/ui/format';
import { useQueryClient } from '@tanstack/react-query';
import { useMyConditionsQuery, useSetMyConditionsMutation, useSuggestedGroupsQuery } from '../../../generated/graphql';
import type { ConditionRelation } from '../../../generated/graphql';
import { ONBOARDING_ROUTES } from '../routes';

const RELATIONS = [
  { value: 'self' as const, label: 'I live with it' },
  { value: 'carer' as const, label: 'I care for someone who has it' },
];

/**
 * Step 1: the conditions a member lives with or cares for. Optional, seen by no one else, and
 * editable later (this page, from the profile). Type to narrow the catalogue; each chosen
 * condition asks whether they live with it or care for someone who does.
 */
export function ConditionPicker({ next = ONBOARDING_ROUTES.groups }: { next?: string }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const data = useMyConditionsQuery();
  const save = useSetMyConditionsMutation();
  const [chosen, setChosen] = useState<Map<string, ConditionRelation> | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const statusId = useId();

  // Start from what the member chose before (once it has loaded).
  const current = useMemo(
    () => chosen ?? new Map((data.data?.myConditions ?? []).map((c) => [c.condition.id, c.relation])),
    [chosen, data.data],
  );
  const all = data.data?.conditions.nodes ?? [];
  const filter = text.trim().toLowerCase();
  const shown = filter
    ? all.filter((c) => c.name.toLowerCase().includes(filter) || c.synonyms.some((s) => s.toLowerCase().includes(filter)))
    : all;

  if (data.error) return <ErrorPanel title="We couldn’t load the conditions" error={data.error} />;

  const toggle = (id: string, on: boolean) => {
    const nextMap = new Map(current);
    if (on) nextMap.set(id, nextMap.get(id) ?? 'self');
    else nextMap.delete(id);
    setChosen(nextMap);
  };
  const setRelation = (id: string, relation: ConditionRelation) => setChosen(new Map(current).set(id, relation));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (save.isPending) return;
    if (current.size > LIMITS.myConditionsMax) {
      setError(`Choose at most ${LIMITS.myConditionsMax} conditions.`);
      return;
    }
    setError(null);
    save.mutate(
      { input: { conditions: [...current].map(([conditionId, relation]) => ({ conditionId, relation })) } },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries({ queryKey: useMyConditionsQuery.getKey() });
          void queryClient.invalidateQueries({ queryKey: useSuggestedGroupsQuery.getKey() });
          void navigate(next);
        },
        onError: (err) => setError(describeError(err)),
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby="conditions-privacy">
      <p id="conditions-privacy" className="onboarding-privacy">
        Only you can see these. We use them to suggest groups, and you can change them at any time from your profile.
      </p>
      <div className="field">
        <label htmlFor="condition-filter" className="field-label">
          Find a condition
        </label>
        <p id="condition-filter-hint" className="field-hint">
          A name or another name people use, like “sugar diabetes”.
        </p>
        <input
          id="condition-filter"
          type="search"
          className="input"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`condition-filter-hint ${statusId}`}
          aria-controls="condition-choices"
          maxLength={LIMITS.searchFilterMax}
          autoComplete="off"
        />
      </div>
      <p id={statusId} className="result-count" role="status">
        {data.isLoading ? '' : `${plural(current.size, 'condition')} chosen. ${filter ? `${plural(shown.length, 'match', 'matches')}.` : ''}`}
      </p>
      {data.isLoading ? (
        <div className="condition-picker__list">
          <Loading label="Loading the conditions…" />
        </div>
      ) : (
        <ul id="condition-choices" className="condition-picker__list" aria-label="Conditions">
          {shown.map((c) => {
            const relation = current.get(c.id);
            return (
              <li key={c.id} className={`condition-picker__item${relation ? ' condition-picker__item--chosen' : ''}`}>
                <CheckboxField id={`condition-${c.slug}`} label={c.name} checked={!!relation} onChange={(e) => toggle(c.id, e.target.checked)} />
                {relation ? (
                  <RadioGroupField
                    className="condition-picker__relation"
                    name={`relation-${c.slug}`}
                    legend={<span className="visually-hidden">{c.name}: </span>}
                    options={RELATIONS}
                    value={relation}
                    onChange={(v) => setRelation(c.id, v)}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <FormError message={error} />
      <div className="onboarding-actions">
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          {save.isPending ? 'Saving…' : 'Save and continue'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void navigate(next)}>
          Skip this step
        </button>
      </div>
    </form>
  );
}
