import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useFollowThreadMutation, useSavePostMutation } from '../../../generated/graphql';
import type { HelpfulTarget } from '../../../generated/graphql';
import { useAnnounce } from '../../../app/ui/Announcer';
import { describeError } from '../../../app/ui/errors';
import { refreshHome } from '../../home/lists';

/**
 * "Follow" as a toggle button (aria-pressed): a member who follows a thread is told of its
 * replies (replying follows it too) and finds it under "Following" on their home page.
 */
export function FollowButton({ threadId, following, onChange }: { threadId: string; following: boolean; onChange: (following: boolean) => void }) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const follow = useFollowThreadMutation();
  const [error, setError] = useState<string | null>(null);
  const onClick = () => {
    if (follow.isPending) return;
    setError(null);
    follow.mutate(
      { id: threadId, follow: !following },
      {
        onSuccess: (d) => {
          onChange(d.followThread);
          announce(d.followThread ? 'Following: you will be told of new replies.' : 'No longer following this thread.');
          refreshHome(queryClient);
        },
        onError: (e) => setError(describeError(e)),
      },
    );
  };
  return (
    <span className="read-state">
      <button type="button" className="chip" aria-pressed={following} aria-disabled={follow.isPending || undefined} onClick={onClick}>
        {following ? 'Following' : 'Follow'}
        <span className="visually-hidden"> this thread</span>
      </button>
      {error ? (
        <span className="inline-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}

/** "Save" as a toggle button: the post goes on (or leaves) the member's Saved page. */
export function SaveButton({
  target,
  id,
  saved,
  label,
  onChange,
}: {
  target: HelpfulTarget;
  id: string;
  saved: boolean;
  /** What is saved, for screen readers: "this thread", "reply by sam". */
  label: string;
  onChange: (saved: boolean) => void;
}) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const save = useSavePostMutation();
  const [error, setError] = useState<string | null>(null);
  const onClick = () => {
    if (save.isPending) return;
    setError(null);
    save.mutate(
      { target, id, saved: !saved },
      {
        onSuccess: (d) => {
          onChange(d.savePost);
          announce(d.savePost ? 'Saved: find it on your Saved page.' : 'Removed from your saved posts.');
          refreshHome(queryClient);
        },
        onError: (e) => setError(describeError(e)),
      },
    );
  };
  return (
    <span className="read-state">
      <button type="button" className="chip" aria-pressed={saved} aria-disabled={save.isPending || undefined} onClick={onClick}>
        {saved ? 'Saved' : 'Save'}
        <span className="visually-hidden"> {label}</span>
      </button>
      {error ? (
        <span className="inline-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
