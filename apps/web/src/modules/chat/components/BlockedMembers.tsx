import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useBlockedMembersQuery, useUnblockMemberMutation } from '../../../generated/graphql';
import type { BlockedMembersQuery } from '../../../generated/graphql';
import { useAnnounce } from '../../../app/ui/Announcer';
import { describeError } from '../../../app/ui/errors';
import { EmptyState, ErrorPanel, Loading } from '../../../app/ui/States';

/** Members the viewer has blocked, each with an Unblock button. */
export function BlockedMembers() {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const q = useBlockedMembersQuery();
  const unblock = useUnblockMemberMutation();
  const [pendingId, setPendingId] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const key = useBlockedMembersQuery.getKey();

  const onUnblock = (id: string, handle: string) => {
    if (unblock.isPending) return;
    setPendingId(id);
    unblock.mutate(
      { userId: id },
      {
        onSuccess: () => {
          queryClient.setQueryData<BlockedMembersQuery>(key, (old) =>
            old ? { blockedMembers: old.blockedMembers.filter((m) => m.id !== id) } : old,
          );
          announce(`You have unblocked ${handle}.`);
          // The button pressed is gone: keep keyboard users in this section.
          headingRef.current?.focus();
          void queryClient.invalidateQueries({ queryKey: key });
        },
        onSettled: () => setPendingId(null),
      },
    );
  };

  const members = q.data?.blockedMembers ?? [];

  return (
    <section className="section" aria-labelledby="blocked-title">
      <h2 id="blocked-title" ref={headingRef} tabIndex={-1}>
        Blocked members
      </h2>
      <p className="small">You and the people you block no longer see each other’s chat messages.</p>
      {unblock.error ? (
        <p className="notice notice--error" role="alert">
          {describeError(unblock.error)}
        </p>
      ) : null}
      {q.isPending ? (
        <Loading label="Loading blocked members…" />
      ) : q.isError ? (
        <ErrorPanel as="h3" title="We couldn’t load your blocked members" error={q.error} onRetry={() => void q.refetch()} />
      ) : members.length === 0 ? (
        <EmptyState>
          <p>You haven’t blocked anyone.</p>
        </EmptyState>
      ) : (
        <ul className="member-list" aria-labelledby="blocked-title">
          {members.map((m) => (
            <li key={m.id} className="member">
              <span className="avatar" aria-hidden="true">
                {m.handle.slice(0, 1).toUpperCase()}
              </span>
              <span className="member__handle">{m.handle}</span>
              <button
                type="button"
                className="button button--secondary button--small member__action"
                onClick={() => onUnblock(m.id, m.handle)}
                aria-disabled={pendingId === m.id || undefined}
              >
                {pendingId === m.id ? 'Unblocking…' : 'Unblock'}
                <span className="visually-hidden"> {m.handle}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
