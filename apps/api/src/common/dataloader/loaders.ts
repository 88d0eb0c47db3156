import { hiddenAuthorIds, moderatedGroupIds } from '../../modules/access/access.sql';
import { threadStateSql } from '../../modules/threads/read-state.sql';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { ConditionEntity } from '../../modules/conditions/condition.entity';
import { GroupEntity } from '../../modules/groups/group.entity';
import { GroupMembershipEntity } from '../../modules/groups/group-membership.entity';
import type { PublicUser } from '../../modules/users/user.mapper';
import { isSiteModerator, type AuthUser } from '../auth/auth-user';

/** What the viewer has read of a thread, whether they follow it, and which of its posts they saved. */
export interface ViewerThreadState {
  lastReadAt: Date | null;
  follows: boolean;
  saved: ReadonlySet<string>;
}
const NO_THREAD_STATE: ViewerThreadState = { lastReadAt: null, follows: false, saved: new Set() };

/** A value of the request read once, when first asked, unless a statement that read it already gave it (`prime`). */
function askedOnce<T>(read: () => Promise<T>): { (): Promise<T>; prime(value: T): void } {
  let value: Promise<T> | null = null;
  const ask = () => (value ??= read());
  return Object.assign(ask, {
    prime: (given: T) => {
      value ??= Promise.resolve(given);
    },
  });
}

/**
 * Per-request DataLoaders: every relation field resolves through one of these, so the
 * number of SQL queries for a page does not grow with the number of items on it.
 */
export function createLoaders(db: DataSource, viewer: AuthUser | null) {
  const byId = <T extends { id: string }>(rows: T[], ids: readonly string[]) => {
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  };
  return {
    conditionById: new DataLoader<string, ConditionEntity | null>(async (ids) =>
      byId(
        await db.getRepository(ConditionEntity).createQueryBuilder('c').where('c.id = ANY(:ids)', { ids }).getMany(),
        ids,
      ),
    ),
    groupById: new DataLoader<string, GroupEntity | null>(async (ids) =>
      byId(
        await db.getRepository(GroupEntity).createQueryBuilder('g').where('g.id = ANY(:ids)', { ids }).getMany(),
        ids,
      ),
    ),
    /** Public profile columns only: emails and password hashes never travel on a read path. */
    userById: new DataLoader<string, PublicUser | null>(async (ids) => {
      const rows: { id: string; handle: string; bio: string; role: PublicUser['role']; clinician_status: PublicUser['clinicianStatus']; created_at: Date }[] =
        await db.query(`SELECT id, handle, bio, role, clinician_status, created_at FROM users WHERE id = ANY($1)`, [ids]);
      return byId(
        rows.map((r) => ({ id: r.id, handle: r.handle, bio: r.bio, role: r.role, clinicianStatus: r.clinician_status, createdAt: r.created_at })),
        ids,
      );
    }),
    /** The viewer's own membership (any status) in each group. */
    viewerMembershipByGroupId: new DataLoader<string, GroupMembershipEntity | null>(async (groupIds) => {
      if (!viewer) return groupIds.map(() => null);
      const rows = await db
        .getRepository(GroupMembershipEntity)
        .createQueryBuilder('m')
        .where('m.user_id = :uid AND m.group_id = ANY(:groupIds)', { uid: viewer.id, groupIds })
        .getMany();
      const map = new Map(rows.map((m) => [m.groupId, m]));
      return groupIds.map((id) => map.get(id) ?? null);
    }),
    /** Whether the viewer marked each post helpful; keys are "thread:<id>" or "reply:<id>". */
    viewerHelpful: new DataLoader<string, boolean>(async (keys) => {
      if (!viewer) return keys.map(() => false);
      const rows: { k: string }[] = await db.query(
        `SELECT target_type || ':' || target_id AS k FROM helpful_marks
          WHERE user_id = $1 AND (target_type || ':' || target_id) = ANY($2)`,
        [viewer.id, keys],
      );
      const marked = new Set(rows.map((r) => r.k));
      return keys.map((k) => marked.has(k));
    }),
    /** Earlier versions of each reply, newest first (one query for any number of replies). */
    replyRevisions: new DataLoader<string, { body: string; replacedAt: Date }[]>(async (replyIds) => {
      const rows: { reply_id: string; body: string; created_at: Date }[] = await db.query(
        `SELECT reply_id, body, created_at FROM reply_revisions WHERE reply_id = ANY($1) ORDER BY created_at DESC`,
        [replyIds],
      );
      return replyIds.map((id) => rows.filter((r) => r.reply_id === id).map((r) => ({ body: r.body, replacedAt: r.created_at })));
    }),
    /** Members the viewer blocked or was blocked by (one query per request, when asked and not primed). */
    viewerHiddenAuthors: askedOnce(() =>
      viewer
        ? db.query(`SELECT blocked_id AS id FROM (${hiddenAuthorIds('$1')}) x`, [viewer.id]).then((rows: { id: string }[]) => new Set(rows.map((r) => r.id)))
        : Promise.resolve(new Set<string>()),
    ),
    /** Whether the viewer follows each group (for new-thread notifications). */
    viewerFollows: new DataLoader<string, boolean>(async (groupIds) => {
      if (!viewer) return groupIds.map(() => false);
      const rows: { group_id: string }[] = await db.query(`SELECT group_id FROM group_follows WHERE user_id = $1 AND group_id = ANY($2)`, [
        viewer.id,
        groupIds,
      ]);
      const followed = new Set(rows.map((r) => r.group_id));
      return groupIds.map((id) => followed.has(id));
    }),
    /** Whether the viewer moderates each group (site moderators moderate all). */
    viewerModerates: new DataLoader<string, boolean>(async (groupIds) => {
      if (!viewer) return groupIds.map(() => false);
      if (isSiteModerator(viewer)) return groupIds.map(() => true);
      const rows: { group_id: string }[] = await db.query(
        `SELECT group_id FROM (${moderatedGroupIds('$1')}) x WHERE group_id = ANY($2)`,
        [viewer.id, groupIds],
      );
      const moderated = new Set(rows.map((r) => r.group_id));
      return groupIds.map((id) => moderated.has(id));
    }),
    /**
     * The viewer's read state of each thread, in one query for any number of threads: where they
     * have read up to (`readPointSql`: their own read position, a group marked all read, or when
     * they joined the group, whichever is latest; null: never, or a visitor), whether they follow
     * it, and which of its posts they saved (the thread's own id for the thread).
     */
    viewerThreadState: new DataLoader<string, ViewerThreadState>(async (threadIds) => {
      if (!viewer) return threadIds.map(() => NO_THREAD_STATE);
      const state = threadStateSql('t', '$1');
      const rows: { thread_id: string; read_point: Date | null; follows: boolean; saved: string[] }[] = await db.query(
        `SELECT t.id AS thread_id, ${state.columns} FROM threads t ${state.joins} WHERE t.id = ANY($2)`,
        [viewer.id, threadIds],
      );
      const map = new Map(rows.map((r) => [r.thread_id, { lastReadAt: r.read_point, follows: r.follows, saved: new Set(r.saved) }]));
      return threadIds.map((id) => map.get(id) ?? NO_THREAD_STATE);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
