import { useParams } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { isErrorCode } from '../app/graphql-client';
import { Breadcrumbs } from '../app/ui/Breadcrumbs';
import { ErrorPanel, Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useConditionQuery } from '../generated/graphql';
import { ConditionDetails } from '../modules/conditions/components/ConditionDetails';
import { WhatWorksCallout } from '../modules/experience-reports/components/WhatWorksCallout';
import { GuideCallout } from '../modules/guides/components/GuideCallout';
import { ConditionGroups } from '../modules/groups/components/ConditionGroups';
import { NotFound } from './NotFoundPage';

export function ConditionPage() {
  const { slug = '' } = useParams();
  const q = useConditionQuery({ slug });
  const notFound = q.isError && isErrorCode(q.error, 'NOT_FOUND');
  usePageTitle(
    q.data?.condition.name ??
      (q.isPending ? 'Loading condition' : notFound ? 'Condition not found' : 'Condition could not be loaded'),
  );

  if (q.isPending) return <Loading label="Loading condition…" />;
  if (q.isError) {
    if (notFound) {
      return (
        <NotFound title="Condition not found">
          <p>We could not find that condition. It may have been renamed; try searching for it.</p>
        </NotFound>
      );
    }
    return (
      <ErrorPanel as="h1" title="We couldn’t load this condition" error={q.error} onRetry={() => void q.refetch()} />
    );
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
