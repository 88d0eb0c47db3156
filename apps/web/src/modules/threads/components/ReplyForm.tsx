import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { LIMITS } from '@kindred/contracts';
import { usePostReplyMutation } from '../../../generated/graphql';
import { useSubmissionKey } from '../../../app/submission-key';
import type { ReplyFieldsFragment } from '../../../generated/graphql';
import { isErrorCode } from '../../../app/graphql-client';
import { useAnnounce } from '../../../app/ui/Announcer';
import { formErrorsFrom } from '../../../app/ui/errors';
import { CheckboxField } from '../../../app/ui/Fields';
import { FormError } from '../../../app/ui/FormParts';
import { useSafetyCheck } from '../../moderation/hooks/useSafetyCheck';
import { showSupport } from '../../moderation/support-store';
import type { SupportMessage } from '../../moderation/support-store';
import { invalidateThread, invalidateThreadLists } from '../hooks/invalidate';
import { MarkdownField } from './MarkdownField';

export function validateReplyBody(body: string): string | null {
  if (!body.trim()) return 'Write your reply before posting it.';
  if (body.length > LIMITS.replyBodyMax)
    return `Your reply can have at most ${LIMITS.replyBodyMax.toLocaleString('en-GB')} characters.`;
  return null;
}

/**
 * A reply to the thread (at the bottom of the page) or to one reply (inline, under it).
 * Errors show on the field and, for the form as a whole, in an alert; focus goes back to the
 * text so it can be fixed at once.
 */
export function ReplyForm({
  threadId,
  parent,
  allowAnonymous,
  onPosted,
  onCancel,
}: {
  threadId: string;
  /** The reply being answered; none for a reply to the thread. */
  parent?: { id: string; authorLabel: string };
  allowAnonymous: boolean;
  onPosted: (reply: ReplyFieldsFragment) => void;
  onCancel?: () => void;
}) {
  const queryClient = useQueryClient();
  const key = parent ? parent.id : 'thread';
  const bodyId = `reply-body-${key}`;
  const [body, setBody] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const post = usePostReplyMutation();
  const submission = useSubmissionKey();
  const safety = useSafetyCheck({ postAnywayLabel: 'Post reply anyway' });
  const announce = useAnnounce();
  const busy = post.isPending || safety.checking;

  // An inline form opens with the cursor in it.
  const inline = !!parent;
  useEffect(() => {
    if (inline) document.getElementById(bodyId)?.focus();
  }, [inline, bodyId]);

  const fail = (field: string | null, form: string | null) => {
    setFieldError(field);
    setFormError(form);
    document.getElementById(bodyId)?.focus();
  };

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const local = validateReplyBody(body);
    if (local) {
      safety.reset();
      return fail(local, null);
    }
    setFieldError(null);
    setFormError(null);
    // Personal information is pointed out first (edit, or post anyway); then it is sent.
    safety.guard([{ id: bodyId, value: body }], (support) => send(support));
  };

  const send = (support: SupportMessage | null) => {
    post.mutate(
      { input: { threadId, body, anonymous, idempotencyKey: submission.key(), ...(parent ? { parentId: parent.id } : {}) } },
      {
        onSuccess: (data) => {
          submission.done();
          setBody('');
          setAnonymous(false);
          onPosted(data.reply);
          if (data.reply.moderationState === 'pending') {
            announce('Reply posted. It is waiting for a moderator’s approval before others can see it.');
          }
          showSupport(support);
          void invalidateThreadLists(queryClient);
        },
        onError: (error) => {
          const { fields, form } = formErrorsFrom(error, ['body'] as const);
          fail(fields.body ?? null, form);
          // The thread changed under us (locked, deleted, the reply removed): show how it is now.
          if (isErrorCode(error, 'THREAD_LOCKED', 'THREAD_DELETED', 'REPLY_DELETED', 'NOT_A_MEMBER')) {
            void invalidateThread(queryClient, threadId);
          }
        },
      },
    );
  };

  return (
    <form className={`form reply-form${parent ? ' reply-form--inline' : ''}`} onSubmit={onSubmit} noValidate>
      <FormError message={formError} />
      <MarkdownField
        id={bodyId}
        name="body"
        label={parent ? `Your reply to ${parent.authorLabel}` : 'Your reply'}
        error={fieldError}
        value={body}
        onChange={setBody}
        max={LIMITS.replyBodyMax}
        rows={parent ? 4 : 6}
      />
      {allowAnonymous ? (
        <CheckboxField
          id={`reply-anonymous-${key}`}
          name="anonymous"
          label="Post anonymously"
          hint="Others see “anonymous member” instead of your handle. Moderators can still find out who wrote it to keep people safe."
          checked={anonymous}
          onChange={(e) => setAnonymous(e.target.checked)}
        />
      ) : null}
      {safety.warning}
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {post.isPending ? 'Posting…' : safety.checking ? 'Checking…' : 'Post reply'}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
