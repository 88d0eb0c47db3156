import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { API_PATHS, LIMITS, SESSION_COOKIE } from '@kindred/contracts';
import type { ChatMessage } from '@kindred/contracts';
import { createApp } from '../../apps/api/src/app.factory';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { ChatService } from '../../apps/api/src/modules/chat/chat.service';
import { clock } from '../lib/clock';
import { createBenchDatabase, targetOf, type BenchDatabase } from '../lib/database';
import { describeProfile, saveProfile, startProfiling, summariseProfile, type CpuProfile } from '../lib/profile';
import { Progress, say, step } from '../lib/progress';
import { Rng } from '../lib/rng';
import type { Scenario, ScenarioOptions, ScenarioOutcome } from '../lib/scenario';
import { round, summarise, type Summary } from '../lib/stats';
import { chatLine } from '../lib/text';
import { mainThreadCpuMs } from '../lib/thread-cpu';
import { startBaseline } from './chat-fanout.baseline';
import type { ClientSpec, ClientsJob, ToMain, ToWorker } from './chat-fanout.clients';
import { seedChatRoom, type SeededRoom } from './chat-fanout.seed';

/**
 * chat-fanout: N signed-in Socket.IO clients in one group's chat room; a few dozen of them send
 * (each within the per-member rate limit) through the real gateway, which stores each message
 * in PostgreSQL, acknowledges it and broadcasts it to the room. Latency is measured from the
 * sender's emit to each client's receipt. The baseline is a bare Socket.IO server that
 * broadcasts the same payloads with no auth and no database. Contract: 500 clients, nothing
 * lost, Kindred's p95 at most 2 × the baseline's (ratio <= 2; lower is better).
 *
 * Kindred and the baseline are measured one after the other (only one of them up at a time),
 * with the same clients, senders, schedule and message bodies; `--rounds` alternates them.
 */

const SEED = 20_251_202;
const FULL = { clients: 500, senders: 25, durationS: 10, warmupS: 2, settleMs: 10_000 };
const QUICK = { clients: 100, senders: 20, durationS: 3, warmupS: 1, settleMs: 3_000 };
/** Each sender's pace: under the per-member limit of 1 message per second sustained. */
const INTERVAL_MS = Math.round(1100 / LIMITS.chatMessagesPerSecond);
const MIN_CLIENTS = 500;
const MAX_RATIO = 2;
/** Client threads: two when the machine has cores to spare for them, one otherwise. */
const DEFAULT_CLIENT_THREADS = availableParallelism() >= 4 ? 2 : 1;
/** Handshakes and joins in flight at once (per client thread). */
const CONCURRENCY = 50;
const BODIES = 240;

/** One run against one target, merged from all client threads. Times in ms. */
interface Measured {
  clients: number;
  /** Receipt − send, per (message sent in the window, receiving client), the sender's own copy included. */
  latenciesMs: Float64Array;
  /** Ack − send, per message sent in the window. */
  ackLatenciesMs: Float64Array;
  /** How late each send in the window was against its schedule (the client threads' own lag). */
  sendLagMs: Float64Array;
  /** Kindred only: time inside ChatService.send (access check and the storing transaction), window only. */
  storeMs: Float64Array;
  seconds: number;
  /** Whole run (warm-up included). */
  sent: number;
  acked: number;
  ackedInWindow: number;
  deliveriesInWindow: number;
  /** Acked messages × clients, and how many of those (message, client) pairs arrived; whole run. */
  expectedDeliveries: number;
  deliveries: number;
  duplicates: number;
  duplicateAcks: number;
  unexpected: number;
  wrongBody: number;
  unacked: number;
  errors: Record<string, number>;
  firstError: string | null;
  /** Server (main) thread CPU over the measured window, ms; null off Linux. */
  cpuMs: number | null;
  /** Busy share of the window: the server's (main thread's) event loop, and the busiest client thread's. */
  serverElu: number;
  clientElu: number;
  sample: ChatMessage | null;
  profile: CpuProfile | null;
}

