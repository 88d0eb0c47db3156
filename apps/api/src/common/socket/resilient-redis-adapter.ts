import { RedisAdapter, type RedisAdapterOptions } from '@socket.io/redis-adapter';
import type { Namespace } from 'socket.io';
import type { Adapter, BroadcastOptions, Room } from 'socket.io-adapter';
import { REDIS_COMMAND_TIMEOUT_MS, withDeadline, type RedisClient, type RedisLink } from '../redis/redis-link';

type Packet = Parameters<Adapter['broadcast']>[0];
type Sockets = Awaited<ReturnType<Adapter['fetchSockets']>>;

/** How long a cross-instance request (fetchSockets, serverSideEmit with ack) waits for answers. */
export const ADAPTER_REQUESTS_TIMEOUT_MS = 1_500;

/** The request types (as @socket.io/redis-adapter 8.3 numbers them) this adapter also applies itself. */
const REMOTE_JOIN = 2;
const REMOTE_LEAVE = 3;
const REMOTE_DISCONNECT = 4;
const APPLIED_LOCALLY = new Set([REMOTE_JOIN, REMOTE_LEAVE, REMOTE_DISCONNECT]);

/** The in-memory adapter RedisAdapter extends (socket.io-adapter's Adapter), for this instance alone. */
const InMemory = Object.getPrototypeOf(RedisAdapter.prototype) as Adapter;

/**
 * @socket.io/redis-adapter 8.3 publishes without catching (`this.pubClient.publish(...)`), so a
 * Redis that dies during a broadcast rejects a promise nobody handles and Node exits. This
 * adapter keeps every Socket.IO operation working on this instance whatever Redis does:
 *
 *  - every promise the adapter starts on its clients is handled (failures go to the RedisLink,
 *    which logs once per outage);
 *  - while the link says Redis is away, broadcasts, fetchSockets and serverSideEmit are local
 *    (other instances' clients catch up from PostgreSQL when it is back);
 *  - joins, leaves and disconnections by room (socketsJoin, socketsLeave, disconnectSockets)
 *    are applied here at once, then published for the other instances (8.3 applies them to its
 *    own sockets only when its own request comes back through Redis, so they were lost while
 *    Redis was away; a signed-out member's sockets stayed connected);
 *  - a cross-instance fetchSockets that fails or times out answers with this instance's sockets.
 */
export class ResilientRedisAdapter extends RedisAdapter {
  constructor(
    nsp: Namespace,
    pubClient: RedisClient,
    subClient: RedisClient,
    opts: Partial<RedisAdapterOptions>,
    private readonly link: RedisLink,
  ) {
    super(nsp, pubClient, subClient, opts);
    // onrequest is private in the typings; its own join/leave/disconnect requests are skipped
    // (already applied) and its promise is handled.
    const self = this as unknown as { onrequest(channel: string, msg: Buffer): Promise<void>; uid: string; parser: { decode(m: Buffer): unknown } };
    const onrequest = self.onrequest.bind(this);
    self.onrequest = (channel: string, msg: Buffer) => {
      if (ownAppliedRequest(msg, self.uid, self.parser)) return Promise.resolve();
      return onrequest(channel, msg).catch((e: unknown) => this.link.failed(e));
    };
  }

  private localOnly(opts: BroadcastOptions): BroadcastOptions {
    return { ...opts, flags: { ...opts.flags, local: true } };
  }

  override broadcast(packet: Packet, opts: BroadcastOptions): void {
    super.broadcast(packet, this.link.available ? opts : this.localOnly(opts));
  }

  override addSockets(opts: BroadcastOptions, rooms: Room[]): void {
    InMemory.addSockets.call(this, opts, rooms);
    if (!opts.flags?.local && this.link.available) super.addSockets(opts, rooms);
  }

  override delSockets(opts: BroadcastOptions, rooms: Room[]): void {
    InMemory.delSockets.call(this, opts, rooms);
    if (!opts.flags?.local && this.link.available) super.delSockets(opts, rooms);
  }

  override disconnectSockets(opts: BroadcastOptions, close: boolean): void {
    InMemory.disconnectSockets.call(this, opts, close);
    if (!opts.flags?.local && this.link.available) super.disconnectSockets(opts, close);
  }

  override async fetchSockets(opts: BroadcastOptions): Promise<Sockets> {
    if (opts.flags?.local || !this.link.available) return InMemory.fetchSockets.call(this, this.localOnly(opts)) as Promise<Sockets>;
    try {
      // The adapter's own timeout starts only after PUBSUB NUMSUB answers, which a frozen Redis never does.
      return await withDeadline(super.fetchSockets(opts), ADAPTER_REQUESTS_TIMEOUT_MS + 250, 'fetchSockets');
    } catch (e) {
      this.link.failed(e);
      return InMemory.fetchSockets.call(this, this.localOnly(opts)) as Promise<Sockets>;
    }
  }

  override serverSideEmit(packet: unknown[]): void {
    if (!this.link.available) {
      // Nobody else can hear it; an acknowledgement gets an empty answer at once.
      const ack = packet[packet.length - 1];
      if (typeof ack === 'function') (ack as (err: Error | null, responses: unknown[]) => void)(null, []);
      return;
    }
    super.serverSideEmit(packet);
  }
}

/** Whether msg is one of this adapter's own join/leave/disconnect requests (applied when sent). */
function ownAppliedRequest(msg: Buffer, uid: string, parser: { decode(m: Buffer): unknown }): boolean {
  try {
    const request = (msg[0] === 0x7b ? JSON.parse(msg.toString()) : parser.decode(msg)) as { uid?: string; type?: number; opts?: unknown };
    return request.uid === uid && APPLIED_LOCALLY.has(request.type ?? -1) && !!request.opts;
  } catch {
    return false;
  }
}

const GUARDED = ['publish', 'sendCommand', 'pSubscribe', 'subscribe', 'pUnsubscribe', 'unsubscribe'] as const;

/**
 * Makes every promise the adapter gets from this client handled: a rejection is reported to the
 * link (logged once per outage) and still reaches a caller that awaits it. The clients are the
 * adapter's own (duplicates), so patching them touches nothing else.
 */
export function guardClient(client: RedisClient, link: RedisLink): RedisClient {
  const methods = client as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of GUARDED) {
    const original = methods[name];
    if (typeof original !== 'function') continue;
    methods[name] = (...args: unknown[]) => {
      let out: unknown;
      try {
        out = original.apply(client, args);
      } catch (e) {
        link.failed(e);
        const rejected = Promise.reject(e instanceof Error ? e : new Error(String(e)));
        rejected.catch(() => undefined); // handled here; a caller that awaits still sees it
        return rejected;
      }
      if (!(out instanceof Promise)) return out;
      // Commands whose answer the adapter waits for get a deadline; publishing and subscribing do not wait.
      const handled = name === 'sendCommand' ? withDeadline(out, REDIS_COMMAND_TIMEOUT_MS, 'Redis command') : out;
      handled.catch((e: unknown) => link.failed(e));
      return handled;
    };
  }
  return client;
}

export function createResilientAdapter(pub: RedisClient, sub: RedisClient, link: RedisLink, opts: Partial<RedisAdapterOptions> = {}) {
  const guardedPub = guardClient(pub, link);
  const guardedSub = guardClient(sub, link);
  // Socket.IO calls it with `new`: a plain function returning the instance (as createAdapter does).
  return function adapterFor(nsp: Namespace) {
    return new ResilientRedisAdapter(nsp, guardedPub, guardedSub, { requestsTimeout: ADAPTER_REQUESTS_TIMEOUT_MS, ...opts }, link);
  };
}
