import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError, notFound } from '../../common/errors/app-error';
import { DomainEvents } from '../../common/events/domain-events';
import type { PublicUser } from '../users/user.mapper';
import { toMember } from '../users/user.mapper';
import type { MemberObject } from '../users/user.object';

/**
 * Members blocking each other. A block hides each from the other (chat today; threads,
 * mentions and notifications build on the same table). Moderation views ignore blocks.
 */
@Injectable()
export class BlocksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
  ) {}

  async block(viewer: AuthUser, userId: string): Promise<MemberObject> {
    if (userId === viewer.id) throw new AppError('CANNOT_BLOCK_SELF', 'You cannot block yourself.');
    const target = await this.user(userId);
    await this.db.query(
      `INSERT INTO member_blocks (blocker_id, blocked_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [viewer.id, userId],
    );
    this.events.emit('block.changed', { blockerId: viewer.id, blockedId: userId, hidden: true });
    return toMember(target);
  }

  async unblock(viewer: AuthUser, userId: string): Promise<boolean> {
    const [, affected]: [unknown, number] = await this.db.query(
      `DELETE FROM member_blocks WHERE blocker_id = $1 AND blocked_id = $2`,
      [viewer.id, userId],
    );
    if (affected) {
      // Still hidden if the other member blocks this one.
      const [{ hidden }]: { hidden: boolean }[] = await this.db.query(
        `SELECT EXISTS (SELECT 1 FROM member_blocks WHERE blocker_id = $1 AND blocked_id = $2) AS hidden`,
        [userId, viewer.id],
      );
      this.events.emit('block.changed', { blockerId: viewer.id, blockedId: userId, hidden });
    }
    return affected > 0;
  }

  async blocked(viewer: AuthUser): Promise<MemberObject[]> {
    const rows: PublicUser[] = await this.db.query(
      `SELECT u.id, u.handle, u.bio, u.role, u.clinician_status AS "clinicianStatus", u.created_at AS "createdAt"
         FROM member_blocks b JOIN users u ON u.id = b.blocked_id
        WHERE b.blocker_id = $1 ORDER BY lower(u.handle)`,
      [viewer.id],
    );
    return rows.map(toMember);
  }

  private async user(id: string): Promise<PublicUser> {
    const [row]: PublicUser[] = await this.db.query(
      `SELECT id, handle, bio, role, clinician_status AS "clinicianStatus", created_at AS "createdAt" FROM users WHERE id = $1`,
      [id],
    );
    if (!row) throw notFound('That member');
    return row;
  }
}
