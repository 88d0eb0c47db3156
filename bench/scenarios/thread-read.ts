import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '@kindred/contracts';
import { createApp } from '../../apps/api/src/app.factory';
import { SQL_COUNT_HEADER } from '../../apps/api/src/common/database/query-counter';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { seedCatalogueIfEmpty } from '../../apps/api/src/database/seed/catalogue.seed';
import { hashToken } from '../../apps/api/src/modules/auth/session.service';
import { createBenchDatabase, targetOf, type BenchDatabase } from '../lib/database';
import { mergeLoads, runLoad, type LoadJob, type LoadResult } from '../lib/load';
import { describeProfile, saveProfile, startProfiling, summariseProfile } from '../lib/profile';
import { say, step } from '../lib/progress';
import type { Scenario, ScenarioOptions, ScenarioOutcome } from '../lib/scenario';
import { round } from '../lib/stats';
import { BASELINE_QUERIES, startBaseline } from './thread-read.baseline';
import { seedThreads, type Seeded } from './thread-read.seed';

/**
 * thread-read: the GraphQL query a thread page makes, as an anonymous visitor of a public
 * group, at 10 and at 200 nested replies; against a bare `http` + `pg` endpoint that runs
 * the same SQL and returns the same JSON. Contract: the SQL count does not grow with the
 * replies (queries_200 == queries_10), and Kindred keeps at least half the baseline's
 * throughput at 200 replies (ratio >= 0.5; higher is better).
 *
 * Kindred and the baseline are measured back to back for each size (Kindred 200, baseline
 * 200, Kindred 10, baseline 10), so a machine that gets busier or quieter during the run
 * skews the ratio as little as possible. Only one of them is up at a time: PGlite takes a
 * single connection.
 */

export const THREAD_QUERY = `query($id: ID!) { thread(id: $id) { id title bodyHtml kind tags helpfulCount replyCount authorLabel author { handle } createdAt replies { totalCount nodes { id parentId depth bodyHtml authorLabel author { handle } helpfulCount helpedAsker createdAt } } } }`;

/**
 * A signed-in member's view of the same thread (what the web client adds for a member: whether they
 * marked each post helpful, which replies are new to them, whether they wrote them, when they last
 * read it), followed by the `markThreadRead` mutation that records their read position: one page
 * view is these two requests.
 */
export const SIGNED_IN_QUERY = `query($id: ID!) { thread(id: $id) { id title bodyHtml kind tags helpfulCount replyCount authorLabel author { handle } createdAt viewerMarkedHelpful viewerIsAuthor viewerLastReadAt replies { totalCount nodes { id parentId depth bodyHtml authorLabel author { handle } helpfulCount helpedAsker createdAt viewerMarkedHelpful viewerIsAuthor isNew } } } }`;
export const MARK_READ_MUTATION = `mutation($id: ID!) { markThreadRead(id: $id) }`;
const CSRF = 'kindred-bench-csrf-token';

const SIZES = [10, 200] as const;
type Size = (typeof SIZES)[number];
const SEED = 20_251_201;
const MEMBERS = 80;
const MIN_RATIO = 0.5;

interface Probe {
  status: number;
  sql: number | null;
  body: unknown;
  bytes: number;
}

const requestBody = (threadId: string) => JSON.stringify({ query: THREAD_QUERY, variables: { id: threadId } });

async function probe(url: string, threadId: string): Promise<Probe> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: requestBody(threadId) });
  const text = await res.text();
  const sql = res.headers.get(SQL_COUNT_HEADER);
  return { status: res.status, sql: sql === null ? null : Number(sql), body: JSON.parse(text), bytes: Buffer.byteLength(text) };
}

/** The problem with a thread-page answer, or null when it has every reply and no errors. */
function checkAnswer(p: Probe, replies: number): string | null {
  const body = p.body as { errors?: { message: string }[]; data?: { thread?: { replies?: { totalCount: number; nodes: unknown[] } } } };
  if (p.status !== 200) return `HTTP ${p.status}: ${JSON.stringify(body).slice(0, 300)}`;
  if (body.errors?.length) return `GraphQL errors: ${body.errors.map((e) => e.message).join('; ')}`;
  const r = body.data?.thread?.replies;
  if (!r) return 'no thread in the answer';
  if (r.totalCount !== replies || r.nodes.length !== replies) {
    return `expected ${replies} replies, got totalCount ${r.totalCount} and ${r.nodes.length} nodes`;
  }
  return null;
}

