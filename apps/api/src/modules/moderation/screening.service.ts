import { Inject, Injectable, Logger } from '@nestjs/common';
import { groupModerator } from '../access/access.sql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ReportTarget, WatchedWordAction } from '@kindred/contracts';
import { isSiteModerator } from '../../common/auth/auth-user';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
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

type WatchedWord = { phrase: string; action: WatchedWordAction };
/** How long a process keeps a group's watched words for chat before reading them again. */
export const WATCHED_WORDS_TTL_MS = 5_000;

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
  /** Each group's watched words, for chat messages (kept briefly: chat is busy, the list rarely changes). */
  private readonly words = new Map<string, { words: WatchedWord[]; at: number }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly moderation: ModerationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Screens text about to be posted in a group (null for content outside groups). Throws
   * MUTED (posts) or WATCHED_WORD for a blocked word; otherwise says whether it waits for approval.
   */
  async screen(viewer: AuthUser, groupId: string | null, text: string, kind: 'post' | 'chat'): Promise<Screening> {
    const crisis = checkCrisis(text).crisis;
    const result: Screening = { state: 'visible', reason: null, crisis, sources: crisis ? ['crisis'] : [] };
    if (!groupId || isSiteModerator(viewer)) return result;
    if (kind !== 'post') return this.screenMessage(viewer, groupId, text, result);
    // A post, in one query: whether the author moderates the group (moderators are not
    // screened), a mute, the group's watched words, and (in groups that approve new members) how
    // many of the author's posts are already visible.
    const [g]: {
      moderates: boolean;
      muted_until: Date | null;
      mute_reason: string | null;
      approve_new_members: boolean;
      words: WatchedWord[];
      approved: number;
    }[] = await this.db.query(
      `SELECT ${groupModerator('g.id', '$2')} AS moderates,
              mu.until AS muted_until, mu.reason AS mute_reason, g.approve_new_members,
              COALESCE((SELECT json_agg(json_build_object('phrase', w.phrase, 'action', w.action)) FROM watched_words w WHERE w.group_id = g.id), '[]') AS words,
              CASE WHEN g.approve_new_members THEN
                (SELECT count(*)::int FROM (
                   SELECT 1 FROM threads WHERE author_id = $2 AND moderation = 'visible'
                   UNION ALL SELECT 1 FROM replies WHERE author_id = $2 AND moderation = 'visible' LIMIT $3) x)
              ELSE 0 END AS approved
         FROM groups g LEFT JOIN chat_mutes mu ON mu.group_id = g.id AND mu.user_id = $2 AND mu.until > now()
        WHERE g.id = $1`,
      [groupId, viewer.id, this.config.moderation.newMemberPosts],
    );
    if (!g || g.moderates) return result;
    if (g.muted_until) {
      throw new AppError('MUTED', `A moderator has muted you in this group until ${g.muted_until.toUTCString()}: ${g.mute_reason}`, {
        until: g.muted_until.toISOString(),
      });
    }
    const hits = g.words.filter((w) => watchedPattern(w.phrase).test(text));
    if (hits.length) this.applyWords(hits, result);
    if (g.approve_new_members && g.approved < this.config.moderation.newMemberPosts) {
      if (result.state === 'visible') {
        Object.assign(result, { state: 'pending', reason: 'In this group, a moderator approves new members’ first posts.' });
      }
      result.sources.push('new_member');
    }
    return result;
  }

  /**
   * A chat message, what-works tips or an edit: only watched words apply (the caller has checked
   * membership and mutes). With no watched word in the text, no query at all.
   */
  private async screenMessage(viewer: AuthUser, groupId: string, text: string, result: Screening): Promise<Screening> {
    const hits = (await this.watchedWords(groupId)).filter((w) => watchedPattern(w.phrase).test(text));
    if (!hits.length) return result;
    const [mod]: unknown[] = await this.db.query(
      `SELECT 1 WHERE ${groupModerator('$1', '$2')}`,
      [groupId, viewer.id],
    );
    return mod ? result : this.applyWords(hits, result);
  }

  private async watchedWords(groupId: string): Promise<WatchedWord[]> {
    const cached = this.words.get(groupId);
    if (cached && Date.now() - cached.at < WATCHED_WORDS_TTL_MS) return cached.words;
    const words: WatchedWord[] = await this.db.query(`SELECT phrase, action FROM watched_words WHERE group_id = $1`, [groupId]);
    if (this.words.size > 10_000) this.words.clear();
    this.words.set(groupId, { words, at: Date.now() });
    return words;
  }

  /** A group's watched words changed (in this process; others catch up within WATCHED_WORDS_TTL_MS). */
  forgetWords(groupId: string): void {
    this.words.delete(groupId);
  }

  private applyWords(hits: WatchedWord[], result: Screening): Screening {
    const blocked = hits.find((w) => w.action === 'block');
    if (blocked) {
      throw new AppError('WATCHED_WORD', `This group does not allow “${blocked.phrase}” in posts. Please rephrase and try again.`);
    }
    const approve = hits.find((w) => w.action === 'approve');
    if (approve) Object.assign(result, { state: 'pending', reason: `It contains “${approve.phrase}”, which this group’s moderators check first.` });
    result.sources.push('watched_word');
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
