import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError, Repository } from 'typeorm';
import { isSiteModerator } from '../../common/auth/auth-user';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError, forbidden, notFound, unauthenticated } from '../../common/errors/app-error';
import { Connection, decodeCursor, pageSize, toConnection } from '../../common/graphql/pagination';
import type { PageArgs } from '../../common/graphql/pagination';
import { blockedBetween } from '../access/access.sql';
import { AccessService } from '../access/access.service';
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
  forCarers: g.forCarers,
  memberCount: g.memberCount,
  createdAt: g.createdAt,
  conditionId: g.conditionId,
  privateUntil: g.privateUntil,
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
    private readonly access: AccessService,
  ) {}

  // ---- access rules (written once, in modules/access) ------------------------------------

  async isActiveMember(userId: string, groupId: string): Promise<boolean> {
    return this.access.isActiveMember(userId, groupId);
  }

  async canModerate(viewer: AuthUser | null, groupId: string): Promise<boolean> {
    return this.access.canModerate(viewer, groupId);
  }

  async assertCanModerate(viewer: AuthUser, groupId: string): Promise<void> {
    await this.access.assertCanModerate(viewer, groupId);
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
    if (!(await this.access.canReadContent(viewer, group))) {
      throw forbidden('Only members of this private group can see who is in it.');
    }
    // Blocked members do not find each other in member lists; moderators see everyone. In a group
    // that was private, who belonged then stays among members: others see those who joined since.
    const hideFor = (await this.canModerate(viewer, groupId)) ? null : viewer.id;
    const joinedAfter =
      group.privateUntil && !isSiteModerator(viewer) && !(await this.access.isActiveMember(viewer.id, groupId)) ? group.privateUntil : null;
    return this.membershipPage(groupId, 'active', page, hideFor, joinedAfter, (m) => ({
      member: toMember(m.user),
      role: m.role,
      joinedAt: m.joinedAt!,
    }));
  }

  async joinRequests(viewer: AuthUser | null, groupId: string, page: PageArgs): Promise<Connection<JoinRequestObject>> {
    if (!viewer) throw unauthenticated();
    await this.assertCanModerate(viewer, groupId);
    return this.membershipPage(groupId, 'pending', page, null, null, (m) => ({
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
    joinedAfter: Date | null,
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
    if (joinedAfter) qb.andWhere('m.joined_at > :joinedAfter', { joinedAfter });
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

  /**
   * Public group: joined at once. Private group — or any group a moderator removed the member
   * from — a request a group moderator decides.
   */
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
      const membership = existing ?? repo.create({ groupId, userId: viewer.id, role: 'member', removedAt: null });
      membership.requestedAt = now;
      membership.decidedBy = null;
      membership.decidedAt = null;
      if (group.visibility === 'public' && !membership.removedAt) {
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
      if (!existing || existing.status === 'declined' || existing.status === 'removed') {
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
      // A removed member who withdraws their request to come back stays removed.
      if (existing.removedAt) await repo.update({ id: existing.id }, { status: 'removed', role: 'member', joinedAt: null });
      else await repo.delete({ id: existing.id });
      if (existing.status === 'active') await this.adjustCount(tx, groupId, -1);
      return true;
    });
    this.events.emit('membership.ended', { groupId, userId: viewer.id, reason: 'left' });
    return left;
  }

  /**
   * The effect of removing a member, inside the moderator's act (ModerationService.act checks
   * the right, audits and tells them): not another moderator of the group, unless a site
   * moderator removes them. Kept as 'removed': joining again is a request a moderator decides,
   * even in a public group.
   */
  async endMembership(tx: EntityManager, viewer: AuthUser, groupId: string, userId: string): Promise<void> {
    await this.lockGroup(tx, groupId);
    const repo = tx.getRepository(GroupMembershipEntity);
    const existing = await repo.findOneBy({ groupId, userId, status: 'active' });
    if (!existing) throw new AppError('NOT_A_MEMBER', 'That person is not a member of this group.');
    if (existing.role === 'moderator' && !isSiteModerator(viewer)) {
      throw forbidden('Only site moderators can remove a group moderator.');
    }
    await repo.update({ id: existing.id }, { status: 'removed', role: 'member', joinedAt: null, removedAt: new Date(), decidedBy: viewer.id, decidedAt: new Date() });
    await this.adjustCount(tx, groupId, -1);
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
      if (approve) current.removedAt = null;
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

  /**
   * Changes only the fields given. Making a private group public does not publish its past:
   * what was written until now stays members-only (`private_until`, read by the access rules),
   * and so does who belonged then.
   */
  async update(viewer: AuthUser, groupId: string, input: UpdateGroupInput): Promise<GroupObject> {
    await this.assertCanModerate(viewer, groupId);
    const updated = await this.db.transaction(async (tx) => {
      const group = await this.lockGroup(tx, groupId);
      const before = group.visibility;
      if (input.name !== undefined) group.name = input.name.trim();
      if (input.description !== undefined) group.description = input.description.trim();
      if (input.allowAnonymous !== undefined) group.allowAnonymous = input.allowAnonymous;
      if (input.visibility !== undefined) group.visibility = input.visibility;
      if (before === 'private' && group.visibility === 'public') {
        group.privateUntil = new Date();
        await this.audit.record(
          { actorId: viewer.id, action: 'group.publish', targetType: 'group', targetId: groupId, reason: 'Made public; earlier content stays members-only.', details: { groupId } },
          tx,
        );
      }
      return tx.getRepository(GroupEntity).save(group);
    });
    return toGroup(updated);
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
