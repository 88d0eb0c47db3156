import { useEffect, useMemo, useRef } from 'react';
import { useInfiniteThreadQuery, useMarkThreadReadMutation } from '../../../generated/graphql';
import type { ReplyFieldsFragment, ThreadQuery } from '../../../generated/graphql';
import { nextPageParam } from '../../../app/page-sizes';
import { buildReplyTree } from './reply-tree';
import { threadPageVariables } from './useThreadCache';

/**
 * The thread and its replies, a page at a time (tree order), for the thread page.
 *
 * "New" badges: the API marks a reply new when it was posted since the viewer last read the
 * thread. We tell the API the thread has been read as soon as it has loaded, so from then on
 * it would say nothing is new (on the next page of replies, or after a refetch). The time the
 * viewer had last read it is therefore kept from the first answer, and later replies are
 * compared with it here, by the API's own rule.
 */
export function useThreadPage(id: string, signedIn: boolean) {
  const q = useInfiniteThreadQuery(threadPageVariables(id), {
    initialPageParam: {},
    getNextPageParam: (last: ThreadQuery) => nextPageParam(last.thread.replies),
  });
  const pages = q.data?.pages;
  const thread = pages?.[0]?.thread ?? null;

  // When the viewer had last read this thread, before this visit.
  const lastRead = useRef<{ id: string; at: string | null } | null>(null);
  if (thread && lastRead.current?.id !== id) lastRead.current = { id, at: thread.viewerLastReadAt };
  const readBefore = lastRead.current?.id === id ? lastRead.current.at : null;

  const markRead = useMarkThreadReadMutation();
  const markedFor = useRef<string | null>(null);
  const loaded = !!thread;
  const { mutate } = markRead;
  useEffect(() => {
    if (!loaded || !signedIn || markedFor.current === id) return;
    markedFor.current = id;
    mutate({ id });
  }, [loaded, signedIn, id, mutate]);

  const { replies, cursorBefore } = useMemo(() => {
    const seen = new Set<string>();
    const list: ReplyFieldsFragment[] = [];
    // The cursor just before each reply, so its edit history can be fetched on its own.
    const before = new Map<string, string | null>();
    const params = (q.data?.pageParams ?? []) as { after?: string }[];
    (pages ?? []).forEach((page, i) => {
      let previous: string | null = params[i]?.after ?? null;
      page.thread.replies.nodes.forEach((reply, j) => {
        if (!seen.has(reply.id)) {
          seen.add(reply.id);
          before.set(reply.id, previous);
          const isNew =
            !reply.isDeleted &&
            (reply.isNew || (!!readBefore && !reply.viewerIsAuthor && reply.createdAt > readBefore));
          list.push(isNew === reply.isNew ? reply : { ...reply, isNew });
        }
        previous = page.thread.replies.edges[j]?.cursor ?? previous;
      });
    });
    return { replies: list, cursorBefore: before };
  }, [pages, q.data?.pageParams, readBefore]);

  const tree = useMemo(() => buildReplyTree(replies), [replies]);

  return { query: q, thread, replies, tree, cursorBefore };
}