/** Several runs against one target as one: all deliveries over all windows. */
interface Pooled {
  clients: number;
  latency: Summary;
  ack: Summary;
  sendLag: Summary;
  store: Summary;
  seconds: number;
  sent: number;
  acked: number;
  ackedInWindow: number;
  deliveriesInWindow: number;
  expectedDeliveries: number;
  lost: number;
  duplicates: number;
  duplicateAcks: number;
  unexpected: number;
  wrongBody: number;
  unacked: number;
  errors: Record<string, number>;
  errorCount: number;
  firstError: string | null;
  cpuMsPerMessage: number | null;
  serverElu: number;
  clientElu: number;
  sample: ChatMessage | null;
  sampleBytes: number;
}

const concat = (arrays: Float64Array[]) => {
  const out = new Float64Array(arrays.reduce((n, a) => n + a.length, 0));
  let offset = 0;
  for (const a of arrays) {
    out.set(a, offset);
    offset += a.length;
  }
  return out;
};

function pool(runs: Measured[]): Pooled {
  const seconds = runs.reduce((s, r) => s + r.seconds, 0);
  const sum = (f: (r: Measured) => number) => runs.reduce((s, r) => s + f(r), 0);
  const errors: Record<string, number> = {};
  for (const r of runs) for (const [code, count] of Object.entries(r.errors)) errors[code] = (errors[code] ?? 0) + count;
  const ackedInWindow = sum((r) => r.ackedInWindow);
  const cpu = runs.every((r) => r.cpuMs !== null) ? sum((r) => r.cpuMs as number) : null;
  const sample = runs.find((r) => r.sample)?.sample ?? null;
  const weighted = (f: (r: Measured) => number) => sum((r) => f(r) * r.seconds) / Math.max(seconds, 1e-9);
  return {
    clients: runs[0]?.clients ?? 0,
    latency: summarise(concat(runs.map((r) => r.latenciesMs)), seconds),
    ack: summarise(concat(runs.map((r) => r.ackLatenciesMs)), seconds),
    sendLag: summarise(concat(runs.map((r) => r.sendLagMs)), seconds),
    store: summarise(concat(runs.map((r) => r.storeMs)), seconds),
    seconds,
    sent: sum((r) => r.sent),
    acked: sum((r) => r.acked),
    ackedInWindow,
    deliveriesInWindow: sum((r) => r.deliveriesInWindow),
    expectedDeliveries: sum((r) => r.expectedDeliveries),
    lost: sum((r) => r.expectedDeliveries - r.deliveries),
    duplicates: sum((r) => r.duplicates),
    duplicateAcks: sum((r) => r.duplicateAcks),
    unexpected: sum((r) => r.unexpected),
    wrongBody: sum((r) => r.wrongBody),
    unacked: sum((r) => r.unacked),
    errors,
    errorCount: Object.values(errors).reduce((a, c) => a + c, 0),
    firstError: runs.find((r) => r.firstError)?.firstError ?? null,
    cpuMsPerMessage: cpu !== null && ackedInWindow ? cpu / ackedInWindow : null,
    serverElu: weighted((r) => r.serverElu),
    clientElu: weighted((r) => r.clientElu),
    sample,
    sampleBytes: sample ? Buffer.byteLength(JSON.stringify(sample)) : 0,
  };
}

const fmt = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : 'n/a');

function describe(label: string, p: Pooled): string {
  return (
    `  ${label.padEnd(8)} ${p.clients} clients  ${fmt(p.ackedInWindow / p.seconds)} msg/s ` +
    `(${fmt(p.deliveriesInWindow / p.seconds, 0)} deliveries/s)  ` +
    `p50 ${fmt(p.latency.p50_ms, 2)} ms  p95 ${fmt(p.latency.p95_ms, 2)} ms  p99 ${fmt(p.latency.p99_ms, 2)} ms  max ${fmt(p.latency.max_ms, 1)} ms\n` +
    `           ack p50 ${fmt(p.ack.p50_ms, 2)} ms  p95 ${fmt(p.ack.p95_ms, 2)} ms` +
    `${p.store.requests ? ` (stored in p50 ${fmt(p.store.p50_ms, 2)} ms  p95 ${fmt(p.store.p95_ms, 2)} ms)` : ''}; ` +
    `lost ${p.lost} of ${p.expectedDeliveries} deliveries (${p.acked} messages acked of ${p.sent} sent), ` +
    `${p.duplicates} duplicates, ${p.errorCount} errors${p.firstError ? ` e.g. ${p.firstError}` : ''}` +
    `${p.unacked ? `, ${p.unacked} never answered` : ''}\n` +
    `           ${p.cpuMsPerMessage !== null ? `server thread CPU ${fmt(p.cpuMsPerMessage, 2)} ms/message; ` : ''}` +
    `event loops busy: server ${fmt(p.serverElu * 100, 0)}%, busiest client thread ${fmt(p.clientElu * 100, 0)}%; ` +
    `client send lag p99 ${fmt(p.sendLag.p99_ms, 2)} ms`
  );
}

