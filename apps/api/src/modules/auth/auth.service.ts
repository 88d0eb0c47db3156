import { Inject, Injectable } from '@nestjs/common';
import { LIMITS, TWO_FACTOR_COOKIE } from '@kindred/contracts';
import { returnedRows } from '../../common/database/returning';
import { MailService } from '../../common/mail/mail.service';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { accountMail } from './account-mail';
import { AccountSecurityService } from './account-security.service';
import { TwoFactorService } from './two-factor.service';
import { InjectRepository } from '@nestjs/typeorm';
import type { Response } from 'express';
import { QueryFailedError, Repository } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { UserEntity } from '../users/user.entity';
import { toMe } from '../users/user.mapper';
import type { MeObject } from '../users/user.object';
import type { RegisterInput, SignInInput, TwoFactorSignInInput } from './auth.input';
import { DomainEvents } from '../../common/events/domain-events';
import { PasswordService } from './password.service';
import { hashToken, SessionService } from './session.service';
import { SignInThrottleService } from './sign-in-throttle.service';

export interface ClientInfo {
  ip: string;
  userAgent: string;
  res: Response;
  /** The cookie holding a sign-in that waits for its second step, if any. */
  twoFactorToken?: string;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottleService,
    private readonly events: DomainEvents,
    private readonly security: AccountSecurityService,
    private readonly twoFactor: TwoFactorService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async register(input: RegisterInput, client: ClientInfo): Promise<MeObject> {
    await this.throttle.registrationFromIp(client.ip);
    const handle = input.handle.trim();
    const email = input.email.trim().toLowerCase();
    await this.assertFree(handle, email);
    const passwordHash = await this.passwords.hash(input.password);
    const asClinician = input.asClinician === true;
    let user: UserEntity;
    try {
      user = await this.users.save(
        this.users.create({
          handle,
          email,
          passwordHash,
          role: asClinician ? 'clinician' : 'member',
          clinicianStatus: asClinician ? 'pending' : null,
          clinicianRegistration: asClinician ? input.clinicianRegistration!.trim() : null,
          clinicianOrganisation: asClinician ? input.clinicianOrganisation!.trim() : null,
        }),
      );
    } catch (e) {
      // A concurrent registration won the race for the same handle or email.
      if (e instanceof QueryFailedError && (e as { code?: string }).code === '23505') {
        await this.assertFree(handle, email);
      }
      throw e;
    }
    await this.security.sendVerification(user);
    await this.startSession(user, client);
    return toMe(user);
  }

