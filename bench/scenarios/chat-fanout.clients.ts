/**
 * chat-fanout's clients, on worker threads (own event loops, so the clients never share the
 * event loop of the server being measured, which runs on the main thread). Each worker holds
 * a share of the N socket.io-client connections (websocket transport), all joined to one
 * room. Some clients are senders: each sends one message every `intervalMs`, staggered over
 * all senders so the room sees a steady stream. Every client records when each
 * `chat:message` arrives.
 *
 * One clock for every thread: performance.timeOrigin + performance.now() (the origin is the
 * process's, the same in every worker). Latency = receipt time − the time the sender called
 * emit, computed by the main thread from what the workers report.
 *
 * Protocol: workerData → connect and join, 'joined'; main sends 'start' (when every worker
 * has joined) → send on schedule through warm-up and window, wait for the acks, 'sent';
 * main sends 'expect' (every acknowledged message, from all workers) → wait until every
 * client here has each of them (or the settle time runs out), 'result', disconnect.
 */
import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { io, type Socket } from 'socket.io-client';
import type { ChatAck, ChatMessage, JoinResult, SendResult } from '@kindred/contracts';
import { clock } from '../lib/clock';

export interface ClientSpec {
  /** Sent as the Cookie header (Kindred's session). */
  cookie?: string;
  /** Sent as the handshake's auth payload (the baseline's "who am I"). */
  auth?: Record<string, string>;
}

export interface ClientsJob {
  url: string;
  path: string;
  groupId: string;
  /** This worker's share of the clients. */
  clients: ClientSpec[];
  /** Which of them send (index into `clients`) and in which slot of the stagger (0..slots-1). */
  senders: { client: number; slot: number }[];
  /** Senders over all workers. */
  slots: number;
  /** Between two messages of one sender. */
  intervalMs: number;
  warmupMs: number;
  durationMs: number;
  /** After the window: how long to wait at most for the acks, and then for the deliveries. */
  settleMs: number;
  /** Message bodies, used in turn. */
  bodies: string[];
  /** Handshakes (and joins) in flight at once. */
  concurrency: number;
}

/** One message this worker sent. Times are on the shared clock (ms). */
export interface SendRecord {
  clientId: string;
  t0: number;
  /** When the send was due (the schedule), to see whether the client thread kept up. */
  planned: number;
  /** 0 unless acknowledged with ok: true. */
  ackedAt: number;
  answered: boolean;
  error: string | null;
  duplicate: boolean;
}

export interface JoinedReport {
  connectMs: number;
  joinMs: number;
  connectFailures: number;
  joinFailures: number;
  firstError: string | null;
}

export interface ReceiptsReport {
  /** Receipt times per message (clientId), one per client here that got it. */
  receipts: Record<string, number[]>;
  /** The same message received twice by one client. */
  duplicates: number;
  /** chat:message events for no message sent in this run, or with a body nobody sent. */
  unexpected: number;
  wrongBody: number;
  /** Share of the measured window this thread's event loop was busy, 0..1. */
  elu: number;
  /** One received message (to compare payloads between targets). */
  sample: ChatMessage | null;
}

export type ToMain =
  | { type: 'progress'; phase: 'connect' | 'join'; done: number }
  | { type: 'joined'; report: JoinedReport }
  | { type: 'sent'; sends: SendRecord[] }
  | { type: 'result'; report: ReceiptsReport };

/** expect: the acknowledged messages (every client should get each), and every message sent at all. */
export type ToWorker = { type: 'start'; at: number } | { type: 'expect'; clientIds: string[]; sent: string[] };

const post = (m: ToMain) => parentPort?.postMessage(m);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/** Runs `work` over 0..n-1 with at most `concurrency` in flight, reporting each completion. */
async function inBatches(n: number, concurrency: number, work: (i: number) => Promise<void>, done: (count: number) => void): Promise<void> {
  let next = 0;
  let finished = 0;
  const lane = async () => {
    while (next < n) {
      const i = next++;
      await work(i);
      done(++finished);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, lane));
}

/** The next message from the main thread of the given type. */
function next<T extends ToWorker['type']>(type: T): Promise<Extract<ToWorker, { type: T }>> {
  return new Promise((resolve) => {
    const on = (m: ToWorker) => {
      if (m.type !== type) return;
      parentPort?.off('message', on);
      resolve(m as Extract<ToWorker, { type: T }>);
    };
    parentPort?.on('message', on);
  });
}

