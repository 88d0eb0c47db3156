import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { Server, ServerOptions } from 'socket.io';
import { API_PATHS, CHAT_EVENTS, LIMITS } from '@kindred/contracts';
import { closeSoftly, connectSoftly, type RedisClient, type RedisLink } from '../redis/redis-link';
import { createResilientAdapter } from './resilient-redis-adapter';

const servers = new WeakMap<INestApplicationContext, Server[]>();

/** The Socket.IO servers an application created (for its shutdown). */
export function socketServersOf(app: INestApplicationContext): Server[] {
  return servers.get(app) ?? [];
}

/**
 * Tells every client of this process to reconnect (another instance will answer), then closes
 * their connections without a Socket.IO "disconnect" (which would stop the client retrying), so
 * clients reconnect on their own and catch up from PostgreSQL.
 */
export function closeSocketsForRestart(app: INestApplicationContext, afterMs: number): number {
  let closed = 0;
  for (const io of socketServersOf(app)) {
    io.local.emit(CHAT_EVENTS.reconnect, { afterMs });
    for (const socket of io.of('/').sockets.values()) {
      socket.conn.close();
      closed += 1;
    }
  }
  return closed;
}

/** How long the boot waits for the adapter's own connections before going on without them. */
const ADAPTER_CONNECT_MS = 3_000;

/**
 * Socket.IO on the API's own port at /socket.io, with explicit limits. With Redis, rooms span
 * every API instance (the Redis adapter, on two connections of its own, wrapped so that Redis
 * failing never fails this instance: see ResilientRedisAdapter); without it, the in-memory
 * adapter serves one process.
 */
export class KindredIoAdapter extends IoAdapter {
  private redisAdapter: ReturnType<typeof createResilientAdapter> | null = null;
  private readonly connections: RedisClient[] = [];

  constructor(
    private readonly app: INestApplicationContext,
    private readonly link: RedisLink,
  ) {
    super(app);
  }

  async connectRedis(): Promise<void> {
    const redis = this.link.client;
    if (!redis) return;
    const pub = redis.duplicate();
    // The subscriber keeps its offline queue (its subscriptions wait for the connection) and no
    // command timeout (it only subscribes); node-redis subscribes again after every reconnection.
    const sub = redis.duplicate({ disableOfflineQueue: false, commandOptions: {} });
    for (const c of [pub, sub]) this.link.watch(c);
    await Promise.all([pub, sub].map((c) => connectSoftly(c, ADAPTER_CONNECT_MS, (e) => this.link.failed(e))));
    this.connections.push(pub, sub);
    this.redisAdapter = createResilientAdapter(pub, sub, this.link);
    await this.link.probe();
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
    servers.set(this.app, [...socketServersOf(this.app), server]);
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await Promise.all(this.connections.splice(0).map((c) => closeSoftly(c)));
  }
}
