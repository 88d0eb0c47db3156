import { Inject, Injectable } from '@nestjs/common';
import {
  IRateLimiterOptions,
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { LIMITS } from '@kindred/contracts';
import { AppError } from '../../common/errors/app-error';
import { REDIS_CLIENT, RedisClient } from '../../common/redis/redis.module';

/**
 * Throttles sign-in and registration. Limits (from libs/contracts LIMITS):
 *  - per account: 5 failed sign-ins per 15 minutes, then refused until the window passes;
 *  - per IP: 30 sign-in attempts per 15 minutes;
 *  - per IP: 10 registrations per hour.
 * Counters live in Redis when REDIS_URL is set (shared by every replica), in memory otherwise.
 */
@Injectable()
export class SignInThrottleService {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perIp: RateLimiterAbstract;
  private readonly registrations: RateLimiterAbstract;

  constructor(@Inject(REDIS_CLIENT) redis: RedisClient | null) {
    const make = (opts: IRateLimiterOptions) =>
      redis
        ? new RateLimiterRedis({ ...opts, storeClient: redis, useRedisPackage: true })
        : new RateLimiterMemory(opts);
    this.perAccount = make({
      keyPrefix: 'kindred:signin:acct',
      points: LIMITS.signInFailuresPerAccount,
      duration: LIMITS.signInWindowSeconds,
    });
    this.perIp = make({
      keyPrefix: 'kindred:signin:ip',
      points: LIMITS.signInAttemptsPerIp,
      duration: LIMITS.signInWindowSeconds,
    });
    this.registrations = make({
      keyPrefix: 'kindred:register:ip',
      points: LIMITS.registrationsPerIpPerHour,
      duration: 3600,
    });
  }

  async attemptFromIp(ip: string): Promise<void> {
    await this.consume(this.perIp, ip, 'Too many sign-in attempts from your network. Please wait and try again.');
  }

  async registrationFromIp(ip: string): Promise<void> {
    await this.consume(this.registrations, ip, 'Too many new accounts from your network. Please try again later.');
  }

  /** Refuses at once if the account already has too many recent failures. */
  async assertAccountOpen(accountKey: string): Promise<void> {
    const res = await this.perAccount.get(accountKey);
    if (res && res.consumedPoints >= LIMITS.signInFailuresPerAccount) {
      throw this.tooMany(res, 'Too many failed sign-ins for this account. Please wait and try again.');
    }
  }

  async recordFailure(accountKey: string): Promise<void> {
    await this.perAccount.penalty(accountKey, 1);
  }

  async recordSuccess(accountKey: string): Promise<void> {
    await this.perAccount.delete(accountKey);
  }

  private async consume(limiter: RateLimiterAbstract, key: string, message: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (e) {
      if (e instanceof RateLimiterRes) throw this.tooMany(e, message);
      throw e;
    }
  }

  private tooMany(res: RateLimiterRes, message: string): AppError {
    return new AppError('TOO_MANY_REQUESTS', message, {
      retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
    });
  }
}
