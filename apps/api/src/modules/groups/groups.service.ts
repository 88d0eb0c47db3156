import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError, Repository } from 'typeorm';
import { isSiteModerator } from '../../common/auth/auth-user';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError, fieldError, forbidden, notFound, unauthenticated } from '../../common/errors/app-error';
import { Connection, decodeCursor, pageSize, toConnection } from '../../common/graphql/pagination';
import type { PageArgs } from '../../common/graphql/pagination';
import { blockedBetween } from '../../common/database/blocks.sql';
import { DomainEvents } from '../../common/events/domain-events';
import { AuditService } from '../audit/audit.service';
import { UserEntity } from '../users/user.entity';
import { toMember } from '../users/user.mapper';
import { GroupMembershipEntity } from './group-membership.entity';
import { GroupEntity } from './group.entity';
import type { CreateGroupInput, GroupsArgs, UpdateGroupInput } from './group.input';
import type { GroupMemberObject, GroupObject, JoinRequestObject, MembershipObject } from './group.object';

export const toGroup = (g: GroupEntity): GroupObject => ({
  id: g.id,
  slug: g.slug,
  name: g.name,
  description: g.description,
  visibility: g.visibility,
  allowAnonymous: g.allowAnonymous,
  approveNewMembers: g.approveNewMembers,
  memberCount: g.memberCount,
  createdAt: g.createdAt,
  conditionId: g.conditionId,
});

export const toMembership = (m: GroupMembershipEntity): MembershipObject => ({
  id: m.id,
  status: m.status,
  role: m.role,
  requestedAt: m.requestedAt,
  joinedAt: m.joinedAt,
  groupId: m.groupId,
});

/**
 * Groups, memberships and the access rules that every other feature asks about:
 * who may read a group's content and members, and who moderates it.
 */