async function run(job: ClientsJob): Promise<void> {
  const n = job.clients.length;
  const sockets: Socket[] = new Array(n);
  const bodies = new Set(job.bodies);
  // Per message: which clients here got it (a bitmap) and when.
  const got = new Map<string, { seen: Uint8Array; times: number[] }>();
  let duplicates = 0;
  let wrongBody = 0;
  let sample: ChatMessage | null = null;

  const onMessage = (client: number, m: ChatMessage) => {
    const now = clock();
    if (!m || typeof m.clientId !== 'string') return;
    let entry = got.get(m.clientId);
    if (!entry) {
      entry = { seen: new Uint8Array(n), times: [] };
      got.set(m.clientId, entry);
    }
    if (entry.seen[client]) {
      duplicates++;
      return;
    }
    entry.seen[client] = 1;
    entry.times.push(now);
    if (typeof m.body !== 'string' || !bodies.has(m.body)) wrongBody++;
    sample ??= m;
  };

  // ---- connect, in batches ------------------------------------------------------------------
  let connectFailures = 0;
  let joinFailures = 0;
  let firstError: string | null = null;
  const connectStarted = performance.now();
  await inBatches(
    n,
    job.concurrency,
    (i) =>
      new Promise<void>((resolve) => {
        const spec = job.clients[i] as ClientSpec;
        const socket = io(job.url, {
          path: job.path,
          transports: ['websocket'],
          extraHeaders: spec.cookie ? { cookie: spec.cookie } : {},
          auth: spec.auth ?? {},
          reconnection: false,
          forceNew: true,
          timeout: 30_000,
        });
        sockets[i] = socket;
        socket.on('chat:message', (m: ChatMessage) => onMessage(i, m));
        socket.once('connect', () => resolve());
        socket.once('connect_error', (e: Error & { data?: unknown }) => {
          connectFailures++;
          firstError ??= `${e.message}${e.data ? ` ${JSON.stringify(e.data)}` : ''}`;
          resolve();
        });
      }),
    (done) => post({ type: 'progress', phase: 'connect', done }),
  );
  const connectMs = performance.now() - connectStarted;

  // ---- join the room ------------------------------------------------------------------------
  const joinStarted = performance.now();
  if (connectFailures === 0) {
    await inBatches(
      n,
      job.concurrency,
      async (i) => {
        try {
          const ack = (await (sockets[i] as Socket).timeout(60_000).emitWithAck('chat:join', { groupId: job.groupId })) as ChatAck<JoinResult>;
          if (!ack.ok) {
            joinFailures++;
            firstError ??= `chat:join ${ack.error.code}: ${ack.error.message}`;
          }
        } catch (e) {
          joinFailures++;
          firstError ??= `chat:join: ${e instanceof Error ? e.message : String(e)}`;
        }
      },
      (done) => post({ type: 'progress', phase: 'join', done }),
    );
  }
  post({ type: 'joined', report: { connectMs, joinMs: performance.now() - joinStarted, connectFailures, joinFailures, firstError } });
  if (connectFailures || joinFailures) {
    for (const s of sockets) s?.disconnect();
    return;
  }

  // ---- send: warm-up, then the measured window --------------------------------------------------
  const { at: started } = await next('start');
  const measureFrom = started + job.warmupMs;
  const measureUntil = measureFrom + job.durationMs;
  let eluAtOpen = performance.eventLoopUtilization();
  setTimeout(() => (eluAtOpen = performance.eventLoopUtilization()), measureFrom - clock());
  const sends: SendRecord[] = [];
  let nextBody = 0;

  const send = (client: number, planned: number) => {
    const socket = sockets[client] as Socket;
    const body = job.bodies[nextBody++ % job.bodies.length] as string;
    const record: SendRecord = { clientId: randomUUID(), t0: clock(), planned, ackedAt: 0, answered: false, error: null, duplicate: false };
    sends.push(record);
    socket.emit('chat:send', { groupId: job.groupId, clientId: record.clientId, body }, (ack: ChatAck<SendResult>) => {
      const now = clock();
      record.answered = true;
      if (!ack?.ok) {
        record.error = `${ack?.error?.code ?? 'NO_ANSWER'}: ${ack?.error?.message ?? JSON.stringify(ack)}`;
        return;
      }
      if (ack.message?.clientId !== record.clientId || ack.message?.body !== body) {
        record.error = 'WRONG_ACK: the acknowledged message is not the one sent';
        return;
      }
      record.ackedAt = now;
      record.duplicate = ack.duplicate;
    });
  };
  const sender = async ({ client, slot }: { client: number; slot: number }) => {
    let planned = started + (slot * job.intervalMs) / job.slots;
    while (planned < measureUntil) {
      await sleep(planned - clock());
      send(client, planned);
      planned += job.intervalMs;
    }
  };
  await Promise.all(job.senders.map(sender));
  await sleep(measureUntil - clock());
  const elu = performance.eventLoopUtilization(eluAtOpen).utilization;

  // ---- settle: the acks, then every acknowledged message at every client here -------------------
  const ackDeadline = clock() + job.settleMs;
  while (sends.some((s) => !s.answered) && clock() < ackDeadline) await sleep(20);
  post({ type: 'sent', sends });
  const { clientIds, sent } = await next('expect');
  const deliveryDeadline = clock() + job.settleMs;
  const complete = () => clientIds.every((id) => (got.get(id)?.times.length ?? 0) >= n);
  while (!complete() && clock() < deliveryDeadline) await sleep(20);

  const expected = new Set(clientIds);
  const known = new Set(sent);
  const receipts: Record<string, number[]> = {};
  let unexpected = 0;
  for (const [id, entry] of got) {
    if (expected.has(id)) receipts[id] = entry.times;
    else if (!known.has(id)) unexpected += entry.times.length;
  }
  for (const s of sockets) s.disconnect();
  post({ type: 'result', report: { receipts, duplicates, unexpected, wrongBody, elu, sample } });
}

run(workerData as ClientsJob).then(
  () => parentPort?.close(),
  (e: unknown) => {
    throw e;
  },
);
