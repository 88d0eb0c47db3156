import { Inject, Injectable } from '@nestjs/common';
import { BurstyRateLimiter, IRateLimiterOptions, RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { LIMITS } from '@kindred/contracts';
import { AppError } from '../../common/errors/app-error';
import { sharedRateLimiter } from '../../common/redis/rate-limiter';
import type { RedisLink } from '../../common/redis/redis-link';
import { REDIS_LINK } from '../../common/redis/redis.module';

/**
 * Per-member chat limits (LIMITS in libs/contracts):
 *  - messages (send and edit): 1 per second sustained, plus a burst of 5 more per 10 seconds;
 *  - typing signals: 20 per 10 seconds, beyond which they are dropped silently.
 * Counted in Redis when REDIS_URL is set, so a member cannot double their rate by holding
 * connections to two instances; in memory otherwise. While Redis is unreachable the same limits
 * are counted per instance (never waiting on Redis: see sharedRateLimiter).
 */
@Injectable()
export class ChatRateLimiter {
  private readonly messages: BurstyRateLimiter;
  private readonly typing: RateLimiterAbstract;

  constructor(@Inject(REDIS_LINK) redis: RedisLink) {
    const make = (opts: IRateLimiterOptions) => sharedRateLimiter(redis, opts);
    this.messages = new BurstyRateLimiter(
      make({ keyPrefix: 'kindred:chat:msg', points: LIMITS.chatMessagesPerSecond, duration: 1 }),
      make({ keyPrefix: 'kindred:chat:burst', points: LIMITS.chatBurst, duration: LIMITS.chatBurstWindowSeconds }),
    );
    this.typing = make({ keyPrefix: 'kindred:chat:typing', points: LIMITS.chatTypingPer10Seconds, duration: 10 });
  }

  async message(userId: string): Promise<void> {
    try {
      await this.messages.consume(userId);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      const ms = Math.max(100, e.msBeforeNext);
      throw new AppError('TOO_MANY_REQUESTS', 'You are sending messages too quickly. Wait a moment and try again.', {
        retryAfterSeconds: Math.ceil(ms / 1000),
      });
    }
  }

  /** false when this typing signal should be dropped. */
  async typingAllowed(userId: string): Promise<boolean> {
    try {
      await this.typing.consume(userId);
      return true;
    } catch (e) {
      if (e instanceof RateLimiterRes) return false;
      throw e;
    }
  }
}
