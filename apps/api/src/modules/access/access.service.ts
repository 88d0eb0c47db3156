import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { GroupRole, GroupVisibility, MembershipStatus } from '@kindred/contracts';
import { isSiteModerator } from '../../common/auth/auth-user';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError, forbidden } from '../../common/errors/app-error';
import { blockedBetween } from './access.sql';

export const twoFactorRequired = () =>
  new AppError('TWO_FACTOR_REQUIRED', 'Turn on two-factor sign-in to use your moderator, clinician or admin powers (Settings → Sign-in and security).');

/** The group columns the rules need. */
export interface GroupForAccess {
  id: string;
  visibility: GroupVisibility;
  privateUntil: Date | null;
}

export interface MembershipForAccess {
  status: MembershipStatus;
  role: GroupRole;
}

/** What the viewer may do in a group, as the API tells the client (`Group.viewerCan…`). */
export interface GroupAbilities {
  /** May read what is written in the group from now on (its current content). */
  canRead: boolean;
  /** May start threads, reply and chat there. */
  canPost: boolean;
  canModerate: boolean;
}

/**
 * Who may read, post in and moderate a group's content, how blocks and anonymity apply, and
 * what a former member keeps — the rules every feature asks, written once. `access.sql.ts`
 * holds the same rules as SQL fragments for read paths that decide inside their own query.
 *
 * - Content is members-only when its group is private, or when it was written while the group
 *   was private (`groups.private_until`): making a group public does not publish its past.
 * - Members-only content: active members and site moderators. A former member (left, removed,
 *   declined) keeps nothing: not the content, not the titles in their notifications.
 * - Posting: active members (site moderators anywhere); a mute in the group is checked when
 *   the post is screened (ScreeningService), with the group's watched words.
 * - Moderating: the group's active moderators, and site moderators and admins.
 * - Blocks hide a member's named posts from the other, both ways; never anonymous ones (that
 *   would say who wrote them).
 * - A moderator acts on "the author of this post" without learning who it is; only
 *   `revealAuthor` (with a reason, audited) names an anonymous author.
 */
@Injectable()
export class AccessService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Whether content of `group` written at `createdAt` (now, if omitted) is for members only. */
  membersOnly(group: GroupForAccess, createdAt: Date = new Date()): boolean {
    return group.visibility !== 'public' || (!!group.privateUntil && createdAt <= group.privateUntil);
  }

  async membership(userId: string, groupId: string): Promise<MembershipForAccess | null> {
    const [row]: MembershipForAccess[] = await this.db.query(
      `SELECT status, role FROM group_memberships WHERE user_id = $1 AND group_id = $2`,
      [userId, groupId],
    );
    return row ?? null;
  }

  async isActiveMember(userId: string, groupId: string): Promise<boolean> {
    return (await this.membership(userId, groupId))?.status === 'active';
  }

  /** May the viewer read content of `group` written at `createdAt` (now, if omitted)? */
  async canReadContent(viewer: AuthUser | null, group: GroupForAccess, createdAt?: Date): Promise<boolean> {
    if (!this.membersOnly(group, createdAt)) return true;
    if (!viewer) return false;
    if (isSiteModerator(viewer)) return true;
    return this.isActiveMember(viewer.id, group.id);
  }

  /**
   * The one hook for two-factor sign-in: an account whose powers wait (it holds one that needs
   * two-factor, has not turned it on, and its grace period is over; see `AuthUser.powersWaiting`)
   * is refused every privileged act with TWO_FACTOR_REQUIRED. `AuthGuard` calls it for role-gated
   * resolvers, `assertCanModerate` for group and site moderation; `isSiteModerator` and the SQL
   * fragments (`powersActive`) leave such an account's site and moderator reads out.
   */
  assertPowersActive(viewer: AuthUser): void {
    if (viewer.powersWaiting) throw twoFactorRequired();
  }

  async canModerate(viewer: AuthUser | null, groupId: string | null): Promise<boolean> {
    if (!viewer || viewer.powersWaiting) return false;
    if (isSiteModerator(viewer)) return true;
    if (!groupId) return false;
    const m = await this.membership(viewer.id, groupId);
    return m?.status === 'active' && m.role === 'moderator';
  }

  async assertCanModerate(viewer: AuthUser, groupId: string | null): Promise<void> {
    if (await this.canModerate(viewer, groupId)) return;
    if (viewer.powersWaiting && (viewer.role === 'moderator' || viewer.role === 'admin' || (groupId && (await this.membership(viewer.id, groupId))?.role === 'moderator'))) {
      throw twoFactorRequired();
    }
    throw forbidden('Only this group’s moderators can do that.');
  }

  async canPost(viewer: AuthUser | null, groupId: string): Promise<boolean> {
    if (!viewer) return false;
    if (isSiteModerator(viewer)) return true;
    return this.isActiveMember(viewer.id, groupId);
  }

  /** Posting needs active membership of the group (site moderators may always post). */
  async assertCanPost(viewer: AuthUser, groupId: string): Promise<void> {
    if (!(await this.canPost(viewer, groupId))) throw new AppError('NOT_A_MEMBER', 'Join this group to post in it.');
  }

  /** Everything the client needs to know about the viewer in a group, from their membership. */
  abilities(viewer: AuthUser | null, group: GroupForAccess, membership: MembershipForAccess | null): GroupAbilities {
    const site = isSiteModerator(viewer);
    const active = membership?.status === 'active';
    return {
      canRead: !this.membersOnly(group) || site || active,
      canPost: site || active,
      canModerate: site || (active && membership?.role === 'moderator' && !viewer?.powersWaiting),
    };
  }

  /** Whether two members are in a block, either way. */
  async blocked(a: string, b: string): Promise<boolean> {
    if (a === b) return false;
    const [row]: { blocked: boolean }[] = await this.db.query(`SELECT ${blockedBetween('$1::uuid', '$2::uuid')} AS blocked`, [a, b]);
    return !!row?.blocked;
  }

  /**
   * A named post whose author is in a block with the viewer is, for the viewer, not there: its
   * page, its title and answering it. Anonymous posts are never hidden this way.
   */
  async hiddenByBlock(viewer: AuthUser | null, post: { authorId: string | null; anonymous: boolean }): Promise<boolean> {
    if (!viewer || post.anonymous || !post.authorId) return false;
    return this.blocked(viewer.id, post.authorId);
  }
}