/** JSON with object keys sorted, so two answers compare regardless of key order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** Where two JSON values first differ ("" when they do not). */
function firstDifference(a: unknown, b: unknown, path = '$'): string {
  if (canonical(a) === canonical(b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ao = a as Record<string, unknown>;
    const bo = b as Record<string, unknown>;
    for (const k of new Set([...Object.keys(ao), ...Object.keys(bo)])) {
      const d = firstDifference(ao[k], bo[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 120)} vs ${JSON.stringify(b)?.slice(0, 120)}`;
}

const fmt = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : 'n/a');

function describe(label: string, size: number, r: LoadResult): string {
  const values = Object.keys(r.headerValues);
  const sql = values.map((v) => (values.length > 1 ? `${v}×${r.headerValues[v]}` : v)).join(', ');
  return (
    `  ${label.padEnd(8)} ${String(size).padStart(3)} replies  ${fmt(r.rps).padStart(8)} req/s  ` +
    `p50 ${fmt(r.p50_ms, 2)} ms  p95 ${fmt(r.p95_ms, 2)} ms  p99 ${fmt(r.p99_ms, 2)} ms  ` +
    `(${r.requests} requests, ${r.errors + r.non2xx} errors${r.firstError ? ` e.g. ${r.firstError}` : ''}, ` +
    `${fmt(r.bytesPerResponse / 1024)} KiB/answer${sql ? `, SQL/request ${sql}` : ''}` +
    `${r.serverCpuMsPerRequest !== null ? `, server thread CPU ${fmt(r.serverCpuMsPerRequest, 2)} ms/request` : ''})`
  );
}

interface Running {
  url: string;
  close(): Promise<void>;
}

/** The real API, in this process, as the integration tests boot it (migrations run at boot). */
async function bootKindred(db: BenchDatabase): Promise<Running & { app: NestExpressApplication }> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO_DATA: 'never' });
  const app = await createApp(config, targetOf(db));
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, url: `http://127.0.0.1:${port}/graphql`, close: () => app.close() };
}

async function run(opts: ScenarioOptions): Promise<ScenarioOutcome> {
  const durationS = opts.durationS ?? (opts.quick ? 3 : 10);
  const warmupS = opts.warmupS ?? (opts.quick ? 1 : 2);
  const connections = Math.round(opts.connections ?? 16);
  const seed = Math.round(opts.seed ?? SEED);
  const rounds = Math.round(opts.rounds ?? 1);
  const problems: string[] = [];
  const signedInSql: { query: number | null; mark: number | null } = { query: null, mark: null };

  const db = await createBenchDatabase(Math.round(opts.pool ?? 10));
  say(`thread-read${opts.quick ? ' (quick)' : ''}: ${db.description}`);
  say(`  libraries in production mode (NODE_ENV=${process.env.NODE_ENV}); Kindred's own config: NODE_ENV=test, LOG_LEVEL=silent`);
  say(`  ${connections} connections, closed loop, ${warmupS} s warm-up then ${durationS} s per measurement${rounds > 1 ? `, ${rounds} rounds` : ''}; seed ${seed}`);

  let kindred: Running | null = null;
  const load = (url: string, threadId: string, captureHeader?: string): Promise<LoadResult> => {
    const job: LoadJob = {
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: requestBody(threadId),
      connections,
      warmupMs: warmupS * 1000,
      durationMs: durationS * 1000,
      captureHeader,
    };
    return runLoad(job);
  };

  try {
    // ---- boot, seed, check the answers ----------------------------------------------------
    const first = await step('Booted Kindred in-process and ran its migrations', () => bootKindred(db));
    kindred = first;
    const ds = first.app.get<DataSource>(getDataSourceToken());
    const seeded: Seeded = await step('Seeded the catalogue, a public group, its members, threads, replies and helpful marks', async () => {
      await seedCatalogueIfEmpty(ds, (line) => process.stdout.write(`  ${line}`));
      return seedThreads((text, params) => ds.query(text, params), { seed, members: MEMBERS, sizes: [...SIZES] });
    });
    const threadOf = new Map<Size, string>();
    for (const [i, t] of seeded.threads.entries()) {
      threadOf.set(SIZES[i] as Size, t.id);
      const depths = t.depthCounts.map((n, d) => `${d}:${n}`).join(' ');
      say(`  thread with ${t.replies} replies: max depth ${t.maxDepth} (replies per depth ${depths}), ${t.helpfulMarks} helpful marks`);
    }
    const tid = (size: Size) => threadOf.get(size) as string;

    // A member of the group, signed in (a session row holding the token's SHA-256).
    const token = randomBytes(32).toString('base64url');
    const [member] = (await ds.query(
      `SELECT m.user_id FROM group_memberships m WHERE m.group_id = $1 AND m.status = 'active' ORDER BY m.user_id LIMIT 1`,
      [seeded.groupId],
    )) as { user_id: string }[];
    if (!member) throw new Error('no active member in the seeded group');
    await ds.query(
      `INSERT INTO sessions (user_id, token_hash, user_agent, last_seen_at, expires_at) VALUES ($1, $2, 'kindred-bench', now(), now() + interval '1 day')`,
      [member.user_id, hashToken(token)],
    );
    const signedInHeaders = {
      'content-type': 'application/json',
      cookie: `${SESSION_COOKIE}=${token}; ${CSRF_COOKIE}=${CSRF}`,
      [CSRF_HEADER]: CSRF,
    };
    const signedInBodies = [
      JSON.stringify({ query: SIGNED_IN_QUERY, variables: { id: tid(200) } }),
      JSON.stringify({ query: MARK_READ_MUTATION, variables: { id: tid(200) } }),
    ];
    {
      const check = await fetch(first.url, { method: 'POST', headers: signedInHeaders, body: signedInBodies[0] });
      const p: Probe = { status: check.status, sql: Number(check.headers.get(SQL_COUNT_HEADER)), body: await check.json(), bytes: 0 };
      const problem = checkAnswer(p, 200);
      if (problem) problems.push(`Kindred, signed in, 200 replies: ${problem}`);
      const mark = await fetch(first.url, { method: 'POST', headers: signedInHeaders, body: signedInBodies[1] });
      const marked = (await mark.json()) as { data?: { markThreadRead?: boolean }; errors?: { message: string }[] };
      if (marked.data?.markThreadRead !== true) problems.push(`markThreadRead: ${JSON.stringify(marked).slice(0, 300)}`);
      signedInSql.query = p.sql;
      signedInSql.mark = Number(mark.headers.get(SQL_COUNT_HEADER));
      say(`  signed in, Kindred answers the 200-reply thread with ${p.sql} SQL statements and records the read position with ${signedInSql.mark}`);
    }

    const kProbe = new Map<Size, Probe>();
    for (const size of SIZES) {
      const p = await probe(first.url, tid(size));
      const problem = checkAnswer(p, size);
      if (problem) problems.push(`Kindred, ${size} replies: ${problem}`);
      kProbe.set(size, p);
      say(`  Kindred answers the ${size}-reply thread with ${p.sql ?? '?'} SQL statements (${fmt(p.bytes / 1024)} KiB)`);
    }
    if (problems.length) throw new Error(problems.join('\n'));

    // ---- measure, Kindred and the baseline back to back for each size -------------------------
    const kRuns = new Map<Size, LoadResult[]>(SIZES.map((s) => [s, []]));
    const bRuns = new Map<Size, LoadResult[]>(SIZES.map((s) => [s, []]));
    let baselineChecked = false;
    const signedInRuns: LoadResult[] = [];
    for (let round = 1; round <= rounds; round++) {
      for (const size of [200, 10] as const) {
        const profiling = opts.profile && round === 1;
        say(`Measuring at ${size} replies${rounds > 1 ? ` (round ${round} of ${rounds})` : ''}`);
        kindred ??= await bootKindred(db);
        const stopProfiling = profiling ? await startProfiling() : null;
        const k = await load(kindred.url, tid(size), SQL_COUNT_HEADER);
        (kRuns.get(size) as LoadResult[]).push(k);
        say(describe('Kindred', size, k));
        if (size === 200) {
          // A signed-in member's page view: the query with the viewer's fields, then markThreadRead.
          const m = await runLoad({
            url: kindred.url,
            method: 'POST',
            headers: signedInHeaders,
            body: signedInBodies[0] as string,
            bodies: signedInBodies,
            connections,
            warmupMs: warmupS * 1000,
            durationMs: durationS * 1000,
          });
          signedInRuns.push(m);
          say(describe('signed in', size, m).replace('req/s', 'req/s (query and markThreadRead in turn)'));
        }
        if (stopProfiling) {
          const profile = await stopProfiling();
          const file = saveProfile(profile, `thread-read-kindred-${size}`);
          say(`  CPU profile of Kindred's thread at ${size} replies (${file}):`);
          for (const line of describeProfile(summariseProfile(profile), k.requests)) say(line);
        }
        // PGlite takes one connection: Kindred's pool must be gone before the baseline's connects.
        await kindred.close();
        kindred = null;

        const bare = await startBaseline(db.url, db.poolSize);
        try {
          if (!baselineChecked) {
            for (const s of SIZES) {
              const p = await probe(bare.url, tid(s));
              const problem = checkAnswer(p, s);
              if (problem) problems.push(`baseline, ${s} replies: ${problem}`);
              const diff = firstDifference(kProbe.get(s)?.body, p.body);
              if (diff) problems.push(`baseline and Kindred answers differ at ${s} replies: ${diff}`);
            }
            if (problems.length) throw new Error(problems.join('\n'));
            say(`  (the baseline's answers are the same JSON as Kindred's, from ${BASELINE_QUERIES} SQL statements; pg Pool of ${db.poolSize})`);
            baselineChecked = true;
          }
          const stopBaselineProfiling = profiling ? await startProfiling() : null;
          const b = await load(bare.url, tid(size));
          (bRuns.get(size) as LoadResult[]).push(b);
          say(describe('baseline', size, b));
          if (rounds > 1) say(`  ratio this round: ${fmt(k.rps / b.rps, 3)}`);
          if (stopBaselineProfiling) {
            const profile = await stopBaselineProfiling();
            const file = saveProfile(profile, `thread-read-baseline-${size}`);
            say(`  CPU profile of the baseline's thread at ${size} replies (${file}):`);
            for (const line of describeProfile(summariseProfile(profile), b.requests)) say(line);
          }
        } finally {
          await bare.close();
        }
      }
    }
    const kLoad = new Map<Size, LoadResult>(SIZES.map((s) => [s, mergeLoads(kRuns.get(s) as LoadResult[])]));
    const bLoad = new Map<Size, LoadResult>(SIZES.map((s) => [s, mergeLoads(bRuns.get(s) as LoadResult[])]));
    if (rounds > 1) {
      say(`Pooled over ${rounds} rounds:`);
      for (const size of [200, 10] as const) {
        say(describe('Kindred', size, kLoad.get(size) as LoadResult));
        say(describe('baseline', size, bLoad.get(size) as LoadResult));
      }
    }

    // ---- result -------------------------------------------------------------------------
    const k10 = kLoad.get(10) as LoadResult;
    const k200 = kLoad.get(200) as LoadResult;
    const b10 = bLoad.get(10) as LoadResult;
    const b200 = bLoad.get(200) as LoadResult;
    const ratio = k200.rps / b200.rps;
    const ratio10 = k10.rps / b10.rps;
    const cpu = (r: LoadResult) => (r.serverCpuMsPerRequest === null ? null : round(r.serverCpuMsPerRequest, 3));
    const cpuRatio =
      k200.serverCpuMsPerRequest && b200.serverCpuMsPerRequest ? b200.serverCpuMsPerRequest / k200.serverCpuMsPerRequest : null;
    const queries10 = kProbe.get(10)?.sql ?? -1;
    const queries200 = kProbe.get(200)?.sql ?? -1;
    const stable = SIZES.every((s) => {
      const values = Object.keys((kLoad.get(s) as LoadResult).headerValues);
      return values.length === 1 && Number(values[0]) === kProbe.get(s)?.sql;
    });
    const signedIn = mergeLoads(signedInRuns);
    // One page view is two requests (the query, then markThreadRead).
    const viewCpu = signedIn.serverCpuMsPerRequest === null ? null : signedIn.serverCpuMsPerRequest * 2;
    const viewRps = signedIn.rps / 2;
    say(
      `Signed in, 200 replies: ${fmt(viewRps)} page views/s (query + markThreadRead), ` +
        `${viewCpu === null ? 'n/a' : `${fmt(viewCpu, 2)} ms`} of server-thread CPU per page view ` +
        `(anonymous: ${fmt(k200.serverCpuMsPerRequest ?? NaN, 2)} ms per request; SQL ${signedInSql.query} + ${signedInSql.mark})`,
    );
    const errors = [k10, k200, b10, b200, signedIn].reduce((n, r) => n + r.errors + r.non2xx, 0);
    if (errors) problems.push(`${errors} requests failed during the measurements`);
    const contractOk = queries200 === queries10 && ratio >= MIN_RATIO;

    say(
      `SQL statements per request: ${queries10} at 10 replies, ${queries200} at 200 replies ` +
        `(${queries200 === queries10 ? 'constant: OK' : 'GROWS with the replies: FAIL'}${stable ? '' : '; varied under load'})`,
    );
    say(
      `Throughput ratio Kindred/baseline (higher is better, contract >= ${MIN_RATIO}): ` +
        `${fmt(ratio, 2)} at 200 replies (${ratio >= MIN_RATIO ? 'OK' : 'FAIL'}), ${fmt(ratio10, 2)} at 10 replies`,
    );
    if (cpuRatio !== null) {
      say(
        `Server-thread CPU per request at 200 replies: Kindred ${fmt(k200.serverCpuMsPerRequest as number, 2)} ms, ` +
          `baseline ${fmt(b200.serverCpuMsPerRequest as number, 2)} ms (baseline/Kindred ${fmt(cpuRatio, 2)}; steadier than rps on a busy machine)`,
      );
    }
    say(`thread-read contract: ${contractOk ? 'met' : 'NOT met'}`);
    for (const p of problems) say(`  problem: ${p}`);

    return {
      ok: problems.length === 0,
      result: {
        scenario: 'thread-read',
        replies: [...SIZES],
        rps: round(k200.rps, 1),
        baseline_rps: round(b200.rps, 1),
        ratio: round(ratio, 3),
        p95_ms: round(k200.p95_ms),
        queries_10: queries10,
        queries_200: queries200,
        rps_10: round(k10.rps, 1),
        baseline_rps_10: round(b10.rps, 1),
        ratio_10: round(ratio10, 3),
        p50_ms: round(k200.p50_ms),
        p99_ms: round(k200.p99_ms),
        p95_ms_10: round(k10.p95_ms),
        baseline_p95_ms: round(b200.p95_ms),
        baseline_p95_ms_10: round(b10.p95_ms),
        cpu_ms: cpu(k200),
        baseline_cpu_ms: cpu(b200),
        cpu_ratio: cpuRatio === null ? null : round(cpuRatio, 3),
        cpu_ms_10: cpu(k10),
        baseline_cpu_ms_10: cpu(b10),
        signed_in_views_per_s: round(viewRps, 1),
        signed_in_cpu_ms: viewCpu === null ? null : round(viewCpu, 3),
        signed_in_p95_ms: round(signedIn.p95_ms),
        signed_in_queries: signedInSql.query,
        mark_read_queries: signedInSql.mark,
        baseline_queries: BASELINE_QUERIES,
        queries_stable: stable,
        errors,
        contract_ok: contractOk,
        engine: db.engine,
        pool: db.poolSize,
        connections,
        duration_s: durationS,
        warmup_s: warmupS,
        rounds,
        quick: opts.quick,
      },
    };
  } finally {
    if (kindred) await kindred.close();
    await db.drop();
  }
}

export const threadRead: Scenario = {
  name: 'thread-read',
  summary: 'GraphQL query of one thread with nested replies at 10 and 200 replies, vs bare http + pg',
  run,
};
