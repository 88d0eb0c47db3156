import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ThreadSort } from '@kindred/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import type { Loaders } from '../../common/dataloader/loaders';
import { AppError, forbidden, notFound } from '../../common/errors/app-error';
import { Connection, decodeCursor, pageSize, toConnection, withNodes } from '../../common/graphql/pagination';
import { renderMarkdown } from '../../common/markdown/render-markdown';
import { AccessService } from '../access/access.service';
import { DomainEvents } from '../../common/events/domain-events';
import { AuditService } from '../audit/audit.service';
import { ScreeningService } from '../moderation/screening.service';
import { ModerationService } from '../moderation/moderation.service';
import { GroupsService } from '../groups/groups.service';
import { toMember } from '../users/user.mapper';
import type { MemberObject } from '../users/user.object';
import { UserEntity } from '../users/user.entity';
import { claimIdempotencyKey, recordIdempotentResult, storedIdempotentResult } from '../../common/idempotency/idempotency';
import { toThread } from './post.mapper';
import { PAGE_LABELS } from './post.mapper';
import { PostsRepository, type ThreadPageRow } from './posts.repository';
import { ReplyEntity } from './reply.entity';
import { ThreadEntity } from './thread.entity';
import type { StartThreadInput, ThreadContentInput, ThreadsArgs } from './thread.input';
import type { RevisionObject, TagObject, ThreadObject } from './thread.object';

/** The thread row and its access facts, without what threadPageFor adds. */
function withoutPage(row: ThreadPageRow): ThreadEntity & { canRead: boolean; blocked: boolean } {
  const { authorUser: _author, replyRows: _rows, replyAuthors: _authors, viewerFacts: _viewer, ...thread } = row;
  return thread;
}

const SORT_VALUE: Record<ThreadSort, (t: ThreadEntity) => string | number> = {
  latest_activity: (t) => t.lastActivityAt.toISOString(),
  newest: (t) => t.createdAt.toISOString(),
  most_helpful: (t) => t.helpfulCount,
};