/** The soft limit on open files of this process (Linux), or null. */
function openFilesLimit(): number | null {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('Max open files'));
    const soft = line?.split(/\s{2,}/)[1];
    return soft === undefined || soft === 'unlimited' ? null : Number(soft);
  } catch {
    return null;
  }
}

interface Running {
  url: string;
  close(): Promise<void>;
  /** Kindred only: durations of ChatService.send calls that started in [from, until) on the shared clock. */
  storeTimes?: (from: number, until: number) => Float64Array;
}

/** The real API, in this process, as the integration tests boot it (migrations run at boot). */
async function bootKindred(db: BenchDatabase): Promise<Running & { app: NestExpressApplication }> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO_DATA: 'never',
    // With REDIS_URL, rooms and rate limits go through Redis as on a multi-instance deployment.
    REDIS_URL: process.env.REDIS_URL,
  });
  const app = await createApp(config, targetOf(db));
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  // Time ChatService.send (access check + storing transaction) from outside: the gateway calls
  // it on this same instance. Instrumentation only; nothing in the API changes.
  const chat = app.get(ChatService);
  const original = chat.send.bind(chat);
  const stores: [number, number][] = [];
  chat.send = async (...args: Parameters<ChatService['send']>) => {
    const t0 = clock();
    try {
      return await original(...args);
    } finally {
      stores.push([t0, clock() - t0]);
    }
  };
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    close: () => app.close(),
    storeTimes: (from, until) => Float64Array.from(stores.filter(([t]) => t >= from && t < until).map(([, d]) => d)),
  };
}

interface RunSpec {
  label: 'Kindred' | 'baseline';
  server: Running;
  clients: ClientSpec[];
  senders: number;
  threads: number;
  base: Omit<ClientsJob, 'url' | 'clients' | 'senders' | 'slots'>;
  profile: boolean;
}

/**
 * One measurement: the clients on `threads` worker threads, the server on this one. Reads the
 * server thread's CPU and event-loop use (and profiles it) over the measured window.
 */
