import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CookieOptions, Response } from 'express';
import { DataSource } from 'typeorm';
import { LIMITS, SESSION_COOKIE } from '@kindred/contracts';
import type { ClinicianStatus, Role } from '@kindred/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { needsTwoFactor } from '../access/access.sql';

const TOUCH_EVERY_MS = 5 * 60 * 1000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Server-side sessions. The cookie holds a random token; the database holds only its hash,
 * so a leaked database row cannot be replayed. Revoking a row ends the session everywhere
 * it is used: GraphQL, the socket handshake, any replica.
 */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(userId: string, userAgent: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionTtlDays * 86_400_000);
    await this.db.query(
      `INSERT INTO sessions (user_id, token_hash, user_agent, last_seen_at, expires_at) VALUES ($1, $2, $3, now(), $4)`,
      [userId, hashToken(token), userAgent.slice(0, 300), expiresAt],
    );
    return { token, expiresAt };
  }

  /** Resolves a cookie token to the user behind it, or null if unknown, expired, revoked or the account is suspended. */
  async resolve(token: string | undefined): Promise<AuthUser | null> {
    if (!token || token.length > 200) return null;
    const rows: {
      session_id: string;
      last_seen_at: Date;
      id: string;
      handle: string;
      role: Role;
      clinician_status: ClinicianStatus | null;
      two_factor_on: boolean;
      two_factor_due_at: Date | null;
      needs_two_factor: boolean;
    }[] = await this.db.query(
      `SELECT s.id AS session_id, s.last_seen_at, u.id, u.handle, u.role, u.clinician_status,
              u.totp_enabled_at IS NOT NULL AS two_factor_on, u.two_factor_due_at,
              (u.totp_enabled_at IS NULL AND ${needsTwoFactor('u')}) AS needs_two_factor
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
          AND (u.suspended_until IS NULL OR u.suspended_until <= now())`,
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row) return null;
    if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_EVERY_MS) {
      await this.db.query(`UPDATE sessions SET last_seen_at = now() WHERE id = $1`, [row.session_id]);
    }
    let powersWaiting = false;
    if (row.needs_two_factor) {
      if (!row.two_factor_due_at) {
        // The first time the need is seen (a power granted by a path that did not start the
        // grace period): the grace period starts now.
        await this.db.query(
          `UPDATE users SET two_factor_due_at = now() + make_interval(days => $2) WHERE id = $1 AND two_factor_due_at IS NULL`,
          [row.id, LIMITS.twoFactorGraceDays],
        );
      } else {
        powersWaiting = new Date(row.two_factor_due_at) <= new Date();
      }
    } else if (!row.two_factor_on && row.two_factor_due_at && new Date(row.two_factor_due_at) <= new Date()) {
      // A grace period that ran out stays out, whatever power comes next.
      powersWaiting = true;
    }
    return {
      id: row.id,
      handle: row.handle,
      role: row.role,
      clinicianStatus: row.clinician_status,
      sessionId: row.session_id,
      powersWaiting,
    };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }

  /** Ends every session of a user; returns how many were ended. */
  async revokeAll(userId: string): Promise<number> {
    const result = await this.db.query(
      `UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING id`,
      [userId],
    );
    return (result[0] as unknown[]).length;
  }

  cookieOptions(): CookieOptions {
    return {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
      path: '/',
    };
  }

  setCookie(res: Response, token: string, expiresAt: Date): void {
    res.cookie(SESSION_COOKIE, token, { ...this.cookieOptions(), expires: expiresAt });
  }

  clearCookie(res: Response): void {
    res.clearCookie(SESSION_COOKIE, this.cookieOptions());
  }
}
