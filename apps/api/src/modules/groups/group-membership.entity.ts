import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { GroupRole, MembershipStatus } from '@kindred/contracts';

/** A member's place in a group, or their request to join a private one. */
@Entity({ name: 'group_memberships' })
export class GroupMembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'text', default: 'member' })
  role!: GroupRole;

  @Column({ type: 'text' })
  status!: MembershipStatus;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'joined_at', type: 'timestamptz', nullable: true })
  joinedAt!: Date | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** When a moderator removed the member; joining again is then a request, whatever the group. */
  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt!: Date | null;
}
