import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LIMITS } from '@kindred/contracts';
import type { WatchedWordAction } from '@kindred/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError, notFound } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { GroupsService } from '../groups/groups.service';
import type { WatchedWordInput } from './moderation.input';
import { ScreeningService } from './screening.service';
import type { WatchedWordObject } from './moderation.object';

interface Row {
  id: string;
  phrase: string;
  action: WatchedWordAction;
  created_at: Date;
}
const toWord = (r: Row): WatchedWordObject => ({ id: r.id, phrase: r.phrase, action: r.action, createdAt: r.created_at });

/** A group's own safety settings: approving new members' first posts, and watched words. Group moderators only. */
@Injectable()
export class WatchedWordsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly groups: GroupsService,
    private readonly audit: AuditService,
    private readonly screening: ScreeningService,
  ) {}

  async list(viewer: AuthUser | null, groupId: string): Promise<WatchedWordObject[]> {
    if (!viewer) throw new AppError('FORBIDDEN', 'Only this group’s moderators can see its watched words.');
    await this.groups.assertCanModerate(viewer, groupId);
    const rows: Row[] = await this.db.query(
      `SELECT id, phrase, action, created_at FROM watched_words WHERE group_id = $1 ORDER BY lower(phrase)`,
      [groupId],
    );
    return rows.map(toWord);
  }

  async add(viewer: AuthUser, input: WatchedWordInput): Promise<WatchedWordObject> {
    await this.groups.entity(input.groupId);
    await this.groups.assertCanModerate(viewer, input.groupId);
    const phrase = input.phrase.trim().replace(/\s+/g, ' ');
    if (phrase.length < LIMITS.watchedWordMin) throw new AppError('VALIDATION_FAILED', 'A watched word needs at least 2 characters.');
    return this.db.transaction(async (tx) => {
      const [{ n }]: [{ n: number }] = await tx.query(`SELECT count(*)::int AS n FROM watched_words WHERE group_id = $1`, [input.groupId]);
      if (n >= LIMITS.watchedWordsPerGroupMax) {
        throw new AppError('VALIDATION_FAILED', `A group can watch at most ${LIMITS.watchedWordsPerGroupMax} words.`);
      }
      const [row]: Row[] = await tx.query(
        `INSERT INTO watched_words (group_id, phrase, action, created_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (group_id, lower(phrase)) DO NOTHING RETURNING id, phrase, action, created_at`,
        [input.groupId, phrase, input.action, viewer.id],
      );
      if (!row) throw new AppError('WATCHED_WORD_TAKEN', `“${phrase}” is already on this group’s list.`);
      this.screening.forgetWords(input.groupId);
      await this.audit.record(
        { actorId: viewer.id, action: 'group.watched_word.add', targetType: 'group', targetId: input.groupId, reason: `${input.action}: ${phrase}`, details: { groupId: input.groupId } },
        tx,
      );
      return toWord(row);
    });
  }

  async remove(viewer: AuthUser, id: string): Promise<boolean> {
    const [word]: (Row & { group_id: string })[] = await this.db.query(`SELECT id, group_id, phrase, action, created_at FROM watched_words WHERE id = $1`, [id]);
    if (!word) throw notFound('That watched word');
    await this.groups.assertCanModerate(viewer, word.group_id);
    await this.db.transaction(async (tx) => {
      await tx.query(`DELETE FROM watched_words WHERE id = $1`, [id]);
      this.screening.forgetWords(word.group_id);
      await this.audit.record(
        { actorId: viewer.id, action: 'group.watched_word.remove', targetType: 'group', targetId: word.group_id, reason: `${word.action}: ${word.phrase}`, details: { groupId: word.group_id } },
        tx,
      );
    });
    return true;
  }

  async setApproveNewMembers(viewer: AuthUser, groupId: string, enabled: boolean): Promise<void> {
    await this.groups.entity(groupId);
    await this.groups.assertCanModerate(viewer, groupId);
    await this.db.transaction(async (tx) => {
      await tx.query(`UPDATE groups SET approve_new_members = $2 WHERE id = $1`, [groupId, enabled]);
      await this.audit.record(
        {
          actorId: viewer.id,
          action: enabled ? 'group.approval.on' : 'group.approval.off',
          targetType: 'group',
          targetId: groupId,
          reason: enabled ? 'New members’ first posts wait for approval.' : 'New members post at once.',
          details: { groupId },
        },
        tx,
      );
    });
  }
}
