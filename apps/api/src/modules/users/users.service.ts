import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { LIMITS } from '@kindred/contracts';
import type { Role } from '@kindred/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError, notFound } from '../../common/errors/app-error';
import { DomainEvents } from '../../common/events/domain-events';
import { AuditService } from '../audit/audit.service';
import { Connection, decodeCursor, pageSize, toConnection } from '../../common/graphql/pagination';
import { assertEmailVerified } from './email-verified';
import { UserEntity } from './user.entity';
import { toClinicianApplication, toMe, toMember } from './user.mapper';
import type { ClinicianApplicationObject, MeObject, MemberObject } from './user.object';

/** A power that needs two-factor sign-in: the grace period starts now, the first time only. */
function startTwoFactorGrace(user: UserEntity): void {
  user.twoFactorDueAt ??= new Date(Date.now() + LIMITS.twoFactorGraceDays * 86_400_000);
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly events: DomainEvents,
    private readonly audit: AuditService,
  ) {}

  async me(viewer: AuthUser | null): Promise<MeObject | null> {
    if (!viewer) return null;
    const user = await this.users.findOneBy({ id: viewer.id });
    return user ? toMe(user) : null;
  }

  async memberByHandle(handle: string): Promise<MemberObject> {
    const user = await this.findByHandle(handle);
    if (!user) throw notFound('That member');
    return toMember(user);
  }

  findByHandle(handle: string): Promise<UserEntity | null> {
    return this.users
      .createQueryBuilder('u')
      .where('lower(u.handle) = lower(:handle)', { handle })
      .getOne();
  }

  async updateProfile(viewer: AuthUser, bio: string): Promise<MeObject> {
    await this.users.update({ id: viewer.id }, { bio: bio.trim() });
    this.events.emit('profile.updated', { userId: viewer.id, bio: bio.trim() });
    return toMe(await this.users.findOneByOrFail({ id: viewer.id }));
  }

  async updateChatPrivacy(viewer: AuthUser, sharePresence: boolean, shareTyping: boolean): Promise<MeObject> {
    await this.users.update({ id: viewer.id }, { sharePresence, shareTyping });
    this.events.emit('privacy.changed', { userId: viewer.id, sharePresence, shareTyping });
    return toMe(await this.users.findOneByOrFail({ id: viewer.id }));
  }

  /** Admins list clinician accounts waiting for verification, oldest first. */
  async clinicianApplications(first?: number, after?: string): Promise<Connection<ClinicianApplicationObject>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const qb = this.users
      .createQueryBuilder('u')
      .where(`u.role = 'clinician' AND u.clinician_status = 'pending'`);
    const total = await qb.getCount();
    if (cursor) {
      qb.andWhere('(u.created_at, u.id) > (:at::timestamptz, :id::uuid)', { at: cursor[0], id: cursor[1] });
    }
    const rows = await qb.orderBy('u.created_at', 'ASC').addOrderBy('u.id', 'ASC').take(limit + 1).getMany();
    return toConnection(rows, limit, total, (u) => [u.createdAt.toISOString(), u.id], toClinicianApplication);
  }

  async verifyClinician(admin: AuthUser, handle: string): Promise<ClinicianApplicationObject> {
    const user = await this.findByHandle(handle);
    if (!user) throw notFound('That member');
    if (user.role !== 'clinician' || user.clinicianStatus !== 'pending') {
      throw new AppError('CLINICIAN_NOT_PENDING', `${user.handle} is not waiting for clinician verification.`);
    }
    assertEmailVerified(user, 'verified as a clinician');
    user.clinicianStatus = 'verified';
    user.clinicianVerifiedAt = new Date();
    startTwoFactorGrace(user);
    await this.users.manager.transaction(async (tx) => {
      await tx.getRepository(UserEntity).save(user);
      await this.audit.record({ actorId: admin.id, action: 'clinician.verify', targetType: 'user', targetId: user.id, reason: 'Registration checked by an admin' }, tx);
    });
    return toClinicianApplication(user);
  }

  async setRole(admin: AuthUser, handle: string, role: Role): Promise<MemberObject> {
    const user = await this.findByHandle(handle);
    if (!user) throw notFound('That member');
    if (user.id === admin.id && role !== 'admin') {
      throw new AppError('FORBIDDEN', 'You cannot remove your own admin role.');
    }
    if (role !== 'member' && role !== user.role) assertEmailVerified(user, `made ${role === 'admin' ? 'an admin' : `a ${role}`}`);
    user.role = role;
    user.clinicianStatus = role === 'clinician' ? (user.clinicianStatus ?? 'pending') : null;
    if (role === 'moderator' || role === 'admin' || user.clinicianStatus === 'verified') startTwoFactorGrace(user);
    await this.users.save(user);
    return toMember(user);
  }
}
