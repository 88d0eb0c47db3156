import { Link } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { useInfiniteMyExperienceReportsQuery } from '../../../generated/graphql';
import type { MyExperienceReportsQuery } from '../../../generated/graphql';
import { nextPageParam, PAGE_SIZES } from '../../../app/page-sizes';
import { formatDate } from '../../../app/ui/format';
import { LoadMore } from '../../../app/ui/LoadMore';
import { EmptyState, ErrorPanel, Loading } from '../../../app/ui/States';
import { EFFECTIVENESS_LABELS } from '../labels';
import { REPORT_ROUTES } from '../routes';

/** "My what-works reports" on the profile page: the member's own reports, latest first. */
export function MyReports() {
  const q = useInfiniteMyExperienceReportsQuery(
    { first: PAGE_SIZES.myReports },
    {
      initialPageParam: {},
      getNextPageParam: (last: MyExperienceReportsQuery) => nextPageParam(last.myExperienceReports),
    },
  );
  const pages = q.data?.pages ?? [];
  const reports = pages.flatMap((p) => p.myExperienceReports.nodes);
  const total = pages[0]?.myExperienceReports.totalCount ?? 0;

  return (
    <section className="section" aria-labelledby="my-reports-title">
      <h2 id="my-reports-title">My what-works reports</h2>
      {q.isPending ? (
        <Loading label="Loading your reports…" />
      ) : q.isError && reports.length === 0 ? (
        <ErrorPanel as="h3" title="We couldn’t load your reports" error={q.error} onRetry={() => void q.refetch()} />
      ) : reports.length === 0 ? (
        <EmptyState>
          <p>You haven’t shared what works for you yet.</p>
          <p>
            <Link to={WEB_ROUTES.conditions}>Find your condition</Link>, then choose “See what works” to read other
            members’ reports and add your own.
          </p>
        </EmptyState>
      ) : (
        <>
          <ul className="my-reports" aria-labelledby="my-reports-title">
            {reports.map((r) => (
              <li key={r.id} className="my-reports__item">
                <Link to={REPORT_ROUTES.report(r.id)} className="my-reports__link">
                  {r.intervention.name} for {r.condition.name}
                </Link>
                <span className="muted small">
                  How much it helped: {EFFECTIVENESS_LABELS[r.effectiveness].label} · updated{' '}
                  <time dateTime={r.updatedAt}>{formatDate(r.updatedAt)}</time>
                </span>
              </li>
            ))}
          </ul>
          <LoadMore
            shown={reports.length}
            total={total}
            noun="report"
            hasNextPage={q.hasNextPage}
            isFetchingNextPage={q.isFetchingNextPage}
            onLoadMore={() => void q.fetchNextPage()}
          />
        </>
      )}
    </section>
  );
}
