import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LIMITS } from '@kindred/contracts';
import type { ChatMessage } from '@kindred/contracts';
import { isSiteModerator } from '../../common/auth/auth-user';
import type { AuthUser } from '../../common/auth/auth-user';
import { activeMember, blockedBetween, hiddenAuthorIds } from '../access/access.sql';
import { AppError, fieldError, forbidden, notFound } from '../../common/errors/app-error';
import { isUuid } from '../../common/validation/uuid';
import { textProblem } from '../../common/validation/clean-text';
import { pageSize } from '../../common/graphql/pagination';
import { GroupsService } from '../groups/groups.service';
import { FORMER_MEMBER_LABEL } from '../threads/post.mapper';

/** How a mute of an anonymous post's author is listed: moderators act on them without learning who they are. */
export const CONCEALED_MUTE_LABEL = 'author of an anonymous post';
import { ScreeningService } from '../moderation/screening.service';
import { ModerationService } from '../moderation/moderation.service';
import type { Screening } from '../moderation/screening.service';

interface MessageRow {
  id: string;
  group_id: string;
  seq: string;
  client_id: string;
  author_id: string | null;
  handle: string | null;
  body: string;
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
  deleted_by: string | null;
  moderation: ChatMessage['moderationState'];
}

const MESSAGE_COLUMNS = `m.id, m.group_id, m.seq, m.client_id, m.author_id, u.handle, m.body, m.created_at, m.edited_at,
  m.deleted_at, m.deleted_by, m.moderation`;

/** Messages by anyone the viewer blocked, or who blocked the viewer, are left out. */
const NOT_BLOCKED = `(m.author_id IS NULL OR NOT ${blockedBetween('$1', 'm.author_id')})`;
/** A message waiting for approval reaches only its author (moderators see it in the queue). */
const NOT_PENDING = `(m.moderation <> 'pending' OR m.author_id = $1)`;

export function toChatMessage(r: MessageRow): ChatMessage {
  const moderated = r.moderation === 'hidden' || r.moderation === 'removed';
  const deleted = !!r.deleted_at || moderated;
  return {
    id: r.id,
    groupId: r.group_id,
    seq: Number(r.seq),
    clientId: r.client_id,
    author: r.author_id && r.handle ? { id: r.author_id, handle: r.handle } : null,
    authorLabel: r.author_id && r.handle ? r.handle : FORMER_MEMBER_LABEL,
    body: deleted ? null : r.body,
    isDeleted: deleted,
    deletedByModerator: moderated || (deleted && !!r.deleted_by && r.deleted_by !== r.author_id),
    moderationState: r.moderation,
    createdAt: r.created_at.toISOString(),
    editedAt: r.edited_at ? r.edited_at.toISOString() : null,
  };
}


/** Trims a message and checks its length; returns the text to store. */
export function checkBody(body: unknown): string {
  if (typeof body !== 'string' || !body.trim()) throw fieldError('body', 'REQUIRED', 'Write a message first.');
  const text = body.trim();
  const problem = textProblem(text);
  if (problem) throw fieldError('body', problem.code, problem.message);
  if (text.length > LIMITS.chatMessageMax) {
    throw fieldError('body', 'TOO_LONG', `A chat message can have at most ${LIMITS.chatMessageMax} characters.`);
  }
  return text;
}

/** Who a socket belongs to, with what the gateway needs on every event. */
export interface SocketUser extends AuthUser {
  sharePresence: boolean;
  shareTyping: boolean;
  /** Members this one blocked or was blocked by: neither sees the other's messages. */
  hidden: string[];
}

export interface ChatAccess {
  /** Active member (or site moderator): may read and join the room. */
  canRead: boolean;
  mutedUntil: Date | null;
  muteReason: string | null;
}

/**
 * Group chat: who may join and send, messages numbered per room and stored before anyone is
 * told, edits, deletions, history pages, catch-up after a drop, and mutes.
 */
