import { Link, Navigate, useLocation } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { WEB_ROUTES } from '@kindred/contracts';
import { describeError } from '../app/ui/errors';
import { formatDate } from '../app/ui/format';
import { signInPath } from '../app/ui/navigation';
import { EmptyState, ErrorPanel, Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useDecideOrganisationMutation, useOrganisationApplicationsQuery } from '../generated/graphql';
import { useViewer } from '../modules/auth/hooks/useViewer';

function Applications() {
  const queryClient = useQueryClient();
  const q = useOrganisationApplicationsQuery();
  const decide = useDecideOrganisationMutation({ onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['OrganisationApplications'] }) });
  if (q.isLoading) return <Loading label="Loading applications…" />;
  if (q.error) return <ErrorPanel title="We couldn’t load the applications" error={q.error} />;
  const nodes = q.data!.organisationApplications.nodes;
  if (!nodes.length) return <EmptyState>No organisation is waiting for verification.</EmptyState>;
  return (
    <>
      {decide.error ? (
        <p className="notice notice--error" role="alert">
          {describeError(decide.error)}
        </p>
      ) : null}
      <ul className="card-list">
        {nodes.map((o) => (
          <li key={o.id} className="card">
            <h2 className="card__title">{o.name}</h2>
            <p className="card__meta">
              <span>{o.serviceKind.name}</span>
              <span>{o.area.name}</span>
              <span>Asked {formatDate(o.createdAt)}{o.appliedByHandle ? ` by ${o.appliedByHandle}` : ''}</span>
            </p>
            {o.website ? <p className="card__text">Website: {o.website}</p> : null}
            <div className="form-actions">
              <button type="button" className="button" onClick={() => decide.mutate({ organisationId: o.id, approve: true })}>
                Verify<span className="visually-hidden"> {o.name}</span>
              </button>
              <button type="button" className="button button--secondary" onClick={() => decide.mutate({ organisationId: o.id, approve: false })}>
                Decline<span className="visually-hidden"> {o.name}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

export function AdminOrganisationsPage() {
  usePageTitle('Verify organisations');
  const location = useLocation();
  const { viewer, isLoading, error } = useViewer();
  if (isLoading) return <Loading label="Loading…" />;
  if (error && !viewer) return <ErrorPanel as="h1" title="We couldn’t load this page" error={error} />;
  if (!viewer) return <Navigate to={signInPath(location.pathname)} replace />;
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">Administration</p>
        <h1>Verify organisations</h1>
        <p className="lead">
          Organisations that asked to answer stories of care. Check that they run this kind of service in this area (their website,
          a call to the service) before verifying: a verified organisation answers in public.
        </p>
      </header>
      {viewer.role !== 'admin' ? (
        <div className="notice" role="status">
          <h2 className="notice__title">This page is for administrators</h2>
          <p>
            Only Kindred’s administrators can verify organisations. <Link to={WEB_ROUTES.home}>Go to the home page</Link>.
          </p>
        </div>
      ) : (
        <Applications />
      )}
    </>
  );
}
