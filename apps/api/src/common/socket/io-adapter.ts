import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Server, ServerOptions } from 'socket.io';
import { API_PATHS, LIMITS } from '@kindred/contracts';
import type { RedisClient } from '../redis/redis.module';

/**
 * Socket.IO on the API's own port at /socket.io, with explicit limits. With Redis, rooms span
 * every API instance (the Redis adapter, on two connections of its own); without it, the
 * in-memory adapter serves one process.
 */
export class KindredIoAdapter extends IoAdapter {
  private redisAdapter: ReturnType<typeof createAdapter> | null = null;
  private readonly connections: RedisClient[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly redis: RedisClient | null,
  ) {
    super(app);
  }

  async connectRedis(): Promise<void> {
    if (!this.redis) return;
    const pub = this.redis.duplicate();
    const sub = this.redis.duplicate();
    for (const c of [pub, sub]) c.on('error', () => undefined); // reconnects on its own
    await Promise.all([pub.connect(), sub.connect()]);
    this.connections.push(pub, sub);
    this.redisAdapter = createAdapter(pub, sub);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, {
      ...(options as ServerOptions),
      path: API_PATHS.socket,
      serveClient: false,
      // Same origin only: no CORS headers are sent, and the gateway refuses foreign Origins.
      maxHttpBufferSize: LIMITS.chatPayloadBytes,
      pingInterval: 25_000,
      pingTimeout: 20_000,
      // Where the adapter keeps sessions (in memory, one process), a short drop resumes the same
      // socket and its rooms; clients still catch up from PostgreSQL after every reconnect.
      connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
    });
    if (this.redisAdapter) server.adapter(this.redisAdapter);
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await Promise.all(this.connections.splice(0).map((c) => (c.isOpen ? c.quit().catch(() => undefined) : undefined)));
  }
}