  async signIn(input: SignInInput, client: ClientInfo): Promise<MeObject> {
    await this.throttle.attemptFromIp(client.ip);
    const login = input.login.trim().toLowerCase();
    const user = await this.users
      .createQueryBuilder('u')
      .where('lower(u.email) = :login OR lower(u.handle) = :login', { login })
      .getOne();
    const accountKey = user?.id ?? login;
    await this.throttle.assertAccountOpen(accountKey, client.ip);
    const ok = user
      ? await this.passwords.verify(user.passwordHash, input.password)
      : await this.passwords.verifyNothing(input.password);
    if (!user || !ok) {
      await this.throttle.recordFailure(accountKey, client.ip);
      throw new AppError('INVALID_CREDENTIALS', 'That email or handle and password do not match.');
    }
    this.assertNotSuspended(user);
    if (user.totpEnabledAt) {
      // Failures keep counting until the second step succeeds too.
      // The password was right; the session starts only after the second step, within a few minutes.
      const token = await this.security.issueToken(user.id, 'sign_in', null);
      client.res.cookie(TWO_FACTOR_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: this.config.cookieSecure,
        path: '/',
        maxAge: LIMITS.twoFactorChallengeMinutes * 60_000,
      });
      throw new AppError('TWO_FACTOR_CODE_REQUIRED', 'Enter the 6-digit code from your authenticator app, or a recovery code.');
    }
    await this.throttle.recordSuccess(accountKey, client.ip);
    await this.startSession(user, client);
    return toMe(user);
  }

  /**
   * The second step of signing in, for accounts with two-factor sign-in: a code from the app
   * (each accepted once) or a recovery code (each works once). Wrong codes count in the same
   * throttle as wrong passwords (per account and IP, per account), and a sign-in allows
   * LIMITS.twoFactorChallengeAttempts tries before it has to start again.
   */
  async signInWithTwoFactor(input: TwoFactorSignInInput, client: ClientInfo): Promise<MeObject> {
    await this.throttle.attemptFromIp(client.ip);
    const code = input.code?.trim() ?? '';
    const recovery = input.recoveryCode?.trim() ?? '';
    if (!code && !recovery) {
      throw new AppError('VALIDATION_FAILED', 'Enter the code from your authenticator app, or a recovery code.', {
        fields: [{ field: 'code', code: 'REQUIRED', message: 'Enter the code from your authenticator app.' }],
      });
    }
    const expired = () => {
      client.res.clearCookie(TWO_FACTOR_COOKIE, { path: '/' });
      return new AppError('TWO_FACTOR_CHALLENGE_EXPIRED', 'That sign-in has expired. Please sign in again with your password.');
    };
    if (!client.twoFactorToken || client.twoFactorToken.length > 200) throw expired();
    const [challenge]: { id: string; user_id: string; attempts: number; expires_at: Date; used_at: Date | null }[] = await this.users.query(
      `SELECT id, user_id, attempts, expires_at, used_at FROM account_tokens WHERE token_hash = $1 AND purpose = 'sign_in'`,
      [hashToken(client.twoFactorToken)],
    );
    if (!challenge || challenge.used_at || new Date(challenge.expires_at) <= new Date() || challenge.attempts >= LIMITS.twoFactorChallengeAttempts) {
      throw expired();
    }
    await this.throttle.assertAccountOpen(challenge.user_id, client.ip);
    const ok = code ? await this.twoFactor.verifyCode(challenge.user_id, code) : await this.twoFactor.useRecoveryCode(challenge.user_id, recovery);
    if (!ok) {
      await this.users.query(`UPDATE account_tokens SET attempts = attempts + 1 WHERE id = $1`, [challenge.id]);
      await this.throttle.recordFailure(challenge.user_id, client.ip);
      const field = code ? 'code' : 'recoveryCode';
      const message = code ? 'That code is not right. Check the time on your phone, and use the newest code.' : 'That recovery code is not right, or was already used.';
      throw new AppError('INVALID_TWO_FACTOR_CODE', message, { fields: [{ field, code: 'INVALID_VALUE', message }] });
    }
    const claimed = returnedRows(await this.users.query(`UPDATE account_tokens SET used_at = now() WHERE id = $1 AND used_at IS NULL RETURNING id`, [challenge.id]));
    if (!claimed.length) throw expired();
    client.res.clearCookie(TWO_FACTOR_COOKIE, { path: '/' });
    await this.throttle.recordSuccess(challenge.user_id, client.ip);
    const user = await this.users.findOneByOrFail({ id: challenge.user_id });
    this.assertNotSuspended(user);
    if (!code) {
      const left = await this.twoFactor.recoveryCodesLeft(user.id);
      this.mail.sendLater(accountMail.twoFactorChanged(user.email, user.handle, 'recovery-used', left));
    }
    await this.startSession(user, client);
    return toMe(user);
  }

  private assertNotSuspended(user: UserEntity): void {
    if (user.suspendedUntil && user.suspendedUntil > new Date()) {
      throw new AppError(
        'ACCOUNT_SUSPENDED',
        `This account is suspended until ${user.suspendedUntil.toUTCString()}: ${user.suspensionReason ?? 'no reason was given'}.`,
        { until: user.suspendedUntil.toISOString() },
      );
    }
  }

  async signOut(viewer: AuthUser | null, res: Response): Promise<boolean> {
    if (viewer) {
      await this.sessions.revoke(viewer.sessionId);
      this.events.emit('session.ended', { sessionId: viewer.sessionId, userId: viewer.id });
    }
    this.sessions.clearCookie(res);
    return true;
  }

  async signOutEverywhere(viewer: AuthUser, res: Response): Promise<number> {
    const ended = await this.sessions.revokeAll(viewer.id);
    this.events.emit('user.signed-out', { userId: viewer.id });
    this.sessions.clearCookie(res);
    return ended;
  }

  private async startSession(user: UserEntity, client: ClientInfo): Promise<void> {
    const { token, expiresAt } = await this.sessions.create(user.id, client.userAgent);
    this.sessions.setCookie(client.res, token, expiresAt);
  }

  private async assertFree(handle: string, email: string): Promise<void> {
    const taken: { handle_taken: boolean; email_taken: boolean }[] = await this.users.query(
      `SELECT EXISTS (SELECT 1 FROM users WHERE lower(handle) = lower($1)) AS handle_taken,
              EXISTS (SELECT 1 FROM users WHERE lower(email) = lower($2)) AS email_taken`,
      [handle, email],
    );
    if (taken[0]!.handle_taken) {
      throw new AppError('HANDLE_TAKEN', 'That handle is already taken; try another.', {
        fields: [{ field: 'handle', code: 'NOT_ALLOWED', message: 'That handle is already taken.' }],
      });
    }
    if (taken[0]!.email_taken) {
      throw new AppError('EMAIL_TAKEN', 'An account with that email already exists. Try signing in.', {
        fields: [{ field: 'email', code: 'NOT_ALLOWED', message: 'An account with that email already exists.' }],
      });
    }
  }
}
