import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError, notFound } from '../../common/errors/app-error';
import { DomainEvents } from '../../common/events/domain-events';
import { AuditService } from '../audit/audit.service';
import { PasswordService } from '../auth/password.service';
import { buildExport } from './data-export';
import { forgetMemberInModerationRecords } from '../moderation/moderation-erasure';

export interface SessionView {
  id: string;
  device: string;
  createdAt: Date;
  lastSeenAt: Date;
  current: boolean;
}
export interface ExportView {
  id: string;
  status: 'queued' | 'running' | 'ready' | 'failed';
  progress: number;
  bytes: number | null;
  createdAt: Date;
  finishedAt: Date | null;
  expiresAt: Date;
}

/** "Firefox on Windows", from a user agent string, roughly; never more identifying than that. */
export function describeDevice(ua: string): string {
  const browser = /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /Chrome\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : null;
  const os = /Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iOS' : /Windows/.test(ua) ? 'Windows' : /Mac OS X/.test(ua) ? 'macOS' : /Linux/.test(ua) ? 'Linux' : null;
  if (browser && os) return `${browser} on ${os}`;
  return browser ?? os ?? (ua ? 'Other device' : 'Unknown device');
}

/**
 * A member's rights over their account: see and end sessions, download everything Kindred holds
 * about them, and delete the account.
 */
