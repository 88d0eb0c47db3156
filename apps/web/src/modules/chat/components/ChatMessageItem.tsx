import { useState } from 'react';
import type { FormEvent } from 'react';
import { LIMITS } from '@kindred/contracts';
import type { ChatAuthor, ChatMessage } from '@kindred/contracts';
import { useBlockMemberMutation } from '../../../generated/graphql';
import { describeError } from '../../../app/ui/errors';
import { TextField } from '../../../app/ui/Fields';
import { formatMessageTime } from '../../../app/ui/format';
import { focusWhenReady } from '../../threads/hooks/focus';
import type { ActionError, ChatRoom, ConnectionStatus, PendingMessage } from '../hooks/chat-room';
import { COMPOSER_ID, enterSends } from './ChatComposer';
import { ReportButton } from '../../moderation/components/ReportButton';

type Mode = 'idle' | 'editing' | 'deleting' | 'moderating' | 'blocking';

export const messageDomId = (id: string) => `chat-message-${id}`;

/**
 * One stored message in the log: author, time, text (plain text, never HTML), and what the
 * viewer may do with it: edit or delete their own, block its author, or (group moderators)
 * delete it with a reason (shown as "Removed by a moderator").
 */
export function ChatMessageItem({
  message: m,
  viewerId,
  canModerate,
  room,
  onBlocked,
}: {
  message: ChatMessage;
  viewerId: string;
  canModerate: boolean;
  room: ChatRoom;
  onBlocked: (author: ChatAuthor) => void;
}) {
  const [mode, setMode] = useState<Mode>('idle');
  const [draft, setDraft] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const block = useBlockMemberMutation();
  const own = !!m.author && m.author.id === viewerId;
  const author = m.author;
  const domId = messageDomId(m.id);
  const toggleId = (name: string) => `${domId}-${name}`;

  const close = (focusId: string) => {
    setMode('idle');
    setError(null);
    focusWhenReady([focusId, domId]);
  };

  const finish = (outcome: ActionError | null, focusId: string) => {
    setBusy(false);
    if (outcome) setError(outcome.message);
    else close(focusId);
  };

  const saveEdit = () => {
    if (busy) return;
    const text = draft.trim();
    if (!text) return setError('Write something, or delete the message instead.');
    if (text.length > LIMITS.chatMessageMax) return setError(`A message can have at most ${LIMITS.chatMessageMax} characters.`);
    setBusy(true);
    setError(null);
    void room.edit(m.id, text).then((outcome) => finish(outcome, toggleId('edit')));
  };

  const confirmDelete = () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    void room.remove(m.id).then((outcome) => finish(outcome, domId));
  };

  const confirmModerate = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    if (reason.trim().length < 3) {
      setError('Give a reason of at least 3 characters. It is kept in the moderation log.');
      document.getElementById(`${domId}-reason`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    void room.remove(m.id, reason.trim()).then((outcome) => {
      if (!outcome) setReason('');
      finish(outcome, domId);
    });
  };

  const confirmBlock = () => {
    if (!author || block.isPending) return;
    setError(null);
    block.mutate(
      { userId: author.id },
      {
        onSuccess: () => onBlocked(author),
        onError: (err) => setError(describeError(err)),
      },
    );
  };

  const time = formatMessageTime(m.createdAt);

  return (
    <li id={domId} className={`chat-message${own ? ' chat-message--own' : ''}`} tabIndex={-1}>
      <p className="chat-message__meta">
        <span className="chat-message__author">
          {m.authorLabel}
          {own ? <span className="muted"> (you)</span> : null}
        </span>{' '}
        <time dateTime={m.createdAt} className="chat-message__time">
          {time}
        </time>
        {m.editedAt && !m.isDeleted ? <span className="chat-message__edited"> (edited)</span> : null}
      </p>

      {m.isDeleted ? (
        <p className="chat-message__deleted">{m.deletedByModerator ? 'Removed by a moderator' : 'Message deleted'}</p>
      ) : mode === 'editing' ? (
        <form
          className="chat-edit"
          onSubmit={(e) => {
            e.preventDefault();
            saveEdit();
          }}
          noValidate
        >
          <label htmlFor={`${domId}-edit-field`} className="field-label">
            Edit your message
          </label>
          <textarea
            id={`${domId}-edit-field`}
            className="input textarea chat-edit__field"
            value={draft}
            rows={3}
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${domId}-error` : undefined}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') close(toggleId('edit'));
              else enterSends(e, saveEdit);
            }}
          />
          <div className="chat-message__actions">
            <button type="submit" className="button button--small" aria-disabled={busy || undefined}>
              {busy ? 'Saving…' : 'Save'}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => close(toggleId('edit'))}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <p className="chat-message__body">{m.body}</p>
      )}

      {error && mode !== 'moderating' ? (
        <p id={`${domId}-error`} className="inline-error" role="alert">
          {error}
        </p>
      ) : null}

      {m.isDeleted ? null : mode === 'deleting' ? (
        <div className="confirm chat-confirm" role="group" aria-labelledby={`${domId}-delete-q`}>
          <p id={`${domId}-delete-q`} tabIndex={-1}>
            Delete this message for everyone?
          </p>
          <div className="chat-message__actions">
            <button type="button" className="button button--danger button--small" onClick={confirmDelete}>
              {busy ? 'Deleting…' : 'Yes, delete'}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => close(toggleId('delete'))}>
              Keep it
            </button>
          </div>
        </div>
      ) : mode === 'moderating' ? (
        <form className="confirm chat-confirm" onSubmit={confirmModerate} noValidate>
          <TextField
            id={`${domId}-reason`}
            name="reason"
            label={`Why delete this message from ${m.authorLabel}?`}
            hint="The message will show as removed by a moderator. Your reason is kept in the moderation log."
            error={error}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={LIMITS.auditReasonMax}
            autoFocus
          />
          <div className="chat-message__actions">
            <button type="submit" className="button button--danger button--small" aria-disabled={busy || undefined}>
              {busy ? 'Deleting…' : 'Delete message'}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => close(toggleId('moderate'))}>
              Cancel
            </button>
          </div>
        </form>
      ) : mode === 'blocking' && author ? (
        <div className="confirm chat-confirm" role="group" aria-labelledby={`${domId}-block-q`}>
          <p id={`${domId}-block-q`} tabIndex={-1}>
            Block {author.handle}? Neither of you will see the other’s chat messages. You can unblock them from your
            profile.
          </p>
          <div className="chat-message__actions">
            <button type="button" className="button button--danger button--small" onClick={confirmBlock}>
              {block.isPending ? 'Blocking…' : `Yes, block ${author.handle}`}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => close(toggleId('block'))}>
              Cancel
            </button>
          </div>
        </div>
      ) : mode === 'idle' ? (
        <div className="chat-message__actions">
          {own ? (
            <>
              <button
                id={toggleId('edit')}
                type="button"
                className="link-button chat-action"
                onClick={() => {
                  setDraft(m.body ?? '');
                  setError(null);
                  setMode('editing');
                }}
              >
                Edit<span className="visually-hidden"> your message from {time}</span>
              </button>
              <button
                id={toggleId('delete')}
                type="button"
                className="link-button link-button--danger chat-action"
                onClick={() => {
                  setError(null);
                  setMode('deleting');
                  // The question first: read out, and a Tab away from its answers.
                  focusWhenReady([`${domId}-delete-q`]);
                }}
              >
                Delete<span className="visually-hidden"> your message from {time}</span>
              </button>
            </>
          ) : (
            <>
              {author ? (
                <button
                  id={toggleId('block')}
                  type="button"
                  className="link-button chat-action"
                  onClick={() => {
                    setError(null);
                    setMode('blocking');
                    focusWhenReady([`${domId}-block-q`]);
                  }}
                >
                  Block {author.handle}
                </button>
              ) : null}
              <ReportButton
                targetType="chat_message"
                targetId={m.id}
                subject={`message from ${m.authorLabel} from ${time}`}
                className="link-button chat-action report-action"
              />
              {canModerate ? (
                <button
                  id={toggleId('moderate')}
                  type="button"
                  className="link-button link-button--danger chat-action"
                  onClick={() => {
                    setError(null);
                    setMode('moderating');
                  }}
                >
                  Delete<span className="visually-hidden"> message from {m.authorLabel} from {time}</span>
                </button>
              ) : null}
            </>
          )}
        </div>
      ) : null}
    </li>
  );
}

/** One of the member's own messages that the server has not stored yet. */
export function PendingMessageItem({
  message: p,
  handle,
  status,
  room,
}: {
  message: PendingMessage;
  handle: string;
  status: ConnectionStatus;
  room: ChatRoom;
}) {
  const live = status === 'live';
  const rateLimited = p.state === 'waiting' && p.retryAt !== null && p.retryAt > Date.now();
  const label =
    p.state === 'failed'
      ? 'Not sent'
      : p.state === 'sending' || (live && !rateLimited)
        ? 'Sending…'
        : rateLimited
          ? 'Waiting a moment: you are sending quickly'
          : 'Not sent yet: queued until chat is back';
  return (
    <li
      className={`chat-message chat-message--own chat-message--pending${p.state === 'failed' ? ' chat-message--failed' : ''}`}
      data-client-id={p.clientId}
    >
      <p className="chat-message__meta">
        <span className="chat-message__author">
          {handle}
          <span className="muted"> (you)</span>
        </span>{' '}
        <span className={`chat-message__state${p.state === 'failed' ? ' chat-message__state--failed' : ''}`}>{label}</span>
      </p>
      <p className="chat-message__body">{p.body}</p>
      {p.state === 'failed' ? (
        <>
          {p.error ? <p className="inline-error">{p.error.message}</p> : null}
          <div className="chat-message__actions">
            {status !== 'stopped' ? (
              <button type="button" className="link-button chat-action" onClick={() => room.retry(p.clientId)}>
                Retry<span className="visually-hidden"> sending “{p.body.slice(0, 40)}”</span>
              </button>
            ) : null}
            <button
              type="button"
              className="link-button link-button--danger chat-action"
              onClick={() => {
                room.discard(p.clientId);
                document.getElementById(COMPOSER_ID)?.focus();
              }}
            >
              Discard<span className="visually-hidden"> “{p.body.slice(0, 40)}”</span>
            </button>
          </div>
        </>
      ) : null}
    </li>
  );
}
