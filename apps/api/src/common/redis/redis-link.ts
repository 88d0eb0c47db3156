import { createClient } from 'redis';

export type RedisClient = ReturnType<typeof createClient>;

/** How long any Redis command may take before it fails (a frozen Redis must never hold a request). */
export const REDIS_COMMAND_TIMEOUT_MS = 750;
/** How often the link checks Redis with a PING while it is up (and while it is away). */
export const REDIS_PROBE_MS = 1_000;
/** The longest wait between reconnection attempts. */
export const REDIS_RECONNECT_MAX_MS = 1_000;

/** What the link writes to the log: one line when Redis goes away, one when it comes back. */
export interface RedisLinkLog {
  warn(message: string): void;
  log(message: string): void;
}

/**
 * A client for commands: no offline queue (a command while Redis is away fails at once rather
 * than waiting for a reconnection), reconnecting every second at most. Its command timeout only
 * covers the wait before a command is written; callers that wait for an answer put their own
 * deadline on it (withDeadline), since a frozen Redis accepts commands and never answers.
 */
export function createCommandClient(url: string): RedisClient {
  return createClient({
    url,
    disableOfflineQueue: true,
    commandOptions: { timeout: REDIS_COMMAND_TIMEOUT_MS },
    socket: {
      connectTimeout: 2_000,
      reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, REDIS_RECONNECT_MAX_MS),
    },
  }) as RedisClient;
}

/**
 * The state of Redis as this process sees it, shared by everything that uses Redis (the
 * Socket.IO adapter, rate limits, readiness). Redis is optional for correctness: PostgreSQL is
 * the source of truth, so while Redis is away chat works on each instance alone and rate limits
 * are per instance. Failures are logged once per outage (when Redis goes away), never thrown
 * out of a callback, and the return is logged with how long it lasted and how many errors were
 * swallowed meanwhile.
 */
export class RedisLink {
  private up = false;
  /** Whether the current outage has been logged (once per outage). */
  private announced = false;
  private downSince = Date.now();
  private errorsWhileDown = 0;
  private probing: NodeJS.Timeout | null = null;
  private probeInFlight = false;
  private readonly clients = new Set<RedisClient>();
  private readonly listeners = new Set<(up: boolean) => void>();

  constructor(
    /** The command client (null: Redis is not configured; everything runs in memory). */
    readonly client: RedisClient | null,
    private readonly logger: RedisLinkLog,
    private readonly probeMs = REDIS_PROBE_MS,
  ) {
    if (client) this.watch(client);
  }

  get configured(): boolean {
    return this.client !== null;
  }

  /** true when Redis answered its last check and every watched connection is ready. */
  get available(): boolean {
    if (!this.up) return false;
    for (const c of this.clients) if (!c.isReady) return false;
    return true;
  }

  /** For readiness and logs: 'off' (not configured), 'up' or 'down'. */
  get status(): 'off' | 'up' | 'down' {
    if (!this.configured) return 'off';
    return this.available ? 'up' : 'down';
  }

  /** Seconds since Redis went away (0 while it is up). */
  get downForSeconds(): number {
    return this.available ? 0 : Math.round((Date.now() - this.downSince) / 1000);
  }

  /** Follows a connection: its errors mark Redis down (logged once), its reconnection triggers a check. */
  watch(client: RedisClient): void {
    this.clients.add(client);
    client.on('error', (e: unknown) => this.failed(e));
    client.on('ready', () => void this.probe());
    client.on('end', () => this.clients.delete(client));
  }

  /** Called with up=false when Redis goes away, up=true when it is back; returns an unsubscribe. */
  onChange(listener: (up: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A Redis call failed: Redis is down until a check says otherwise. Never throws. */
  failed(error: unknown): void {
    const wasUp = this.up;
    this.up = false;
    if (wasUp) {
      this.downSince = Date.now();
      this.errorsWhileDown = 0;
    }
    this.errorsWhileDown += 1;
    if (!this.announced) {
      this.announced = true;
      this.logger.warn(
        `Redis unreachable (${describe(error)}): chat is delivered on each instance only and rate limits are per instance until it is back`,
      );
    }
    if (wasUp) this.notify(false);
  }

  private succeeded(): void {
    if (this.up) return;
    // Every watched connection must be ready too (the adapter's subscriber re-subscribes on its own).
    for (const c of this.clients) if (!c.isReady) return;
    this.up = true;
    if (this.announced) {
      this.logger.log(
        `Redis reachable again after ${((Date.now() - this.downSince) / 1000).toFixed(1)}s (${this.errorsWhileDown} errors while away)`,
      );
    }
    this.announced = false;
    this.errorsWhileDown = 0;
    this.notify(true);
  }

  private notify(up: boolean): void {
    for (const l of this.listeners) {
      try {
        l(up);
      } catch (e) {
        this.logger.warn(`A Redis state listener failed: ${describe(e)}`);
      }
    }
  }

  /** One PING with a deadline; its outcome sets the state. Never rejects. */
  async probe(): Promise<boolean> {
    const client = this.client;
    if (!client || this.probeInFlight) return this.available;
    this.probeInFlight = true;
    try {
      if (!client.isReady) throw new Error('not connected');
      await withDeadline(client.ping(), REDIS_COMMAND_TIMEOUT_MS, 'PING');
      this.succeeded();
    } catch (e) {
      this.failed(e);
    } finally {
      this.probeInFlight = false;
    }
    return this.available;
  }

  /** Starts the periodic check (also what notices a frozen Redis, which sends no error). */
  start(): void {
    if (!this.client || this.probing) return;
    this.probing = setInterval(() => void this.probe(), this.probeMs);
    this.probing.unref();
  }

  stop(): void {
    if (this.probing) clearInterval(this.probing);
    this.probing = null;
    this.listeners.clear();
  }
}

export function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** Resolves or rejects with the promise, or rejects after ms; the promise's own outcome is always handled. */
export function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/**
 * Connects without ever rejecting: resolves once connected or after `ms`, whichever is first.
 * A Redis that is away at boot does not stop the API; the client keeps reconnecting on its own.
 */
export async function connectSoftly(client: RedisClient, ms: number, onError: (e: unknown) => void): Promise<void> {
  const connecting = client.connect().then(
    () => undefined,
    (e: unknown) => onError(e),
  );
  await Promise.race([connecting, new Promise<void>((r) => setTimeout(r, ms).unref())]);
}

/**
 * Closes a client within `ms`: QUIT when Redis answers, otherwise the socket is destroyed (a
 * frozen Redis never answers QUIT). Never rejects.
 */
export async function closeSoftly(client: RedisClient, ms = 500): Promise<void> {
  if (!client.isOpen) return;
  try {
    if (client.isReady) await withDeadline(client.close(), ms, 'QUIT');
    else client.destroy();
  } catch {
    try {
      client.destroy();
    } catch {
      /* already closed */
    }
  }
}
