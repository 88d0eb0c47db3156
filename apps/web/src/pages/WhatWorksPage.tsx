import { useParams } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { Breadcrumbs } from '../app/ui/Breadcrumbs';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useWhatWorksQuery } from '../generated/graphql';
import { WhatWorksOverview } from '../modules/experience-reports/components/WhatWorksOverview';
import { ConditionPageStates, conditionPageTitle } from './ConditionPageStates';

export function WhatWorksPage() {
  const { slug = '' } = useParams();
  const q = useWhatWorksQuery({ conditionSlug: slug });
  const condition = q.data?.whatWorks.condition;
  usePageTitle(
    conditionPageTitle(q, {
      loaded: condition && `What works for ${condition.name}`,
      loading: 'Loading what works',
      failed: 'What works could not be loaded',
    }),
  );

  if (q.isPending || q.isError) {
    return <ConditionPageStates query={q} loadingLabel="Loading what works…" errorTitle="We couldn’t load what works" />;
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
