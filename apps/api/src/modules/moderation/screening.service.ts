import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ReportTarget, WatchedWordAction } from '@kindred/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { GroupsService } from '../groups/groups.service';
import { loadTarget } from './moderation-targets';
import { ModerationService } from './moderation.service';
import { checkCrisis } from './safety/crisis';

/** What a new post or message gets when it is stored, and what to do once it is. */
export interface Screening {
  /** 'pending': it waits for a moderator's approval. */
  state: 'visible' | 'pending';
  /** Why it waits (shown to its author). */
  reason: string | null;
  crisis: boolean;
  /** Sources to open a case with once stored: crisis, watched_word, new_member. */
  sources: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A watched phrase matches whole words, whatever the case. */
export const watchedPattern = (phrase: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${escape(phrase.trim())}($|[^\\p{L}\\p{N}])`, 'iu');

/**
 * Checks content before it is stored: a group mute, watched words (block, require approval,
 * flag), new members' first posts in groups that approve them, and signs of crisis. Crisis text
 * is never blocked: it is stored, its author is shown help at once, and it tops the queue.
 */
@Injectable()
export class ScreeningService {
  private readonly log = new Logger('Screening');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly groups: GroupsService,
    private readonly moderation: ModerationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A member muted in a group cannot post there either. */
  async assertNotMuted(viewer: AuthUser, groupId: string): Promise<void> {
    const [m]: { until: Date; reason: string }[] = await this.db.query(
      `SELECT until, reason FROM chat_mutes WHERE group_id = $1 AND user_id = $2 AND until > now()`,
      [groupId, viewer.id],
    );
    if (m) {
      throw new AppError('MUTED', `A moderator has muted you in this group until ${m.until.toUTCString()}: ${m.reason}`, {
        until: m.until.toISOString(),
      });
    }
  }

  /**
   * Screens text about to be posted in a group (null for content outside groups). Throws
   * WATCHED_WORD for a blocked word; otherwise says whether it waits for approval.
   */
  async screen(viewer: AuthUser, groupId: string | null, text: string, kind: 'post' | 'chat' | 'report'): Promise<Screening> {
    const crisis = checkCrisis(text).crisis;
    const result: Screening = { state: 'visible', reason: null, crisis, sources: crisis ? ['crisis'] : [] };
    if (!groupId || (await this.groups.canModerate(viewer, groupId))) return result;
    if (kind === 'post') await this.assertNotMuted(viewer, groupId);
    const [g]: { approve_new_members: boolean; words: { phrase: string; action: WatchedWordAction }[]; approved: number }[] =
      await this.db.query(
        `SELECT g.approve_new_members,
                COALESCE((SELECT json_agg(json_build_object('phrase', w.phrase, 'action', w.action)) FROM watched_words w WHERE w.group_id = g.id), '[]') AS words,
                CASE WHEN g.approve_new_members AND $3 = 'post' THEN
                  (SELECT count(*)::int FROM (
                     SELECT 1 FROM threads WHERE author_id = $2 AND moderation = 'visible'
                     UNION ALL SELECT 1 FROM replies WHERE author_id = $2 AND moderation = 'visible' LIMIT $4) x)
                ELSE 0 END AS approved
           FROM groups g WHERE g.id = $1`,
        [groupId, viewer.id, kind, this.config.moderation.newMemberPosts],
      );
    if (!g) return result;
    const hits = g.words.filter((w) => watchedPattern(w.phrase).test(text));
    const blocked = hits.find((w) => w.action === 'block');
    if (blocked) {
      throw new AppError('WATCHED_WORD', `This group does not allow “${blocked.phrase}” in posts. Please rephrase and try again.`);
    }
    const approve = hits.find((w) => w.action === 'approve');
    if (approve) {
      Object.assign(result, { state: 'pending', reason: `It contains “${approve.phrase}”, which this group’s moderators check first.` });
      result.sources.push('watched_word');
    } else if (hits.length) {
      result.sources.push('watched_word');
    }
    if (kind === 'post' && g.approve_new_members && g.approved < this.config.moderation.newMemberPosts) {
      if (result.state === 'visible') {
        Object.assign(result, { state: 'pending', reason: 'In this group, a moderator approves new members’ first posts.' });
      }
      result.sources.push('new_member');
    }
    return result;
  }

  /** An edit: blocked words are refused; crisis signs and flagged words queue it; its state does not change. */
  async screenEdit(viewer: AuthUser, groupId: string | null, text: string): Promise<Screening> {
    const s = await this.screen(viewer, groupId, text, 'chat');
    return { state: 'visible', reason: null, crisis: s.crisis, sources: s.sources };
  }

  /** Once the content is stored: a case for the queue if it is pending, flagged or in crisis. Never throws. */
  async afterStored(type: ReportTarget, id: string, screening: Screening): Promise<void> {
    if (!screening.sources.length) return;
    try {
      await this.db.transaction(async (tx) => {
        const target = await loadTarget(tx, type, id);
        if (!target) return;
        for (const source of screening.sources) await this.moderation.openCase(tx, target, source, source === 'crisis');
      });
    } catch (e) {
      this.log.error(`Could not queue ${type} ${id} for review: ${(e as Error).message}`);
    }
  }
}
