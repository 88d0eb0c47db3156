import { useId, useState } from 'react';
import { useExperienceReportRevisionsQuery } from '../../../generated/graphql';
import { describeError } from '../../../app/ui/errors';
import { formatDateTime } from '../../../app/ui/format';
import { Loading } from '../../../app/ui/States';
import { PostBody } from '../../threads/components/PostBits';
import { ReportAnswers } from './ReportAnswers';

function RevisionList({ reportId }: { reportId: string }) {
  const q = useExperienceReportRevisionsQuery({ id: reportId });
  if (q.isPending) return <Loading label="Loading earlier versions…" />;
  if (q.isError) return <p className="inline-error">{describeError(q.error)}</p>;
  const revisions = q.data.experienceReport.revisions;
  if (revisions.length === 0) return <p className="small muted">There are no earlier versions to show.</p>;
  return (
    <ol className="revision-list" aria-label="Earlier versions, newest first">
      {revisions.map((r) => (
        <li key={r.replacedAt} className="revision">
          <p className="revision__when">Version replaced on {formatDateTime(r.replacedAt)}</p>
          <ReportAnswers answers={r} className="report-answers--compact" />
          {r.tipsHtml ? (
            <div className="revision__tips">
              <p className="revision__label">Tips</p>
              <PostBody html={r.tipsHtml} />
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/**
 * "Earlier versions": a disclosure with the versions an update replaced, newest first. They
 * are fetched only when opened.
 */
export function ReportRevisions({ reportId }: { reportId: string }) {
  const [open, setOpen] = useState(false);
  const regionId = useId();
  return (
    <section className="section report-revisions" aria-labelledby="report-revisions-title">
      <h2 id="report-revisions-title" className="visually-hidden">
        Earlier versions
      </h2>
      <button
        type="button"
        className="button button--secondary button--small"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen((o) => !o)}
      >
        Earlier versions
      </button>
      <div id={regionId} className="revisions" hidden={!open}>
        {open ? <RevisionList reportId={reportId} /> : null}
      </div>
    </section>
  );
}
