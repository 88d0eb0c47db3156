import { Link } from 'react-router-dom';
import { useThreadExperienceReportsQuery } from '../../../generated/graphql';
import { EFFECTIVENESS_LABELS } from '../labels';
import { REPORT_ROUTES } from '../routes';

/**
 * On the thread page: the what-works reports attached to the thread (intervention, how much it
 * helped, a link to the report), and for members who can post there, a way to add one.
 */
export function ThreadReports({
  threadId,
  conditionSlug,
  canAdd,
}: {
  threadId: string;
  conditionSlug: string;
  canAdd: boolean;
}) {
  const q = useThreadExperienceReportsQuery({ id: threadId });
  const reports = q.data?.thread.experienceReports ?? [];
  if (!canAdd && reports.length === 0) return null;
  return (
    <section className="section thread-reports" aria-labelledby="thread-reports-title">
      <h2 id="thread-reports-title">What works reports</h2>
      {reports.length > 0 ? (
        <ul className="thread-reports__list">
          {reports.map((r) => (
            <li key={r.id}>
              <strong>{r.intervention.name}</strong>
              <span className="muted"> · how much it helped: </span>
              {EFFECTIVENESS_LABELS[r.effectiveness].label}
              <span className="muted"> · </span>
              <Link to={REPORT_ROUTES.report(r.id)}>
                Read the report<span className="visually-hidden"> on {r.intervention.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : q.isSuccess ? (
        <p className="muted small">No one has attached a what-works report to this thread yet.</p>
      ) : null}
      {canAdd ? (
        <p>
          <Link to={REPORT_ROUTES.newReport(conditionSlug, { thread: threadId })}>Add a what-works report</Link>
          <span className="muted small"> about something you have tried, attached to this thread.</span>
        </p>
      ) : null}
    </section>
  );
}
