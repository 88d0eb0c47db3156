import { IRateLimiterOptions, RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import { REDIS_COMMAND_TIMEOUT_MS, withDeadline, type RedisClient, type RedisLink } from './redis-link';

/**
 * A rate limiter shared by every instance through Redis, with a per-instance limiter in memory
 * as its insurance (rate-limiter-flexible's `insuranceLimiter`): while Redis is unreachable,
 * or a call to it fails or times out, the same limits are counted per instance instead, and
 * nothing waits on Redis. The store client reports itself not ready while the link says Redis
 * is away, so a frozen Redis costs at most one command timeout before the link notices.
 * Without Redis: the in-memory limiter alone.
 */
export function sharedRateLimiter(link: RedisLink, opts: IRateLimiterOptions): RateLimiterAbstract {
  const memory = new RateLimiterMemory(opts);
  if (!link.client) return memory;
  return new RateLimiterRedis({
    ...opts,
    storeClient: readinessAware(link.client, link),
    useRedisPackage: true,
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory,
  });
}

/**
 * The client as rate-limiter-flexible sees it: `isReady` is false while the link says Redis is
 * away, and every command has a deadline. (node-redis's command timeout only covers the wait
 * before a command is written: once written to a frozen Redis, it would wait for ever.)
 */
function readinessAware(client: RedisClient, link: RedisLink): RedisClient {
  return new Proxy(client, {
    get(target, prop) {
      if (prop === 'isReady') return target.isReady && link.available;
      if (prop === 'multi') return () => boundedMulti(target, link);
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const out: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (!(out instanceof Promise)) return out;
        return withDeadline(out, REDIS_COMMAND_TIMEOUT_MS, String(prop)).catch((e: unknown) => {
          link.failed(e);
          throw e;
        });
      };
    },
  });
}

/**
 * node-redis gives single commands the client's timeout but not MULTI/EXEC (which the limiter
 * uses): its exec gets the same deadline here, so a frozen Redis cannot hold a request.
 */
function boundedMulti(client: RedisClient, link: RedisLink) {
  const multi = client.multi();
  const exec = multi.exec.bind(multi);
  multi.exec = ((...args: Parameters<typeof exec>) =>
    withDeadline(exec(...args), REDIS_COMMAND_TIMEOUT_MS, 'MULTI/EXEC').catch((e: unknown) => {
      link.failed(e);
      throw e;
    })) as typeof exec;
  return multi;
}
