import type { ModerationState } from '@kindred/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A reply; `path` is the materialised position in the thread's tree ("000001.000004"). */
@Entity({ name: 'replies' })
export class ReplyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId!: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ type: 'text' })
  path!: string;

  @Column({ type: 'integer' })
  depth!: number;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'boolean', default: false })
  anonymous!: boolean;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'body_html', type: 'text' })
  bodyHtml!: string;

  @Column({ name: 'helpful_count', type: 'integer', default: 0 })
  helpfulCount!: number;

  @Column({ name: 'helped_asker', type: 'boolean', default: false })
  helpedAsker!: boolean;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  /** visible, pending (approval), hidden (pending review) or removed: see the moderation module. */
  @Column({ type: 'text', default: 'visible' })
  moderation!: ModerationState;

  @Column({ name: 'moderation_reason', type: 'text', nullable: true })
  moderationReason!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt!: Date | null;
}
