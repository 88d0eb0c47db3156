import { useInfiniteConditionGroupsQuery } from '../../../generated/graphql';
import type { ConditionGroupsQuery } from '../../../generated/graphql';
import { nextPageParam, PAGE_SIZES } from '../../../app/page-sizes';
import { LoadMore } from '../../../app/ui/LoadMore';
import { ErrorPanel, EmptyState, Loading } from '../../../app/ui/States';
import { GroupCard } from './GroupCard';

/** The groups for one condition, on the condition page. */
export function ConditionGroups({ conditionSlug, conditionName }: { conditionSlug: string; conditionName: string }) {
  const q = useInfiniteConditionGroupsQuery(
    { conditionSlug, first: PAGE_SIZES.conditionGroups },
    { initialPageParam: {}, getNextPageParam: (last: ConditionGroupsQuery) => nextPageParam(last.groups) },
  );
  const pages = q.data?.pages ?? [];
  const groups = pages.flatMap((p) => p.groups.nodes);
  const total = pages[0]?.groups.totalCount ?? 0;

  return (
    <section className="section" aria-labelledby="condition-groups-title">
      <h2 id="condition-groups-title">Groups for {conditionName}</h2>
      {q.isPending ? (
        <Loading label="Loading groups…" />
      ) : q.isError && groups.length === 0 ? (
        <ErrorPanel as="h3" title="We couldn’t load the groups" error={q.error} onRetry={() => void q.refetch()} />
      ) : groups.length === 0 ? (
        <EmptyState>
          <p>There are no groups for {conditionName} yet. Moderators open new groups as people ask for them.</p>
        </EmptyState>
      ) : (
        <>
          <ul className="card-list" aria-labelledby="condition-groups-title">
            {groups.map((g) => (
              <GroupCard key={g.id} group={g} />
            ))}
          </ul>
          <LoadMore
            shown={groups.length}
            total={total}
            noun="group"
            hasNextPage={q.hasNextPage}
            isFetchingNextPage={q.isFetchingNextPage}
            onLoadMore={() => void q.fetchNextPage()}
          />
        </>
      )}
    </section>
  );
}
