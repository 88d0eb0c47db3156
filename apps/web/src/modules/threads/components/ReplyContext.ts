import { createContext, useContext } from 'react';
import type { useThreadCache } from '../hooks/useThreadCache';

/** What every reply in the tree needs to know about the thread and the viewer. */
export interface ReplyContextValue {
  threadId: string;
  signedIn: boolean;
  /** The viewer may reply here now (a member, and the thread is open). */
  canReply: boolean;
  /** The thread is locked: nothing can be edited. */
  locked: boolean;
  /** The viewer asked this question, so may mark the replies that helped. */
  isAsker: boolean;
  allowAnonymous: boolean;
  cursorBefore: ReadonlyMap<string, string | null>;
  cache: ReturnType<typeof useThreadCache>;
  branchHref: (replyId: string) => string;
  /** Set when the viewer may curate replies into the condition's guide (moderators of a public group). */
  guide?: { conditionSlug: string; conditionName: string } | null;
}

export const ReplyContext = createContext<ReplyContextValue | null>(null);

export function useReplyContext(): ReplyContextValue {
  const value = useContext(ReplyContext);
  if (!value) throw new Error('ReplyContext is missing: render replies inside <ReplyContext.Provider>.');
  return value;
}

/** Replies nest visibly this many levels; below that, "Continue this branch" opens the rest. */
export const MAX_DISPLAY_DEPTH = 5;

export const replyElementId = (id: string) => `reply-${id}`;
export const continueLinkId = (id: string) => `continue-${id}`;
