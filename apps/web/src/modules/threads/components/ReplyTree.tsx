import { memo, useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { LIMITS } from '@kindred/contracts';
import {
  useDeleteReplyMutation,
  useEditReplyMutation,
  useSetReplyHelpedAskerMutation,
} from '../../../generated/graphql';
import type { ReplyFieldsFragment } from '../../../generated/graphql';
import { Badge } from '../../../app/ui/Badge';
import { useAnnounce } from '../../../app/ui/Announcer';
import { describeError, formErrorsFrom } from '../../../app/ui/errors';
import { plural } from '../../../app/ui/format';
import { FormActions, FormError } from '../../../app/ui/FormParts';
import { focusWhenReady } from '../hooks/focus';
import type { ReplyNode } from '../hooks/reply-tree';
import { HelpfulButton, HelpfulCount } from './HelpfulButton';
import { SaveButton } from './ReadStateButtons';
import { PostBody, PostTime } from './PostBits';
import { continueLinkId, MAX_DISPLAY_DEPTH, replyElementId, useReplyContext } from './ReplyContext';
import { MarkdownField } from './MarkdownField';
import { ReplyForm, validateReplyBody } from './ReplyForm';
import { EditedToggle, ReplyRevisions } from './Revisions';
import { ModerationNotice } from '../../moderation/components/ModerationNotice';
import { ReportButton } from '../../moderation/components/ReportButton';
import { CurateIntoGuide } from '../../guides/components/CurateIntoGuide';

/**
 * The replies as nested lists: each reply is a list item, and the replies to it are a list
 * inside that item, so screen readers announce the nesting ("list, 2 items, nesting level 2").
 */
export function ReplyTree({ roots, label }: { roots: readonly ReplyNode[]; label: string }) {
  return (
    <ul className="reply-list" aria-label={label}>
      {roots.map((node) => (
        <ReplyItem key={node.reply.id} node={node} level={0} />
      ))}
    </ul>
  );
}

const repliesWord = (n: number) => plural(n, 'reply', 'replies');

/**
 * One reply. Memoised, so revealing more replies or opening one reply's form re-renders only what
 * changed; the controls that talk to the API (delete, "Helped me") hold their mutation only when
 * they are shown, so a long thread does not set up hundreds of unused mutation observers.
 */
const ReplyItem = memo(function ReplyItem({ node, level }: { node: ReplyNode; level: number }) {
  const ctx = useReplyContext();
  const announce = useAnnounce();
  const { reply, children, descendantCount } = node;
  const [replying, setReplying] = useState(false);
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const elementId = replyElementId(reply.id);
  const authorId = `${elementId}-author`;
  const timeId = `${elementId}-time`;
  const childrenId = `${elementId}-replies`;
  const replyButtonId = `${elementId}-reply-button`;
  const nested = children.length > 0 && level + 1 < MAX_DISPLAY_DEPTH;
  const continued = children.length > 0 && !nested;
  const mine = reply.viewerIsAuthor;
  // Hidden or removed by moderators: others get a placeholder with no text.
  const withheld = !reply.isDeleted && reply.moderationState !== 'visible' && !mine && !reply.body.trim();
  const live = !reply.isDeleted && !withheld;

  const onPosted = (posted: ReplyFieldsFragment) => {
    ctx.cache.addReply(posted);
    setReplying(false);
    setCollapsed(false);
    announce('Reply posted.');
    // The new reply, or (if it sits deeper than replies are shown) the link to its branch.
    focusWhenReady([replyElementId(posted.id), continueLinkId(reply.id)]);
  };

  return (
    <li className="reply-item">
      <article id={elementId} className="reply" tabIndex={-1} aria-labelledby={`${authorId} ${timeId}`}>
        <div className="post-meta">
          <span id={authorId} className="post-meta__author">
            <span className="visually-hidden">Reply by </span>
            {reply.authorLabel}
            {mine ? <span className="muted"> (you)</span> : null}
          </span>
          <PostTime iso={reply.createdAt} id={timeId} />
          {reply.isNew ? <Badge tone="warning">New</Badge> : null}
          {reply.helpedAsker ? <Badge tone="success">Helped the asker</Badge> : null}
          {reply.editedAt && live ? (
            <EditedToggle editedAt={reply.editedAt}>
              <ReplyRevisions
                threadId={ctx.threadId}
                replyId={reply.id}
                after={ctx.cursorBefore.get(reply.id) ?? null}
              />
            </EditedToggle>
          ) : null}
        </div>

        {live ? (
          <ModerationNotice state={reply.moderationState} reason={reply.moderationReason} noun="reply" mine={mine} />
        ) : null}

        {withheld ? (
          <p className="reply__deleted">
            {reply.moderationState === 'pending' ? 'This reply is waiting for a moderator’s approval.' : 'This reply was hidden by moderators.'}
          </p>
        ) : !live ? (
          <p className="reply__deleted">This reply was deleted.</p>
        ) : editing ? (
          <EditReplyForm
            reply={reply}
            onDone={(saved) => {
              setEditing(false);
              if (saved) {
                ctx.cache.patchReply(reply.id, saved);
                announce('Reply updated.');
                focusWhenReady([elementId]);
              } else {
                focusWhenReady([`${elementId}-edit-button`]);
              }
            }}
          />
        ) : (
          <PostBody html={reply.bodyHtml} />
        )}

        {!editing ? (
          <div className="post-actions">
            {live && ctx.signedIn && !mine ? (
              <HelpfulButton
                target="reply"
                id={reply.id}
                threadId={ctx.threadId}
                count={reply.helpfulCount}
                marked={reply.viewerMarkedHelpful}
                onChange={(state) => ctx.cache.patchReply(reply.id, state)}
              />
            ) : (
              <HelpfulCount count={reply.helpfulCount} />
            )}
            {live && ctx.isAsker && !mine ? <HelpedMeButton reply={reply} setError={setError} /> : null}
            {live && ctx.signedIn ? (
              <SaveButton
                target="reply"
                id={reply.id}
                saved={reply.viewerSaved}
                label={`reply by ${reply.authorLabel}`}
                onChange={(viewerSaved) => ctx.cache.patchReply(reply.id, { viewerSaved })}
              />
            ) : null}
            {live && ctx.canReply ? (
              <button
                id={replyButtonId}
                type="button"
                className="link-button"
                aria-expanded={replying}
                onClick={() => {
                  if (replying) {
                    setReplying(false);
                  } else {
                    setReplying(true);
                  }
                }}
              >
                Reply<span className="visually-hidden"> to {reply.authorLabel}</span>
              </button>
            ) : null}
            {live && ctx.signedIn && !mine ? (
              <ReportButton targetType="reply" targetId={reply.id} subject={`reply by ${reply.authorLabel}`} />
            ) : null}
            {live && mine && !ctx.locked ? (
              <button
                id={`${elementId}-edit-button`}
                type="button"
                className="link-button"
                onClick={() => {
                  setConfirmingDelete(false);
                  setEditing(true);
                }}
              >
                Edit<span className="visually-hidden"> your reply</span>
              </button>
            ) : null}
            {live && mine ? (
              <button
                id={`${elementId}-delete-button`}
                type="button"
                className="link-button link-button--danger"
                aria-expanded={confirmingDelete}
                onClick={() => setConfirmingDelete((v) => !v)}
              >
                Delete<span className="visually-hidden"> your reply</span>
              </button>
            ) : null}
            {nested ? (
              <button
                type="button"
                className="link-button"
                aria-expanded={!collapsed}
                aria-controls={childrenId}
                onClick={() => setCollapsed((c) => !c)}
              >
                {collapsed ? `Show ${descendantCount} hidden ` : `Hide ${descendantCount} `}
                {descendantCount === 1 ? 'reply' : 'replies'}
                <span className="visually-hidden"> to {reply.authorLabel}</span>
              </button>
            ) : null}
          </div>
        ) : null}

        <FormError message={error} />

        {confirmingDelete ? (
          <ConfirmDelete
            replyId={reply.id}
            elementId={elementId}
            setError={setError}
            onClose={() => setConfirmingDelete(false)}
          />
        ) : null}

        {live && !editing && ctx.guide ? (
          <CurateIntoGuide sourceType="reply" sourceId={reply.id} authorLabel={reply.authorLabel} {...ctx.guide} />
        ) : null}

        {replying ? (
          <ReplyForm
            threadId={ctx.threadId}
            parent={{ id: reply.id, authorLabel: reply.authorLabel }}
            allowAnonymous={ctx.allowAnonymous}
            onPosted={onPosted}
            onCancel={() => {
              setReplying(false);
              focusWhenReady([replyButtonId]);
            }}
          />
        ) : null}
      </article>

      {nested ? (
        <ul id={childrenId} className="reply-list reply-list--nested" hidden={collapsed}>
          {children.map((child) => (
            <ReplyItem key={child.reply.id} node={child} level={level + 1} />
          ))}
        </ul>
      ) : null}
      {continued ? (
        <p className="continue-branch">
          <Link id={continueLinkId(reply.id)} to={ctx.branchHref(reply.id)}>
            Continue this branch ({repliesWord(descendantCount)})
          </Link>
        </p>
      ) : null}
    </li>
  );
});

/** "Helped me", for the asker of a question. */
function HelpedMeButton({ reply, setError }: { reply: ReplyFieldsFragment; setError: (e: string | null) => void }) {
  const ctx = useReplyContext();
  const announce = useAnnounce();
  const helped = useSetReplyHelpedAskerMutation();
  const onHelped = () => {
    if (helped.isPending) return;
    setError(null);
    helped.mutate(
      { id: reply.id, helped: !reply.helpedAsker },
      {
        onSuccess: (data) => {
          ctx.cache.patchReply(reply.id, data.setReplyHelpedAsker);
          announce(
            data.setReplyHelpedAsker.helpedAsker
              ? 'Marked as a reply that helped you.'
              : 'No longer marked as a reply that helped you.',
          );
        },
        onError: (e) => setError(describeError(e)),
      },
    );
  };
  return (
    <button
      type="button"
      className="chip chip--success"
      aria-pressed={reply.helpedAsker}
      aria-disabled={helped.isPending || undefined}
      onClick={onHelped}
    >
      <CheckIcon />
      Helped me
    </button>
  );
}

/** "Delete your reply?" with its two buttons. */
function ConfirmDelete({
  replyId,
  elementId,
  setError,
  onClose,
}: {
  replyId: string;
  elementId: string;
  setError: (e: string | null) => void;
  onClose: () => void;
}) {
  const ctx = useReplyContext();
  const announce = useAnnounce();
  const deleteReply = useDeleteReplyMutation();
  const onDelete = () => {
    if (deleteReply.isPending) return;
    setError(null);
    deleteReply.mutate(
      { id: replyId },
      {
        onSuccess: (data) => {
          ctx.cache.patchReply(replyId, data.deleteReply);
          onClose();
          announce('Reply deleted.');
          focusWhenReady([elementId]);
        },
        onError: (e) => setError(describeError(e)),
      },
    );
  };
  return (
    <div className="confirm" role="group" aria-labelledby={`${elementId}-delete-text`}>
      <p id={`${elementId}-delete-text`}>
        Delete your reply? Its text is removed for everyone. Replies to it stay.
      </p>
      <p className="button-row">
        <button
          type="button"
          className="button button--danger"
          onClick={onDelete}
          aria-disabled={deleteReply.isPending || undefined}
        >
          {deleteReply.isPending ? 'Deleting…' : 'Yes, delete reply'}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            onClose();
            focusWhenReady([`${elementId}-delete-button`]);
          }}
        >
          Keep reply
        </button>
      </p>
    </div>
  );
}