@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly passwords: PasswordService,
    private readonly events: DomainEvents,
    private readonly logger: PinoLogger,
    private readonly audit: AuditService,
  ) {
    this.logger.setContext('Account');
  }

  // ---- sessions ------------------------------------------------------------------------------

  async sessions(viewer: AuthUser): Promise<SessionView[]> {
    const rows: { id: string; user_agent: string; created_at: Date; last_seen_at: Date }[] = await this.db.query(
      `SELECT id, user_agent, created_at, last_seen_at FROM sessions
        WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now() ORDER BY last_seen_at DESC`,
      [viewer.id],
    );
    return rows.map((r) => ({ id: r.id, device: describeDevice(r.user_agent), createdAt: r.created_at, lastSeenAt: r.last_seen_at, current: r.id === viewer.sessionId }));
  }

  async endSession(viewer: AuthUser, sessionId: string): Promise<boolean> {
    const [, n]: [unknown, number] = await this.db.query(
      `UPDATE sessions SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL`,
      [sessionId, viewer.id],
    );
    if (!n) throw notFound('That session');
    this.events.emit('session.ended', { sessionId, userId: viewer.id });
    return true;
  }

  // ---- data export ----------------------------------------------------------------------------

  async requestExport(viewer: AuthUser): Promise<ExportView> {
    const [running]: { id: string }[] = await this.db.query(
      `SELECT id FROM data_exports WHERE user_id = $1 AND status IN ('queued','running')`,
      [viewer.id],
    );
    if (running) return this.export(viewer, running.id);
    const [{ id }]: { id: string }[] = await this.db.query(`INSERT INTO data_exports (user_id) VALUES ($1) RETURNING id`, [viewer.id]);
    // Produced in the background; the member watches its progress.
    setImmediate(() => void this.produce(id, viewer.id));
    return this.export(viewer, id);
  }

  private async produce(id: string, userId: string): Promise<void> {
    try {
      await this.db.query(`UPDATE data_exports SET status = 'running' WHERE id = $1`, [id]);
      const { zip } = await buildExport(this.db.manager, userId, (p) => this.db.query(`UPDATE data_exports SET progress = $2 WHERE id = $1`, [id, p]));
      await this.db.query(
        `UPDATE data_exports SET status = 'ready', progress = 100, archive = $2, bytes = $3, finished_at = now() WHERE id = $1`,
        [id, Buffer.from(zip), zip.byteLength],
      );
    } catch (err) {
      this.logger.error({ err }, 'data export failed');
      await this.db.query(`UPDATE data_exports SET status = 'failed', error = 'The export could not be made. Try again.', finished_at = now() WHERE id = $1`, [id]).catch(() => undefined);
    }
  }

  async exports(viewer: AuthUser): Promise<ExportView[]> {
    return this.db.query(
      `SELECT id, status, progress, bytes, created_at AS "createdAt", finished_at AS "finishedAt", expires_at AS "expiresAt"
         FROM data_exports WHERE user_id = $1 AND expires_at > now() ORDER BY created_at DESC LIMIT 10`,
      [viewer.id],
    );
  }

  async export(viewer: AuthUser, id: string): Promise<ExportView> {
    const [row]: ExportView[] = await this.db.query(
      `SELECT id, status, progress, bytes, created_at AS "createdAt", finished_at AS "finishedAt", expires_at AS "expiresAt"
         FROM data_exports WHERE id = $1 AND user_id = $2`,
      [id, viewer.id],
    );
    if (!row) throw notFound('That export');
    return row;
  }

  /** The archive, only to its owner, only once ready and until it expires. */
  async archive(viewer: AuthUser, id: string): Promise<Buffer> {
    const [row]: { archive: Buffer | null; status: string }[] = await this.db.query(
      `SELECT archive, status FROM data_exports WHERE id = $1::uuid AND user_id = $2 AND expires_at > now()`,
      [id, viewer.id],
    );
    if (!row) throw notFound('That export');
    if (row.status !== 'ready' || !row.archive) throw new AppError('BAD_REQUEST', 'That export is not ready yet.');
    return row.archive;
  }

  // ---- deletion --------------------------------------------------------------------------------

  /**
   * Deletes the account after checking the password. `remove`: their threads, replies and chat
   * messages lose their text (conversations others took part in stay, as with any deletion);
   * `keep`: their posts stay under "former member". Either way the account row goes, and with it
   * (by foreign keys) sessions, memberships, consents and their history, notifications, blocks,
   * follows, exports, experience reports and organisation memberships (so nothing of theirs counts
   * in insights again; stories of care kept under "former member" no longer count either);
   * mentions of their handle are neutralised; moderation records keep their decisions but stop
   * naming them (and, with `remove`, lose the copies of their words); search re-indexes what
   * changed through the outbox.
   * The audit log records that an account was deleted, without saying whose.
   */
  async deleteAccount(viewer: AuthUser, password: string, mode: 'remove' | 'keep'): Promise<boolean> {
    const [user]: { password_hash: string; handle: string }[] = await this.db.query(`SELECT password_hash, handle FROM users WHERE id = $1`, [viewer.id]);
    if (!user) throw notFound('That account');
    if (!(await this.passwords.verify(user.password_hash, password))) {
      throw new AppError('INVALID_CREDENTIALS', 'That password is not right.', {
        fields: [{ field: 'password', code: 'INVALID_VALUE', message: 'That password is not right.' }],
      });
    }
    const mention = `(?<![\\w@/])@${user.handle.replace(/[-]/g, '\\-')}(?![\\w-])`;
    await this.db.transaction(async (tx) => {
      const id = viewer.id;
      if (mode === 'remove') {
        await tx.query(`DELETE FROM thread_revisions WHERE thread_id IN (SELECT id FROM threads WHERE author_id = $1)`, [id]);
        await tx.query(`DELETE FROM reply_revisions WHERE reply_id IN (SELECT id FROM replies WHERE author_id = $1)`, [id]);
        await tx.query(`UPDATE threads SET title = '[deleted]', body = '', body_html = '', tags = '{}', deleted_at = coalesce(deleted_at, now()) WHERE author_id = $1`, [id]);
        await tx.query(`UPDATE replies SET body = '', body_html = '', deleted_at = coalesce(deleted_at, now()) WHERE author_id = $1`, [id]);
        await tx.query(
          `UPDATE chat_messages SET body = '', client_id = id::text, deleted_at = coalesce(deleted_at, now()), deleted_by = NULL WHERE author_id = $1`,
          [id],
        );
        // Their stories of care go, with the responses to them.
        await tx.query(`DELETE FROM care_experiences WHERE author_id = $1`, [id]);
      }
      // Their helpful marks go with the account: keep the counts on others' posts true.
      await tx.query(`UPDATE threads t SET helpful_count = helpful_count - 1 FROM helpful_marks h WHERE h.user_id = $1 AND h.target_type = 'thread' AND h.target_id = t.id`, [id]);
      await tx.query(`UPDATE replies r SET helpful_count = helpful_count - 1 FROM helpful_marks h WHERE h.user_id = $1 AND h.target_type = 'reply' AND h.target_id = r.id`, [id]);
      // Notifications others got about what they did no longer name them.
      await tx.query(`UPDATE notifications SET message = replace(message, $2, 'A former member') WHERE actor_id = $1`, [id, user.handle]);
      // Others' mentions of them no longer name them.
      for (const table of ['threads', 'replies']) {
        await tx.query(
          `UPDATE ${table} SET body = regexp_replace(body, $1, '@former-member', 'gi'),
                  body_html = regexp_replace(body_html, $2, '@former-member', 'gi')
            WHERE body ~* $1`,
          [mention, `<a href="/members/${user.handle}" class="mention">@${user.handle}</a>`],
        );
      }
      await tx.query(`UPDATE chat_messages SET body = regexp_replace(body, $1, '@former-member', 'gi') WHERE body ~* $1`, [mention]);
      await tx.query(`UPDATE threads SET title = regexp_replace(title, $1, '@former-member', 'gi') WHERE title ~* $1`, [mention]);
      await forgetMemberInModerationRecords(tx, { id, handle: user.handle, mentionPattern: mention, removeWords: mode === 'remove' });
      await tx.query(`DELETE FROM users WHERE id = $1`, [id]);
      // Recorded without an actor: the entry does not say whose account it was.
      await this.audit.record({ actorId: null, action: 'account.delete', targetType: 'account', targetId: 'erased', reason: 'Deleted by its owner', details: { content: mode } }, tx);
    });
    this.events.emit('account.deleted', { userId: viewer.id });
    return true;
  }
}
