import { useState } from 'react';
import type { FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { LIMITS } from '@kindred/contracts';
import { useSetThreadLockedMutation } from '../../../generated/graphql';
import { useAnnounce } from '../../../app/ui/Announcer';
import { formErrorsFrom } from '../../../app/ui/errors';
import { TextField } from '../../../app/ui/Fields';
import { FormActions, FormError } from '../../../app/ui/FormParts';
import { focusWhenReady } from '../hooks/focus';
import { invalidateThreadLists } from '../hooks/invalidate';
import type { useThreadCache } from '../hooks/useThreadCache';

const REASON_ID = 'lock-reason';
const TOGGLE_ID = 'lock-toggle';

/** For the group's moderators: lock the thread (no more replies or edits) or unlock it. */
export function ThreadModeration({
  threadId,
  isLocked,
  cache,
}: {
  threadId: string;
  isLocked: boolean;
  cache: ReturnType<typeof useThreadCache>;
}) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const setLocked = useSetThreadLockedMutation();
  const action = isLocked ? 'unlock' : 'lock';

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (setLocked.isPending) return;
    if (reason.trim().length < 3) {
      setError('Give a reason of at least 3 characters. It is kept in the moderation log.');
      setFormError(null);
      document.getElementById(REASON_ID)?.focus();
      return;
    }
    setError(null);
    setFormError(null);
    setLocked.mutate(
      { id: threadId, locked: !isLocked, input: { reason: reason.trim() } },
      {
        onSuccess: (data) => {
          cache.patchThread({ isLocked: data.setThreadLocked.isLocked });
          setOpen(false);
          setReason('');
          announce(data.setThreadLocked.isLocked ? 'Thread locked. No one can reply to it now.' : 'Thread unlocked.');
          void invalidateThreadLists(queryClient);
          focusWhenReady([TOGGLE_ID]);
        },
        onError: (err) => {
          const { fields, form } = formErrorsFrom(err, ['reason'] as const);
          setError(fields.reason ?? null);
          setFormError(form);
          document.getElementById(REASON_ID)?.focus();
        },
      },
    );
  };

  return (
    <section className="section panel panel--moderator" aria-labelledby="moderation-title">
      <h2 id="moderation-title" className="panel__title">
        Moderation
      </h2>
      <p className="small">Only this group’s moderators can see this.</p>
      <p className="button-row">
        <button
          id={TOGGLE_ID}
          type="button"
          className="button button--secondary"
          aria-expanded={open}
          aria-controls="lock-form"
          onClick={() => setOpen((o) => !o)}
        >
          {isLocked ? 'Unlock this thread' : 'Lock this thread'}
        </button>
      </p>
      <div id="lock-form" hidden={!open}>
        {open ? (
          <form className="form form--compact" onSubmit={onSubmit} noValidate>
            <FormError message={formError} />
            <TextField
              id={REASON_ID}
              name="reason"
              label={`Why ${action} it?`}
              hint="Kept in the moderation log, with your handle."
              error={error}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={LIMITS.auditReasonMax}
              autoFocus
            />
            <FormActions
              pending={setLocked.isPending}
              submitLabel={isLocked ? 'Confirm unlock' : 'Confirm lock'}
              onCancel={() => {
                setOpen(false);
                focusWhenReady([TOGGLE_ID]);
              }}
            />
          </form>
        ) : null}
      </div>
    </section>
  );
}
