import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useMarkGroupReadMutation } from '../../../generated/graphql';
import { describeError } from '../../../app/ui/errors';
import { refreshHome } from '../lists';

/** "Mark all read" for one group: nothing in it is new to the member any more, on any device. */
export function MarkGroupReadButton({ groupId, groupName }: { groupId: string; groupName: string }) {
  const queryClient = useQueryClient();
  const markRead = useMarkGroupReadMutation();
  const [status, setStatus] = useState('');
  const onClick = () => {
    if (markRead.isPending) return;
    setStatus('');
    markRead.mutate(
      { groupId },
      {
        onSuccess: () => {
          setStatus(`Everything in ${groupName} is marked read.`);
          refreshHome(queryClient);
          // Thread pages already loaded would still show their "New" badges.
          void queryClient.invalidateQueries({ queryKey: ['Thread.infinite'] });
        },
      },
    );
  };
  return (
    <div className="panel mark-group-read">
      <button type="button" className="button button--secondary button--small" onClick={onClick} aria-disabled={markRead.isPending || undefined}>
        Mark all read<span className="visually-hidden"> in {groupName}</span>
      </button>
      <p className="small muted">Nothing here will show as new until someone posts again.</p>
      {markRead.error ? (
        <p className="notice notice--error" role="alert">
          {describeError(markRead.error)}
        </p>
      ) : null}
      <p className="form-status" role="status">
        {status}
      </p>
    </div>
  );
}
