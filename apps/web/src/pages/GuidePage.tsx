import { useParams } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { Breadcrumbs } from '../app/ui/Breadcrumbs';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useGuideQuery } from '../generated/graphql';
import { GuideView } from '../modules/guides/components/GuideView';
import { ConditionPageStates, conditionPageTitle } from './ConditionPageStates';

export function GuidePage() {
  const { slug = '' } = useParams();
  const q = useGuideQuery({ conditionSlug: slug });
  const condition = q.data?.guide.condition;
  usePageTitle(
    conditionPageTitle(q, {
      loaded: condition && `Guide to ${condition.name}`,
      loading: 'Loading the guide',
      failed: 'The guide could not be loaded',
    }),
  );

  if (q.isPending || q.isError) {
    return <ConditionPageStates query={q} loadingLabel="Loading the guide…" errorTitle="We couldn’t load the guide" />;
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
