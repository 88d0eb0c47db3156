import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useBlockedMembersQuery, useBlockMemberMutation, useUnblockMemberMutation } from '../../../generated/graphql';
import type { BlockedMembersQuery, MemberQuery } from '../../../generated/graphql';
import { describeError } from '../../../app/ui/errors';
import { Loading } from '../../../app/ui/States';

type Member = MemberQuery['member'];

/**
 * Block or unblock this member (signed-in members, not on their own profile). Blocking asks
 * once more before it happens; either outcome is shown in a status message (read out).
 */
export function BlockMemberControls({ member }: { member: Member }) {
  const queryClient = useQueryClient();
  const key = useBlockedMembersQuery.getKey();
  const blocked = useBlockedMembersQuery();
  const block = useBlockMemberMutation();
  const unblock = useUnblockMemberMutation();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const isBlocked = !!blocked.data?.blockedMembers.some((m) => m.id === member.id);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const onBlock = () => {
    if (block.isPending) return;
    block.mutate(
      { userId: member.id },
      {
        onSuccess: (data) => {
          queryClient.setQueryData<BlockedMembersQuery>(key, (old) => ({
            blockedMembers: [...(old?.blockedMembers ?? []).filter((m) => m.id !== member.id), data.blockMember],
          }));
          setConfirming(false);
          setStatus(`You have blocked ${member.handle}.`);
          window.requestAnimationFrame(() => buttonRef.current?.focus());
          void queryClient.invalidateQueries({ queryKey: key });
        },
      },
    );
  };

  const onUnblock = () => {
    if (unblock.isPending) return;
    unblock.mutate(
      { userId: member.id },
      {
        onSuccess: () => {
          queryClient.setQueryData<BlockedMembersQuery>(key, (old) =>
            old ? { blockedMembers: old.blockedMembers.filter((m) => m.id !== member.id) } : old,
          );
          setStatus(`You have unblocked ${member.handle}.`);
          window.requestAnimationFrame(() => buttonRef.current?.focus());
          void queryClient.invalidateQueries({ queryKey: key });
        },
      },
    );
  };

  const error = block.error ?? unblock.error;

  return (
    <section className="section panel" aria-labelledby="block-title">
      <h2 id="block-title" className="panel__title">
        Blocking
      </h2>
      <p className="small">
        When you block someone, neither of you sees the other’s chat messages and you get no notifications about each
        other. They are not told.
      </p>
      {error ? (
        <p className="notice notice--error" role="alert">
          {describeError(error)}
        </p>
      ) : null}
      {blocked.isPending ? (
        <Loading label="Checking whether you have blocked them…" />
      ) : isBlocked ? (
        <>
          <p>You have blocked {member.handle}.</p>
          <button
            ref={buttonRef}
            type="button"
            className="button button--secondary"
            onClick={onUnblock}
            aria-disabled={unblock.isPending || undefined}
          >
            {unblock.isPending ? 'Unblocking…' : `Unblock ${member.handle}`}
          </button>
        </>
      ) : confirming ? (
        <div className="confirm">
          <p>Block {member.handle}?</p>
          <p className="button-row">
            <button
              ref={confirmRef}
              type="button"
              className="button button--danger"
              onClick={onBlock}
              aria-disabled={block.isPending || undefined}
            >
              {block.isPending ? 'Blocking…' : `Yes, block ${member.handle}`}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setConfirming(false);
                window.requestAnimationFrame(() => buttonRef.current?.focus());
              }}
            >
              Cancel
            </button>
          </p>
        </div>
      ) : (
        <button
          ref={buttonRef}
          type="button"
          className="button button--secondary"
          onClick={() => {
            setStatus('');
            setConfirming(true);
          }}
        >
          Block {member.handle}
        </button>
      )}
      <p className="form-status" role="status">
        {status}
      </p>
    </section>
  );
}
