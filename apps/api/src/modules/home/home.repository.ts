import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LIMITS } from '@kindred/contracts';
import { PlannedOnceStatements } from '../../common/database/planned-once';
import { authorHiddenFrom, canReadGroupContent, hiddenAuthorIds, memberGroupIds, moderationVisible } from '../access/access.sql';
import { PostsRepository } from '../threads/posts.repository';
import { groupReadPointSql, readPointSql } from '../threads/read-state.sql';
import type { ReplyEntity } from '../threads/reply.entity';
import type { ThreadEntity } from '../threads/thread.entity';
import { GroupEntity } from '../groups/group.entity';
import type { PublicUser } from '../users/user.mapper';

/** A thread on the home page with the member's read state, from one statement. */
export interface HomeThreadRow extends ThreadEntity {
  readPoint: Date | null;
  follows: boolean;
  newReplyCount: number;
  /** The named author's public columns (null when anonymous or gone), to prime the users DataLoader. */
  author: PublicUser | null;
  /** The thread's group (its entity's row), to prime the groups DataLoader. */
  group: GroupEntity;
  /** Everyone in a block with the viewer (the same on every row), to prime `viewerHiddenAuthors`. */
  viewerHidden: string[];
}

export interface HomeGroupRow {
  group: GroupEntity;
  unreadCount: number;
}

export interface ReplyToMeRow {
  reply: ReplyEntity;
  threadTitle: string;
  isNew: boolean;
}

export interface SavedRow {
  id: string;
  savedAt: Date;
  thread: ThreadEntity;
  reply: ReplyEntity | null;
}

export type HomeThreadFilter = 'all' | 'following';

/** `$1` is always the member. */
const VIEWER = '$1::uuid';

/**
 * A thread row `t` (its group `g`) the member may see in a list: the same three rules as a
 * group's thread list (`PostsRepository.listThreads`) — readable group content, no block with
 * its named author, visible or theirs or moderated by them — and not deleted.
 */
const LISTED_THREAD = [
  't.deleted_at IS NULL',
  canReadGroupContent('g', 't.created_at', VIEWER),
  `NOT coalesce(${authorHiddenFrom({ anonymous: 't.anonymous', authorId: 't.author_id' }, VIEWER)}, false)`,
  `coalesce(${moderationVisible({ moderation: 't.moderation', authorId: 't.author_id', group: 't.group_id' }, VIEWER)}, false)`,
].join(' AND ');

/**
 * A reply row `r` in thread `t` that counts as new to the member after the read point `point`
 * (an SQL expression; NULL: all are new): by someone else, not deleted, not by someone in a
 * block with them, and visible to them.
 */
const NEW_REPLY = (point: string) =>
  [
    `(${point} IS NULL OR r.created_at > ${point})`,
    'r.deleted_at IS NULL',
    `r.author_id IS DISTINCT FROM ${VIEWER}`,
    `NOT coalesce(${authorHiddenFrom({ anonymous: 'r.anonymous', authorId: 'r.author_id' }, VIEWER)}, false)`,
    `coalesce(${moderationVisible({ moderation: 'r.moderation', authorId: 'r.author_id', group: 't.group_id' }, VIEWER)}, false)`,
  ].join(' AND ');

/** How many new replies of thread `t` after `point`, counted up to the cap (the page shows "99+"). */
const NEW_REPLY_COUNT = (point: string) =>
  `(SELECT count(*)::int FROM (SELECT 1 FROM replies r WHERE r.thread_id = t.id AND ${NEW_REPLY(point)} LIMIT ${LIMITS.homeUnreadCap}) n)`;

const USER_FIELDS = `u.id AS "u_id", u.handle AS "u_handle", u.bio AS "u_bio", u.role AS "u_role", u.clinician_status AS "u_clinicianStatus", u.created_at AS "u_createdAt"`;

function takeAuthor(row: Record<string, unknown>): PublicUser | null {
  const author = row.u_id
    ? ({
        id: row.u_id,
        handle: row.u_handle,
        bio: row.u_bio,
        role: row.u_role,
        clinicianStatus: row.u_clinicianStatus,
        createdAt: row.u_createdAt,
      } as PublicUser)
    : null;
  for (const k of ['u_id', 'u_handle', 'u_bio', 'u_role', 'u_clinicianStatus', 'u_createdAt']) delete row[k];
  return author;
}

/**
 * The member's home, as read-only projections over the threads feature's tables with the access
 * rules of `access.sql.ts` and the read point of `read-state.sql.ts` composed in: each list is
 * one statement, its counts included.
 */
