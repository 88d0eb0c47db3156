import { Link, useSearchParams } from 'react-router-dom';
import { CASE_STATUSES, REPORT_REASONS, REPORT_TARGETS } from '@kindred/contracts';
import { useInfiniteModerationQueueQuery } from '../../../generated/graphql';
import type { ModerationCaseSummaryFragment, ModerationQueueQuery } from '../../../generated/graphql';
import { nextPageParam } from '../../../app/page-sizes';
import { Badge } from '../../../app/ui/Badge';
import { CheckboxField, SelectField } from '../../../app/ui/Fields';
import { formatDateTime, plural } from '../../../app/ui/format';
import { isFiltered, queueVariables, readQueueFilters, writeQueueFilters } from '../hooks/queue-state';
import type { QueueFilters } from '../hooks/queue-state';
import { useModeratedGroups } from '../hooks/useModeratedGroups';
import { CASE_SOURCE_LABELS, REPORT_REASON_LABELS, REPORT_TARGET_LABELS, resolutionLabel } from '../labels';
import { MODERATION_ROUTES } from '../routes';
import { excerpt } from '../text';
import { PagedResults } from './PagedResults';

/** moderationQueue { nodes { ...ModerationCaseSummary } }: 20 cases a page. */
const PAGE = 20;
const RESULTS_ID = 'queue-results';

const STATUS_LABELS = { open: 'Open cases', resolved: 'Resolved cases' } as const;

/**
 * The review queue: crisis first, then the most reported, then the oldest (the API's order).
 * Filters (status, group, reason, type, crisis only) apply at once and live in the address.
 */
