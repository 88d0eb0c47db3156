import { useState } from 'react';
import type { FormEvent } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { LIMITS } from '@kindred/contracts';
import { Badge } from '../app/ui/Badge';
import { formErrorsFrom } from '../app/ui/errors';
import { CheckboxField, SelectField, TextField } from '../app/ui/Fields';
import { FormActions, FormError } from '../app/ui/FormParts';
import { signInPath } from '../app/ui/navigation';
import { EmptyState, ErrorPanel, Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useApplyForOrganisationMutation, useCareCatalogueQuery, useMyOrganisationsQuery, useOrganisationInboxQuery } from '../generated/graphql';
import type { CareOrganisationFieldsFragment } from '../generated/graphql';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { ResponseForm } from '../modules/care-experiences/components/ResponseForm';
import { StoryCard } from '../modules/care-experiences/components/StoryCard';

const STATUS: Record<string, string> = { pending: 'Waiting for verification', verified: 'Verified', declined: 'Declined' };

function Inbox({ org }: { org: CareOrganisationFieldsFragment }) {
  const [unanswered, setUnanswered] = useState(false);
  const q = useOrganisationInboxQuery({ organisationId: org.id, unansweredOnly: unanswered });
  return (
    <section className="section" aria-labelledby={`inbox-${org.id}`}>
      <h3 id={`inbox-${org.id}`}>Stories about {org.serviceKind.name.toLowerCase()} in {org.area.name}</h3>
      <CheckboxField id={`unanswered-${org.id}`} label="Only stories we have not answered" checked={unanswered} onChange={(e) => setUnanswered(e.target.checked)} />
      {q.isLoading ? (
        <Loading label="Loading stories…" />
      ) : q.error ? (
        <ErrorPanel title="We couldn’t load the stories" error={q.error} />
      ) : !q.data!.organisationInbox.nodes.length ? (
        <EmptyState>No stories to show.</EmptyState>
      ) : (
        <div className="card-list">
          {q.data!.organisationInbox.nodes.map((s) => (
            <div key={s.id}>
              <StoryCard story={s} level={3} />
              <ResponseForm story={s} />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

function ApplyForm() {
  const queryClient = useQueryClient();
  const catalogue = useCareCatalogueQuery(undefined, { staleTime: Infinity });
  const apply = useApplyForOrganisationMutation({ onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['MyOrganisations'] }) });
  const [name, setName] = useState('');
  const [serviceKind, setKind] = useState('');
  const [areaCode, setArea] = useState('');
  const [website, setWebsite] = useState('');
  const errors = apply.error ? formErrorsFrom(apply.error, ['name', 'serviceKind', 'areaCode', 'website'] as const) : { fields: {} as Record<string, string>, form: null };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!apply.isPending) apply.mutate({ input: { name: name.trim(), serviceKind, areaCode, website: website.trim() } });
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="apply-title">
      <h2 id="apply-title">Ask for an organisation account</h2>
      <p className="muted">For the people who run a service. An administrator checks that you run this kind of service in this area before you can respond.</p>
      <FormError message={errors.form} />
      <TextField id="org-name" label="Organisation name" error={errors.fields.name} value={name} maxLength={LIMITS.organisationNameMax} onChange={(e) => setName(e.target.value)} />
      <SelectField id="org-kind" label="Kind of service" error={errors.fields.serviceKind} value={serviceKind} onChange={(e) => setKind(e.target.value)}>
        <option value="">Choose…</option>
        {(catalogue.data?.careServiceKinds ?? []).map((k) => (
          <option key={k.slug} value={k.slug}>
            {k.name}
          </option>
        ))}
      </SelectField>
      <SelectField id="org-area" label="Area" error={errors.fields.areaCode} value={areaCode} onChange={(e) => setArea(e.target.value)}>
        <option value="">Choose…</option>
        {(catalogue.data?.careAreas ?? []).map((a) => (
          <option key={a.code} value={a.code}>
            {a.name}
          </option>
        ))}
      </SelectField>
      <TextField id="org-website" label="Website (optional)" hint="Starting with https://" error={errors.fields.website} value={website} onChange={(e) => setWebsite(e.target.value)} />
      {apply.isSuccess ? (
        <p className="notice notice--success" role="status">
          Thank you: an administrator will check your organisation.
        </p>
      ) : null}
      <FormActions pending={apply.isPending} submitLabel="Ask for an account" pendingLabel="Sending…" />
    </form>
  );
}

/** The organisation console: the stories a verified organisation can answer, and the form to ask for an account. */
export function OrganisationConsolePage() {
  usePageTitle('Organisation console');
  const location = useLocation();
  const { viewer, isLoading, error } = useViewer();
  const orgs = useMyOrganisationsQuery(undefined, { enabled: !!viewer });
  if (isLoading) return <Loading label="Loading…" />;
  if (error && !viewer) return <ErrorPanel as="h1" title="We couldn’t load this page" error={error} />;
  if (!viewer) return <Navigate to={signInPath(location.pathname)} replace />;
  const list = orgs.data?.myOrganisations ?? [];
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">For services</p>
        <h1>Organisation console</h1>
        <p className="lead">Read what members say about your service and answer in public. Your answer names your organisation, never you.</p>
      </header>
      {orgs.isLoading ? <Loading label="Loading your organisations…" /> : null}
      {list.map((o) => (
        <section key={o.id} className="section" aria-labelledby={`org-${o.id}`}>
          <h2 id={`org-${o.id}`}>
            {o.name} <Badge tone={o.status === 'verified' ? 'success' : 'neutral'}>{STATUS[o.status] ?? o.status}</Badge>
          </h2>
          {o.status === 'verified' ? <Inbox org={o} /> : <p className="muted">You can respond to stories once an administrator has verified {o.name}.</p>}
        </section>
      ))}
      <ApplyForm />
    </>
  );
}
