import { Link, useParams } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { isErrorCode } from '../app/graphql-client';
import { Badge } from '../app/ui/Badge';
import { Breadcrumbs } from '../app/ui/Breadcrumbs';
import { formatDate } from '../app/ui/format';
import { ErrorPanel, Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useExperienceReportQuery } from '../generated/graphql';
import { LinkedThreads } from '../modules/experience-reports/components/LinkedThreads';
import { ReportAnswers } from '../modules/experience-reports/components/ReportAnswers';
import { ReportRevisions } from '../modules/experience-reports/components/ReportRevisions';
import { CATEGORY_LABELS } from '../modules/experience-reports/labels';
import { REPORT_ROUTES } from '../modules/experience-reports/routes';
import { PostBody } from '../modules/threads/components/PostBits';
import { NotFound } from './NotFound';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { ContentWithheld } from '../modules/moderation/components/ContentWithheld';
import { ModerationNotice } from '../modules/moderation/components/ModerationNotice';
import { ReportButton } from '../modules/moderation/components/ReportButton';

export function ReportPage() {
  const { id = '' } = useParams();
  const q = useExperienceReportQuery({ id });
  const { viewer } = useViewer();
  const notFound = q.isError && isErrorCode(q.error, 'NOT_FOUND', 'BAD_REQUEST', 'VALIDATION_FAILED');
  const report = q.data?.experienceReport;
  usePageTitle(
    report
      ? `${report.intervention.name} for ${report.condition.name}`
      : q.isPending
        ? 'Loading report'
        : notFound
          ? 'Report not found'
          : 'Report could not be loaded',
  );

  if (q.isPending) return <Loading label="Loading report…" />;
  if (q.isError) {
    if (isErrorCode(q.error, 'CONTENT_HIDDEN')) return <ContentWithheld noun="report" />;
    if (notFound) {
      return (
        <NotFound title="Report not found">
          <p>We could not find that report. It may be in a private group, or the link may be wrong.</p>
        </NotFound>
      );
    }
    return <ErrorPanel as="h1" title="We couldn’t load this report" error={q.error} onRetry={() => void q.refetch()} />;
  }

  const r = q.data.experienceReport;
  const edited = r.updatedAt > r.createdAt;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Conditions', to: WEB_ROUTES.conditions },
          { label: r.condition.name, to: WEB_ROUTES.condition(r.condition.slug) },
          { label: 'What works', to: REPORT_ROUTES.whatWorks(r.condition.slug) },
          { label: `${r.intervention.name} report` },
        ]}
      />
      <article className="report" aria-labelledby="report-title">
        <header className="page-header">
          <p className="eyebrow">What works report</p>
          <h1 id="report-title">
            {r.intervention.name} for {r.condition.name}
          </h1>
          <p className="page-header__meta">
            <Badge>{CATEGORY_LABELS[r.intervention.category]}</Badge>
            {r.viewerIsAuthor ? <Badge tone="success">Your report</Badge> : null}
            <span>
              Shared <time dateTime={r.createdAt}>{formatDate(r.createdAt)}</time>
            </span>
            {edited ? (
              <span>
                Updated <time dateTime={r.updatedAt}>{formatDate(r.updatedAt)}</time>
              </span>
            ) : null}
          </p>
          {r.viewerIsAuthor ? (
            <p>
              <Link to={REPORT_ROUTES.editReport(r.id)} className="button button--secondary">
                Edit your report
              </Link>
            </p>
          ) : viewer ? (
            <p>
              <ReportButton targetType="experience_report" targetId={r.id} subject="this what-works report" />
            </p>
          ) : null}
          <ModerationNotice state={r.moderationState} reason={r.moderationReason} noun="report" mine={r.viewerIsAuthor} />
        </header>

        <section className="section" aria-labelledby="report-answers-title">
          <h2 id="report-answers-title">Answers</h2>
          <ReportAnswers answers={r} />
        </section>

        <section className="section" aria-labelledby="report-tips-title">
          <h2 id="report-tips-title">Tips</h2>
          {r.tips.trim() ? <PostBody html={r.tipsHtml} /> : <p className="muted">No tips were added.</p>}
        </section>

        <LinkedThreads threadIds={r.threadIds} />

        <section className="section" aria-labelledby="report-more-title">
          <h2 id="report-more-title">More about {r.intervention.name}</h2>
          <ul className="link-list">
            <li>
              <Link to={REPORT_ROUTES.whatWorksEntry(r.condition.slug, r.intervention.slug)}>
                What others say about {r.intervention.name}
              </Link>
            </li>
            <li>
              <Link to={REPORT_ROUTES.whatWorks(r.condition.slug)}>What works for {r.condition.name}</Link>
            </li>
            <li>
              <Link to={WEB_ROUTES.condition(r.condition.slug)}>{r.condition.name}: groups and information</Link>
            </li>
          </ul>
        </section>

        {edited ? <ReportRevisions reportId={r.id} /> : null}
      </article>
    </>
  );
}
