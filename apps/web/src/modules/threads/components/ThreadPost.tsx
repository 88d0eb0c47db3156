import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { WEB_ROUTES } from '@kindred/contracts';
import { useDeleteThreadMutation } from '../../../generated/graphql';
import type { ThreadDetailFragment } from '../../../generated/graphql';
import { useAnnounce } from '../../../app/ui/Announcer';
import { describeError } from '../../../app/ui/errors';
import { signInPath } from '../../../app/ui/navigation';
import { invalidateThreadLists } from '../hooks/invalidate';
import { focusWhenReady } from '../hooks/focus';
import type { useThreadCache } from '../hooks/useThreadCache';
import { THREAD_ROUTES } from '../routes';
import { HelpfulButton, HelpfulCount } from './HelpfulButton';
import { FollowButton, SaveButton } from './ReadStateButtons';
import { KindBadge, LockedBadge, PostBody, PostTime, TagList } from './PostBits';
import { EditedToggle, ThreadRevisions } from './Revisions';
import { ModerationNotice } from '../../moderation/components/ModerationNotice';
import { ReportButton } from '../../moderation/components/ReportButton';

export const THREAD_TITLE_ID = 'thread-title';

/** The thread itself: kind, title (the page's h1), author, dates, tags, text and actions. */
export function ThreadPost({
  thread,
  signedIn,
  labelFor,
  cache,
}: {
  thread: ThreadDetailFragment;
  signedIn: boolean;
  labelFor: (slug: string) => string;
  cache: ReturnType<typeof useThreadCache>;
}) {
  const location = useLocation();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const remove = useDeleteThreadMutation();
  const mine = thread.viewerIsAuthor;
  const live = !thread.isDeleted;

  const onDelete = () => {
    if (remove.isPending) return;
    remove.mutate(
      { id: thread.id },
      {
        onSuccess: (data) => {
          cache.patchThread(data.deleteThread);
          setConfirmingDelete(false);
          announce('Your thread has been deleted.');
          void invalidateThreadLists(queryClient);
          focusWhenReady([THREAD_TITLE_ID]);
        },
      },
    );
  };

  return (
    <article className="thread" aria-labelledby={THREAD_TITLE_ID}>
      <header className="page-header thread__header">
        <p className="thread__badges">
          <KindBadge kind={thread.kind} />
          {thread.isLocked ? <LockedBadge /> : null}
        </p>
        <h1 id={THREAD_TITLE_ID} tabIndex={-1}>
          {live ? thread.title : 'Deleted thread'}
        </h1>
        <div className="post-meta">
          <span>
            By <span className="post-meta__author">{thread.authorLabel}</span>
            {mine ? <span className="muted"> (you)</span> : null}
          </span>
          <span>
            in <Link to={WEB_ROUTES.group(thread.group.slug)}>{thread.group.name}</Link>
          </span>
          <PostTime iso={thread.createdAt} />
          {thread.editedAt && live ? (
            <EditedToggle editedAt={thread.editedAt}>
              <ThreadRevisions threadId={thread.id} labelFor={labelFor} />
            </EditedToggle>
          ) : null}
        </div>
        <TagList tags={thread.tags} labelFor={labelFor} />
      </header>

      {live ? (
        <ModerationNotice
          state={thread.moderationState}
          reason={thread.moderationReason}
          noun="thread"
          mine={mine}
        />
      ) : null}

      {thread.isDeleted ? (
        <div className="notice notice--closed">
          <p>
            <strong>This thread was deleted by its author.</strong> Its title and text are gone; the replies stay, and
            replies are closed.
          </p>
        </div>
      ) : thread.isLocked ? (
        <div className="notice notice--closed">
          <p>
            <strong>This thread is locked.</strong> A moderator has closed it: you can still read it, but no one can
            reply or edit posts.
          </p>
        </div>
      ) : null}

      {live ? (
        <>
          <h2 className="visually-hidden">Original post</h2>
          <PostBody html={thread.bodyHtml} />
          <div className="post-actions">
            {signedIn && !mine ? (
              <HelpfulButton
                target="thread"
                id={thread.id}
                threadId={thread.id}
                count={thread.helpfulCount}
                marked={thread.viewerMarkedHelpful}
                onChange={(state) => cache.patchThread(state)}
              />
            ) : (
              <HelpfulCount count={thread.helpfulCount} />
            )}
            {signedIn ? (
              <>
                <FollowButton threadId={thread.id} following={thread.viewerFollows} onChange={(viewerFollows) => cache.patchThread({ viewerFollows })} />
                <SaveButton target="thread" id={thread.id} saved={thread.viewerSaved} label="this thread" onChange={(viewerSaved) => cache.patchThread({ viewerSaved })} />
              </>
            ) : null}
            {!signedIn ? (
              <Link to={signInPath(`${location.pathname}${location.search}`)} className="small">
                Sign in to mark posts as helpful
              </Link>
            ) : null}
            {signedIn && !mine ? (
              <ReportButton targetType="thread" targetId={thread.id} subject={`thread by ${thread.authorLabel}`} />
            ) : null}
            {mine && !thread.isLocked ? (
              <Link to={THREAD_ROUTES.editThread(thread.id)} className="link-button">
                Edit<span className="visually-hidden"> your thread</span>
              </Link>
            ) : null}
            {mine ? (
              <button
                id="delete-thread-button"
                type="button"
                className="link-button link-button--danger"
                aria-expanded={confirmingDelete}
                onClick={() => setConfirmingDelete((v) => !v)}
              >
                Delete<span className="visually-hidden"> your thread</span>
              </button>
            ) : null}
          </div>
          {remove.error ? (
            <p className="notice notice--error" role="alert">
              {describeError(remove.error)}
            </p>
          ) : null}
          {confirmingDelete ? (
            <div className="confirm" role="group" aria-labelledby="delete-thread-text">
              <p id="delete-thread-text">
                Delete your thread? Its title and text are removed for everyone and replies close. The replies people
                have written stay.
              </p>
              <p className="button-row">
                <button
                  type="button"
                  className="button button--danger"
                  onClick={onDelete}
                  aria-disabled={remove.isPending || undefined}
                >
                  {remove.isPending ? 'Deleting…' : 'Yes, delete thread'}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    setConfirmingDelete(false);
                    focusWhenReady(['delete-thread-button']);
                  }}
                >
                  Keep thread
                </button>
              </p>
            </div>
          ) : null}
        </>
      ) : null}
    </article>
  );
}
