import { Link, Navigate, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { WEB_ROUTES } from '@kindred/contracts';
import { isErrorCode } from '../app/graphql-client';
import { Breadcrumbs } from '../app/ui/Breadcrumbs';
import { signInPath } from '../app/ui/navigation';
import type { FlashState } from '../app/ui/navigation';
import { ErrorPanel, Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import {
  useConditionQuery,
  useExperienceReportQuery,
  useFileExperienceReportMutation,
  useInterventionBySlugQuery,
  useMyConsentsQuery,
  useReportThreadQuery,
  useSetConsentMutation,
} from '../generated/graphql';
import type { ExperienceReportQuery, ReportThreadQuery } from '../generated/graphql';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { emptyDraft, ReportForm } from '../modules/experience-reports/components/ReportForm';
import type { AttachTarget } from '../modules/experience-reports/components/ReportForm';
import { invalidateReports } from '../modules/experience-reports/hooks/invalidate';
import { invalidateConsents } from '../modules/consents/hooks/invalidate';
import { INTERVENTION_PARAM, REPORT_ROUTES, THREAD_PARAM } from '../modules/experience-reports/routes';
import { canPostIn } from '../modules/threads/hooks/access';
import { THREAD_ROUTES } from '../modules/threads/routes';
import { useSubmissionKey } from '../app/submission-key';
import { NotFound } from './NotFound';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether the report can be attached to the thread it was started from, in plain words. */
function attachTarget(thread: ReportThreadQuery['thread']): AttachTarget {
  const title = thread.isDeleted ? 'Deleted thread' : thread.title;
  const refusal = thread.isDeleted
    ? 'it was deleted.'
    : thread.isLocked
      ? 'a moderator has locked it.'
      : !canPostIn(thread.group)
        ? `only members of ${thread.group.name} can attach reports there. You can still save it here.`
        : null;
  return { title, refusal };
}

export function NewReportPage() {
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { viewer, isLoading: viewerLoading } = useViewer();
  const interventionSlug = params.get(INTERVENTION_PARAM)?.slice(0, 80) || null;
  const rawThreadId = params.get(THREAD_PARAM);
  const threadId = rawThreadId && UUID.test(rawThreadId) ? rawThreadId : null;

  const conditionQ = useConditionQuery({ slug });
  const preselectQ = useInterventionBySlugQuery(
    { slug: interventionSlug ?? '' },
    { enabled: !!viewer && !!interventionSlug, retry: false },
  );
  const threadQ = useReportThreadQuery({ id: threadId ?? '' }, { enabled: !!viewer && !!threadId, retry: false });
  const file = useFileExperienceReportMutation();
  const submissionKey = useSubmissionKey();
  // Asked on the form until the member has answered once (here or on their profile).
  const consentsQ = useMyConsentsQuery(undefined, { enabled: !!viewer });
  const setConsent = useSetConsentMutation();
  const askConsent =
    consentsQ.data?.myConsents.some((c) => c.purpose === 'clinician_insights' && c.changedAt === null) ?? false;
  const notFound = conditionQ.isError && isErrorCode(conditionQ.error, 'NOT_FOUND');
  usePageTitle(
    conditionQ.data
      ? `Share what works for ${conditionQ.data.condition.name}`
      : notFound
        ? 'Condition not found'
        : 'Share what works',
  );

  if (viewerLoading || conditionQ.isPending || preselectQ.isLoading || threadQ.isLoading || consentsQ.isLoading) {
    return <Loading label="Loading…" />;
  }
  if (!viewer) return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  if (conditionQ.isError) {
    if (notFound) {
      return (
        <NotFound title="Condition not found">
          <p>We could not find that condition. It may have been renamed; try searching for it.</p>
        </NotFound>
      );
    }
    return (
      <ErrorPanel
        as="h1"
        title="We couldn’t load this condition"
        error={conditionQ.error}
        onRetry={() => void conditionQ.refetch()}
      />
    );
  }

  const condition = conditionQ.data.condition;
  const preselected = preselectQ.data?.intervention.status === 'accepted' ? preselectQ.data.intervention : null;
  const thread = threadQ.data?.thread ?? null;
  const attachTo = thread ? attachTarget(thread) : null;
  const back = thread ? THREAD_ROUTES.thread(thread.id) : REPORT_ROUTES.whatWorks(condition.slug);

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Conditions', to: WEB_ROUTES.conditions },
          { label: condition.name, to: WEB_ROUTES.condition(condition.slug) },
          { label: 'What works', to: REPORT_ROUTES.whatWorks(condition.slug) },
          { label: 'Share what works' },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">
          For <Link to={REPORT_ROUTES.whatWorks(condition.slug)}>{condition.name}</Link>
        </p>
        <h1>Share what works for you</h1>
        <p className="lead">
          Tell others living with {condition.name} about one treatment or approach you have tried: how much it helped,
          any side effects, and your tips. It takes a few minutes.
        </p>
      </header>
      {interventionSlug && !preselected ? (
        <p className="notice notice--closed">
          {preselectQ.data
            ? `“${preselectQ.data.intervention.name}” is waiting for a moderator to accept it, so it can’t be reported on yet. You can choose something else below.`
            : 'We couldn’t find the treatment or approach in the link you followed. Please choose it below.'}
        </p>
      ) : null}
      {rawThreadId && !thread ? (
        <p className="notice notice--closed">
          We couldn’t find the thread to attach this report to. You can still share your experience here.
        </p>
      ) : null}
      <ReportForm
        mode="new"
        condition={condition}
        initial={emptyDraft(preselected)}
        attachTo={attachTo}
        askConsent={askConsent}
        submitLabel="Save report"
        pendingLabel="Saving…"
        cancelTo={back}
        isPending={file.isPending || setConsent.isPending}
        onSubmit={(submission, onError) =>
          file.mutate(
            {
              input: {
                conditionId: condition.id,
                interventionId: submission.intervention.id,
                ...(submission.attachToThread && thread ? { threadId: thread.id } : {}),
                ...submission.answers,
                idempotencyKey: submissionKey.key(),
              },
            },
            {
              onSuccess: async (data) => {
                submissionKey.done();
                const report = data.fileExperienceReport;
                // The report page opens at once with what was saved; the lists refresh.
                queryClient.setQueryData<ExperienceReportQuery>(useExperienceReportQuery.getKey({ id: report.id }), {
                  experienceReport: report,
                });
                await invalidateReports(queryClient);
                let flash = 'Thank you — your report has been saved.';
                if (submission.consent !== null) {
                  try {
                    await setConsent.mutateAsync({ purpose: 'clinician_insights', granted: submission.consent });
                  } catch {
                    flash = `${flash} We couldn’t save your answer about summaries for clinicians; you can give it on your profile.`;
                  }
                  await invalidateConsents(queryClient);
                }
                void navigate(REPORT_ROUTES.report(report.id), { state: { flash } satisfies FlashState });
              },
              onError,
            },
          )
        }
      />
    </>
  );
}
