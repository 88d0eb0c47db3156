import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { ConditionEntity } from '../../modules/conditions/condition.entity';
import { GroupEntity } from '../../modules/groups/group.entity';
import { GroupMembershipEntity } from '../../modules/groups/group-membership.entity';
import { UserEntity } from '../../modules/users/user.entity';
import type { AuthUser } from '../auth/auth-user';

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
    userById: new DataLoader<string, UserEntity | null>(async (ids) =>
      byId(
        await db.getRepository(UserEntity).createQueryBuilder('u').where('u.id = ANY(:ids)', { ids }).getMany(),
        ids,
      ),
    ),
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
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
