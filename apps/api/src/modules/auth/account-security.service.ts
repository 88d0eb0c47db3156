import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { PinoLogger } from 'nestjs-pino';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { DataSource, type EntityManager } from 'typeorm';
import { LIMITS, WEB_ROUTES } from '@kindred/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { returnedRows } from '../../common/database/returning';
import { AppError, notFound } from '../../common/errors/app-error';
import { DomainEvents } from '../../common/events/domain-events';
import { MailService } from '../../common/mail/mail.service';
import { sharedRateLimiter } from '../../common/redis/rate-limiter';
import type { RedisLink } from '../../common/redis/redis-link';
import { REDIS_LINK } from '../../common/redis/redis.module';
import { needsTwoFactor } from '../access/access.sql';
import { accountMail, maskEmail } from './account-mail';
import { PasswordService } from './password.service';
import { hashToken, SessionService } from './session.service';
import { SignInThrottleService } from './sign-in-throttle.service';

export type TokenPurpose = 'verify_email' | 'change_email' | 'reset_password' | 'sign_in';

const TTL_MS: Record<TokenPurpose, number> = {
  verify_email: LIMITS.emailVerificationHours * 3_600_000,
  change_email: LIMITS.emailVerificationHours * 3_600_000,
  reset_password: LIMITS.passwordResetMinutes * 60_000,
  sign_in: LIMITS.twoFactorChallengeMinutes * 60_000,
};

export interface AccountSecurityView {
  emailVerified: boolean;
  pendingEmail: string | null;
  twoFactorEnabled: boolean;
  twoFactorRequired: boolean;
  twoFactorDueAt: Date | null;
  powersWaiting: boolean;
  recoveryCodesLeft: number;
}

interface TokenRow {
  id: string;
  user_id: string;
  purpose: TokenPurpose;
  email: string | null;
  attempts: number;
  expires_at: Date;
  used_at: Date | null;
}

/**
 * Verified email addresses, password reset, change of password and of email address.
 *
 * Emailed links carry a random 256-bit token; only its SHA-256 is stored (`account_tokens`), so
 * the database cannot replay them. Each works once, for its purpose only, until it expires
 * (verification and change of email 24 hours, reset 1 hour); asking again replaces the last one.
 * "Forgot your password?" answers the same whether or not the address has an account, and does
 * the lookup's follow-up work (token, mail) after answering, so timing does not tell either.
 */
