import { Link } from 'react-router-dom';
import type { WhatWorksQuery } from '../../../generated/graphql';
import { Badge } from '../../../app/ui/Badge';
import { formatDate, plural } from '../../../app/ui/format';
import { THREAD_ROUTES } from '../../threads/routes';
import { PostBody } from '../../threads/components/PostBits';
import { CATEGORY_LABELS, sentenceCase } from '../labels';
import { REPORT_ROUTES, whatWorksEntryId } from '../routes';
import { EffectivenessChart } from './EffectivenessChart';

type Entry = WhatWorksQuery['whatWorks']['entries'][number];

/**
 * One intervention on the what-works page: how many reports, how much it helped (a labelled bar
 * chart that is also a data table), the side effects most reported, and the latest tips with
 * links to the report and the threads it is attached to.
 */
export function WhatWorksEntryCard({ entry, conditionSlug }: { entry: Entry; conditionSlug: string }) {
  const { intervention } = entry;
  const id = whatWorksEntryId(intervention.slug);
  const titleId = `${id}-title`;
  return (
    <li className="card what-works-entry" id={id} tabIndex={-1}>
      <h3 id={titleId} className="card__title">
        {intervention.name}
      </h3>
      <p className="card__meta">
        <Badge>{CATEGORY_LABELS[intervention.category]}</Badge>
        <span>{plural(entry.reportCount, 'report')}</span>
      </p>

      <EffectivenessChart
        interventionName={intervention.name}
        counts={entry.effectiveness}
        total={entry.reportCount}
      />

      <h4 className="what-works-entry__heading">Most reported side effects</h4>
      {entry.topSideEffects.length > 0 ? (
        <ul className="side-effect-counts">
          {entry.topSideEffects.map((s) => (
            <li key={s.name}>
              {sentenceCase(s.name)}: <span className="muted">{plural(s.count, 'report')}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No side effects reported.</p>
      )}

      <h4 className="what-works-entry__heading">Latest tips</h4>
      {entry.latestTips.length > 0 ? (
        <ul className="tip-list">
          {entry.latestTips.map((tip) => (
            <li key={tip.reportId} className="tip">
              <PostBody html={tip.tipsHtml} />
              <p className="tip__meta">
                <time dateTime={tip.createdAt}>{formatDate(tip.createdAt)}</time>
                <Link to={REPORT_ROUTES.report(tip.reportId)}>Read the report</Link>
                {tip.threadIds.map((threadId, i) => (
                  <Link key={threadId} to={THREAD_ROUTES.thread(threadId)}>
                    {tip.threadIds.length === 1 ? 'Read the thread' : `Read thread ${i + 1}`}
                  </Link>
                ))}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No tips yet.</p>
      )}

      <p className="what-works-entry__share">
        <Link to={REPORT_ROUTES.newReport(conditionSlug, { intervention: intervention.slug })}>
          Share your experience of {intervention.name}
        </Link>
      </p>
    </li>
  );
}
