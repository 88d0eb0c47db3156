import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import type { ThreadSort } from '@kindred/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import type { Loaders } from '../../common/dataloader/loaders';
import { AppError, forbidden, notFound } from '../../common/errors/app-error';
import { Connection, decodeCursor, pageSize, toConnection, withNodes } from '../../common/graphql/pagination';
import { renderMarkdown } from '../../common/markdown/render-markdown';
import { authorHiddenFrom, canReadGroupContent, moderationVisible } from '../access/access.sql';
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
import { ReplyEntity } from './reply.entity';
import { ThreadEntity } from './thread.entity';
import type { StartThreadInput, ThreadContentInput, ThreadsArgs } from './thread.input';
import type { RevisionObject, TagObject, ThreadObject } from './thread.object';

const toThreadEntity = (r: Record<string, unknown>): ThreadEntity =>
  ({
    id: r.id,
    groupId: r.group_id,
    authorId: r.author_id,
    anonymous: r.anonymous,
    kind: r.kind,
    title: r.title,
    body: r.body,
    bodyHtml: r.body_html,
    tags: r.tags,
    lockedAt: r.locked_at,
    lockedBy: r.locked_by,
    deletedAt: r.deleted_at,
    helpfulCount: r.helpful_count,
    replyCount: r.reply_count,
    replySeq: r.reply_seq,
    createdAt: r.created_at,
    editedAt: r.edited_at,
    lastActivityAt: r.last_activity_at,
    moderation: r.moderation,
    moderationReason: r.moderation_reason,
  }) as ThreadEntity;

const SORT_KEYS: Record<ThreadSort, { column: string; value: (t: ThreadEntity) => string | number }> = {
  latest_activity: { column: 't.last_activity_at', value: (t) => t.lastActivityAt.toISOString() },
  newest: { column: 't.created_at', value: (t) => t.createdAt.toISOString() },
  most_helpful: { column: 't.helpful_count', value: (t) => t.helpfulCount },
};

