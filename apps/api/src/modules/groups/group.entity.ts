import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { GroupVisibility } from '@kindred/contracts';

@Entity({ name: 'groups' })
export class GroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'condition_id', type: 'uuid' })
  conditionId!: string;

  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text' })
  visibility!: GroupVisibility;

  @Column({ name: 'allow_anonymous', type: 'boolean', default: false })
  allowAnonymous!: boolean;

  /** Meant for the families, partners and carers of people with the condition. */
  @Column({ name: 'for_carers', type: 'boolean', default: false })
  forCarers!: boolean;

  /** New members' first posts wait for a moderator's approval. */
  @Column({ name: 'approve_new_members', type: 'boolean', default: false })
  approveNewMembers!: boolean;

  /**
   * When a private group was made public: what was written until then stays members-only
   * (see modules/access). Null for a group that was never private, or is private now.
   */
  @Column({ name: 'private_until', type: 'timestamptz', nullable: true })
  privateUntil!: Date | null;

  /** Active members; kept in step with group_memberships in the same transaction. */
  @Column({ name: 'member_count', type: 'integer', default: 0 })
  memberCount!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
