import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useEndSessionMutation, useMySessionsQuery } from '../../../generated/graphql';
import type { MySessionsQuery } from '../../../generated/graphql';
import { useAnnounce } from '../../../app/ui/Announcer';
import { Badge } from '../../../app/ui/Badge';
import { describeError } from '../../../app/ui/errors';
import { formatDateTime } from '../../../app/ui/format';
import { ErrorPanel, Loading } from '../../../app/ui/States';
import { SessionControls } from '../../profile/components/SessionControls';

type Session = MySessionsQuery['mySessions'][number];

const LIST_TITLE_ID = 'session-list-title';

/**
 * Every browser the account is signed in on: roughly which device, when it was last used, and
 * "This device" for the one in use. Any other can be signed out from here.
 */
export function SessionList() {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const q = useMySessionsQuery();
  const end = useEndSessionMutation();
  const [pendingId, setPendingId] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const key = useMySessionsQuery.getKey();

  const onEnd = (s: Session) => {
    if (end.isPending) return;
    setPendingId(s.id);
    end.mutate(
      { id: s.id },
      {
        onSuccess: () => {
          queryClient.setQueryData<MySessionsQuery>(key, (old) =>
            old ? { mySessions: old.mySessions.filter((x) => x.id !== s.id) } : old,
          );
          announce(`Signed out of ${s.device}.`);
          // The button pressed is gone: keep keyboard users in this list.
          headingRef.current?.focus();
          void queryClient.invalidateQueries({ queryKey: key });
        },
        onSettled: () => setPendingId(null),
      },
    );
  };

  const sessions = q.data?.mySessions ?? [];
  // This device first, then the most recently used.
  const ordered = [...sessions.filter((s) => s.current), ...sessions.filter((s) => !s.current)];

  return (
    <>
      <section className="section" aria-labelledby={LIST_TITLE_ID}>
        <h2 id={LIST_TITLE_ID} ref={headingRef} tabIndex={-1}>
          Signed-in devices
        </h2>
        {end.error ? (
          <p className="notice notice--error" role="alert">
            {describeError(end.error)}
          </p>
        ) : null}
        {q.isPending ? (
          <Loading label="Loading where you are signed in…" />
        ) : q.isError ? (
          <ErrorPanel as="h3" title="We couldn’t load your sessions" error={q.error} onRetry={() => void q.refetch()} />
        ) : (
          <ul className="session-list" aria-labelledby={LIST_TITLE_ID}>
            {ordered.map((s) => (
              <li key={s.id} className="session">
                <div className="session__what">
                  <p className="session__device">
                    {s.device} {s.current ? <Badge tone="success">This device</Badge> : null}
                  </p>
                  <p className="session__when small">
                    Last used {formatDateTime(s.lastSeenAt)} · signed in {formatDateTime(s.createdAt)}
                  </p>
                </div>
                {s.current ? null : (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => onEnd(s)}
                    aria-disabled={pendingId === s.id || undefined}
                  >
                    {pendingId === s.id ? 'Signing out…' : 'Sign out'}
                    <span className="visually-hidden">
                      {' '}
                      {s.device}, last used {formatDateTime(s.lastSeenAt)}
                    </span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {!q.isPending && !q.isError && ordered.length === 1 ? (
          <p className="muted">You are not signed in anywhere else.</p>
        ) : null}
      </section>
      <SessionControls />
    </>
  );
}
