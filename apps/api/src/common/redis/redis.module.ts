import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { closeSoftly, connectSoftly, createCommandClient, RedisLink, type RedisClient } from './redis-link';

export type { RedisClient } from './redis-link';
/** Injection token: the Redis command client when REDIS_URL is set, otherwise null. */
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');
/** Injection token: the RedisLink (always present; `configured` is false without REDIS_URL). */
export const REDIS_LINK = Symbol('REDIS_LINK');

/** How long the boot waits for Redis before it goes on without it (it keeps reconnecting). */
const BOOT_CONNECT_MS = 3_000;

@Global()
@Module({
  providers: [
    {
      provide: REDIS_LINK,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<RedisLink> => {
        const logger = new Logger('Redis');
        if (!config.redisUrl) return new RedisLink(null, logger);
        const client = createCommandClient(config.redisUrl);
        const link = new RedisLink(client, logger);
        await connectSoftly(client, BOOT_CONNECT_MS, (e) => link.failed(e));
        await link.probe();
        link.start();
        return link;
      },
    },
    {
      provide: REDIS_CLIENT,
      inject: [REDIS_LINK],
      useFactory: (link: RedisLink): RedisClient | null => link.client,
    },
  ],
  exports: [REDIS_CLIENT, REDIS_LINK],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS_LINK) private readonly link: RedisLink) {}

  async onApplicationShutdown(): Promise<void> {
    this.link.stop();
    if (this.link.client) await closeSoftly(this.link.client);
  }
}
