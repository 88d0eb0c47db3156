import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { SelectField } from '../app/ui/Fields';
import { ErrorPanel, EmptyState, Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useCareCatalogueQuery, useCareExperiencesQuery } from '../generated/graphql';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { StoryCard } from '../modules/care-experiences/components/StoryCard';

/** Experiences of care: what it is, share a story, go to what services hear in an area, recent stories. */
export function CareStoriesPage() {
  usePageTitle('Experiences of care');
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const catalogue = useCareCatalogueQuery(undefined, { staleTime: Infinity });
  const stories = useCareExperiencesQuery({ first: 10 });
  const [kind, setKind] = useState('');
  const [area, setArea] = useState('');
  const go = (e: FormEvent) => {
    e.preventDefault();
    if (kind && area) void navigate(WEB_ROUTES.careArea(kind, area));
  };
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">Experiences of care</p>
        <h1>How services treated you</h1>
        <p className="lead">
          Tell how a GP practice, clinic, rehab course or care team treated you, so your experience can shape services, not
          just help other members. Services verified by Kindred can answer in public and say what they changed.
        </p>
        <p>
          <Link to={viewer ? WEB_ROUTES.careShare : `/sign-in?next=${encodeURIComponent(WEB_ROUTES.careShare)}`} className="button">
            Share your story
          </Link>
        </p>
        <p className="muted">
          Run a service? <Link to={WEB_ROUTES.organisationConsole}>Organisation console</Link>
        </p>
      </header>
      <section className="section" aria-labelledby="care-hear-title">
        <h2 id="care-hear-title">What services hear</h2>
        <form className="form" onSubmit={go}>
          <SelectField id="hear-kind" label="Kind of service" value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">Choose…</option>
            {(catalogue.data?.careServiceKinds ?? []).map((k) => (
              <option key={k.slug} value={k.slug}>
                {k.name}
              </option>
            ))}
          </SelectField>
          <SelectField id="hear-area" label="Area" value={area} onChange={(e) => setArea(e.target.value)}>
            <option value="">Choose…</option>
            {(catalogue.data?.careAreas ?? []).map((a) => (
              <option key={a.code} value={a.code}>
                {a.name}
              </option>
            ))}
          </SelectField>
          <div className="form-actions">
            <button type="submit" className="button button--secondary" aria-disabled={!kind || !area || undefined}>
              Show what services hear
            </button>
          </div>
        </form>
      </section>
      <section className="section" aria-labelledby="care-recent-title">
        <h2 id="care-recent-title">Recent stories</h2>
        {stories.isLoading ? (
          <Loading label="Loading stories…" />
        ) : stories.error ? (
          <ErrorPanel title="We couldn’t load the stories" error={stories.error} />
        ) : stories.data!.careExperiences.nodes.length === 0 ? (
          <EmptyState>No stories yet.</EmptyState>
        ) : (
          <div className="card-list">
            {stories.data!.careExperiences.nodes.map((s) => (
              <StoryCard key={s.id} story={s} level={3} />
            ))}
          </div>
        )}
      </section>
    </>
  );
}