async function measure(spec: RunSpec): Promise<Measured> {
  const n = spec.clients.length;
  const threads = Math.max(1, Math.min(spec.threads, n));
  const per = Math.ceil(n / threads);
  // Senders spread evenly over all clients; each is in the worker that holds its client.
  const senderOf = Array.from({ length: spec.senders }, (_, slot) => ({ global: Math.floor((slot * n) / spec.senders), slot }));
  const jobs: ClientsJob[] = [];
  for (let w = 0; w * per < n; w++) {
    const from = w * per;
    const to = Math.min(n, from + per);
    jobs.push({
      ...spec.base,
      url: spec.server.url,
      clients: spec.clients.slice(from, to),
      senders: senderOf.filter((s) => s.global >= from && s.global < to).map((s) => ({ client: s.global - from, slot: s.slot })),
      slots: spec.senders,
    });
  }

  const progress = { connect: new Progress(`${spec.label}: connect`, n), join: new Progress(`${spec.label}: join room`, n) };
  const done = { connect: jobs.map(() => 0), join: jobs.map(() => 0) };
  const inbox = jobs.map(() => new Map<ToMain['type'], ((m: ToMain) => void)[]>());
  const workers = jobs.map((job, w) => {
    const worker = new Worker(join(__dirname, 'chat-fanout.clients.js'), { workerData: job });
    worker.on('message', (m: ToMain) => {
      if (m.type === 'progress') {
        done[m.phase][w] = m.done;
        progress[m.phase].tick(done[m.phase].reduce((a, c) => a + c, 0));
        return;
      }
      inbox[w]?.get(m.type)?.shift()?.(m);
    });
    return worker;
  });
  // Any worker failing fails the measurement.
  let failed: (e: Error) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => (failed = reject));
  failure.catch(() => undefined);
  for (const worker of workers) {
    worker.once('error', (e) => failed(e));
    worker.once('exit', (code) => {
      if (code !== 0) failed(new Error(`a chat client thread stopped with exit code ${code}`));
    });
  }
  const fromAll = <T extends ToMain['type']>(type: T) =>
    Promise.race([
      Promise.all(
        inbox.map(
          (box) =>
            new Promise<Extract<ToMain, { type: T }>>((resolve) => {
              const queue = box.get(type) ?? [];
              queue.push(resolve as (m: ToMain) => void);
              box.set(type, queue);
            }),
        ),
      ),
      failure,
    ]);
  const stopAll = () => Promise.all(workers.map((w) => w.terminate()));

  try {
    const joined = (await fromAll('joined')).map((m) => m.report);
    const connectFailures = joined.reduce((a, j) => a + j.connectFailures, 0);
    const joinFailures = joined.reduce((a, j) => a + j.joinFailures, 0);
    if (connectFailures || joinFailures) {
      throw new Error(
        `${spec.label}: ${connectFailures} clients could not connect, ${joinFailures} could not join` +
          ` (e.g. ${joined.find((j) => j.firstError)?.firstError ?? 'no reason given'})`,
      );
    }
    say(
      `  ${spec.label}: ${n} clients on ${jobs.length} client thread${jobs.length > 1 ? 's' : ''} connected in ` +
        `${fmt(Math.max(...joined.map((j) => j.connectMs)) / 1000)} s and joined the room in ${fmt(Math.max(...joined.map((j) => j.joinMs)) / 1000)} s`,
    );
    // Let the join traffic (presence announcements) drain before the clock starts.
    await new Promise((r) => setTimeout(r, 500));

    const at = clock() + 100;
    const measureFrom = at + spec.base.warmupMs;
    const measureUntil = measureFrom + spec.base.durationMs;
    let cpuOpen: number | null = null;
    let cpuClose: number | null = null;
    let eluOpen = performance.eventLoopUtilization();
    let serverElu = 0;
    let stopProfiling: Promise<() => Promise<CpuProfile>> | null = null;
    let profiled: Promise<CpuProfile> | null = null;
    const opened = setTimeout(() => {
      cpuOpen = mainThreadCpuMs();
      eluOpen = performance.eventLoopUtilization();
      if (spec.profile) stopProfiling = startProfiling();
    }, measureFrom - clock());
    const closed = setTimeout(() => {
      cpuClose = mainThreadCpuMs();
      serverElu = performance.eventLoopUtilization(eluOpen).utilization;
      if (stopProfiling) profiled = stopProfiling.then((stop) => stop());
    }, measureUntil - clock());
    for (const worker of workers) worker.postMessage({ type: 'start', at } satisfies ToWorker);

    const sends = (await fromAll('sent')).flatMap((m) => m.sends);
    const acked = sends.filter((s) => s.ackedAt > 0);
    const expect: ToWorker = { type: 'expect', clientIds: acked.map((s) => s.clientId), sent: sends.map((s) => s.clientId) };
    for (const worker of workers) worker.postMessage(expect);
    const reports = (await fromAll('result')).map((m) => m.report);
    clearTimeout(opened);
    clearTimeout(closed);
    const profile = await Promise.resolve(profiled);

    // ---- merge: latencies of the messages sent in the window, losses over the whole run ----------
    const inWindow = (t: number) => t >= measureFrom && t < measureUntil;
    const latencies: number[] = [];
    let deliveries = 0;
    let deliveriesInWindow = 0;
    for (const s of acked) {
      for (const r of reports) {
        const times = r.receipts[s.clientId];
        if (!times) continue;
        deliveries += times.length;
        if (!inWindow(s.planned)) continue;
        deliveriesInWindow += times.length;
        for (const t of times) latencies.push(t - s.t0);
      }
    }
    const errors: Record<string, number> = {};
    for (const s of sends) {
      if (!s.error) continue;
      const code = s.error.split(':')[0] as string;
      errors[code] = (errors[code] ?? 0) + 1;
    }
    // The window holds the messages due in it (the same set for every target, however late a busy client thread sends them).
    const windowSends = sends.filter((s) => inWindow(s.planned));
    return {
      clients: n,
      latenciesMs: Float64Array.from(latencies),
      ackLatenciesMs: Float64Array.from(windowSends.filter((s) => s.ackedAt > 0).map((s) => s.ackedAt - s.t0)),
      sendLagMs: Float64Array.from(windowSends.map((s) => s.t0 - s.planned)),
      storeMs: spec.server.storeTimes?.(measureFrom, measureUntil) ?? new Float64Array(0),
      seconds: spec.base.durationMs / 1000,
      sent: sends.length,
      acked: acked.length,
      ackedInWindow: windowSends.filter((s) => s.ackedAt > 0).length,
      deliveriesInWindow,
      expectedDeliveries: acked.length * n,
      deliveries,
      duplicates: reports.reduce((a, r) => a + r.duplicates, 0),
      duplicateAcks: sends.filter((s) => s.duplicate).length,
      unexpected: reports.reduce((a, r) => a + r.unexpected, 0),
      wrongBody: reports.reduce((a, r) => a + r.wrongBody, 0),
      unacked: sends.filter((s) => !s.answered).length,
      errors,
      firstError: sends.find((s) => s.error)?.error ?? null,
      cpuMs: cpuOpen !== null && cpuClose !== null ? cpuClose - cpuOpen : null,
      serverElu,
      clientElu: Math.max(...reports.map((r) => r.elu)),
      sample: reports.find((r) => r.sample)?.sample ?? null,
      profile: profile ?? null,
    };
  } finally {
    await stopAll();
  }
}

