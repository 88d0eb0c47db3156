import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { WEB_ROUTES } from '@kindred/contracts';
import { isErrorCode } from '../app/graphql-client';
import { Breadcrumbs } from '../app/ui/Breadcrumbs';
import { signInPath } from '../app/ui/navigation';
import type { FlashState } from '../app/ui/navigation';
import { ErrorPanel, Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useExperienceReportQuery, useUpdateExperienceReportMutation } from '../generated/graphql';
import type { ExperienceReportQuery } from '../generated/graphql';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { draftFrom, ReportForm } from '../modules/experience-reports/components/ReportForm';
import { invalidateReports } from '../modules/experience-reports/hooks/invalidate';
import { REPORT_ROUTES } from '../modules/experience-reports/routes';
import { NotFound } from './NotFound';

export function EditReportPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { viewer, isLoading: viewerLoading } = useViewer();
  const q = useExperienceReportQuery({ id }, { enabled: !!viewer });
  const update = useUpdateExperienceReportMutation();
  const notFound = q.isError && isErrorCode(q.error, 'NOT_FOUND', 'BAD_REQUEST', 'VALIDATION_FAILED');
  usePageTitle(notFound ? 'Report not found' : 'Edit your report');

  if (viewerLoading) return <Loading label="Loading…" />;
  if (!viewer) return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  if (q.isPending) return <Loading label="Loading your report…" />;
  if (q.isError) {
    if (notFound) {
      return (
        <NotFound title="Report not found">
          <p>We could not find that report. The link may be wrong.</p>
        </NotFound>
      );
    }
    return <ErrorPanel as="h1" title="We couldn’t load this report" error={q.error} onRetry={() => void q.refetch()} />;
  }

  const report = q.data.experienceReport;
  const back = REPORT_ROUTES.report(report.id);
  const crumbs = (
    <Breadcrumbs
      items={[
        { label: 'Conditions', to: WEB_ROUTES.conditions },
        { label: report.condition.name, to: WEB_ROUTES.condition(report.condition.slug) },
        { label: 'What works', to: REPORT_ROUTES.whatWorks(report.condition.slug) },
        { label: `${report.intervention.name} report`, to: back },
        { label: 'Edit' },
      ]}
    />
  );

  if (!report.viewerIsAuthor) {
    return (
      <>
        {crumbs}
        <div className="narrow">
          <h1>Edit your report</h1>
          <p>Only the member who shared a report can edit it.</p>
          <p>
            <Link to={back}>Back to the report</Link>
          </p>
        </div>
      </>
    );
  }

  return (
    <>
      {crumbs}
      <header className="page-header">
        <h1>Edit your report</h1>
        <p className="lead">
          Things change: update your answers as you go. Readers can still see earlier versions of your report.
        </p>
      </header>
      <ReportForm
        key={report.id}
        mode="edit"
        condition={report.condition}
        initial={draftFrom(report)}
        submitLabel="Save changes"
        pendingLabel="Saving…"
        cancelTo={back}
        isPending={update.isPending}
        onSubmit={(submission, onError) =>
          update.mutate(
            { id: report.id, input: submission.answers },
            {
              onSuccess: async (data) => {
                queryClient.setQueryData<ExperienceReportQuery>(useExperienceReportQuery.getKey({ id: report.id }), {
                  experienceReport: data.updateExperienceReport,
                });
                await invalidateReports(queryClient);
                void navigate(back, {
                  state: { flash: 'Your report has been updated.' } satisfies FlashState,
                });
              },
              onError,
            },
          )
        }
      />
    </>
  );
}
