import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Response } from 'express';
import { QueryFailedError, Repository } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { UserEntity } from '../users/user.entity';
import { toMe } from '../users/user.mapper';
import type { MeObject } from '../users/user.object';
import type { RegisterInput, SignInInput } from './auth.input';
import { DomainEvents } from '../../common/events/domain-events';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';
import { SignInThrottleService } from './sign-in-throttle.service';

export interface ClientInfo {
  ip: string;
  userAgent: string;
  res: Response;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottleService,
    private readonly events: DomainEvents,
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
    await this.throttle.recordSuccess(accountKey, client.ip);
    if (user.suspendedUntil && user.suspendedUntil > new Date()) {
      throw new AppError(
        'ACCOUNT_SUSPENDED',
        `This account is suspended until ${user.suspendedUntil.toUTCString()}: ${user.suspensionReason ?? 'no reason was given'}.`,
        { until: user.suspendedUntil.toISOString() },
      );
    }
    await this.startSession(user, client);
    return toMe(user);
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