/** Field names and value kinds of a message, to check both targets send the same shape. */
function shape(m: unknown): string {
  if (m === null || typeof m !== 'object') return m === null ? 'null' : typeof m;
  return `{${Object.keys(m as object)
    .sort()
    .map((k) => `${k}:${shape((m as Record<string, unknown>)[k])}`)
    .join(',')}}`;
}

async function run(opts: ScenarioOptions): Promise<ScenarioOutcome> {
  const size = opts.quick ? QUICK : FULL;
  const clients = Math.round(opts.clients ?? size.clients);
  const senders = Math.min(clients, Math.round(opts.senders ?? size.senders));
  const durationS = opts.durationS ?? size.durationS;
  const warmupS = opts.warmupS ?? size.warmupS;
  const seed = Math.round(opts.seed ?? SEED);
  const rounds = Math.round(opts.rounds ?? 1);
  const clientThreads = Math.round(opts.clientThreads ?? DEFAULT_CLIENT_THREADS);
  const adapter = process.env.REDIS_URL ? 'redis' : 'memory';
  const problems: string[] = [];

  // Each client holds one socket here and one on the server: 2 file descriptors per client.
  const limit = openFilesLimit();
  const needed = 2 * clients + 200;
  if (limit !== null && limit < needed) {
    throw new Error(
      `chat-fanout with ${clients} clients needs about ${needed} open files (a socket at each end per client, plus the database), ` +
        `but this shell allows ${limit} (ulimit -n). Raise it (e.g. \`ulimit -n 4096\`) or run with --clients=${Math.max(1, Math.floor((limit - 200) / 2))}.`,
    );
  }

  const db = await createBenchDatabase(Math.round(opts.pool ?? 10));
  say(`chat-fanout${opts.quick ? ' (quick)' : ''}: ${db.description}; Socket.IO adapter: ${adapter === 'redis' ? 'Redis (REDIS_URL)' : 'in memory (one process)'}`);
  say(`  libraries in production mode (NODE_ENV=${process.env.NODE_ENV}); Kindred's own config: NODE_ENV=test, LOG_LEVEL=silent`);
  say(
    `  ${clients} clients in one room, ${senders} of them sending one message every ${INTERVAL_MS} ms each ` +
      `(~${fmt((senders * 1000) / INTERVAL_MS)} msg/s); ${warmupS} s warm-up then ${durationS} s measured` +
      `${rounds > 1 ? `, ${rounds} rounds` : ''}; seed ${seed}; open files limit ${limit ?? 'unknown'}`,
  );

  let kindred: (Running & { app?: NestExpressApplication }) | null = null;
  try {
    // ---- boot, seed -------------------------------------------------------------------------
    const first = await step('Booted Kindred in-process and ran its migrations', () => bootKindred(db));
    kindred = first;
    const ds = first.app.get<DataSource>(getDataSourceToken());
    const room: SeededRoom = await step(`Seeded a private group with ${clients} members, each with a session`, () =>
      seedChatRoom((text, params) => ds.query(text, params), { seed, members: clients }),
    );
    const bodyRng = new Rng(seed + 1);
    const bodies = Array.from({ length: BODIES }, () => chatLine(bodyRng));
    const avgBody = bodies.reduce((n, b) => n + b.length, 0) / bodies.length;
    say(`  ${BODIES} generated message bodies, ${fmt(avgBody, 0)} characters on average`);

    const targets: Record<'Kindred' | 'baseline', ClientSpec[]> = {
      Kindred: room.members.map((m) => ({ cookie: `${SESSION_COOKIE}=${m.token}` })),
      baseline: room.members.map((m) => ({ auth: { id: m.id, handle: m.handle } })),
    };
    const base: RunSpec['base'] = {
      path: API_PATHS.socket,
      groupId: room.groupId,
      intervalMs: INTERVAL_MS,
      warmupMs: warmupS * 1000,
      durationMs: durationS * 1000,
      settleMs: size.settleMs,
      bodies,
      concurrency: CONCURRENCY,
    };

    // ---- measure, Kindred then the baseline, `rounds` times --------------------------------------
    const kRuns: Measured[] = [];
    const bRuns: Measured[] = [];
    const report = (label: string, m: Measured) => {
      say(describe(label, pool([m])));
      if (m.profile) {
        const file = saveProfile(m.profile, `chat-fanout-${label.toLowerCase()}`);
        say(`  CPU profile of ${label}'s thread over the measured window (${file}):`);
        for (const line of describeProfile(summariseProfile(m.profile), m.ackedInWindow, { plural: 'messages', short: 'msg' })) say(line);
      }
    };
    for (let r = 1; r <= rounds; r++) {
      const profile = !!opts.profile && r === 1;
      const common = { senders, threads: clientThreads, base, profile };
      say(`Measuring Kindred${rounds > 1 ? ` (round ${r} of ${rounds})` : ''}`);
      kindred ??= await bootKindred(db);
      let k: Measured;
      try {
        k = await measure({ label: 'Kindred', server: kindred, clients: targets.Kindred, ...common });
      } finally {
        // Only one server up at a time (and PGlite takes one connection).
        await kindred.close();
        kindred = null;
      }
      kRuns.push(k);
      report('Kindred', k);

      say(`Measuring the baseline${rounds > 1 ? ` (round ${r} of ${rounds})` : ''}`);
      const bare = await startBaseline();
      let b: Measured;
      try {
        b = await measure({ label: 'baseline', server: bare, clients: targets.baseline, ...common });
      } finally {
        await bare.close();
      }
      bRuns.push(b);
      report('baseline', b);
      if (rounds > 1) say(`  p95 ratio this round: ${fmt(pool([k]).latency.p95_ms / pool([b]).latency.p95_ms, 2)}`);
    }
    const k = pool(kRuns);
    const b = pool(bRuns);
    if (rounds > 1) {
      say(`Pooled over ${rounds} rounds:`);
      say(describe('Kindred', k));
      say(describe('baseline', b));
    }

    // ---- checks and result ------------------------------------------------------------------
    if (k.sample && b.sample && shape(k.sample) !== shape(b.sample)) {
      problems.push(`Kindred and the baseline send different message shapes: ${shape(k.sample)} vs ${shape(b.sample)}`);
    }
    say(`  chat:message payload: Kindred ${k.sampleBytes} bytes, baseline ${b.sampleBytes} bytes of JSON (same fields)`);
    for (const [label, p] of [
      ['Kindred', k],
      ['baseline', b],
    ] as const) {
      if (p.errorCount) problems.push(`${label}: ${p.errorCount} sends were refused (${JSON.stringify(p.errors)}; e.g. ${p.firstError})`);
      if (p.unacked) problems.push(`${label}: ${p.unacked} sends were never acknowledged`);
      if (p.duplicateAcks) problems.push(`${label}: ${p.duplicateAcks} sends with a new clientId were acknowledged as duplicates`);
      if (p.unexpected) problems.push(`${label}: ${p.unexpected} chat:message events for messages nobody sent`);
      if (p.wrongBody) problems.push(`${label}: ${p.wrongBody} deliveries with a different body than sent`);
      if (!p.ackedInWindow) problems.push(`${label}: no message was acknowledged in the measured window`);
      if (p.sendLag.p99_ms > 50) {
        say(`  warning: ${label}'s client thread sent late (p99 ${fmt(p.sendLag.p99_ms)} ms behind schedule): the client, not the server, may be the bottleneck`);
      }
    }
    const ratio = k.latency.p95_ms / b.latency.p95_ms;
    const enoughClients = opts.quick || clients >= MIN_CLIENTS;
    const contractOk = enoughClients && k.lost === 0 && ratio <= MAX_RATIO;
    say(`Lost deliveries: Kindred ${k.lost}, baseline ${b.lost} (${k.lost === 0 ? 'OK' : 'FAIL'})`);
    say(
      `Latency ratio Kindred p95 / baseline p95 (lower is better, contract <= ${MAX_RATIO}): ` +
        `${fmt(ratio, 2)} (${ratio <= MAX_RATIO ? 'OK' : 'FAIL'})`,
    );
    if (k.cpuMsPerMessage !== null && b.cpuMsPerMessage !== null) {
      say(
        `Server-thread CPU per message (fan-out to ${clients} included): Kindred ${fmt(k.cpuMsPerMessage, 2)} ms, ` +
          `baseline ${fmt(b.cpuMsPerMessage, 2)} ms`,
      );
    }
    if (!enoughClients) say(`  (${clients} clients: the contract asks for at least ${MIN_CLIENTS} in the full run)`);
    say(`chat-fanout contract: ${contractOk ? 'met' : 'NOT met'}`);
    for (const p of problems) say(`  problem: ${p}`);

    const cpu = (p: Pooled) => (p.cpuMsPerMessage === null ? null : round(p.cpuMsPerMessage, 3));
    return {
      ok: problems.length === 0,
      result: {
        scenario: 'chat-fanout',
        clients,
        senders,
        msgs_per_s: round(k.ackedInWindow / k.seconds, 1),
        deliveries_per_s: round(k.deliveriesInWindow / k.seconds, 1),
        p50_ms: round(k.latency.p50_ms),
        p95_ms: round(k.latency.p95_ms),
        p99_ms: round(k.latency.p99_ms),
        max_ms: round(k.latency.max_ms),
        baseline_p50_ms: round(b.latency.p50_ms),
        baseline_p95_ms: round(b.latency.p95_ms),
        baseline_p99_ms: round(b.latency.p99_ms),
        ratio: round(ratio, 3),
        lost: k.lost,
        baseline_lost: b.lost,
        duplicates: k.duplicates,
        baseline_duplicates: b.duplicates,
        ack_p50_ms: round(k.ack.p50_ms),
        ack_p95_ms: round(k.ack.p95_ms),
        baseline_ack_p95_ms: round(b.ack.p95_ms),
        baseline_msgs_per_s: round(b.ackedInWindow / b.seconds, 1),
        messages: k.ackedInWindow,
        deliveries: k.deliveriesInWindow,
        errors: k.errorCount + k.unacked,
        store_p50_ms: round(k.store.p50_ms),
        store_p95_ms: round(k.store.p95_ms),
        cpu_ms: cpu(k),
        baseline_cpu_ms: cpu(b),
        server_busy: round(k.serverElu),
        baseline_server_busy: round(b.serverElu),
        client_busy: round(Math.max(k.clientElu, b.clientElu)),
        send_lag_p99_ms: round(Math.max(k.sendLag.p99_ms, b.sendLag.p99_ms)),
        payload_bytes: k.sampleBytes,
        baseline_payload_bytes: b.sampleBytes,
        contract_ok: contractOk,
        engine: db.engine,
        pool: db.poolSize,
        adapter,
        interval_ms: INTERVAL_MS,
        duration_s: durationS,
        warmup_s: warmupS,
        client_threads: clientThreads,
        rounds,
        quick: opts.quick,
      },
    };
  } finally {
    if (kindred) await kindred.close();
    await db.drop();
  }
}

export const chatFanout: Scenario = {
  name: 'chat-fanout',
  summary: 'N signed-in Socket.IO clients in one room, messages stored, acked and fanned out, vs bare socket.io',
  run,
};
