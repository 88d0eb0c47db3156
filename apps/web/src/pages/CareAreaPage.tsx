import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { isErrorCode } from '../app/graphql-client';
import { Breadcrumbs } from '../app/ui/Breadcrumbs';
import { EmptyState, ErrorPanel, Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useCareAreaPageQuery, useCareExperiencesQuery } from '../generated/graphql';
import { StoryCard } from '../modules/care-experiences/components/StoryCard';
import { NotFound } from './NotFound';

// The charts and their library load with this page only.
const AreaCharts = lazy(() => import('../modules/care-experiences/components/AreaCharts').then((m) => ({ default: m.AreaCharts })));

/** What services hear: one kind of service in one area, every count through disclosure control. */
export function CareAreaPage() {
  const { kind = '', area = '' } = useParams();
  const q = useCareAreaPageQuery({ serviceKind: kind, areaCode: area }, { retry: false });
  const stories = useCareExperiencesQuery({ serviceKind: kind, areaCode: area, first: 10 }, { retry: false });
  const p = q.data?.careAreaPage;
  usePageTitle(p ? `${p.serviceKind.name} in ${p.area.name}` : 'What services hear');
  if (isErrorCode(q.error, 'UNKNOWN_SERVICE_KIND', 'UNKNOWN_AREA', 'VALIDATION_FAILED')) return <NotFound />;
  if (q.isLoading) return <Loading label="Loading what services hear…" />;
  if (q.error || !p) return <ErrorPanel as="h1" title="We couldn’t load this page" error={q.error} />;
  return (
    <>
      <Breadcrumbs items={[{ label: 'Experiences of care', to: WEB_ROUTES.careStories }, { label: `${p.serviceKind.name} in ${p.area.name}` }]} />
      <header className="page-header">
        <p className="eyebrow">What services hear</p>
        <h1>
          {p.serviceKind.name} in {p.area.name}
        </h1>
        <p className="lead">{p.serviceKind.description}</p>
        <p className="muted">
          Counts include only members who agreed to research, each member’s latest story per quarter. Counts from 1 to {p.threshold - 1}{' '}
          show as “fewer than {p.threshold}”, the rest are rounded to the nearest {p.roundingBase}, and percentages come from rounded counts.
        </p>
      </header>
      <section className="section" aria-labelledby="area-figures">
        <h2 id="area-figures">In numbers</h2>
        <dl className="care-figures">
          <div>
            <dt>Stories counted</dt>
            <dd>{p.stories.display}</dd>
          </div>
          <div>
            <dt>Answered by a service</dt>
            <dd>{p.responded.display}</dd>
          </div>
          <div>
            <dt>Response rate</dt>
            <dd>{p.responseRate === null ? 'Not shown' : `${p.responseRate}%`}</dd>
          </div>
          <div>
            <dt>“We changed something”</dt>
            <dd>{p.changed.display}</dd>
          </div>
        </dl>
      </section>
      <section className="section" aria-labelledby="area-ratings">
        <h2 id="area-ratings">The three ratings over time</h2>
        <Suspense fallback={<Loading label="Loading the charts…" className="care-chart-slot" />}>
          <AreaCharts page={p} />
        </Suspense>
      </section>
      <section className="section" aria-labelledby="area-stories">
        <h2 id="area-stories">Recent stories</h2>
        {stories.isLoading ? (
          <Loading label="Loading stories…" />
        ) : !stories.data?.careExperiences.nodes.length ? (
          <EmptyState>
            No stories here yet. <Link to={WEB_ROUTES.careShare}>Share yours</Link>.
          </EmptyState>
        ) : (
          <div className="card-list">
            {stories.data.careExperiences.nodes.map((s) => (
              <StoryCard key={s.id} story={s} level={3} />
            ))}
          </div>
        )}
      </section>
    </>
  );
}
