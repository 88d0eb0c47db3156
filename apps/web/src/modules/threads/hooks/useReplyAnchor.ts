import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { replyElementId } from '../components/ReplyContext';
import { THREAD_ROUTES } from '../routes';
import type { ReplyTree } from './reply-tree';
import type { useThreadPage } from './useThreadPage';

const PREFIX = '#reply-';

function replyIdFrom(hash: string): string | null {
  if (!hash.startsWith(PREFIX)) return null;
  try {
    return decodeURIComponent(hash.slice(PREFIX.length)) || null;
  } catch {
    return null;
  }
}

/**
 * A link to one reply (`/threads/<id>#reply-<replyId>`, as notifications make): once the reply
 * is loaded (loading further pages until it turns up), scroll it into view and move focus to
 * it, after the page frame has focused the page's heading. A reply nested deeper than the page
 * shows is opened in its branch. Each visit to such a link is handled once.
 */
export function useReplyAnchor({
  threadId,
  tree,
  query,
  branchId,
}: {
  threadId: string;
  tree: ReplyTree;
  query: ReturnType<typeof useThreadPage>['query'];
  branchId: string | null;
}): void {
  const location = useLocation();
  const navigate = useNavigate();
  const replyId = replyIdFrom(location.hash);
  const doneFor = useRef<string | null>(null);
  const refetchedFor = useRef<string | null>(null);
  const wanted = !!replyId && doneFor.current !== location.key;
  const loaded = !!replyId && tree.byId.has(replyId);
  const { hasNextPage, isFetching, fetchNextPage, refetch } = query;
  const { key, hash } = location;

  // Not loaded yet: the next page, or (the thread came from the cache, from before the reply
  // was posted) the thread again, once.
  useEffect(() => {
    if (!wanted || loaded || isFetching) return;
    if (hasNextPage) {
      void fetchNextPage();
    } else if (refetchedFor.current !== key) {
      refetchedFor.current = key;
      void refetch();
    } else {
      // Every page is here and the reply is not: it was removed, or the link is wrong.
      doneFor.current = key;
    }
  }, [wanted, loaded, isFetching, hasNextPage, fetchNextPage, refetch, key]);

  useEffect(() => {
    if (!wanted || !replyId || !loaded) return;
    let frame = 0;
    const attempt = (left: number) => {
      const el = document.getElementById(replyElementId(replyId));
      if (el && !el.closest('[hidden]')) {
        doneFor.current = key;
        el.scrollIntoView({ block: 'center' });
        el.focus({ preventScroll: true });
        return;
      }
      if (left > 0) {
        frame = window.requestAnimationFrame(() => attempt(left - 1));
        return;
      }
      doneFor.current = key;
      if (!branchId) void navigate(`${THREAD_ROUTES.branch(threadId, replyId)}${hash}`, { replace: true });
    };
    // Two frames, so this comes after the page frame's focus on the new page's <h1>.
    frame = window.requestAnimationFrame(() => {
      frame = window.requestAnimationFrame(() => attempt(20));
    });
    return () => window.cancelAnimationFrame(frame);
  }, [wanted, loaded, replyId, key, hash, branchId, threadId, navigate]);
}
