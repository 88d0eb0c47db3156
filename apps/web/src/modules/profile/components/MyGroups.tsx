import { Link } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { useInfiniteMyGroupsQuery } from '../../../generated/graphql';
import type { MyGroupsQuery } from '../../../generated/graphql';
import { nextPageParam, PAGE_SIZES } from '../../../app/page-sizes';
import { LoadMore } from '../../../app/ui/LoadMore';
import { EmptyState, ErrorPanel, Loading } from '../../../app/ui/States';
import { GroupCard } from '../../groups/components/GroupCard';

/** The groups the member belongs to (active memberships). */
export function MyGroups() {
  const q = useInfiniteMyGroupsQuery(
    { first: PAGE_SIZES.myGroups },
    { initialPageParam: {}, getNextPageParam: (last: MyGroupsQuery) => nextPageParam(last.myGroups) },
  );
  const pages = q.data?.pages ?? [];
  const groups = pages.flatMap((p) => p.myGroups.nodes);
  const total = pages[0]?.myGroups.totalCount ?? 0;

  return (
    <section className="section" aria-labelledby="my-groups-title">
      <h2 id="my-groups-title">My groups</h2>
      {q.isPending ? (
        <Loading label="Loading your groups…" />
      ) : q.isError && groups.length === 0 ? (
        <ErrorPanel as="h3" title="We couldn’t load your groups" error={q.error} onRetry={() => void q.refetch()} />
      ) : groups.length === 0 ? (
        <EmptyState>
          <p>You haven’t joined any groups yet.</p>
          <p>
            <Link to={WEB_ROUTES.conditions}>Find your condition</Link> to meet people who know what it’s like.
          </p>
        </EmptyState>
      ) : (
        <>
          <ul className="card-list" aria-labelledby="my-groups-title">
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
