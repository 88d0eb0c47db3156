import { useInfiniteGroupMembersQuery } from '../../../generated/graphql';
import type { GroupMembersQuery } from '../../../generated/graphql';
import { Badge } from '../../../app/ui/Badge';
import { LoadMore } from '../../../app/ui/LoadMore';
import { ErrorPanel, Loading } from '../../../app/ui/States';
import { nextPageParam, PAGE_SIZES } from '../../../app/page-sizes';
import { formatCount } from '../../../app/ui/format';


/** The member list; only rendered when canSeeMembers() says the API will answer. */
export function MemberList({ slug, viewerHandle }: { slug: string; viewerHandle: string | null }) {
  const q = useInfiniteGroupMembersQuery(
    { slug, first: PAGE_SIZES.members },
    {
      initialPageParam: {},
      getNextPageParam: (last: GroupMembersQuery) => nextPageParam(last.group.members),
    },
  );
  const pages = q.data?.pages ?? [];
  const members = pages.flatMap((p) => p.group.members.nodes);
  const total = pages[0]?.group.members.totalCount ?? 0;

  return (
    <section className="section" aria-labelledby="members-title">
      <h2 id="members-title">
        Members{q.isSuccess ? <span className="count"> ({formatCount(total)})</span> : null}
      </h2>
      {q.isPending ? (
        <Loading label="Loading members…" />
      ) : q.isError && members.length === 0 ? (
        <ErrorPanel as="h3" title="We couldn’t load the members" error={q.error} onRetry={() => void q.refetch()} />
      ) : members.length === 0 ? (
        <p>No one has joined yet. You could be the first.</p>
      ) : (
        <>
          <ul className="member-list" aria-labelledby="members-title">
            {members.map((m) => (
              <li key={m.member.id} className="member">
                <span className="avatar" aria-hidden="true">
                  {m.member.handle.slice(0, 1).toUpperCase()}
                </span>
                <span className="member__handle">
                  {m.member.handle}
                  {viewerHandle && m.member.handle === viewerHandle ? <span className="muted"> (you)</span> : null}
                </span>
                <span className="member__badges">
                  {m.role === 'moderator' ? <Badge tone="public">Group moderator</Badge> : null}
                  {m.member.isVerifiedClinician ? <Badge>Verified clinician</Badge> : null}
                </span>
              </li>
            ))}
          </ul>
          <LoadMore
            shown={members.length}
            total={total}
            noun="member"
            hasNextPage={q.hasNextPage}
            isFetchingNextPage={q.isFetchingNextPage}
            onLoadMore={() => void q.fetchNextPage()}
          />
        </>
      )}
    </section>
  );
}
