import type { ReplyFieldsFragment } from '../../../generated/graphql';

export interface ReplyNode {
  reply: ReplyFieldsFragment;
  children: ReplyNode[];
  /** Every reply below this one, at any depth. */
  descendantCount: number;
}

export interface ReplyTree {
  roots: ReplyNode[];
  byId: Map<string, ReplyNode>;
}

/**
 * Nests a flat list of replies by parentId. Siblings are shown oldest first, as the API sends
 * them, so a reply added to the cache after posting lands where a reload would put it. A reply
 * whose parent is not loaded (it should not happen: pages come in tree order) is shown at the
 * top level rather than lost.
 */
export function buildReplyTree(replies: readonly ReplyFieldsFragment[]): ReplyTree {
  const byId = new Map<string, ReplyNode>();
  for (const reply of replies) {
    if (!byId.has(reply.id)) byId.set(reply.id, { reply, children: [], descendantCount: 0 });
  }
  const roots: ReplyNode[] = [];
  for (const node of byId.values()) {
    const parent = node.reply.parentId ? byId.get(node.reply.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  // createdAt is always toISOString() text, so comparing the strings compares the times (and,
  // unlike localeCompare, needs no collator: that costs a phone a few milliseconds on the first page).
  const byAge = (a: ReplyNode, b: ReplyNode) => (a.reply.createdAt < b.reply.createdAt ? -1 : a.reply.createdAt > b.reply.createdAt ? 1 : 0);
  const count = (node: ReplyNode): number => {
    node.children.sort(byAge);
    node.descendantCount = node.children.reduce((sum, child) => sum + 1 + count(child), 0);
    return node.descendantCount;
  };
  roots.sort(byAge);
  roots.forEach(count);
  return { roots, byId };
}