@Injectable()
export class ChatService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly groups: GroupsService,
    private readonly screening: ScreeningService,
    private readonly moderation: ModerationService,
  ) {}

  async socketUser(user: AuthUser): Promise<SocketUser> {
    const [row]: { share_presence: boolean; share_typing: boolean; hidden: string[] }[] = await this.db.query(
      `SELECT u.share_presence, u.share_typing,
              ARRAY(${hiddenAuthorIds('u.id')}) AS hidden
         FROM users u WHERE u.id = $1`,
      [user.id],
    );
    return { ...user, sharePresence: row?.share_presence ?? false, shareTyping: row?.share_typing ?? false, hidden: row?.hidden ?? [] };
  }

  /** Membership and mute in one query. Unknown groups answer NOT_FOUND. */
  async access(viewer: AuthUser, groupId: string): Promise<ChatAccess> {
    if (!isUuid(groupId)) throw notFound('That group');
    const [row]: { exists: boolean; member: boolean; muted_until: Date | null; mute_reason: string | null }[] = await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM groups WHERE id = $1) AS exists,
              ${activeMember('$1', '$2')} AS member,
              mu.until AS muted_until, mu.reason AS mute_reason
         FROM (SELECT 1) one
         LEFT JOIN chat_mutes mu ON mu.group_id = $1 AND mu.user_id = $2 AND mu.until > now()`,
      [groupId, viewer.id],
    );
    if (!row.exists) throw notFound('That group');
    return { canRead: row.member || isSiteModerator(viewer), mutedUntil: row.muted_until, muteReason: row.mute_reason };
  }

  async assertCanRead(viewer: AuthUser, groupId: string): Promise<ChatAccess> {
    const access = await this.access(viewer, groupId);
    if (!access.canRead) throw new AppError('NOT_A_MEMBER', 'Only members of this group can use its chat. Join the group first.');
    return access;
  }

  /**
   * Stores a message and returns it; a send whose clientId this author already used in the
   * room returns the stored message instead (duplicate: true) and stores nothing.
   */
  async send(
    viewer: AuthUser,
    groupId: string,
    clientId: unknown,
    body: unknown,
  ): Promise<{ message: ChatMessage; duplicate: boolean; screening: Screening | null }> {
    if (typeof clientId !== 'string' || !clientId || clientId.length > 64) {
      throw fieldError('clientId', 'INVALID_FORMAT', 'Each message needs a client id of at most 64 characters.');
    }
    const text = checkBody(body);
    const access = await this.access(viewer, groupId);
    if (!access.canRead) throw new AppError('NOT_A_MEMBER', 'Only members of this group can post in its chat.');
    if (access.mutedUntil) {
      throw new AppError('MUTED', `A moderator has muted you in this chat until ${access.mutedUntil.toISOString()}: ${access.muteReason}`, {
        until: access.mutedUntil.toISOString(),
      });
    }
    const screening = await this.screening.screen(viewer, groupId, text, 'chat');
    // One statement, so the room's counter row is locked only while PostgreSQL runs it (never
    // across a round trip): number the message, store it, or find the copy a retry already stored.
    try {
      const rows: (Omit<MessageRow, 'handle'> & { duplicate: boolean })[] = await this.db.query(
        `WITH existing AS (
           SELECT id, group_id, seq, client_id, author_id, body, created_at, edited_at, deleted_at, deleted_by, moderation
             FROM chat_messages WHERE group_id = $1 AND author_id = $2 AND client_id = $3
         ),
         room AS (
           INSERT INTO chat_rooms (group_id, last_seq) SELECT $1, 1 WHERE NOT EXISTS (SELECT 1 FROM existing)
           ON CONFLICT (group_id) DO UPDATE SET last_seq = chat_rooms.last_seq + 1
           RETURNING last_seq
         ),
         inserted AS (
           INSERT INTO chat_messages (group_id, seq, author_id, client_id, body, moderation, moderation_reason)
           SELECT $1, last_seq, $2, $3, $4, $5, $6 FROM room
           RETURNING id, group_id, seq, client_id, author_id, body, created_at, edited_at, deleted_at, deleted_by, moderation
         )
         SELECT *, false AS duplicate FROM inserted UNION ALL SELECT *, true AS duplicate FROM existing`,
        [groupId, viewer.id, clientId, text, screening.state, screening.reason],
      );
      const { duplicate, ...row } = rows[0]!;
      if (!duplicate) await this.screening.afterStored('chat_message', row.id, screening);
      return { message: toChatMessage({ ...row, handle: viewer.handle }), duplicate, screening: duplicate ? null : screening };
    } catch (e) {
      // Two copies of one retried send at once: the second hits the unique index, its statement
      // (counter increment included) rolls back, and it is answered with the stored message.
      const code = (e as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (e as { code?: string }).code;
      if (code !== '23505') throw e;
      const [stored]: MessageRow[] = await this.db.query(
        `SELECT ${MESSAGE_COLUMNS} FROM chat_messages m LEFT JOIN users u ON u.id = m.author_id
          WHERE m.group_id = $1 AND m.author_id = $2 AND m.client_id = $3`,
        [groupId, viewer.id, clientId],
      );
      if (!stored) throw e;
      return { message: toChatMessage(stored), duplicate: true, screening: null };
    }
  }

  async edit(viewer: AuthUser, messageId: unknown, body: unknown): Promise<ChatMessage> {
    const text = checkBody(body);
    const current = await this.row(messageId);
    if (current.author_id !== viewer.id) throw forbidden('Only the author can edit a message.');
    if (current.deleted_at) throw new AppError('MESSAGE_DELETED', 'That message was deleted.');
    await this.assertCanRead(viewer, current.group_id);
    const screening = await this.screening.screenEdit(viewer, current.group_id, text);
    await this.db.query(`UPDATE chat_messages SET body = $2, edited_at = now() WHERE id = $1`, [current.id, text]);
    await this.screening.afterStored('chat_message', current.id, screening);
    return this.message(current.id);
  }

  /**
   * The author deletes their message; a moderator of the group deletes anyone's, with a reason
   * (the moderator's act: ModerationService.act checks the right, audits and tells the author).
   */
  async remove(viewer: AuthUser, messageId: unknown, reason?: unknown): Promise<ChatMessage> {
    const current = await this.row(messageId);
    if (current.deleted_at) throw new AppError('MESSAGE_DELETED', 'That message was already deleted.');
    if (current.author_id === viewer.id) {
      await this.db.query(`UPDATE chat_messages SET deleted_at = now(), deleted_by = $2 WHERE id = $1`, [current.id, viewer.id]);
    } else {
      const why = typeof reason === 'string' ? reason : '';
      await this.moderation.act(viewer, { action: 'delete_message', target: { type: 'chat_message', id: current.id }, reason: why, opensCase: false });
    }
    return this.message(current.id);
  }

  /** A page of messages before `beforeSeq` (the latest without it), oldest first. */
  async history(viewer: AuthUser, groupId: string, beforeSeq?: unknown, limit?: unknown): Promise<{ messages: ChatMessage[]; hasMore: boolean }> {
    const n = pageSize(limit, { max: LIMITS.chatHistoryPageMax, fallback: LIMITS.chatHistoryPageDefault, name: 'limit' });
    const before = optionalSeq(beforeSeq, 'beforeSeq');
    await this.assertCanRead(viewer, groupId);
    const rows: MessageRow[] = await this.db.query(
      `SELECT ${MESSAGE_COLUMNS} FROM chat_messages m LEFT JOIN users u ON u.id = m.author_id
        WHERE m.group_id = $2 AND ($3::bigint IS NULL OR m.seq < $3) AND ${NOT_BLOCKED} AND ${NOT_PENDING}
        ORDER BY m.seq DESC LIMIT $4`,
      [viewer.id, groupId, before, n + 1],
    );
    const hasMore = rows.length > n;
    return { messages: rows.slice(0, n).reverse().map(toChatMessage), hasMore };
  }

  /** Messages after `afterSeq`, oldest first: what a client missed while away. */
  async catchUp(viewer: AuthUser, groupId: string, afterSeq: unknown, limit?: unknown): Promise<{ messages: ChatMessage[]; hasMore: boolean }> {
    const n = pageSize(limit, { max: LIMITS.chatCatchUpPage, fallback: LIMITS.chatCatchUpPage, name: 'limit' });
    const after = optionalSeq(afterSeq, 'afterSeq') ?? 0;
    await this.assertCanRead(viewer, groupId);
    return this.after(viewer, groupId, after, n);
  }

  /** Like catchUp, for a caller that has already checked access. */
  async after(viewer: AuthUser, groupId: string, afterSeq: number, n: number): Promise<{ messages: ChatMessage[]; hasMore: boolean }> {
    const rows: MessageRow[] = await this.db.query(
      `SELECT ${MESSAGE_COLUMNS} FROM chat_messages m LEFT JOIN users u ON u.id = m.author_id
        WHERE m.group_id = $2 AND m.seq > $3 AND ${NOT_BLOCKED} AND ${NOT_PENDING}
        ORDER BY m.seq ASC LIMIT $4`,
      [viewer.id, groupId, afterSeq, n + 1],
    );
    return { messages: rows.slice(0, n).map(toChatMessage), hasMore: rows.length > n };
  }

  async lastSeq(groupId: string): Promise<number> {
    const [row]: { last_seq: string }[] = await this.db.query(`SELECT last_seq FROM chat_rooms WHERE group_id = $1`, [groupId]);
    return row ? Number(row.last_seq) : 0;
  }

  // ---- moderation ------------------------------------------------------------------------

  // Muting and ending a mute are moderator acts: ModerationService.act.

  /** Who is muted: a concealed mute (of an anonymous author) names nobody. */
  async mutes(
    viewer: AuthUser,
    groupId: string,
  ): Promise<{ id: string; userId: string | null; handle: string | null; label: string; caseId: string | null; until: Date; reason: string }[]> {
    await this.groups.assertCanModerate(viewer, groupId);
    const rows: { id: string; user_id: string; handle: string; concealed: boolean; case_id: string | null; until: Date; reason: string }[] =
      await this.db.query(
        `SELECT m.id, m.user_id, u.handle, m.concealed, m.case_id, m.until, m.reason FROM chat_mutes m JOIN users u ON u.id = m.user_id
          WHERE m.group_id = $1 AND m.until > now() ORDER BY m.until, m.id`,
        [groupId],
      );
    return rows.map((r) => ({
      id: r.id,
      userId: r.concealed ? null : r.user_id,
      handle: r.concealed ? null : r.handle,
      label: r.concealed ? CONCEALED_MUTE_LABEL : r.handle,
      caseId: r.case_id,
      until: r.until,
      reason: r.reason,
    }));
  }

  // ---- rows ------------------------------------------------------------------------------

  private async row(messageId: unknown): Promise<MessageRow> {
    if (!isUuid(messageId)) throw notFound('That message');
    const [row]: MessageRow[] = await this.db.query(
      `SELECT ${MESSAGE_COLUMNS} FROM chat_messages m LEFT JOIN users u ON u.id = m.author_id WHERE m.id = $1`,
      [messageId],
    );
    if (!row) throw notFound('That message');
    return row;
  }

  async message(messageId: string): Promise<ChatMessage> {
    return toChatMessage(await this.row(messageId));
  }
}

function optionalSeq(v: unknown, name: string): number | null {
  if (v === undefined || v === null) return null;
  if (!Number.isSafeInteger(v) || (v as number) < 0) throw new AppError('BAD_REQUEST', `\`${name}\` must be a whole number of at least 0.`);
  return v as number;
}
