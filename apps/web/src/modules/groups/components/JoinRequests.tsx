import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useDecideJoinRequestMutation, useInfiniteGroupJoinRequestsQuery } from '../../../generated/graphql';
import type { GroupJoinRequestsQuery } from '../../../generated/graphql';
import { nextPageParam, PAGE_SIZES } from '../../../app/page-sizes';
import { LoadMore } from '../../../app/ui/LoadMore';
import { describeError } from '../../../app/ui/errors';
import { formatDate } from '../../../app/ui/format';
import { ErrorPanel, Loading } from '../../../app/ui/States';
import { invalidateGroupData } from '../hooks/invalidate';

/** Pending requests to join, for the group's moderators: Approve or Decline each. */
export function JoinRequests({ slug, isPrivate }: { slug: string; isPrivate: boolean }) {
  const queryClient = useQueryClient();
  const q = useInfiniteGroupJoinRequestsQuery(
    { slug, first: PAGE_SIZES.joinRequests },
    {
      initialPageParam: {},
      getNextPageParam: (last: GroupJoinRequestsQuery) => nextPageParam(last.group.joinRequests),
    },
  );
  const decide = useDecideJoinRequestMutation();
  const [deciding, setDeciding] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  const pages = q.data?.pages ?? [];
  const requests = pages.flatMap((p) => p.group.joinRequests.nodes);
  const total = pages[0]?.group.joinRequests.totalCount ?? 0;
  // Public groups never have requests waiting; say nothing unless there is something to do.
  if (!isPrivate && q.isSuccess && total === 0 && !message) return null;

  const onDecide = (requestId: string, handle: string, approve: boolean) => {
    if (deciding) return;
    setDeciding(requestId);
    setMessage(null);
    decide.reset();
    decide.mutate(
      { requestId, approve },
      {
        onSuccess: () => {
          setMessage(approve ? `You approved ${handle}. They are now a member.` : `You declined ${handle}’s request.`);
          void invalidateGroupData(queryClient);
        },
        onSettled: () => setDeciding(null),
      },
    );
  };

  return (
    <section className="section panel panel--moderator" aria-labelledby="requests-title">
      <h2 id="requests-title" className="panel__title">
        Requests to join{q.isSuccess ? <span className="count"> ({total})</span> : null}
      </h2>
      <p className="small">Only this group’s moderators can see this.</p>
      {message ? (
        <p ref={messageRef} className="notice notice--success" tabIndex={-1}>
          {message}
        </p>
      ) : null}
      {decide.error ? (
        <p className="notice notice--error" role="alert">
          {describeError(decide.error)}
        </p>
      ) : null}
      {q.isPending ? (
        <Loading label="Loading requests…" />
      ) : q.isError && requests.length === 0 ? (
        <ErrorPanel as="h3" title="We couldn’t load the requests" error={q.error} onRetry={() => void q.refetch()} />
      ) : requests.length === 0 ? (
        <p>No one is waiting to join.</p>
      ) : (
        <>
        <ul className="request-list">
          {requests.map((r) => (
            <li key={r.id} className="request">
              <div className="request__who">
                <span className="member__handle">{r.member.handle}</span>
                <span className="muted"> asked on {formatDate(r.requestedAt)}</span>
                {r.member.bio ? <p className="request__bio">“{r.member.bio}”</p> : null}
              </div>
              <div className="button-row">
                <button
                  type="button"
                  className="button"
                  onClick={() => onDecide(r.id, r.member.handle, true)}
                  aria-disabled={deciding !== null || undefined}
                >
                  Approve<span className="visually-hidden"> {r.member.handle}</span>
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => onDecide(r.id, r.member.handle, false)}
                  aria-disabled={deciding !== null || undefined}
                >
                  Decline<span className="visually-hidden"> {r.member.handle}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
          <LoadMore
            shown={requests.length}
            total={total}
            noun="request"
            hasNextPage={q.hasNextPage}
            isFetchingNextPage={q.isFetchingNextPage}
            onLoadMore={() => void q.fetchNextPage()}
          />
        </>
      )}
    </section>
  );
}
