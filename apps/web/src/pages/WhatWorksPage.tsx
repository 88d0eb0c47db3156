import { useParams } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { isErrorCode } from '../app/graphql-client';
import { Breadcrumbs } from '../app/ui/Breadcrumbs';
import { ErrorPanel, Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useWhatWorksQuery } from '../generated/graphql';
import { WhatWorksOverview } from '../modules/experience-reports/components/WhatWorksOverview';
import { NotFound } from './NotFoundPage';

export function WhatWorksPage() {
  const { slug = '' } = useParams();
  const q = useWhatWorksQuery({ conditionSlug: slug });
  const notFound = q.isError && isErrorCode(q.error, 'NOT_FOUND');
  const condition = q.data?.whatWorks.condition;
  usePageTitle(
    condition
      ? `What works for ${condition.name}`
      : q.isPending
        ? 'Loading what works'
        : notFound
          ? 'Condition not found'
          : 'What works could not be loaded',
  );

  if (q.isPending) return <Loading label="Loading what works…" />;
  if (q.isError) {
    if (notFound) {
      return (
        <NotFound title="Condition not found">
          <p>We could not find that condition. It may have been renamed; try searching for it.</p>
        </NotFound>
      );
    }
    return <ErrorPanel as="h1" title="We couldn’t load what works" error={q.error} onRetry={() => void q.refetch()} />;
  }

  const whatWorks = q.data.whatWorks;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Conditions', to: WEB_ROUTES.conditions },
          { label: whatWorks.condition.name, to: WEB_ROUTES.condition(whatWorks.condition.slug) },
          { label: 'What works' },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">Shared by members</p>
        <h1>What works for {whatWorks.condition.name}</h1>
        <p className="lead">
          The treatments and approaches members living with {whatWorks.condition.name} have tried, how much they
          helped, and their tips.
        </p>
      </header>
      <WhatWorksOverview whatWorks={whatWorks} />
    </>
  );
}