/** Threads in groups: who may read, start, edit, delete and lock them, and their history. */
@Injectable()
export class ThreadsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(ThreadEntity) private readonly threads: Repository<ThreadEntity>,
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
    const [row]: (Record<string, unknown> & { can_read: boolean; blocked: boolean })[] = await this.db.query(
      `SELECT t.id, t.group_id, t.author_id, t.anonymous, t.kind, t.title, t.body, t.body_html, t.tags, t.locked_at,
              t.locked_by, t.deleted_at, t.helpful_count, t.reply_count, t.reply_seq, t.created_at, t.edited_at,
              t.last_activity_at, t.moderation, t.moderation_reason,
              ${canReadGroupContent('g', 't.created_at', '$2::uuid')} AS can_read,
              ${authorHiddenFrom({ anonymous: 't.anonymous', authorId: 't.author_id' }, '$2::uuid')} AS blocked
         FROM threads t JOIN groups g ON g.id = t.group_id WHERE t.id = $1`,
      [threadId, viewer?.id ?? null],
    );
    if (!row) throw notFound('That thread');
    if (!row.can_read) throw forbidden('Only members of this private group can read its threads.');
    if (row.blocked) throw notFound('That thread');
    const thread = toThreadEntity(row);
    if (thread.moderation !== 'visible' && thread.authorId !== viewer?.id && !(await this.groups.canModerate(viewer, thread.groupId))) {
      throw new AppError(
        'CONTENT_HIDDEN',
        thread.moderation === 'pending' ? 'This thread is waiting for a moderator’s approval.' : 'Moderators have hidden this thread.',
      );
    }
    return thread;
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
    const rows: { slug: string }[] = await tx.query(`SELECT slug FROM tags WHERE slug = ANY($1)`, [unique]);
    const known = new Set(rows.map((r) => r.slug));
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
    return this.db.query(`SELECT slug, label FROM tags ORDER BY label`);
  }

  async thread(viewer: AuthUser | null, id: string, loaders: Loaders): Promise<ThreadObject> {
    return toThread(await this.readable(viewer, id), viewer, loaders);
  }

  async list(viewer: AuthUser | null, args: ThreadsArgs, loaders: Loaders): Promise<Connection<ThreadObject>> {
    const group = await this.groups.entity(args.groupId);
    if (!(await this.access.canReadContent(viewer, group))) {
      throw forbidden('Only members of this private group can read its threads.');
    }
    const limit = pageSize(args.first);
    const cursor = decodeCursor(args.after, 2);
    const sort = SORT_KEYS[args.sort];
    const qb = this.threads
      .createQueryBuilder('t')
      .innerJoin('groups', 'g', 'g.id = t.group_id')
      .where('t.group_id = :gid', { gid: group.id })
      // What was written while the group was private stays members-only.
      .andWhere(canReadGroupContent('g', 't.created_at', ':me::uuid'), { me: viewer?.id ?? null });
    if (args.kind) qb.andWhere('t.kind = :kind', { kind: args.kind });
    if (args.tag) qb.andWhere(':tag = ANY(t.tags)', { tag: args.tag.toLowerCase() });
    // Members who blocked each other do not see each other's threads.
    if (viewer) qb.andWhere(`NOT ${authorHiddenFrom({ anonymous: 't.anonymous', authorId: 't.author_id' }, ':me::uuid')}`);
    // Threads that are not visible are listed only for their author and the group's moderators.
    qb.andWhere(moderationVisible({ moderation: 't.moderation', authorId: 't.author_id', group: 't.group_id' }, ':me::uuid'));
    const total = await qb.getCount();
    if (cursor) {
      const cast = args.sort === 'most_helpful' ? 'int' : 'timestamptz';
      qb.andWhere(`(${sort.column}, t.id) < (:k::${cast}, :id::uuid)`, { k: cursor[0], id: cursor[1] });
    }
    const rows = await qb.orderBy(sort.column, 'DESC').addOrderBy('t.id', 'DESC').limit(limit + 1).getMany();
    const connection = toConnection(rows, limit, total, (t) => [sort.value(t), t.id], (t) => t);
    const nodes = await Promise.all(connection.nodes.map((t) => toThread(t, viewer, loaders)));
    return withNodes(connection, nodes);
  }

  async revisions(viewer: AuthUser | null, threadId: string): Promise<RevisionObject[]> {
    await this.readable(viewer, threadId);
    const rows: { title: string; body: string; tags: string[]; created_at: Date }[] = await this.db.query(
      `SELECT title, body, tags, created_at FROM thread_revisions WHERE thread_id = $1 ORDER BY created_at DESC`,
      [threadId],
    );
    return rows.map((r) => ({ title: r.title, body: r.body, tags: r.tags, replacedAt: r.created_at }));
  }

  // ---- writing -------------------------------------------------------------------------

  async start(viewer: AuthUser, input: StartThreadInput, loaders: Loaders): Promise<ThreadObject> {
    const key = input.idempotencyKey;
    const earlier = await storedIdempotentResult(this.db, viewer.id, 'thread', key);
    if (earlier) return toThread(await this.threads.findOneByOrFail({ id: earlier }), viewer, loaders);
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
      const row = await tx.getRepository(ThreadEntity).save(
        this.threads.create({
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
        }),
      );
      await recordIdempotentResult(tx, viewer.id, 'thread', key, row.id);
      return row;
    });
    if (!replayed) {
      if (screening.state === 'visible') this.events.emit('post.created', { type: 'thread', id: saved.id });
      await this.screening.afterStored('thread', saved.id, screening);
    }
    return toThread(await this.threads.findOneByOrFail({ id: saved.id }), viewer, loaders);
  }

  /** The author edits; the version being replaced is kept and viewable. */
  async edit(viewer: AuthUser, id: string, input: ThreadContentInput, loaders: Loaders): Promise<ThreadObject> {
    const current = await this.threads.findOneBy({ id });
    if (!current) throw notFound('That thread');
    const screening = await this.screening.screenEdit(viewer, current.groupId, `${input.title}\n${input.body}`);
    const updated = await this.db.transaction(async (tx) => {
      const thread = await this.lockRow(tx, id);
      if (thread.authorId !== viewer.id) throw forbidden('Only the author can edit this thread.');
      if (thread.deletedAt) throw new AppError('THREAD_DELETED', 'This thread was deleted.');
      if (thread.lockedAt) throw new AppError('THREAD_LOCKED', 'This thread is locked by a moderator.');
      const tags = await this.assertTagsKnown(input.tags, tx);
      await tx.query(`INSERT INTO thread_revisions (thread_id, title, body, tags) VALUES ($1, $2, $3, $4)`, [
        thread.id,
        thread.title,
        thread.body,
        thread.tags,
      ]);
      Object.assign(thread, {
        title: input.title.trim(),
        body: input.body,
        bodyHtml: renderMarkdown(input.body),
        tags,
        editedAt: new Date(),
      });
      return tx.getRepository(ThreadEntity).save(thread);
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
      await tx.query(`DELETE FROM thread_revisions WHERE thread_id = $1`, [thread.id]);
      Object.assign(thread, { title: '[deleted]', body: '', bodyHtml: '', tags: [], deletedAt: new Date() });
      return tx.getRepository(ThreadEntity).save(thread);
    });
    return toThread(updated, viewer, loaders);
  }

  /** A moderator locks or unlocks a thread: the same act as from the review queue (ModerationService.act). */
  async setLocked(viewer: AuthUser, id: string, locked: boolean, reason: string, loaders: Loaders): Promise<ThreadObject> {
    await this.moderation.act(viewer, { action: locked ? 'lock' : 'unlock', target: { type: 'thread', id }, reason, opensCase: false });
    return toThread(await this.threads.findOneByOrFail({ id }), viewer, loaders);
  }

  /**
   * The only way to learn who wrote an anonymous post: a moderator of its group asks, gives a
   * reason, and the reveal is written to the audit log in the same transaction.
   */
  async revealAuthor(viewer: AuthUser, targetType: 'thread' | 'reply', id: string, reason: string): Promise<MemberObject> {
    const post =
      targetType === 'thread'
        ? await this.threads.findOneBy({ id })
        : await this.db.getRepository(ReplyEntity).findOneBy({ id });
    if (!post) throw notFound(targetType === 'thread' ? 'That thread' : 'That reply');
    const groupId =
      'groupId' in post ? post.groupId : (await this.threads.findOneByOrFail({ id: (post as ReplyEntity).threadId })).groupId;
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
    await this.db.query(
      `INSERT INTO thread_reads (user_id, thread_id, last_read_at) VALUES ($1, $2, now())
       ON CONFLICT (user_id, thread_id) DO UPDATE SET last_read_at = now()`,
      [viewer.id, threadId],
    );
    return true;
  }

  async lockRow(tx: EntityManager, id: string): Promise<ThreadEntity> {
    const thread = await tx
      .getRepository(ThreadEntity)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.id = :id', { id })
      .getOne();
    if (!thread) throw notFound('That thread');
    return thread;
  }
}

