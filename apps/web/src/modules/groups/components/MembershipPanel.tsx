import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { GroupQuery, ViewerFragment } from '../../../generated/graphql';
import { describeError } from '../../../app/ui/errors';
import { formatDate } from '../../../app/ui/format';
import { signInPath, signUpPath } from '../../../app/ui/navigation';
import { Loading } from '../../../app/ui/States';
import { useMembership } from '../hooks/useMembership';

type Group = GroupQuery['group'];

/**
 * What the viewer can do about this group, depending on who they are:
 * visitor → "Sign in to join"; not a member → "Join group" (public) or "Request to join"
 * (private, or after a moderator removed them); pending → "Withdraw request"; member → "Leave group".
 */
export function MembershipPanel({
  group,
  viewer,
  viewerLoading,
}: {
  group: Group;
  viewer: ViewerFragment | null;
  viewerLoading: boolean;
}) {
  const location = useLocation();
  const membership = useMembership(group);
  const [message, setMessage] = useState<string | null>(null);
  const [confirmingLeave, setConfirmingLeave] = useState(false);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const here = `${location.pathname}${location.search}`;
  const m = group.viewerMembership;
  const removed = m?.status === 'removed';
  // A member a moderator removed asks to come back, even to a public group.
  const isPrivate = group.visibility === 'private' || removed;

  // The button someone pressed is replaced by another; move focus to the outcome instead.
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  const start = () => {
    setMessage(null);
    membership.reset();
  };

  const onJoin = () => {
    if (membership.isPending) return;
    start();
    membership.join((status) =>
      setMessage(
        status === 'active'
          ? `Welcome! You have joined ${group.name}.`
          : 'Your request has been sent. A moderator will look at it soon.',
      ),
    );
  };

  const onLeave = () => {
    if (membership.isPending) return;
    start();
    setConfirmingLeave(false);
    membership.leave((wasMember) =>
      setMessage(wasMember ? `You have left ${group.name}.` : 'You have withdrawn your request to join.'),
    );
  };

  let body;
  if (viewerLoading) {
    body = <Loading label="Checking your membership…" />;
  } else if (!viewer) {
    body = (
      <>
        <p>
          {isPrivate
            ? 'This is a private group: a moderator approves each request to join.'
            : 'Anyone with a Kindred account can join this group.'}
        </p>
        <p className="button-row">
          <Link to={signInPath(here)} className="button">
            Sign in to join
          </Link>
        </p>
        <p className="small">
          New to Kindred? <Link to={signUpPath(here)}>Create an account</Link>
        </p>
      </>
    );
  } else if (m?.status === 'active') {
    body = (
      <>
        <p className="membership-state">
          <strong>You’re a member</strong>
          {m.joinedAt ? ` since ${formatDate(m.joinedAt)}` : ''}.
          {m.role === 'moderator' ? ' You are one of this group’s moderators.' : ''}
        </p>
        {confirmingLeave ? (
          <div className="confirm" role="group" aria-labelledby="leave-confirm-text">
            <p id="leave-confirm-text">
              Leave {group.name}? It’s a private group, so you would need a moderator’s approval to join again.
            </p>
            <p className="button-row">
              <button type="button" className="button button--danger" onClick={onLeave}>
                Yes, leave group
              </button>
              <button type="button" className="button button--secondary" onClick={() => setConfirmingLeave(false)}>
                Stay in group
              </button>
            </p>
          </div>
        ) : (
          <p className="button-row">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => (isPrivate ? setConfirmingLeave(true) : onLeave())}
              aria-disabled={membership.isPending || undefined}
            >
              {membership.isPending ? 'Leaving…' : 'Leave group'}
            </button>
          </p>
        )}
      </>
    );
  } else if (m?.status === 'pending') {
    body = (
      <>
        <p className="membership-state">
          <strong>Request sent</strong> on {formatDate(m.requestedAt)}. A moderator will approve or decline it.
        </p>
        <p className="button-row">
          <button
            type="button"
            className="button button--secondary"
            onClick={onLeave}
            aria-disabled={membership.isPending || undefined}
          >
            {membership.isPending ? 'Withdrawing…' : 'Withdraw request'}
          </button>
        </p>
      </>
    );
  } else {
    const declined = m?.status === 'declined';
    body = (
      <>
        <p>
          {removed
            ? 'A moderator removed you from this group. You can ask to come back; a moderator decides.'
            : declined
            ? 'A moderator declined your last request to join. You can ask again.'
            : isPrivate
              ? 'This is a private group: a moderator approves each request to join.'
              : 'Anyone with a Kindred account can join this group.'}
        </p>
        <p className="button-row">
          <button type="button" className="button" onClick={onJoin} aria-disabled={membership.isPending || undefined}>
            {membership.isPending
              ? isPrivate
                ? 'Sending request…'
                : 'Joining…'
              : isPrivate
                ? declined || removed
                  ? 'Request to join again'
                  : 'Request to join'
                : 'Join group'}
          </button>
        </p>
      </>
    );
  }

  return (
    <section className="panel membership" aria-labelledby="membership-title">
      <h2 id="membership-title" className="panel__title">
        {viewer ? 'Your membership' : 'Join this group'}
      </h2>
      {message ? (
        <p ref={messageRef} className="notice notice--success" tabIndex={-1}>
          {message}
        </p>
      ) : null}
      {membership.error ? (
        <p className="notice notice--error" role="alert">
          {describeError(membership.error)}
        </p>
      ) : null}
      {body}
    </section>
  );
}
