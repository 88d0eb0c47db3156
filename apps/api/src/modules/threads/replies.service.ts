import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { LIMITS } from '@kindred/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import type { Loaders } from '../../common/dataloader/loaders';
import { AppError, forbidden, notFound } from '../../common/errors/app-error';
import { Connection, decodeCursor, pageSize, toConnection } from '../../common/graphql/pagination';
import { renderMarkdown } from '../../common/markdown/render-markdown';
import { attachAuthors, PAGE_LABELS, toReply } from './post.mapper';
import { ReplyEntity } from './reply.entity';
import type { RepliesArgs, ReplyInput } from './thread.input';
import type { HelpfulStateObject, ReplyObject, RevisionObject, ThreadObject } from './thread.object';
import { ThreadsService } from './threads.service';
import { PostsRepository } from './posts.repository';
import { DomainEvents } from '../../common/events/domain-events';
import { ScreeningService } from '../moderation/screening.service';
import { AccessService } from '../access/access.service';
import { claimIdempotencyKey, recordIdempotentResult, storedIdempotentResult } from '../../common/idempotency/idempotency';

/**
 * A reply page's size and cursor, validated (BAD_REQUEST, PAGE_SIZE_TOO_LARGE, INVALID_CURSOR):
 * `after` as given, `afterPath` the position it stands for.
 */
export function replyPageArgs(args: { first?: number | null; after?: string | null }): { first: number; after: string | null; afterPath: string | null } {
  const first = pageSize(args.first, { max: LIMITS.replyPageMax, fallback: LIMITS.replyPageDefault });
  const cursor = decodeCursor(args.after, 1);
  return { first, after: args.after ?? null, afterPath: (cursor?.[0] as string | null) ?? null };
}

/** Each level of the tree is a 6-character base-36 counter: "000001.00000a" sorts in tree order. */
const segment = (n: number) => n.toString(36).padStart(6, '0');

