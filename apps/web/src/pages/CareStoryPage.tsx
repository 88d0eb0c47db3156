import { Link, useParams } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { isErrorCode } from '../app/graphql-client';
import { Breadcrumbs } from '../app/ui/Breadcrumbs';
import { ErrorPanel, Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useCareExperienceQuery } from '../generated/graphql';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { ResponseForm } from '../modules/care-experiences/components/ResponseForm';
import { StoryCard } from '../modules/care-experiences/components/StoryCard';
import { ReportButton } from '../modules/moderation/components/ReportButton';
import { NotFound } from './NotFound';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One story of care with the services' responses under it (and, for a verified service of that kind and area, the response form). */
export function CareStoryPage() {
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const q = useCareExperienceQuery({ id }, { enabled: UUID.test(id), retry: false });
  const s = q.data?.careExperience;
  usePageTitle(s ? `${s.serviceKind.name} in ${s.area.name}` : 'Experience of care');
  if (!UUID.test(id) || isErrorCode(q.error, 'NOT_FOUND')) return <NotFound />;
  if (q.isLoading) return <Loading label="Loading the story…" />;
  if (q.error || !s) return <ErrorPanel as="h1" title="We couldn’t load this story" error={q.error} />;
  return (
    <>
      <Breadcrumbs items={[{ label: 'Experiences of care', to: WEB_ROUTES.careStories }, { label: 'A story' }]} />
      <p className="eyebrow">Experience of care</p>
      <StoryCard
        story={s}
        level={1}
        link={false}
        reportButton={viewer ? (t) => <ReportButton targetType={t.type} targetId={t.id} subject={t.subject} /> : undefined}
      />
      {s.viewerCanRespondAs.length ? (
        <section className="section">
          <ResponseForm story={s} />
        </section>
      ) : null}
      <section className="section" aria-labelledby="story-more">
        <h2 id="story-more">More</h2>
        <ul className="link-list">
          <li>
            <Link to={WEB_ROUTES.careArea(s.serviceKind.slug, s.area.code)}>
              What {s.serviceKind.name.toLowerCase()} services hear in {s.area.name}
            </Link>
          </li>
          <li>
            <Link to={WEB_ROUTES.careShare}>Share your own story</Link>
          </li>
        </ul>
      </section>
    </>
  );
}