/** Threads in groups: who may read, start, edit, delete and lock them, and their history. */
@Injectable()
export class ThreadsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly posts: PostsRepository,
    private readonly groups: GroupsService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly screening: ScreeningService,
    private readonly access: AccessService,
    private readonly moderation: ModerationService,
  ) {}

  // ---- access --------------------------------------------------------------------------

  /**
   * The thread, if the viewer may read it (one query: the thread and the access rules as SQL);
   * otherwise FORBIDDEN (members-only content), or NOT_FOUND if there is none — or if its named
   * author is in a block with the viewer (for them it is not there: not its title, not replying).
   */
  async readable(viewer: AuthUser | null, threadId: string): Promise<ThreadEntity> {
    return this.allowed(viewer, await this.posts.threadForViewer(threadId, viewer?.id ?? null));
  }

  /** readable()'s decision on a thread row that carries the access facts (`canRead`, `blocked`). */
  private async allowed(viewer: AuthUser | null, found: (ThreadEntity & { canRead: boolean; blocked: boolean }) | null): Promise<ThreadEntity> {
    if (!found) throw notFound('That thread');
    const { canRead, blocked, ...thread } = found;
    if (!canRead) throw forbidden('Only members of this private group can read its threads.');
    if (blocked) throw notFound('That thread');
    if (thread.moderation !== 'visible' && thread.authorId !== viewer?.id && !(await this.groups.canModerate(viewer, thread.groupId))) {
      throw new AppError(
        'CONTENT_HIDDEN',
        thread.moderation === 'pending' ? 'This thread is waiting for a moderator’s approval.' : 'Moderators have hidden this thread.',
      );
    }
    return thread as ThreadEntity;
  }

  /** Posting needs active membership of the group (site moderators may always post). */
  async assertCanPost(viewer: AuthUser, groupId: string): Promise<void> {
    await this.access.assertCanPost(viewer, groupId);
  }

  async assertAnonymousAllowed(groupId: string, anonymous: boolean): Promise<void> {
    if (!anonymous) return;
    const group = await this.groups.entity(groupId);
    if (!group.allowAnonymous) {
      throw new AppError('ANONYMOUS_NOT_ALLOWED', 'This group does not allow anonymous posts.');
    }
  }

  async assertTagsKnown(tags: string[], tx: EntityManager = this.db.manager): Promise<string[]> {
    const unique = [...new Set(tags.map((t) => t.trim().toLowerCase()))];
    if (!unique.length) return [];
    const known = await this.posts.knownTags(unique, tx);
    const unknown = unique.filter((t) => !known.has(t));
    if (unknown.length) {
      throw new AppError('UNKNOWN_TAG', `Unknown tag${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`, {
        fields: [{ field: 'tags', code: 'INVALID_VALUE', message: `Choose tags from the list; not: ${unknown.join(', ')}.` }],
      });
    }
    return unique;
  }

  // ---- reading -------------------------------------------------------------------------

  async tags(): Promise<TagObject[]> {
    return this.posts.tags();
  }

  /**
   * A thread the viewer may read. With `replies` (the page the query asks for, when it asks for
   * one), the thread page comes from one statement (`PostsRepository.threadPageFor`): the same
   * access decision, the thread's and the page's authors put in the request's user loader, a
   * member's blocks, helpful mark and read state of the thread put in theirs, and the reply page
   * kept on the thread for `RepliesService.page`.
   */
  async thread(
    viewer: AuthUser | null,
    id: string,
    loaders: Loaders,
    replies?: { first: number; after: string | null; afterPath: string | null; fields: ReadonlySet<string> | null },
  ): Promise<ThreadObject> {
    if (!replies) return toThread(await this.readable(viewer, id), viewer, loaders);
    const found = await this.posts.threadPageFor(id, viewer?.id ?? null, {
      afterPath: replies.afterPath,
      limit: replies.first + 1,
      labels: PAGE_LABELS,
      fields: replies.fields,
    });
    const rows = found?.replyRows ?? null;
    for (const u of [found?.authorUser, ...(found?.replyAuthors ?? [])]) {
      if (u) loaders.userById.prime(u.id, { id: u.id, handle: u.handle, bio: u.bio, role: u.role, clinicianStatus: u.clinicianStatus, createdAt: new Date(u.createdAt) });
    }
    // A member's blocks, helpful mark on the thread and state of it came with the page.
    const facts = found?.viewerFacts;
    if (found && facts) {
      loaders.viewerHiddenAuthors.prime(facts.hidden);
      loaders.viewerHelpful.prime(`thread:${found.id}`, facts.markedThread);
      loaders.viewerThreadState.prime(found.id, facts.state);
    }
    const thread = await this.allowed(viewer, found && { ...withoutPage(found) });
    const object = await toThread(thread, viewer, loaders);
    if (rows) object.prefetchedReplies = { first: replies.first, after: replies.after, rows };
    return object;
  }

  async list(viewer: AuthUser | null, args: ThreadsArgs, loaders: Loaders): Promise<Connection<ThreadObject>> {
    const group = await this.groups.entity(args.groupId);
    if (!(await this.access.canReadContent(viewer, group))) {
      throw forbidden('Only members of this private group can read its threads.');
    }
    const limit = pageSize(args.first);
    const cursor = decodeCursor(args.after, 2);
    const { rows, total } = await this.posts.listThreads({
      groupId: group.id,
      viewerId: viewer?.id ?? null,
      kind: args.kind,
      tag: args.tag,
      sort: args.sort,
      limit,
      cursor,
    });
    const connection = toConnection(rows, limit, total, (t) => [SORT_VALUE[args.sort](t), t.id], (t) => t);
    const nodes = await Promise.all(connection.nodes.map((t) => toThread(t, viewer, loaders)));
    return withNodes(connection, nodes);
  }

  async revisions(viewer: AuthUser | null, threadId: string): Promise<RevisionObject[]> {
    await this.readable(viewer, threadId);
    return this.posts.threadRevisions(threadId);
  }

  // ---- writing -------------------------------------------------------------------------

  async start(viewer: AuthUser, input: StartThreadInput, loaders: Loaders): Promise<ThreadObject> {
    const key = input.idempotencyKey;
    const earlier = await storedIdempotentResult(this.db, viewer.id, 'thread', key);
    if (earlier) return toThread((await this.posts.thread(earlier))!, viewer, loaders);
    await this.groups.entity(input.groupId);
    await this.assertCanPost(viewer, input.groupId);
    await this.assertAnonymousAllowed(input.groupId, input.anonymous);
    const tags = await this.assertTagsKnown(input.tags);
    const screening = await this.screening.screen(viewer, input.groupId, `${input.title}\n${input.body}`, 'post');
    // The key is claimed in the insert's transaction: concurrent retries store one thread.
    let replayed: string | null = null;
    const saved = await this.db.transaction(async (tx) => {
      replayed = await claimIdempotencyKey(tx, viewer.id, 'thread', key);
      if (replayed) return { id: replayed };
      const row = await this.posts.saveThread(tx, {
          groupId: input.groupId,
          authorId: viewer.id,
          anonymous: input.anonymous,
          kind: input.kind,
          title: input.title.trim(),
          body: input.body,
          bodyHtml: renderMarkdown(input.body),
          tags,
          moderation: screening.state,
          moderationReason: screening.reason,
        });
      await recordIdempotentResult(tx, viewer.id, 'thread', key, row.id);
      // Starting a thread follows it: its author hears of its replies until they unfollow.
      await this.posts.setFollow(viewer.id, row.id, true, tx);
      return row;
    });
    if (!replayed) {
      if (screening.state === 'visible') this.events.emit('post.created', { type: 'thread', id: saved.id });
      await this.screening.afterStored('thread', saved.id, screening);
    }
    return toThread((await this.posts.thread(saved.id))!, viewer, loaders);
  }

  /** The author edits; the version being replaced is kept and viewable. */
  async edit(viewer: AuthUser, id: string, input: ThreadContentInput, loaders: Loaders): Promise<ThreadObject> {
    const current = await this.posts.thread(id);
    if (!current) throw notFound('That thread');
    const screening = await this.screening.screenEdit(viewer, current.groupId, `${input.title}\n${input.body}`);
    const updated = await this.db.transaction(async (tx) => {
      const thread = await this.lockRow(tx, id);
      if (thread.authorId !== viewer.id) throw forbidden('Only the author can edit this thread.');
      if (thread.deletedAt) throw new AppError('THREAD_DELETED', 'This thread was deleted.');
      if (thread.lockedAt) throw new AppError('THREAD_LOCKED', 'This thread is locked by a moderator.');
      const tags = await this.assertTagsKnown(input.tags, tx);
      await this.posts.keepThreadRevision(tx, thread);
      Object.assign(thread, {
        title: input.title.trim(),
        body: input.body,
        bodyHtml: renderMarkdown(input.body),
        tags,
        editedAt: new Date(),
      });
      return this.posts.saveThread(tx, thread);
    });
    await this.screening.afterStored('thread', id, screening);
    return toThread(updated, viewer, loaders);
  }

  /** The author deletes: the thread and its replies stay, its text and history go. */
  async remove(viewer: AuthUser, id: string, loaders: Loaders): Promise<ThreadObject> {
    const updated = await this.db.transaction(async (tx) => {
      const thread = await this.lockRow(tx, id);
      if (thread.authorId !== viewer.id) throw forbidden('Only the author can delete this thread.');
      if (thread.deletedAt) return thread;
      await this.posts.dropThreadRevisions(tx, thread.id);
      Object.assign(thread, { title: '[deleted]', body: '', bodyHtml: '', tags: [], deletedAt: new Date() });
      return this.posts.saveThread(tx, thread);
    });
    return toThread(updated, viewer, loaders);
  }

  /** A moderator locks or unlocks a thread: the same act as from the review queue (ModerationService.act). */
  async setLocked(viewer: AuthUser, id: string, locked: boolean, reason: string, loaders: Loaders): Promise<ThreadObject> {
    await this.moderation.act(viewer, { action: locked ? 'lock' : 'unlock', target: { type: 'thread', id }, reason, opensCase: false });
    return toThread((await this.posts.thread(id))!, viewer, loaders);
  }

  /**
   * The only way to learn who wrote an anonymous post: a moderator of its group asks, gives a
   * reason, and the reveal is written to the audit log in the same transaction.
   */
  async revealAuthor(viewer: AuthUser, targetType: 'thread' | 'reply', id: string, reason: string): Promise<MemberObject> {
    const post = targetType === 'thread' ? await this.posts.thread(id) : await this.posts.reply(id);
    if (!post) throw notFound(targetType === 'thread' ? 'That thread' : 'That reply');
    const groupId = 'groupId' in post ? post.groupId : (await this.posts.thread((post as ReplyEntity).threadId))!.groupId;
    await this.groups.assertCanModerate(viewer, groupId);
    if (!post.anonymous) throw new AppError('BAD_REQUEST', 'That post is not anonymous.');
    return this.db.transaction(async (tx) => {
      await this.audit.record(
        { actorId: viewer.id, action: 'author.reveal', targetType, targetId: id, reason, details: { groupId } },
        tx,
      );
      const author = post.authorId ? await tx.getRepository(UserEntity).findOneBy({ id: post.authorId }) : null;
      if (!author) throw notFound('The author (their account was deleted)');
      return toMember(author);
    });
  }

  async markRead(viewer: AuthUser, threadId: string): Promise<boolean> {
    await this.readable(viewer, threadId);
    await this.posts.markRead(viewer.id, threadId);
    return true;
  }

  /** Everything in a group the viewer may read is marked read as of now (threads and their replies). */
  async markGroupRead(viewer: AuthUser, groupId: string): Promise<boolean> {
    const group = await this.groups.entity(groupId);
    if (!(await this.access.canReadContent(viewer, group))) {
      throw forbidden('Only members of this private group can read its threads.');
    }
    await this.posts.markGroupRead(viewer.id, group.id);
    return true;
  }

  /** Follow a thread the viewer may read (told of its replies), or stop following it. */
  async follow(viewer: AuthUser, threadId: string, follow: boolean): Promise<boolean> {
    // Unfollowing needs no access (nothing is read): a former member can always stop.
    if (follow) await this.readable(viewer, threadId);
    else if (!(await this.posts.thread(threadId))) throw notFound('That thread');
    await this.posts.setFollow(viewer.id, threadId, follow);
    return follow;
  }

  /**
   * Save a thread or a reply for later (the Saved page), or forget it. Only what the viewer may
   * read: a reply by someone in a block with them is not there for them (NOT_FOUND).
   */
  async save(viewer: AuthUser, target: 'thread' | 'reply', id: string, saved: boolean): Promise<boolean> {
    // Forgetting a save needs no access: a member who left a private group can still tidy up.
    if (target === 'thread') {
      if (saved) await this.readable(viewer, id);
      await this.posts.setSaved(viewer.id, id, null, saved);
      return saved;
    }
    const reply = await this.posts.reply(id);
    if (!reply) throw notFound('That reply');
    if (saved) {
      await this.readable(viewer, reply.threadId);
      if (await this.access.hiddenByBlock(viewer, reply)) throw notFound('That reply');
    }
    await this.posts.setSaved(viewer.id, reply.threadId, reply.id, saved);
    return saved;
  }

  async lockRow(tx: EntityManager, id: string): Promise<ThreadEntity> {
    return this.posts.lockThread(tx, id);
  }
}

