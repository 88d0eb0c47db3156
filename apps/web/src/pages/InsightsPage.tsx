import { lazy, Suspense, useEffect } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { signInPath } from '../app/ui/navigation';
import { ErrorPanel, Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { meQueryKey, useViewer } from '../modules/auth/hooks/useViewer';
import { InsightsAccessNotice } from '../modules/insights/components/InsightsAccessNotice';
import { mayUseInsights } from '../modules/insights/routes';

// The dashboard and its chart library load only for those who may use it.
const InsightsDashboard = lazy(() =>
  import('../modules/insights/components/InsightsDashboard').then((m) => ({ default: m.InsightsDashboard })),
);

export function InsightsPage() {
  usePageTitle('Clinician insights');
  const location = useLocation();
  const { viewer, isLoading, error } = useViewer();
  const queryClient = useQueryClient();
  const pending = viewer?.role === 'clinician' && viewer.clinicianStatus !== 'verified';
  // An administrator may have verified them since we last asked: ask again on arrival.
  useEffect(() => {
    if (pending) void queryClient.invalidateQueries({ queryKey: meQueryKey });
  }, [pending, queryClient]);

  if (isLoading) return <Loading label="Loading…" />;
  if (error && !viewer) return <ErrorPanel as="h1" title="We couldn’t load clinician insights" error={error} />;
  if (!viewer) return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;

  return (
    <>
      <header className="page-header">
        <p className="eyebrow">For verified clinicians</p>
        <h1>Clinician insights</h1>
        <p className="lead">
          What members living with a condition report about their treatments and approaches, summarised without names.
          Small numbers are hidden and the rest rounded, so no one can be picked out.
        </p>
      </header>
      {!mayUseInsights(viewer) ? (
        <InsightsAccessNotice reason="not-clinician" />
      ) : pending ? (
        <InsightsAccessNotice reason="pending" />
      ) : (
        <Suspense fallback={<Loading label="Loading the dashboard…" />}>
          <InsightsDashboard />
        </Suspense>
      )}
    </>
  );
}
