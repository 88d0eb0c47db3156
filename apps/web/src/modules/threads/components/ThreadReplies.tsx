import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import type { ReplyFieldsFragment, ThreadDetailFragment } from '../../../generated/graphql';
import { useAnnounce } from '../../../app/ui/Announcer';
import { LoadMore } from '../../../app/ui/LoadMore';
import { signInPath } from '../../../app/ui/navigation';
import { ErrorPanel, Loading } from '../../../app/ui/States';
import { focusWhenReady } from '../hooks/focus';
import type { ReplyNode, ReplyTree as Tree } from '../hooks/reply-tree';
import type { useThreadCache } from '../hooks/useThreadCache';
import type { useThreadPage } from '../hooks/useThreadPage';
import { useReplyAnchor } from '../hooks/useReplyAnchor';
import { THREAD_ROUTES } from '../routes';
import { continueLinkId, ReplyContext, replyElementId } from './ReplyContext';
import type { ReplyContextValue } from './ReplyContext';
import { ReplyForm } from './ReplyForm';
import { ReplyTree } from './ReplyTree';
import { formatCount } from '../../../app/ui/format';

const BRANCH_TITLE_ID = 'branch-title';
const REPLIES_TITLE_ID = 'replies-title';

/** Replies rendered with the page itself (a phone's first screens); the rest follow straight after, a few at a time. */
const FIRST_PAINT_REPLIES = 12;
/** Replies added per step after that. */
const REVEAL_STEP = 12;

/**
 * The roots to show: at first only those holding the first FIRST_PAINT_REPLIES replies, then,
 * once the page is on screen, REVEAL_STEP more after each commit, each step a transition (React
 * renders it in slices of a few milliseconds and commits only the new replies, which are
 * memoised), so a 200-reply thread never holds the main thread for long and the page can be
 * read and tapped while the rest comes in. Every reply is in the page within a moment. A link to
 * one reply (#reply-…) shows them all at once.
 */
function useRevealedRoots(roots: readonly ReplyNode[], all: boolean): readonly ReplyNode[] {
  const [limit, setLimit] = useState(FIRST_PAINT_REPLIES);
  let shown = 0;
  let count = 0;
  while (shown < roots.length && count < limit) {
    count += 1 + (roots[shown] as ReplyNode).descendantCount;
    shown += 1;
  }
  const complete = all || shown === roots.length;
  useEffect(() => {
    if (complete) return;
    startTransition(() => setLimit(count + REVEAL_STEP));
  }, [complete, count]);
  return complete ? roots : roots.slice(0, shown);
}

/**
 * The replies: the whole tree, or one branch of it (`?branch=<replyId>`), "Load more replies"
 * while the API has more, and the form that answers the thread (or why there is none).
 */
