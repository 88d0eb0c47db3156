import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { LIMITS } from '@kindred/contracts';
import { usePostReplyMutation } from '../../../generated/graphql';
import type { ReplyFieldsFragment } from '../../../generated/graphql';
import { isErrorCode } from '../../../app/graphql-client';
import { formErrorsFrom } from '../../../app/ui/errors';
import { CheckboxField } from '../../../app/ui/Fields';
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
    if (post.isPending) return;
    const local = validateReplyBody(body);
    if (local) return fail(local, null);
    setFieldError(null);
    setFormError(null);
    post.mutate(
      { input: { threadId, body, anonymous, ...(parent ? { parentId: parent.id } : {}) } },
      {
        onSuccess: (data) => {
          setBody('');
          setAnonymous(false);
          onPosted(data.reply);
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
      {formError ? (
        <p className="notice notice--error" role="alert">
          {formError}
        </p>
      ) : null}
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
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={post.isPending || undefined}>
          {post.isPending ? 'Posting…' : 'Post reply'}
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
