import { ANONYMOUS_LABEL } from '@kindred/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import type { Loaders } from '../../common/dataloader/loaders';
import { toMember } from '../users/user.mapper';
import type { MemberObject } from '../users/user.object';
import type { ReplyEntity } from './reply.entity';
import type { ThreadEntity } from './thread.entity';
import type { ReplyObject, ThreadObject } from './thread.object';

export const FORMER_MEMBER_LABEL = 'former member';

/** Author fields as a viewer may see them: an anonymous author is never named. */
export async function authorView(
  post: { authorId: string | null; anonymous: boolean; deletedAt: Date | null },
  viewer: AuthUser | null,
  loaders: Loaders,
): Promise<{ author: MemberObject | null; authorLabel: string; viewerIsAuthor: boolean }> {
  const viewerIsAuthor = !!viewer && post.authorId === viewer.id;
  if (post.anonymous) return { author: null, authorLabel: ANONYMOUS_LABEL, viewerIsAuthor };
  if (!post.authorId) return { author: null, authorLabel: FORMER_MEMBER_LABEL, viewerIsAuthor };
  const user = await loaders.userById.load(post.authorId);
  if (!user) return { author: null, authorLabel: FORMER_MEMBER_LABEL, viewerIsAuthor };
  return { author: toMember(user), authorLabel: user.handle, viewerIsAuthor };
}

export async function toThread(t: ThreadEntity, viewer: AuthUser | null, loaders: Loaders): Promise<ThreadObject> {
  return {
    id: t.id,
    groupId: t.groupId,
    authorId: t.authorId,
    kind: t.kind,
    title: t.title,
    body: t.body,
    bodyHtml: t.bodyHtml,
    tags: t.tags,
    isAnonymous: t.anonymous,
    isDeleted: !!t.deletedAt,
    isLocked: !!t.lockedAt,
    helpfulCount: t.helpfulCount,
    replyCount: t.replyCount,
    createdAt: t.createdAt,
    editedAt: t.editedAt,
    lastActivityAt: t.lastActivityAt,
    ...(await authorView(t, viewer, loaders)),
  };
}

export async function toReply(
  r: ReplyEntity,
  viewer: AuthUser | null,
  loaders: Loaders,
  lastReadAt: Date | null,
): Promise<ReplyObject> {
  const view = await authorView(r, viewer, loaders);
  return {
    id: r.id,
    threadId: r.threadId,
    parentId: r.parentId,
    path: r.path,
    depth: r.depth,
    authorId: r.authorId,
    body: r.body,
    bodyHtml: r.bodyHtml,
    isAnonymous: r.anonymous,
    isDeleted: !!r.deletedAt,
    helpfulCount: r.helpfulCount,
    helpedAsker: r.helpedAsker,
    createdAt: r.createdAt,
    editedAt: r.editedAt,
    isNew: !!viewer && !!lastReadAt && !view.viewerIsAuthor && r.createdAt > lastReadAt,
    ...view,
  };
}
