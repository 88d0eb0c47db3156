import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useFollowThreadMutation, useSavePostMutation } from '../../../generated/graphql';
import type { HelpfulTarget } from '../../../generated/graphql';
import { useAnnounce } from '../../../app/ui/Announcer';
import { describeError } from '../../../app/ui/errors';
import { refreshHome } from '../../home/lists';

/**
 * A read-state toggle button (aria-pressed) with its inline error: `toggle` sends the new state
 * and resolves to the state the server kept, which is announced, handed to `onChange`, and
 * refreshes the member's home lists.
 */
function ReadStateToggle({
  pressed,
  pending,
  text,
  hiddenLabel,
  announced,
  toggle,
  onChange,
}: {
  pressed: boolean;
  pending: boolean;
  /** The button's text when pressed and when not. */
  text: [string, string];
  hiddenLabel: string;
  /** What a screen reader hears after the change, when pressed and when not. */
  announced: [string, string];
  toggle: (next: boolean) => Promise<boolean>;
  onChange: (pressed: boolean) => void;
}) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [error, setError] = useState<string | null>(null);
  const onClick = () => {
    if (pending) return;
    setError(null);
    toggle(!pressed).then(
      (kept) => {
        onChange(kept);
        announce(kept ? announced[0] : announced[1]);
        refreshHome(queryClient);
      },
      (e: unknown) => setError(describeError(e)),
    );
  };
  return (
    <span className="read-state">
      <button type="button" className="chip" aria-pressed={pressed} aria-disabled={pending || undefined} onClick={onClick}>
        {pressed ? text[0] : text[1]}
        <span className="visually-hidden"> {hiddenLabel}</span>
      </button>
      {error ? (
        <span className="inline-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}

/**
 * "Follow" as a toggle button: a member who follows a thread is told of its replies (replying
 * follows it too) and finds it under "Following" on their home page.
 */
export function FollowButton({ threadId, following, onChange }: { threadId: string; following: boolean; onChange: (following: boolean) => void }) {
  const follow = useFollowThreadMutation();
  return (
    <ReadStateToggle
      pressed={following}
      pending={follow.isPending}
      text={['Following', 'Follow']}
      hiddenLabel="this thread"
      announced={['Following: you will be told of new replies.', 'No longer following this thread.']}
      toggle={(next) => follow.mutateAsync({ id: threadId, follow: next }).then((d) => d.followThread)}
      onChange={onChange}
    />
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
  const save = useSavePostMutation();
  return (
    <ReadStateToggle
      pressed={saved}
      pending={save.isPending}
      text={['Saved', 'Save']}
      hiddenLabel={label}
      announced={['Saved: find it on your Saved page.', 'Removed from your saved posts.']}
      toggle={(next) => save.mutateAsync({ target, id, saved: next }).then((d) => d.savePost)}
      onChange={onChange}
    />
  );
}
