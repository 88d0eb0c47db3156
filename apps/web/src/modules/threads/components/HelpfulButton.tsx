import { useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useMarkHelpfulMutation, useUnmarkHelpfulMutation } from '../../../generated/graphql';
import type { HelpfulTarget } from '../../../generated/graphql';
import { isErrorCode } from '../../../app/graphql-client';
import { useAnnounce } from '../../../app/ui/Announcer';
import { describeError } from '../../../app/ui/errors';
import { invalidateThread, invalidateThreadLists } from '../hooks/invalidate';
import { formatCount } from '../../../app/ui/format';

export const helpfulText = (count: number) => `${formatCount(count)} found this helpful`;

/**
 * "Helpful" as a toggle button (aria-pressed) with the count beside it. Only for signed-in
 * readers who did not write the post; everyone else sees the count (see HelpfulCount).
 */
export function HelpfulButton({
  target,
  id,
  threadId,
  count,
  marked,
  onChange,
}: {
  target: HelpfulTarget;
  id: string;
  threadId: string;
  count: number;
  marked: boolean;
  onChange: (state: { helpfulCount: number; viewerMarkedHelpful: boolean }) => void;
}) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const mark = useMarkHelpfulMutation();
  const unmark = useUnmarkHelpfulMutation();
  const [error, setError] = useState<string | null>(null);
  const countId = useId();
  const pending = mark.isPending || unmark.isPending;

  const onClick = () => {
    if (pending) return;
    setError(null);
    const options = {
      onSuccess: (state: { helpfulCount: number; viewerMarkedHelpful: boolean }) => {
        onChange(state);
        announce(state.viewerMarkedHelpful ? 'Marked as helpful.' : 'No longer marked as helpful.');
        if (target === 'thread') void invalidateThreadLists(queryClient);
      },
      onError: (e: Error) => {
        // Someone (another tab) already did it: the page was out of date, so bring it up to date.
        if (isErrorCode(e, 'ALREADY_MARKED_HELPFUL', 'NOT_MARKED_HELPFUL')) {
          void invalidateThread(queryClient, threadId);
          return;
        }
        setError(describeError(e));
        announce(describeError(e));
      },
    };
    if (marked) unmark.mutate({ target, id }, { ...options, onSuccess: (d) => options.onSuccess(d.unmarkHelpful) });
    else mark.mutate({ target, id }, { ...options, onSuccess: (d) => options.onSuccess(d.markHelpful) });
  };

  return (
    <span className="helpful">
      <button
        type="button"
        className="chip"
        aria-pressed={marked}
        aria-describedby={count > 0 ? countId : undefined}
        aria-disabled={pending || undefined}
        onClick={onClick}
      >
        <HeartIcon filled={marked} />
        Helpful
      </button>
      {count > 0 ? (
        <span id={countId} className="helpful__count">
          {helpfulText(count)}
        </span>
      ) : null}
      {error ? (
        <span className="inline-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}

/** The count alone, for the post's author and for visitors (nothing while it is 0). */
export function HelpfulCount({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <span className="helpful helpful--static">
      <HeartIcon filled={false} />
      <span className="helpful__count">{helpfulText(count)}</span>
    </span>
  );
}

function HeartIcon({ filled }: { filled: boolean }) {
  return (
    <svg className="chip__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        fill={filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
        d="M8 14s-5.5-3.3-5.5-7.2A3 3 0 0 1 8 4.6a3 3 0 0 1 5.5 2.2C13.5 10.7 8 14 8 14Z"
      />
    </svg>
  );
}