/** Nested replies (a materialised path per reply), helpful marks and edit history. */
@Injectable()
export class RepliesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly threads: ThreadsService,
    private readonly events: DomainEvents,
    private readonly screening: ScreeningService,
    private readonly access: AccessService,
    private readonly posts: PostsRepository,
  ) {}

  /**
   * One page of a thread's replies in tree order (depth-first, oldest first among siblings): one
   * statement for any number of replies, which applies the access rules and computes the reply
   * fields the query asks for (`fields`, all when null) as the viewer may see them
   * (`PostsRepository.replyPageFor`), then one lookup of the authors it names.
   * The rows are the page's objects: no mapping, no resolver and no promise per reply. When the
   * thread was read with this very page (`ThreadsService.thread`), the page it brought is used.
   */
  async page(viewer: AuthUser | null, thread: ThreadObject, args: RepliesArgs, loaders: Loaders, fields: ReadonlySet<string> | null = null): Promise<Connection<ReplyObject>> {
    // `thread` comes from ThreadsService.readable() or .thread(): the viewer may read it.
    const { first, after, afterPath } = replyPageArgs(args);
    const prefetched = thread.prefetchedReplies;
    const rows =
      prefetched && prefetched.first === first && prefetched.after === after
        ? prefetched.rows
        : await this.posts.replyPageFor({
            threadId: thread.id,
            groupId: thread.groupId,
            viewerId: viewer?.id ?? null,
            afterPath,
            limit: first + 1,
            labels: PAGE_LABELS,
            fields,
          });
    const connection = toConnection(rows, first, thread.replyCount, (r) => [r.path], (r) => r);
    await attachAuthors(connection.nodes, loaders);
    // The rows carry their timestamps as ISO text (the DateTime scalar's other accepted form).
    return connection as unknown as Connection<ReplyObject>;
  }

  async reply(viewer: AuthUser, input: ReplyInput, loaders: Loaders): Promise<ReplyObject> {
    const key = input.idempotencyKey;
    const earlier = await storedIdempotentResult(this.db, viewer.id, 'reply', key);
    if (earlier) return toReply((await this.posts.reply(earlier))!, viewer, loaders, null);
    const visible = await this.threads.readable(viewer, input.threadId);
    await this.threads.assertCanPost(viewer, visible.groupId);
    await this.threads.assertAnonymousAllowed(visible.groupId, input.anonymous);
    if (input.parentId) {
      // A named reply by someone in a block with the viewer is not there for them to answer
      // (asked before the transaction: the embedded database has a single connection).
      const parent = await this.posts.reply(input.parentId);
      if (parent?.threadId === input.threadId && (await this.access.hiddenByBlock(viewer, parent))) throw notFound('The reply you are answering');
    }
    const screening = await this.screening.screen(viewer, visible.groupId, input.body, 'post');
    // The key is claimed in the insert's transaction: concurrent retries store one reply.
    let replayed: string | null = null;
    const saved = await this.db.transaction(async (tx) => {
      replayed = await claimIdempotencyKey(tx, viewer.id, 'reply', key);
      if (replayed) return { id: replayed };
      const thread = await this.threads.lockRow(tx, input.threadId);
      if (thread.deletedAt) throw new AppError('THREAD_DELETED', 'This thread was deleted; replies are closed.');
      if (thread.lockedAt) throw new AppError('THREAD_LOCKED', 'This thread is locked by a moderator; replies are closed.');
      let parentPath = '';
      let depth = 0;
      if (input.parentId) {
        const parent = await this.posts.replyInThread(tx, input.parentId, thread.id);
        if (!parent) throw notFound('The reply you are answering');
        if (parent.deletedAt) throw new AppError('REPLY_DELETED', 'That reply was deleted; answer the thread instead.');
        parentPath = `${parent.path}.`;
        depth = parent.depth + 1;
      }
      const seq = await this.posts.nextReplySeq(tx, thread);
      const row = await this.posts.saveReply(tx, {
          threadId: thread.id,
          parentId: input.parentId ?? null,
          path: `${parentPath}${segment(seq)}`,
          depth,
          authorId: viewer.id,
          anonymous: input.anonymous,
          body: input.body,
          bodyHtml: renderMarkdown(input.body),
          moderation: screening.state,
          moderationReason: screening.reason,
        });
      await recordIdempotentResult(tx, viewer.id, 'reply', key, row.id);
      // Replying follows the thread (a member who unfollowed it follows again by replying).
      await this.posts.setFollow(viewer.id, thread.id, true, tx);
      return row;
    });
    if (!replayed) {
      if (screening.state === 'visible') this.events.emit('post.created', { type: 'reply', id: saved.id });
      await this.screening.afterStored('reply', saved.id, screening);
    }
    const fresh = (await this.posts.reply(saved.id))!;
    return toReply(fresh, viewer, loaders, null);
  }

  async edit(viewer: AuthUser, id: string, body: string, loaders: Loaders): Promise<ReplyObject> {
    if (!body.trim() || body.length > LIMITS.replyBodyMax) {
      throw new AppError('VALIDATION_FAILED', 'Some fields need attention.', {
        fields: [
          body.trim()
            ? { field: 'body', code: 'TOO_LONG', message: `A reply can have at most ${LIMITS.replyBodyMax} characters.` }
            : { field: 'body', code: 'REQUIRED', message: 'Write something in your reply.' },
        ],
      });
    }
    const before = await this.posts.reply(id);
    if (!before) throw notFound('That reply');
    const groupId = (await this.threads.readable(viewer, before.threadId)).groupId;
    const screening = await this.screening.screenEdit(viewer, groupId, body);
    const updated = await this.db.transaction(async (tx) => {
      const reply = await this.lockReply(tx, id);
      if (reply.authorId !== viewer.id) throw forbidden('Only the author can edit this reply.');
      if (reply.deletedAt) throw new AppError('REPLY_DELETED', 'This reply was deleted.');
      const thread = await this.threads.lockRow(tx, reply.threadId);
      if (thread.lockedAt) throw new AppError('THREAD_LOCKED', 'This thread is locked by a moderator.');
      await this.posts.keepReplyRevision(tx, reply);
      Object.assign(reply, { body, bodyHtml: renderMarkdown(body), editedAt: new Date() });
      return this.posts.saveReply(tx, reply);
    });
    await this.screening.afterStored('reply', id, screening);
    return toReply(updated, viewer, loaders, null);
  }

  /** The reply keeps its place in the tree (its answers stay), its text and history go. */
  async remove(viewer: AuthUser, id: string, loaders: Loaders): Promise<ReplyObject> {
    const updated = await this.db.transaction(async (tx) => {
      const reply = await this.lockReply(tx, id);
      if (reply.authorId !== viewer.id) throw forbidden('Only the author can delete this reply.');
      if (reply.deletedAt) return reply;
      await this.posts.dropReplyRevisions(tx, reply.id);
      Object.assign(reply, { body: '', bodyHtml: '', deletedAt: new Date() });
      return this.posts.saveReply(tx, reply);
    });
    return toReply(updated, viewer, loaders, null);
  }

  /** Earlier versions of a reply the viewer can already see (it came from a readable thread). */
  async revisions(reply: ReplyObject, loaders: Loaders): Promise<RevisionObject[]> {
    const rows = await loaders.replyRevisions.load(reply.id);
    return rows.map((r) => ({ title: null, body: r.body, tags: null, replacedAt: r.replacedAt }));
  }

  // ---- helpful -------------------------------------------------------------------------

  /** Marks (or unmarks) a thread or reply as helpful: once per member, never one's own post. */
  async setHelpful(viewer: AuthUser, targetType: 'thread' | 'reply', id: string, helpful: boolean): Promise<HelpfulStateObject> {
    const post = await this.posts.helpfulTarget(targetType, id);
    if (!post) throw notFound(targetType === 'thread' ? 'That thread' : 'That reply');
    await this.threads.readable(viewer, post.threadId);
    if (post.authorId === viewer.id) throw forbidden('You cannot mark your own post as helpful.');
    if (post.deletedAt && helpful) throw new AppError(targetType === 'thread' ? 'THREAD_DELETED' : 'REPLY_DELETED', 'That post was deleted.');
    if (post.moderation !== 'visible' && helpful) throw new AppError('CONTENT_HIDDEN', 'Moderators have hidden that post.');
    const state = await this.db.transaction(async (tx) => {
      const count = await this.posts.setHelpful(tx, viewer.id, targetType, id, helpful);
      if (count === null) {
        throw helpful
          ? new AppError('ALREADY_MARKED_HELPFUL', 'You already marked this as helpful.')
          : new AppError('NOT_MARKED_HELPFUL', 'You had not marked this as helpful.');
      }
      return { id, helpfulCount: count, viewerMarkedHelpful: helpful };
    });
    if (helpful) this.events.emit('helpful.marked', { type: targetType, id, markerId: viewer.id });
    return state;
  }

  /** The asker of a question marks the replies that helped them. */
  async setHelpedAsker(viewer: AuthUser, replyId: string, helped: boolean, loaders: Loaders): Promise<ReplyObject> {
    const reply = await this.posts.reply(replyId);
    if (!reply) throw notFound('That reply');
    const thread = await this.threads.readable(viewer, reply.threadId);
    if (thread.kind !== 'question' || thread.authorId !== viewer.id) {
      throw new AppError('NOT_THE_ASKER', 'Only the person who asked this question can mark the replies that helped.');
    }
    if (reply.deletedAt) throw new AppError('REPLY_DELETED', 'That reply was deleted.');
    await this.posts.setHelpedAsker(replyId, helped);
    reply.helpedAsker = helped;
    return toReply(reply, viewer, loaders, null);
  }

  private async lockReply(tx: EntityManager, id: string): Promise<ReplyEntity> {
    return this.posts.lockReply(tx, id);
  }
}