export function ModerationQueue() {
  const [params, setParams] = useSearchParams();
  const filters = readQueueFilters(params);
  const { groups, nameFor } = useModeratedGroups();
  const q = useInfiniteModerationQueueQuery(queueVariables(filters, PAGE), {
    initialPageParam: {},
    getNextPageParam: (last: ModerationQueueQuery) => nextPageParam(last.moderationQueue),
  });
  const cases = (q.data?.pages ?? []).flatMap((p) => p.moderationQueue.nodes);
  const total = q.data?.pages[0]?.moderationQueue.totalCount ?? 0;
  const filtered = isFiltered(filters);

  const set = (change: Partial<QueueFilters>) =>
    setParams(writeQueueFilters({ ...filters, ...change }), { replace: true, preventScrollReset: true });

  const what = filters.status === 'open' ? 'open case' : 'resolved case';
  const status = !q.isSuccess
    ? null
    : total === 0
      ? filtered
        ? `No ${what}s match these filters.`
        : `No ${what}s.`
      : `${plural(total, what)}${filtered ? ' match these filters' : ''}.`;

  return (
    <>
      <section className="section" aria-labelledby="queue-filters-title">
        <h2 id="queue-filters-title" className="visually-hidden">
          Filter the queue
        </h2>
        <form role="search" aria-label="Moderation queue" className="filter-panel queue-filters" onSubmit={(e) => e.preventDefault()}>
          <SelectField
            id="queue-status"
            label="Status"
            value={filters.status}
            onChange={(e) => set({ status: e.target.value as QueueFilters['status'] })}
            aria-controls={RESULTS_ID}
          >
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="queue-group"
            label="Group"
            value={filters.groupId ?? ''}
            onChange={(e) => set({ groupId: e.target.value || null })}
            aria-controls={RESULTS_ID}
          >
            <option value="">All my groups</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
            {filters.groupId && !nameFor(filters.groupId) ? <option value={filters.groupId}>This group</option> : null}
          </SelectField>
          <SelectField
            id="queue-reason"
            label="Reason"
            value={filters.reason ?? ''}
            onChange={(e) => set({ reason: (e.target.value || null) as QueueFilters['reason'] })}
            aria-controls={RESULTS_ID}
          >
            <option value="">Any reason</option>
            {REPORT_REASONS.map((r) => (
              <option key={r} value={r}>
                {REPORT_REASON_LABELS[r]}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="queue-type"
            label="Type"
            value={filters.targetType ?? ''}
            onChange={(e) => set({ targetType: (e.target.value || null) as QueueFilters['targetType'] })}
            aria-controls={RESULTS_ID}
          >
            <option value="">Everything</option>
            {REPORT_TARGETS.map((t) => (
              <option key={t} value={t}>
                {REPORT_TARGET_LABELS[t]}s
              </option>
            ))}
          </SelectField>
          <CheckboxField
            id="queue-crisis"
            label="Crisis only"
            hint="Someone may be at risk."
            checked={filters.crisisOnly}
            onChange={(e) => set({ crisisOnly: e.target.checked })}
            aria-controls={RESULTS_ID}
          />
        </form>
        {filtered ? (
          <p className="small queue-filters__clear">
            <Link to={`${MODERATION_ROUTES.queue}${filters.status === 'resolved' ? '?status=resolved' : ''}`} replace>
              Clear filters
            </Link>
          </p>
        ) : null}
      </section>

      <section className="section" aria-labelledby="queue-title">
        <h2 id="queue-title">{STATUS_LABELS[filters.status]}</h2>
        <PagedResults
          id={RESULTS_ID}
          query={q}
          status={status}
          shown={cases.length}
          total={total}
          noun="case"
          loadingLabel="Loading the queue…"
          errorTitle="We couldn’t load the queue"
          empty={
            <p>
              {filters.status === 'open'
                ? filtered
                  ? 'Nothing in the queue matches these filters.'
                  : 'The queue is empty. Thank you for keeping Kindred safe.'
                : 'No resolved cases match these filters.'}
            </p>
          }
        >
          <ol className="queue-list">
            {cases.map((c) => (
              <QueueItem key={c.id} c={c} />
            ))}
          </ol>
        </PagedResults>
      </section>
    </>
  );
}

/** One case in the list: what, where, why, how many reported it, and who is handling it. */
function QueueItem({ c }: { c: ModerationCaseSummaryFragment }) {
  const what = REPORT_TARGET_LABELS[c.targetType];
  const title = c.snapshot.title?.trim() || excerpt(c.snapshot.body, 90) || `${what} by ${c.subjectLabel}`;
  return (
    <li className={`queue-item${c.crisis ? ' queue-item--crisis' : ''}`}>
      <h3 className="queue-item__title">
        <Link to={MODERATION_ROUTES.case(c.id)}>
          {c.crisis ? <span className="visually-hidden">Crisis: </span> : null}
          {what}: {title}
        </Link>
      </h3>
      <p className="queue-item__badges">
        {c.crisis ? <CrisisBadge /> : null}
        {c.reasons.map((r) => (
          <Badge key={r.reason} tone={r.reason === 'crisis' ? 'warning' : 'neutral'}>
            {REPORT_REASON_LABELS[r.reason]}
            {r.count > 1 ? ` × ${r.count}` : ''}
          </Badge>
        ))}
        {c.sources
          .filter((s) => s !== 'report')
          .map((s) => (
            <Badge key={s} tone="neutral">
              {CASE_SOURCE_LABELS[s] ?? s}
            </Badge>
          ))}
      </p>
      <p className="queue-item__meta">
        <span>By {c.subjectLabel}</span>
        {c.group ? <span>in {c.group.name}</span> : null}
        <span>{c.reporterCount > 0 ? plural(c.reporterCount, 'reporter') : 'Flagged automatically'}</span>
        <span>
          Opened <time dateTime={c.openedAt}>{formatDateTime(c.openedAt)}</time>
        </span>
        {c.status === 'resolved' && c.resolution ? <span>Outcome: {resolutionLabel(c.resolution)}</span> : null}
        {c.claimedBy && c.status === 'open' ? (
          <span>{c.viewerHasClaim ? 'You are handling it' : `Being handled by ${c.claimedBy.handle}`}</span>
        ) : null}
      </p>
    </li>
  );
}

/** "Crisis" in words and colour: someone may be at risk. */
export function CrisisBadge() {
  return <span className="badge badge--crisis">Crisis</span>;
}