@Injectable()
export class AccountSecurityService {
  private readonly verificationMails: RateLimiterAbstract;
  private readonly resetsPerAccount: RateLimiterAbstract;
  private readonly resetsPerIp: RateLimiterAbstract;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottleService,
    private readonly mail: MailService,
    private readonly events: DomainEvents,
    private readonly logger: PinoLogger,
    @Inject(REDIS_LINK) redis: RedisLink,
  ) {
    this.logger.setContext('AccountSecurity');
    this.verificationMails = sharedRateLimiter(redis, { keyPrefix: 'kindred:mail:verify', points: LIMITS.verificationMailsPerAccountPerHour, duration: 3600 });
    this.resetsPerAccount = sharedRateLimiter(redis, { keyPrefix: 'kindred:reset:acct', points: LIMITS.passwordResetsPerAccountPerHour, duration: 3600 });
    this.resetsPerIp = sharedRateLimiter(redis, { keyPrefix: 'kindred:reset:ip', points: LIMITS.passwordResetsPerIpPerHour, duration: 3600 });
  }

  // ---- tokens ------------------------------------------------------------------------------------

  /** A new single-use token for `purpose`; earlier unused ones of the same purpose stop working. */
  async issueToken(userId: string, purpose: TokenPurpose, email: string | null, tx: EntityManager = this.db.manager): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await tx.query(`UPDATE account_tokens SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`, [userId, purpose]);
    await tx.query(`INSERT INTO account_tokens (user_id, purpose, token_hash, email, expires_at) VALUES ($1, $2, $3, $4, $5)`, [
      userId,
      purpose,
      hashToken(token),
      email,
      new Date(Date.now() + TTL_MS[purpose]),
    ]);
    return token;
  }

  /** The token's row, locked, if it is for one of `purposes`; throws LINK_INVALID / LINK_USED / LINK_EXPIRED. */
  async takeToken(tx: EntityManager, token: string, purposes: TokenPurpose[]): Promise<TokenRow> {
    const [row]: TokenRow[] = await tx.query(
      `SELECT id, user_id, purpose, email, attempts, expires_at, used_at FROM account_tokens WHERE token_hash = $1 AND purpose = ANY($2) FOR UPDATE`,
      [hashToken(token.trim()), purposes],
    );
    if (!row) throw new AppError('LINK_INVALID', 'That link is not right. Check you copied all of it, or ask for a new one.');
    if (row.used_at) throw new AppError('LINK_USED', 'That link has already been used (or a newer one was sent). Ask for a new one if you need it.');
    if (new Date(row.expires_at) <= new Date()) throw new AppError('LINK_EXPIRED', 'That link has expired. Ask for a new one.');
    await tx.query(`UPDATE account_tokens SET used_at = now() WHERE id = $1`, [row.id]);
    return row;
  }

  // ---- email verification -------------------------------------------------------------------------

  /** Sends the sign-up verification mail (in the background). */
  async sendVerification(user: { id: string; handle: string; email: string }): Promise<void> {
    const token = await this.issueToken(user.id, 'verify_email', user.email);
    this.mail.sendLater(accountMail.verifyEmail(user.email, user.handle, this.mail.link(`${WEB_ROUTES.verifyEmail}?token=${token}`)));
  }

  /** "Send the link again": at most LIMITS.verificationMailsPerAccountPerHour an hour. */
  async resendVerification(viewer: AuthUser): Promise<boolean> {
    const [u]: { email: string; handle: string; verified: boolean }[] = await this.db.query(
      `SELECT email, handle, email_verified_at IS NOT NULL AS verified FROM users WHERE id = $1`,
      [viewer.id],
    );
    if (!u) throw notFound('That account');
    if (u.verified) return false;
    await this.consume(this.verificationMails, viewer.id, 'You asked for several links just now. Please wait a while and check your inbox (and spam folder).');
    await this.sendVerification({ id: viewer.id, handle: u.handle, email: u.email });
    return true;
  }

  /** Follows a verification or change-of-email link. Returns the address now verified. */
  async verifyEmail(token: string): Promise<{ email: string; changed: boolean }> {
    const result = await this.db.transaction(async (tx) => {
      const row = await this.takeToken(tx, token, ['verify_email', 'change_email']);
      const [u]: { email: string; handle: string }[] = await tx.query(`SELECT email, handle FROM users WHERE id = $1 FOR UPDATE`, [row.user_id]);
      if (!u) throw new AppError('LINK_INVALID', 'That link is not right.');
      if (row.purpose === 'verify_email') {
        // A link sent to an address the account no longer uses proves nothing about the new one.
        if (row.email !== u.email) throw new AppError('LINK_USED', 'That link was for an address this account no longer uses.');
        await tx.query(`UPDATE users SET email_verified_at = coalesce(email_verified_at, now()) WHERE id = $1`, [row.user_id]);
        return { email: u.email, changed: false, old: null, handle: u.handle };
      }
      const next = row.email!;
      const [taken]: unknown[] = await tx.query(`SELECT 1 FROM users WHERE lower(email) = lower($1) AND id <> $2`, [next, row.user_id]);
      if (taken) throw new AppError('EMAIL_TAKEN', 'Another account uses that address now, so it cannot be moved to yours.');
      await tx.query(`UPDATE users SET email = $2, email_verified_at = now() WHERE id = $1`, [row.user_id, next]);
      await tx.query(`UPDATE account_tokens SET used_at = now() WHERE user_id = $1 AND purpose IN ('verify_email', 'reset_password') AND used_at IS NULL`, [row.user_id]);
      return { email: next, changed: true, old: u.email, handle: u.handle };
    });
    if (result.changed && result.old) this.mail.sendLater(accountMail.emailChanged(result.old, result.handle, maskEmail(result.email)));
    return { email: result.email, changed: result.changed };
  }

  // ---- change of email -------------------------------------------------------------------------

  async changeEmail(viewer: AuthUser, newEmail: string, password: string, ip: string): Promise<boolean> {
    const u = await this.checkPassword(viewer, password, ip);
    const next = newEmail.trim().toLowerCase();
    if (next === u.email) {
      throw new AppError('VALIDATION_FAILED', 'That is already your email address.', {
        fields: [{ field: 'newEmail', code: 'NOT_ALLOWED', message: 'That is already your email address.' }],
      });
    }
    const [taken]: unknown[] = await this.db.query(`SELECT 1 FROM users WHERE lower(email) = $1`, [next]);
    if (taken) {
      throw new AppError('EMAIL_TAKEN', 'An account with that email already exists.', {
        fields: [{ field: 'newEmail', code: 'NOT_ALLOWED', message: 'An account with that email already exists.' }],
      });
    }
    await this.consume(this.verificationMails, viewer.id, 'You asked for several links just now. Please wait a while and check your inbox (and spam folder).');
    const token = await this.issueToken(viewer.id, 'change_email', next);
    this.mail.sendLater(accountMail.confirmNewEmail(next, u.handle, this.mail.link(`${WEB_ROUTES.verifyEmail}?token=${token}`)));
    this.mail.sendLater(accountMail.emailChangeRequested(u.email, u.handle, maskEmail(next)));
    return true;
  }

  // ---- password reset ----------------------------------------------------------------------------

  /**
   * Always answers true (unless this IP asked too often): whether the address has an account is
   * never told. For an account, a link is mailed at most LIMITS.passwordResetsPerAccountPerHour
   * times an hour, in the background after the answer.
   */
  async requestPasswordReset(email: string, ip: string): Promise<boolean> {
    await this.consume(this.resetsPerIp, ip, 'Too many password resets from your network. Please wait and try again.');
    const [u]: { id: string; handle: string; email: string }[] = await this.db.query(`SELECT id, handle, email FROM users WHERE lower(email) = lower($1)`, [email.trim()]);
    if (u) {
      setImmediate(() => {
        this.sendReset(u).catch((err: unknown) => this.logger.error({ err }, 'password reset mail failed'));
      });
    }
    return true;
  }

  private async sendReset(u: { id: string; handle: string; email: string }): Promise<void> {
    try {
      await this.resetsPerAccount.consume(u.id);
    } catch (e) {
      if (e instanceof RateLimiterRes) return; // silently: the answer must not differ
      throw e;
    }
    const token = await this.issueToken(u.id, 'reset_password', u.email);
    await this.mail.send(accountMail.resetPassword(u.email, u.handle, this.mail.link(`${WEB_ROUTES.resetPassword}?token=${token}`)));
  }

  /** Sets a new password from a reset link; every session of the account ends. */
  async resetPassword(token: string, newPassword: string): Promise<boolean> {
    const hash = await this.passwords.hash(newPassword);
    const u = await this.db.transaction(async (tx) => {
      const row = await this.takeToken(tx, token, ['reset_password']);
      const [user]: { id: string; email: string; handle: string }[] = await tx.query(`SELECT id, email, handle FROM users WHERE id = $1 FOR UPDATE`, [row.user_id]);
      if (!user || row.email !== user.email) throw new AppError('LINK_USED', 'That link was for an address this account no longer uses.');
      // The link reached the address: that proves it as well as a verification link would.
      await tx.query(`UPDATE users SET password_hash = $2, email_verified_at = coalesce(email_verified_at, now()) WHERE id = $1`, [user.id, hash]);
      await tx.query(`UPDATE account_tokens SET used_at = now() WHERE user_id = $1 AND purpose IN ('reset_password', 'sign_in') AND used_at IS NULL`, [user.id]);
      await tx.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [user.id]);
      return user;
    });
    this.events.emit('user.signed-out', { userId: u.id });
    this.mail.sendLater(accountMail.passwordChanged(u.email, u.handle, 'reset'));
    return true;
  }

  // ---- change of password -----------------------------------------------------------------------

  /** Changes the password after checking the current one; other sessions end (this one too unless kept). Returns how many ended. */
  async changePassword(viewer: AuthUser, current: string, next: string, keepThisSession: boolean, ip: string, res: Response): Promise<number> {
    const u = await this.checkPassword(viewer, current, ip, 'currentPassword');
    const hash = await this.passwords.hash(next);
    const ended: { id: string }[] = await this.db.transaction(async (tx) => {
      await tx.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [viewer.id, hash]);
      await tx.query(`UPDATE account_tokens SET used_at = now() WHERE user_id = $1 AND purpose IN ('reset_password', 'sign_in') AND used_at IS NULL`, [viewer.id]);
      return returnedRows<{ id: string }>(
        await tx.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND ($2 OR id <> $3) RETURNING id`, [
          viewer.id,
          !keepThisSession,
          viewer.sessionId,
        ]),
      );
    });
    for (const s of ended) this.events.emit('session.ended', { sessionId: s.id, userId: viewer.id });
    if (!keepThisSession) this.sessions.clearCookie(res);
    this.mail.sendLater(accountMail.passwordChanged(u.email, u.handle, 'changed'));
    return ended.filter((s) => s.id !== viewer.sessionId).length;
  }

  // ---- what the member sees -----------------------------------------------------------------------

  async view(userId: string): Promise<AccountSecurityView> {
    const [r]: {
      email_verified: boolean;
      two_factor_enabled: boolean;
      needs: boolean;
      two_factor_due_at: Date | null;
      pending_email: string | null;
      recovery_left: number;
    }[] = await this.db.query(
      `SELECT u.email_verified_at IS NOT NULL AS email_verified, u.totp_enabled_at IS NOT NULL AS two_factor_enabled,
              ${needsTwoFactor('u')} AS needs, u.two_factor_due_at,
              (SELECT t.email FROM account_tokens t WHERE t.user_id = u.id AND t.purpose = 'change_email' AND t.used_at IS NULL AND t.expires_at > now()
                ORDER BY t.created_at DESC LIMIT 1) AS pending_email,
              (SELECT count(*)::int FROM recovery_codes r WHERE r.user_id = u.id AND r.used_at IS NULL) AS recovery_left
         FROM users u WHERE u.id = $1`,
      [userId],
    );
    if (!r) throw notFound('That account');
    const due = r.two_factor_due_at ? new Date(r.two_factor_due_at) : null;
    return {
      emailVerified: r.email_verified,
      pendingEmail: r.pending_email,
      twoFactorEnabled: r.two_factor_enabled,
      twoFactorRequired: r.needs || (!!due && !r.two_factor_enabled && due <= new Date()),
      twoFactorDueAt: r.two_factor_enabled ? null : due,
      powersWaiting: !r.two_factor_enabled && !!due && due <= new Date(),
      recoveryCodesLeft: r.recovery_left,
    };
  }

  // ---- shared --------------------------------------------------------------------------------

  /** Checks the member's password (wrong guesses count in the sign-in throttle). */
  async checkPassword(viewer: AuthUser, password: string, ip: string, field = 'password'): Promise<{ email: string; handle: string }> {
    await this.throttle.assertAccountOpen(viewer.id, ip);
    const [u]: { password_hash: string; email: string; handle: string }[] = await this.db.query(`SELECT password_hash, email, handle FROM users WHERE id = $1`, [viewer.id]);
    if (!u) throw notFound('That account');
    if (!(await this.passwords.verify(u.password_hash, password))) {
      await this.throttle.recordFailure(viewer.id, ip);
      throw new AppError('INVALID_CREDENTIALS', 'That password is not right.', {
        fields: [{ field, code: 'INVALID_VALUE', message: 'That password is not right.' }],
      });
    }
    return u;
  }

  private async consume(limiter: RateLimiterAbstract, key: string, message: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (e) {
      if (e instanceof RateLimiterRes) {
        throw new AppError('TOO_MANY_REQUESTS', message, { retryAfterSeconds: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) });
      }
      throw e;
    }
  }
}
