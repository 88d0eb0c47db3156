import { useParams } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { Breadcrumbs } from '../app/ui/Breadcrumbs';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useConditionQuery } from '../generated/graphql';
import { ConditionDetails } from '../modules/conditions/components/ConditionDetails';
import { WhatWorksCallout } from '../modules/experience-reports/components/WhatWorksCallout';
import { GuideCallout } from '../modules/guides/components/GuideCallout';
import { ConditionGroups } from '../modules/groups/components/ConditionGroups';
import { ConditionPageStates, conditionPageTitle } from './ConditionPageStates';

export function ConditionPage() {
  const { slug = '' } = useParams();
  const q = useConditionQuery({ slug });
  usePageTitle(
    conditionPageTitle(q, { loaded: q.data?.condition.name, loading: 'Loading condition', failed: 'Condition could not be loaded' }),
  );

  if (q.isPending || q.isError) {
    return <ConditionPageStates query={q} loadingLabel="Loading condition…" errorTitle="We couldn’t load this condition" />;
  }

  const condition = q.data.condition;
  return (
    <>
      <Breadcrumbs items={[{ label: 'Conditions', to: WEB_ROUTES.conditions }, { label: condition.name }]} />
      <ConditionDetails condition={condition} />
      <GuideCallout conditionSlug={condition.slug} conditionName={condition.name} />
      <WhatWorksCallout conditionSlug={condition.slug} conditionName={condition.name} />
      <ConditionGroups conditionSlug={condition.slug} conditionName={condition.name} />
    </>
  );
}
