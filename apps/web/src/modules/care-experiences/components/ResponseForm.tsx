import { useState } from 'react';
import type { FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { LIMITS } from '@kindred/contracts';
import { formErrorsFrom } from '../../../app/ui/errors';
import { CheckboxField, SelectField, TextAreaField } from '../../../app/ui/Fields';
import { FormActions, FormError } from '../../../app/ui/FormParts';
import { useRespondToCareExperienceMutation } from '../../../generated/graphql';
import type { CareStoryFieldsFragment } from '../../../generated/graphql';

const FIELDS = ['body', 'whatChanged'] as const;

/**
 * A verified organisation answers a story publicly: what it wants to say, and, when it changed
 * something because of stories like this, what changed. Answering again replaces its answer.
 */
export function ResponseForm({ story }: { story: CareStoryFieldsFragment }) {
  const queryClient = useQueryClient();
  const orgs = story.viewerCanRespondAs;
  const existing = story.responses.find((r) => orgs.some((o) => o.id === r.organisation.id));
  const [organisationId, setOrg] = useState(existing?.organisation.id ?? orgs[0]?.id ?? '');
  const [body, setBody] = useState(existing?.body ?? '');
  const [changed, setChanged] = useState(existing?.changedSomething ?? false);
  const [whatChanged, setWhatChanged] = useState(existing?.whatChanged ?? '');
  const [done, setDone] = useState(false);
  const respond = useRespondToCareExperienceMutation({
    onSuccess: () => {
      setDone(true);
      void queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('Care') || String(q.queryKey[0]) === 'OrganisationInbox' });
    },
  });
  if (!orgs.length) return null;
  const errors = respond.error ? formErrorsFrom(respond.error, FIELDS) : { fields: {} as Partial<Record<(typeof FIELDS)[number], string>>, form: null };
  const id = (f: string) => `respond-${story.id}-${f}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (respond.isPending) return;
    setDone(false);
    respond.mutate({ input: { experienceId: story.id, organisationId, body: body.trim(), changedSomething: changed, whatChanged: changed ? whatChanged.trim() : '' } });
  };
  return (
    <form className="form care-respond" onSubmit={submit} noValidate>
      <h3 id={id('title')}>{existing ? 'Change your response' : 'Respond as a service'}</h3>
      <FormError message={errors.form} />
      {done ? (
        <p className="notice notice--success" role="status">
          Your response is published under the story{changed ? ', with what changed' : ''}.
        </p>
      ) : null}
      {orgs.length > 1 ? (
        <SelectField id={id('org')} label="Respond as" value={organisationId} onChange={(e) => setOrg(e.target.value)}>
          {orgs.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
      ) : (
        <p className="muted">Responding as {orgs[0]!.name}. Your own name is never shown.</p>
      )}
      <TextAreaField
        id={id('body')}
        label="Your response"
        error={errors.fields.body}
        value={body}
        rows={4}
        maxLength={LIMITS.careResponseMax}
        onChange={(e) => setBody(e.target.value)}
      />
      <CheckboxField id={id('changed')} label="We changed something" checked={changed} onChange={(e) => setChanged(e.target.checked)} />
      {changed ? (
        <TextAreaField
          id={id('whatChanged')}
          label="What changed?"
          error={errors.fields.whatChanged}
          value={whatChanged}
          rows={3}
          maxLength={LIMITS.careWhatChangedMax}
          onChange={(e) => setWhatChanged(e.target.value)}
        />
      ) : null}
      <FormActions pending={respond.isPending} submitLabel={existing ? 'Update response' : 'Publish response'} pendingLabel="Publishing…" />
    </form>
  );
}