@Injectable()
export class HomeRepository {
  /** `g.<column> AS "g_<field>"` for every GroupEntity column: a list's groups come with it. */
  private readonly groupColumns: string;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly posts: PostsRepository,
    private readonly plannedOnce: PlannedOnceStatements,
  ) {
    this.groupColumns = db
      .getMetadata(GroupEntity)
      .columns.map((c) => `g.${c.databaseName} AS "g_${c.propertyName}"`)
      .join(', ');
  }

  /**
   * A page of threads, latest activity first: in the member's groups (`all`; each group's own
   * newest threads through its activity index, then merged), or the threads they follow. Each
   * with its read point, whether they follow it and how many replies are new to them.
   */
  async threads(viewerId: string, filter: HomeThreadFilter, limit: number, cursor: (string | number | null)[] | null): Promise<HomeThreadRow[]> {
    const params: unknown[] = [viewerId, limit + 1];
    const after = cursor
      ? ` AND (t.last_activity_at, t.id) < ($${params.push(cursor[0])}::timestamptz, $${params.push(cursor[1])}::uuid)`
      : '';
    const page =
      filter === 'following'
        ? `SELECT t.id, t.last_activity_at FROM thread_follows f JOIN threads t ON t.id = f.thread_id JOIN groups g ON g.id = t.group_id
            WHERE f.user_id = ${VIEWER} AND ${LISTED_THREAD}${after}
            ORDER BY t.last_activity_at DESC, t.id DESC LIMIT $2`
        : `SELECT t.id, t.last_activity_at FROM (${memberGroupIds(VIEWER)}) mg
            CROSS JOIN LATERAL (
              SELECT t.id, t.last_activity_at FROM threads t JOIN groups g ON g.id = t.group_id
               WHERE t.group_id = mg.group_id AND ${LISTED_THREAD}${after}
               ORDER BY t.last_activity_at DESC, t.id DESC LIMIT $2) t
            ORDER BY t.last_activity_at DESC, t.id DESC LIMIT $2`;
    // Planned once per session (PlannedOnceStatements): its plan is index ranges and key lookups
    // whatever the member, and planning it for each request cost PostgreSQL ~3 ms of a ~6 ms page.
    const rows = await this.plannedOnce.query<Record<string, unknown>>(
      `WITH page AS (${page}),
            hidden AS (SELECT ARRAY(${hiddenAuthorIds(VIEWER)}) AS ids)
       SELECT ${this.posts.threadColumns}, rp.point AS "readPoint", ${USER_FIELDS}, ${this.groupColumns}, hidden.ids AS "viewerHidden",
              EXISTS (SELECT 1 FROM thread_follows f WHERE f.user_id = ${VIEWER} AND f.thread_id = t.id) AS follows,
              ${NEW_REPLY_COUNT('rp.point')} AS "newReplyCount"
         FROM page CROSS JOIN hidden JOIN threads t ON t.id = page.id JOIN groups g ON g.id = t.group_id
         LEFT JOIN thread_reads tr ON tr.user_id = ${VIEWER} AND tr.thread_id = t.id
         LEFT JOIN group_reads gr ON gr.user_id = ${VIEWER} AND gr.group_id = t.group_id
         CROSS JOIN LATERAL (SELECT ${readPointSql('tr', 'gr', 't.group_id', VIEWER)} AS point) rp
         LEFT JOIN users u ON u.id = t.author_id AND NOT t.anonymous
        ORDER BY t.last_activity_at DESC, t.id DESC`,
      params,
    );
    return rows.map((row) => {
      const author = takeAuthor(row);
      const group = unprefix<GroupEntity>(row, 'g_');
      return Object.assign(row, { author, group }) as unknown as HomeThreadRow;
    });
  }

  /**
   * The member's groups (active memberships), by name, each with how many threads hold
   * something new to them — a thread started or a reply posted after their read point — counted
   * up to the cap, among the group's most recently active threads since its read point (at most
   * LIMITS.homeUnreadScan, through the group's activity index).
   */
  async groups(viewerId: string): Promise<HomeGroupRow[]> {
    // Planned once per session, as the page of threads: planning it cost ~2 ms of ~10 per request.
    const rows = await this.plannedOnce.query<Record<string, unknown>>(
      `SELECT ${this.groupColumns},
              (SELECT count(*)::int FROM (
                 SELECT 1 FROM (
                   -- The group's most recently active threads since its read point, newest first
                   -- through its activity index; a bounded scan, so the planner costs the count as
                   -- the few rows it reads (costed as a scan of the whole group, the statement
                   -- crossed PostgreSQL's JIT threshold and spent ~60 ms compiling itself).
                   SELECT t.* FROM threads t
                    WHERE t.group_id = g.id AND (gp.point IS NULL OR t.last_activity_at > gp.point)
                    ORDER BY t.last_activity_at DESC LIMIT ${LIMITS.homeUnreadScan}) t
                   LEFT JOIN thread_reads tr ON tr.user_id = ${VIEWER} AND tr.thread_id = t.id
                   CROSS JOIN LATERAL (SELECT greatest(tr.last_read_at, gp.point) AS point) rp
                  WHERE ${LISTED_THREAD}
                    AND (((rp.point IS NULL OR t.created_at > rp.point) AND t.author_id IS DISTINCT FROM ${VIEWER})
                         OR EXISTS (SELECT 1 FROM replies r WHERE r.thread_id = t.id AND ${NEW_REPLY('rp.point')}))
                  LIMIT ${LIMITS.homeUnreadCap}) n) AS "unreadCount"
         FROM (${memberGroupIds(VIEWER)}) mg JOIN groups g ON g.id = mg.group_id
         LEFT JOIN group_reads gr ON gr.user_id = ${VIEWER} AND gr.group_id = g.id
         CROSS JOIN LATERAL (SELECT ${groupReadPointSql('gr', 'g.id', VIEWER)} AS point) gp
        ORDER BY lower(g.name), g.id`,
      [viewerId],
    );
    return rows.map((row) => ({ unreadCount: row.unreadCount as number, group: unprefix<GroupEntity>(row, 'g_') }));
  }

  /**
   * Replies to the member, newest first: answers to their replies and top-level replies to their
   * threads, by others, where they may still read them (the thread's and the reply's rules).
   */
  async repliesToMe(viewerId: string, limit: number, cursor: (string | number | null)[] | null): Promise<ReplyToMeRow[]> {
    const params: unknown[] = [viewerId, limit + 1];
    const after = cursor ? ` AND (r.created_at, r.id) < ($${params.push(cursor[0])}::timestamptz, $${params.push(cursor[1])}::uuid)` : '';
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT ${this.posts.replyColumnsOf('r', 'r_')}, t.title AS "threadTitle",
              (rp.point IS NULL OR r.created_at > rp.point) AS "isNew"
         FROM (SELECT c.id FROM replies mine JOIN replies c ON c.parent_id = mine.id WHERE mine.author_id = ${VIEWER}
               UNION
               SELECT c.id FROM threads mt JOIN replies c ON c.thread_id = mt.id AND c.parent_id IS NULL WHERE mt.author_id = ${VIEWER}) x
         JOIN replies r ON r.id = x.id
         JOIN threads t ON t.id = r.thread_id
         JOIN groups g ON g.id = t.group_id
         LEFT JOIN thread_reads tr ON tr.user_id = ${VIEWER} AND tr.thread_id = t.id
         LEFT JOIN group_reads gr ON gr.user_id = ${VIEWER} AND gr.group_id = t.group_id
         CROSS JOIN LATERAL (SELECT ${readPointSql('tr', 'gr', 't.group_id', VIEWER)} AS point) rp
        WHERE ${LISTED_THREAD} AND ${NEW_REPLY('NULL')}${after}
        ORDER BY r.created_at DESC, r.id DESC LIMIT $2`,
      params,
    );
    return rows.map((row) => ({ reply: unprefix<ReplyEntity>(row, 'r_'), threadTitle: row.threadTitle as string, isNew: row.isNew as boolean }));
  }

  /** The member's saved posts, latest saved first, where they may still read them. */
  async saved(viewerId: string, limit: number, cursor: (string | number | null)[] | null): Promise<SavedRow[]> {
    const params: unknown[] = [viewerId, limit + 1];
    const after = cursor ? ` AND (s.created_at, s.id) < ($${params.push(cursor[0])}::timestamptz, $${params.push(cursor[1])}::uuid)` : '';
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT s.id AS "savedId", s.created_at AS "savedAt", ${this.posts.threadColumns}, ${this.posts.replyColumnsOf('r', 'r_')}
         FROM saved_posts s
         JOIN threads t ON t.id = s.thread_id
         JOIN groups g ON g.id = t.group_id
         LEFT JOIN replies r ON r.id = s.reply_id
        WHERE s.user_id = ${VIEWER} AND ${LISTED_THREAD}
          AND (r.id IS NULL OR (NOT coalesce(${authorHiddenFrom({ anonymous: 'r.anonymous', authorId: 'r.author_id' }, VIEWER)}, false)
               AND coalesce(${moderationVisible({ moderation: 'r.moderation', authorId: 'r.author_id', group: 't.group_id' }, VIEWER)}, false)))${after}
        ORDER BY s.created_at DESC, s.id DESC LIMIT $2`,
      params,
    );
    return rows.map((row) => {
      const reply = unprefix<ReplyEntity>(row, 'r_');
      const { savedId, savedAt, ...thread } = row;
      return { id: savedId as string, savedAt: savedAt as Date, thread: thread as unknown as ThreadEntity, reply: reply.id ? reply : null };
    });
  }
}

/** Takes the columns named `<prefix><field>` out of a row, as an object of `<field>`s. */
function unprefix<T>(row: Record<string, unknown>, prefix: string): T {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(row)) {
    if (k.startsWith(prefix)) {
      out[k.slice(prefix.length)] = row[k];
      delete row[k];
    }
  }
  return out as T;
}
