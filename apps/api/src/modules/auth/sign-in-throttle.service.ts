import { Inject, Injectable } from '@nestjs/common';
import { IRateLimiterOptions, RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { LIMITS } from '@kindred/contracts';
import { AppError } from '../../common/errors/app-error';
import { sharedRateLimiter } from '../../common/redis/rate-limiter';
import type { RedisLink } from '../../common/redis/redis-link';
import { REDIS_LINK } from '../../common/redis/redis.module';

/**
 * Throttles sign-in and registration. Limits (from libs/contracts LIMITS):
 *  - per account and IP: 5 failed sign-ins per 15 minutes, then refused from that IP until the
 *    window passes — a stranger's wrong passwords do not lock the owner out from their own network;
 *  - per account, from every IP: 50 failed sign-ins per hour (a slower brake on spread-out guessing);
 *  - per IP: 30 sign-in attempts per 15 minutes;
 *  - per IP: 10 registrations per hour.
 * Counters live in Redis when REDIS_URL is set (shared by every replica), in memory otherwise;
 * per instance while Redis is unreachable.
 */
@Injectable()
export class SignInThrottleService {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perAccountGlobal: RateLimiterAbstract;
  private readonly perIp: RateLimiterAbstract;
  private readonly registrations: RateLimiterAbstract;

  constructor(@Inject(REDIS_LINK) redis: RedisLink) {
    const make = (opts: IRateLimiterOptions) => sharedRateLimiter(redis, opts);
    this.perAccount = make({
      keyPrefix: 'kindred:signin:acct-ip',
      points: LIMITS.signInFailuresPerAccount,
      duration: LIMITS.signInWindowSeconds,
    });
    this.perAccountGlobal = make({
      keyPrefix: 'kindred:signin:acct',
      points: LIMITS.signInFailuresPerAccountPerHour,
      duration: 3600,
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

  /** Refuses at once if the account already has too many recent failures (from this IP, or in all). */
  async assertAccountOpen(accountKey: string, ip: string): Promise<void> {
    const [local, global] = await Promise.all([this.perAccount.get(`${accountKey}|${ip}`), this.perAccountGlobal.get(accountKey)]);
    if (local && local.consumedPoints >= LIMITS.signInFailuresPerAccount) {
      throw this.tooMany(local, 'Too many failed sign-ins for this account. Please wait and try again.');
    }
    if (global && global.consumedPoints >= LIMITS.signInFailuresPerAccountPerHour) {
      throw this.tooMany(global, 'Too many failed sign-ins for this account. Please wait and try again.');
    }
  }

  async recordFailure(accountKey: string, ip: string): Promise<void> {
    await Promise.all([this.perAccount.penalty(`${accountKey}|${ip}`, 1), this.perAccountGlobal.penalty(accountKey, 1)]);
  }

  /** The owner got in: their own IP's count starts again (the global count runs out by itself). */
  async recordSuccess(accountKey: string, ip: string): Promise<void> {
    await this.perAccount.delete(`${accountKey}|${ip}`);
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
