import { useState } from 'react';
import { useFollowGroupMutation } from '../../../generated/graphql';
import { describeError } from '../../../app/ui/errors';

/** "Follow this group": a notification for each new thread in it (a toggle button). */
export function FollowGroupToggle({ groupId, groupName, following: initial }: { groupId: string; groupName: string; following: boolean }) {
  const [following, setFollowing] = useState(initial);
  const [status, setStatus] = useState('');
  const follow = useFollowGroupMutation();

  const onToggle = () => {
    if (follow.isPending) return;
    const next = !following;
    setStatus('');
    follow.mutate(
      { groupId, follow: next },
      {
        onSuccess: (data) => {
          setFollowing(data.followGroup);
          setStatus(
            data.followGroup
              ? `You are following ${groupName}. We will tell you about each new thread.`
              : `You no longer follow ${groupName}.`,
          );
        },
      },
    );
  };

  return (
    <div className="panel follow-group">
      <button
        type="button"
        className="button button--secondary button--small"
        aria-pressed={following}
        onClick={onToggle}
        aria-disabled={follow.isPending || undefined}
      >
        Follow this group
      </button>
      <p className="small muted follow-group__hint">Get a notification when someone starts a new thread here.</p>
      {follow.error ? (
        <p className="notice notice--error" role="alert">
          {describeError(follow.error)}
        </p>
      ) : null}
      <p className="form-status" role="status">
        {status}
      </p>
    </div>
  );
}