@Injectable()
export class GroupsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(GroupEntity) private readonly groups: Repository<GroupEntity>,
    @InjectRepository(GroupMembershipEntity) private readonly memberships: Repository<GroupMembershipEntity>,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  // ---- access rules ------------------------------------------------------------------

  async activeMembership(userId: string, groupId: string): Promise<GroupMembershipEntity | null> {
    return this.memberships.findOneBy({ userId, groupId, status: 'active' });
  }

  /** Public groups' content is readable by anyone; private groups' only by active members and site moderators. */
  async canReadContent(viewer: AuthUser | null, group: GroupEntity): Promise<boolean> {
    if (group.visibility === 'public') return true;
    if (!viewer) return false;
    if (isSiteModerator(viewer)) return true;
    return !!(await this.activeMembership(viewer.id, group.id));
  }

  async canModerate(viewer: AuthUser | null, groupId: string): Promise<boolean> {
    if (!viewer) return false;
    if (isSiteModerator(viewer)) return true;
    const m = await this.activeMembership(viewer.id, groupId);
    return m?.role === 'moderator';
  }

  async assertCanModerate(viewer: AuthUser, groupId: string): Promise<void> {
    if (!(await this.canModerate(viewer, groupId))) {
      throw forbidden('Only this group’s moderators can do that.');
    }
  }

  // ---- reading -----------------------------------------------------------------------

  async entity(id: string): Promise<GroupEntity> {
    const g = await this.groups.findOneBy({ id });
    if (!g) throw notFound('That group');
    return g;
  }

  async bySlug(slug: string): Promise<GroupObject> {
    const g = await this.groups.findOneBy({ slug });
    if (!g) throw notFound('That group');
    return toGroup(g);
  }

  /** Groups are listed to everyone (a private group's name invites a request to join). */
  async list(args: GroupsArgs): Promise<Connection<GroupObject>> {
    const limit = pageSize(args.first);
    const cursor = decodeCursor(args.after, 2);
    const qb = this.groups.createQueryBuilder('g');
    if (args.conditionSlug) {
      qb.innerJoin('conditions', 'c', 'c.id = g.condition_id').andWhere('c.slug = :slug', {
        slug: args.conditionSlug,
      });
    }
    const total = await qb.getCount();
    if (cursor) qb.andWhere('(lower(g.name), g.id) > (:name, :id::uuid)', { name: cursor[0], id: cursor[1] });
    const rows = await qb.orderBy('lower(g.name)', 'ASC').addOrderBy('g.id', 'ASC').limit(limit + 1).getMany();
    return toConnection(rows, limit, total, (g) => [g.name.toLowerCase(), g.id], toGroup);
  }

  async myGroups(viewer: AuthUser, page: PageArgs): Promise<Connection<GroupObject>> {
    const limit = pageSize(page.first);
    const cursor = decodeCursor(page.after, 2);
    const qb = this.groups
      .createQueryBuilder('g')
      .innerJoin('group_memberships', 'm', 'm.group_id = g.id')
      .where(`m.user_id = :uid AND m.status = 'active'`, { uid: viewer.id });
    const total = await qb.getCount();
    if (cursor) qb.andWhere('(lower(g.name), g.id) > (:name, :id::uuid)', { name: cursor[0], id: cursor[1] });
    const rows = await qb.orderBy('lower(g.name)', 'ASC').addOrderBy('g.id', 'ASC').limit(limit + 1).getMany();
    return toConnection(rows, limit, total, (g) => [g.name.toLowerCase(), g.id], toGroup);
  }

  /**
   * A group's member list. Public groups: any signed-in member. Private groups: only the
   * group's active members and site moderators. Visitors never see member lists: being in a
   * condition group says something about a person's health.
   */
  async members(viewer: AuthUser | null, groupId: string, page: PageArgs): Promise<Connection<GroupMemberObject>> {
    if (!viewer) throw unauthenticated();
    const group = await this.entity(groupId);
    if (!(await this.canReadContent(viewer, group))) {
      throw forbidden('Only members of this private group can see who is in it.');
    }
    // Blocked members do not find each other in member lists; moderators see everyone.
    const hideFor = (await this.canModerate(viewer, groupId)) ? null : viewer.id;
    return this.membershipPage(groupId, 'active', page, hideFor, (m) => ({
      member: toMember(m.user),
      role: m.role,
      joinedAt: m.joinedAt!,
    }));
  }

  async joinRequests(viewer: AuthUser | null, groupId: string, page: PageArgs): Promise<Connection<JoinRequestObject>> {
    if (!viewer) throw unauthenticated();
    await this.assertCanModerate(viewer, groupId);
    return this.membershipPage(groupId, 'pending', page, null, (m) => ({
      id: m.id,
      member: toMember(m.user),
      requestedAt: m.requestedAt,
    }));
  }

  /** Active members in order of joining, or pending requests in order of asking. */
  private async membershipPage<T>(
    groupId: string,
    status: 'active' | 'pending',
    page: PageArgs,
    hideFor: string | null,
    map: (m: GroupMembershipEntity & { user: UserEntity }) => T,
  ): Promise<Connection<T>> {
    const limit = pageSize(page.first);
    const cursor = decodeCursor(page.after, 2);
    const column = status === 'active' ? 'joined_at' : 'requested_at';
    const qb = this.memberships
      .createQueryBuilder('m')
      .innerJoinAndMapOne('m.user', UserEntity, 'u', 'u.id = m.user_id')
      .where('m.group_id = :gid AND m.status = :status', { gid: groupId, status });
    if (hideFor) qb.andWhere(`NOT ${blockedBetween(':viewer', 'm.user_id')}`, { viewer: hideFor });
    const total = await qb.getCount();
    if (cursor) qb.andWhere(`(m.${column}, m.id) > (:at::timestamptz, :id::uuid)`, { at: cursor[0], id: cursor[1] });
    const rows = (await qb
      .orderBy(`m.${column}`, 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(limit + 1)
      .getMany()) as (GroupMembershipEntity & { user: UserEntity })[];
    const at = (m: GroupMembershipEntity) => (status === 'active' ? m.joinedAt! : m.requestedAt);
    return toConnection(rows, limit, total, (m) => [at(m).toISOString(), m.id], map);
  }

  // ---- joining and leaving ------------------------------------------------------------

  /** Public group: joined at once. Private group: a request a group moderator decides. */
  async join(viewer: AuthUser, groupId: string): Promise<MembershipObject> {
    return this.db.transaction(async (tx) => {
      const group = await this.lockGroup(tx, groupId);
      const repo = tx.getRepository(GroupMembershipEntity);
      const existing = await repo.findOneBy({ groupId, userId: viewer.id });
      if (existing?.status === 'active') {
        throw new AppError('ALREADY_MEMBER', `You are already a member of ${group.name}.`);
      }
      if (existing?.status === 'pending') return toMembership(existing);
      const now = new Date();
      const membership = existing ?? repo.create({ groupId, userId: viewer.id, role: 'member' });
      membership.requestedAt = now;
      membership.decidedBy = null;
      membership.decidedAt = null;
      if (group.visibility === 'public') {
        membership.status = 'active';
        membership.joinedAt = now;
        await this.adjustCount(tx, groupId, +1);
      } else {
        membership.status = 'pending';
        membership.joinedAt = null;
      }
      return toMembership(await repo.save(membership));
    });
  }

  /** Leaves a group, or withdraws a pending request. */
  async leave(viewer: AuthUser, groupId: string): Promise<boolean> {
    const left = await this.db.transaction(async (tx) => {
      await this.lockGroup(tx, groupId);
      const repo = tx.getRepository(GroupMembershipEntity);
      const existing = await repo.findOneBy({ groupId, userId: viewer.id });
      if (!existing || existing.status === 'declined') {
        throw new AppError('NOT_A_MEMBER', 'You are not a member of that group.');
      }
      if (existing.status === 'active' && existing.role === 'moderator') {
        const [{ mods, members }] = await tx.query(
          `SELECT count(*) FILTER (WHERE role = 'moderator')::int AS mods, count(*)::int AS members
             FROM group_memberships WHERE group_id = $1 AND status = 'active'`,
          [groupId],
        );
        if (mods === 1 && members > 1) {
          throw new AppError(
            'LAST_GROUP_MODERATOR',
            'You are this group’s only moderator. Make another member a moderator before you leave.',
          );
        }
      }
      await repo.delete({ id: existing.id });
      if (existing.status === 'active') await this.adjustCount(tx, groupId, -1);
      return true;
    });
    this.events.emit('membership.ended', { groupId, userId: viewer.id, reason: 'left' });
    return left;
  }

  /** A group moderator removes a member (not another moderator of it). Audited; the member leaves chat at once. */
  async removeMember(viewer: AuthUser, groupId: string, userId: string, reason: string): Promise<boolean> {
    await this.assertCanModerate(viewer, groupId);
    if (userId === viewer.id) throw forbidden('To leave the group yourself, use “Leave group”.');
    const why = reason.trim();
    if (!why) {
      throw fieldError('reason', 'REQUIRED', 'Give a reason; it is recorded.');
    }
    await this.db.transaction(async (tx) => {
      await this.lockGroup(tx, groupId);
      const repo = tx.getRepository(GroupMembershipEntity);
      const existing = await repo.findOneBy({ groupId, userId, status: 'active' });
      if (!existing) throw new AppError('NOT_A_MEMBER', 'That person is not a member of this group.');
      if (existing.role === 'moderator' && !isSiteModerator(viewer)) {
        throw forbidden('Only site moderators can remove a group moderator.');
      }
      await repo.delete({ id: existing.id });
      await this.adjustCount(tx, groupId, -1);
      await this.audit.record({ actorId: viewer.id, action: 'group.member.remove', targetType: 'user', targetId: userId, reason: why, details: { groupId } }, tx);
    });
    this.events.emit('membership.ended', { groupId, userId, reason: 'removed' });
    const g = await this.entity(groupId);
    this.events.emit('moderation.action', {
      userId,
      actorId: viewer.id,
      groupId,
      message: `A moderator removed you from ${g.name}: ${why}`,
      url: `/groups/${g.slug}`,
    });
    return true;
  }

  async decideJoinRequest(viewer: AuthUser, membershipId: string, approve: boolean): Promise<MembershipObject> {
    const request = await this.memberships.findOneBy({ id: membershipId });
    if (!request) throw notFound('That join request');
    await this.assertCanModerate(viewer, request.groupId);
    return this.db.transaction(async (tx) => {
      await this.lockGroup(tx, request.groupId);
      const repo = tx.getRepository(GroupMembershipEntity);
      const current = await repo.findOneByOrFail({ id: membershipId });
      if (current.status !== 'pending') {
        throw new AppError('JOIN_REQUEST_NOT_PENDING', 'That request has already been decided or withdrawn.');
      }
      const now = new Date();
      current.status = approve ? 'active' : 'declined';
      current.joinedAt = approve ? now : null;
      current.decidedBy = viewer.id;
      current.decidedAt = now;
      await repo.save(current);
      if (approve) await this.adjustCount(tx, current.groupId, +1);
      return toMembership(current);
    }).then((m) => {
      this.events.emit('join.decided', { userId: request.userId, groupId: request.groupId, approved: approve, deciderId: viewer.id });
      return m;
    });
  }

  async setModerator(viewer: AuthUser, groupId: string, handle: string, moderator: boolean): Promise<GroupMemberObject> {
    await this.assertCanModerate(viewer, groupId);
    return this.db.transaction(async (tx) => {
      await this.lockGroup(tx, groupId);
      const user = await tx
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .where('lower(u.handle) = lower(:handle)', { handle })
        .getOne();
      const repo = tx.getRepository(GroupMembershipEntity);
      const m = user ? await repo.findOneBy({ groupId, userId: user.id, status: 'active' }) : null;
      if (!user || !m) throw new AppError('NOT_A_MEMBER', `${handle} is not a member of this group.`);
      if (!moderator && m.role === 'moderator') {
        const [{ mods }] = await tx.query(
          `SELECT count(*)::int AS mods FROM group_memberships WHERE group_id = $1 AND status = 'active' AND role = 'moderator'`,
          [groupId],
        );
        if (mods === 1) {
          throw new AppError('LAST_GROUP_MODERATOR', 'A group needs at least one moderator.');
        }
      }
      m.role = moderator ? 'moderator' : 'member';
      await repo.save(m);
      return { member: toMember(user), role: m.role, joinedAt: m.joinedAt! };
    });
  }

  // ---- managing groups ---------------------------------------------------------------

  /** Site moderators and admins open groups; the creator becomes the group's first moderator. */
  async create(viewer: AuthUser, input: CreateGroupInput): Promise<GroupObject> {
    if (!isSiteModerator(viewer)) throw forbidden('Only site moderators and admins can open a group.');
    try {
      return await this.db.transaction(async (tx) => {
        const exists = await tx.query(`SELECT 1 FROM conditions WHERE id = $1`, [input.conditionId]);
        if (!exists.length) throw notFound('That condition');
        const group = await tx.getRepository(GroupEntity).save(
          tx.getRepository(GroupEntity).create({
            conditionId: input.conditionId,
            slug: input.slug,
            name: input.name.trim(),
            description: input.description.trim(),
            visibility: input.visibility,
            allowAnonymous: input.allowAnonymous,
            memberCount: 1,
            createdBy: viewer.id,
          }),
        );
        const now = new Date();
        await tx.getRepository(GroupMembershipEntity).save({
          groupId: group.id,
          userId: viewer.id,
          role: 'moderator',
          status: 'active',
          requestedAt: now,
          joinedAt: now,
        });
        return toGroup(group);
      });
    } catch (e) {
      if (e instanceof QueryFailedError && (e as { code?: string }).code === '23505') {
        throw new AppError('GROUP_SLUG_TAKEN', `A group with the address "${input.slug}" already exists.`);
      }
      throw e;
    }
  }

  async update(viewer: AuthUser, groupId: string, input: UpdateGroupInput): Promise<GroupObject> {
    await this.assertCanModerate(viewer, groupId);
    const group = await this.entity(groupId);
    Object.assign(group, {
      name: input.name.trim(),
      description: input.description.trim(),
      visibility: input.visibility,
      allowAnonymous: input.allowAnonymous,
    });
    return toGroup(await this.groups.save(group));
  }

  private async lockGroup(tx: EntityManager, groupId: string): Promise<GroupEntity> {
    const group = await tx
      .getRepository(GroupEntity)
      .createQueryBuilder('g')
      .setLock('pessimistic_write')
      .where('g.id = :id', { id: groupId })
      .getOne();
    if (!group) throw notFound('That group');
    return group;
  }

  private async adjustCount(tx: EntityManager, groupId: string, delta: number): Promise<void> {
    await tx.query(`UPDATE groups SET member_count = member_count + $2 WHERE id = $1`, [groupId, delta]);
  }
}