export function ThreadReplies({
  thread,
  tree,
  cursorBefore,
  query,
  branchId,
  signedIn,
  canPost,
  cache,
}: {
  thread: ThreadDetailFragment;
  tree: Tree;
  cursorBefore: ReadonlyMap<string, string | null>;
  query: ReturnType<typeof useThreadPage>['query'];
  branchId: string | null;
  signedIn: boolean;
  canPost: boolean;
  cache: ReturnType<typeof useThreadCache>;
}) {
  const location = useLocation();
  const announce = useAnnounce();
  const open = !thread.isLocked && !thread.isDeleted;
  const loadedCount = tree.byId.size;

  const context = useMemo<ReplyContextValue>(
    () => ({
      threadId: thread.id,
      signedIn,
      canReply: canPost && open,
      locked: thread.isLocked,
      isAsker: thread.kind === 'question' && thread.viewerIsAuthor,
      allowAnonymous: thread.group.allowAnonymous,
      cursorBefore,
      cache,
      branchHref: (replyId) => THREAD_ROUTES.branch(thread.id, replyId),
      guide:
        signedIn && thread.group.viewerCanModerate && thread.group.visibility === 'public'
          ? { conditionSlug: thread.group.condition.slug, conditionName: thread.group.condition.name }
          : null,
    }),
    [thread, signedIn, canPost, open, cursorBefore, cache],
  );

  // A branch that is not loaded yet may be on a later page: keep loading until it turns up.
  const branchNode = branchId ? tree.byId.get(branchId) : undefined;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const searching = !!branchId && !branchNode && hasNextPage;
  useEffect(() => {
    if (searching && !isFetchingNextPage) void fetchNextPage();
  }, [searching, isFetchingNextPage, fetchNextPage]);

  // A link to one reply (`#reply-<id>`, as notifications make): scroll to it and focus it.
  useReplyAnchor({ threadId: thread.id, tree, query, branchId });

  // Opening or leaving a branch changes only the query string, so the page frame does not move
  // focus: take it to the branch's heading, or back to where the reader left the whole tree.
  const previousBranch = useRef(branchId);
  useEffect(() => {
    const previous = previousBranch.current;
    if (previous === branchId) return;
    previousBranch.current = branchId;
    if (branchId) focusWhenReady([BRANCH_TITLE_ID]);
    else if (previous) focusWhenReady([continueLinkId(previous), replyElementId(previous), REPLIES_TITLE_ID]);
  }, [branchId]);

  const onPosted = (reply: ReplyFieldsFragment) => {
    cache.addReply(reply);
    announce('Reply posted.');
    focusWhenReady([replyElementId(reply.id)]);
  };

  const roots = useRevealedRoots(tree.roots, location.hash.startsWith('#reply-'));
  const here = `${location.pathname}${location.search}`;
  const count = thread.replyCount;

  return (
    <section className="section replies" aria-labelledby={REPLIES_TITLE_ID}>
      <h2 id={REPLIES_TITLE_ID} tabIndex={-1}>
        Replies <span className="count">({formatCount(count)})</span>
      </h2>

      <ReplyContext.Provider value={context}>
        {branchId ? (
          <div className="branch-bar">
            <p id={BRANCH_TITLE_ID} className="branch-bar__title" tabIndex={-1}>
              {branchNode
                ? `Showing one branch of the replies: ${branchNode.reply.authorLabel}’s reply and the replies to it.`
                : searching
                  ? 'Finding that branch of the replies…'
                  : 'We couldn’t find that reply in this thread. It may have been removed.'}
            </p>
            <p className="button-row">
              <Link to={THREAD_ROUTES.thread(thread.id)}>Back to all replies</Link>
              {branchNode?.reply.parentId ? (
                <Link to={THREAD_ROUTES.branch(thread.id, branchNode.reply.parentId)}>Show the reply above</Link>
              ) : null}
            </p>
          </div>
        ) : null}

        {branchId ? (
          branchNode ? (
            <ReplyTree roots={[branchNode]} label="This branch of the replies" />
          ) : searching ? (
            <Loading label="Loading more replies…" />
          ) : null
        ) : tree.roots.length > 0 ? (
          <ReplyTree roots={roots} label="Replies" />
        ) : (
          <p className="muted">No replies yet.{open && canPost ? ' Yours could be the first.' : ''}</p>
        )}

        {query.isFetchNextPageError ? (
          <ErrorPanel
            as="h3"
            title="We couldn’t load more replies"
            error={query.error}
            onRetry={() => void fetchNextPage()}
          />
        ) : null}
        {!searching ? (
          <LoadMore
            shown={loadedCount}
            total={Math.max(count, loadedCount)}
            noun="reply"
            nounPlural="replies"
            hasNextPage={hasNextPage}
            isFetchingNextPage={isFetchingNextPage}
            onLoadMore={() => void fetchNextPage()}
          />
        ) : null}
      </ReplyContext.Provider>

      {branchId ? null : (
        <div className="reply-to-thread">
          <h3 id="reply-to-thread-title">Reply to this thread</h3>
          {thread.isDeleted ? (
            <p>This thread was deleted, so replies are closed.</p>
          ) : thread.isLocked ? (
            <p>This thread is locked, so no one can reply to it.</p>
          ) : !signedIn ? (
            <p>
              <Link to={signInPath(here)}>Sign in</Link> and join this group to reply.
            </p>
          ) : !canPost ? (
            <p>
              <Link to={WEB_ROUTES.group(thread.group.slug)}>Join this group</Link> to reply.
            </p>
          ) : (
            <ReplyForm threadId={thread.id} allowAnonymous={thread.group.allowAnonymous} onPosted={onPosted} />
          )}
        </div>
      )}
    </section>
  );
}