function EditReplyForm({
  reply,
  onDone,
}: {
  reply: ReplyFieldsFragment;
  onDone: (saved: ReplyFieldsFragment | null) => void;
}) {
  const [body, setBody] = useState(reply.body);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const edit = useEditReplyMutation();
  const id = `edit-reply-${reply.id}`;

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (edit.isPending) return;
    const local = validateReplyBody(body);
    if (local) {
      setFieldError(local);
      setFormError(null);
      document.getElementById(id)?.focus();
      return;
    }
    if (body === reply.body) return onDone(null);
    edit.mutate(
      { id: reply.id, body },
      {
        onSuccess: (data) => onDone(data.editReply),
        onError: (error) => {
          const { fields, form } = formErrorsFrom(error, ['body'] as const);
          setFieldError(fields.body ?? null);
          setFormError(form);
          document.getElementById(id)?.focus();
        },
      },
    );
  };

  return (
    <form className="form reply-form reply-form--inline" onSubmit={onSubmit} noValidate>
      <FormError message={formError} />
      <MarkdownField
        id={id}
        name="body"
        label="Edit your reply"
        hint="Earlier versions stay visible to readers. You can use Markdown."
        error={fieldError}
        value={body}
        onChange={setBody}
        max={LIMITS.replyBodyMax}
        rows={4}
        autoFocus
      />
      <FormActions pending={edit.isPending} submitLabel="Save changes" pendingLabel="Saving…" onCancel={() => onDone(null)} />
    </form>
  );
}

function CheckIcon() {
  return (
    <svg className="chip__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" d="m3 8.5 3.2 3L13 4.5" />
    </svg>
  );
}
