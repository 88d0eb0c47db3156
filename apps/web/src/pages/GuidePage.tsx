import { useParams } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { isErrorCode } from '../app/graphql-client';
import { Breadcrumbs } from '../app/ui/Breadcrumbs';
import { ErrorPanel, Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useGuideQuery } from '../generated/graphql';
import { GuideView } from '../modules/guides/components/GuideView';
import { NotFound } from './NotFoundPage';

export function GuidePage() {
  const { slug = '' } = useParams();
  const q = useGuideQuery({ conditionSlug: slug });
  const notFound = q.isError && isErrorCode(q.error, 'NOT_FOUND');
  const condition = q.data?.guide.condition;
  usePageTitle(
    condition
      ? `Guide to ${condition.name}`
      : q.isPending
        ? 'Loading the guide'
        : notFound
          ? 'Condition not found'
          : 'The guide could not be loaded',
  );

  if (q.isPending) return <Loading label="Loading the guide…" />;
  if (q.isError) {
    if (notFound) {
      return (
        <NotFound title="Condition not found">
          <p>We could not find that condition. It may have been renamed; try searching for it.</p>
        </NotFound>
      );
    }
    return <ErrorPanel as="h1" title="We couldn’t load the guide" error={q.error} onRetry={() => void q.refetch()} />;
  }

  const guide = q.data.guide;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Conditions', to: WEB_ROUTES.conditions },
          { label: guide.condition.name, to: WEB_ROUTES.condition(guide.condition.slug) },
          { label: 'Guide' },
        ]}
      />
      <GuideView guide={guide} />
    </>
  );
}
