import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CSRF_COOKIE, CSRF_HEADER, LIMITS, SESSION_COOKIE } from '@kindred/contracts';
import { createApp } from '../../apps/api/src/app.factory';
import { SQL_COUNT_HEADER } from '../../apps/api/src/common/database/query-counter';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { seedCatalogueIfEmpty } from '../../apps/api/src/database/seed/catalogue.seed';
import { hashToken } from '../../apps/api/src/modules/auth/session.service';
import { PlannedOnceStatements } from '../../apps/api/src/common/database/planned-once';
import { HomeRepository } from '../../apps/api/src/modules/home/home.repository';
import { PostsRepository } from '../../apps/api/src/modules/threads/posts.repository';
import { createBenchDatabase, targetOf } from '../lib/database';
import { mergeLoads, runLoad, type LoadResult } from '../lib/load';
import { say, step } from '../lib/progress';
import type { Scenario, ScenarioOptions, ScenarioOutcome } from '../lib/scenario';
import { round } from '../lib/stats';
import { BASELINE_QUERIES, startBaseline, type CapturedStatement } from './home.baseline';
import { seedHome, type SeededHome } from './home.seed';

/**
 * home: a signed-in member's home page — the request the web client makes first (their groups
 * with unread counts, and the first page of new and updated threads in their groups with the
 * replies new to them) — for a member in 3 groups holding 10,000 threads; against a bare `http`
 * + `pg` endpoint that runs the same statements (captured from Kindred's HomeRepository) and
 * returns the same JSON. Reports p95 for both, `ratio` = Kindred p95 / baseline p95 (lower is
 * better) and the SQL statements per request (session included on Kindred's side).
 */

export const HOME_QUERY = `{ homeGroups { unreadCount group { id slug name visibility } } homeThreads(first: ${LIMITS.homePageDefault}) { pageInfo { hasNextPage endCursor } nodes { newReplyCount isNew viewerFollows thread { id kind title authorLabel isLocked replyCount lastActivityAt moderationState group { id slug name } } } } }`;
const CSRF = 'kindred-bench-csrf-token';
const SEED = 20_261_206;
/** Contract: the home page costs a fixed, small number of statements, and stays within this of its bare SQL. */
const MAX_QUERIES = 8;
const MAX_RATIO = 2;

interface Running {
  app: NestExpressApplication;
  url: string;
  close(): Promise<void>;
}

async function bootKindred(db: Awaited<ReturnType<typeof createBenchDatabase>>): Promise<Running> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO_DATA: 'never', SEARCH_RELAY: 'off', INSIGHTS_REFRESH_MS: '3600000' });
  const app = await createApp(config, targetOf(db));
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, url: `http://127.0.0.1:${port}/graphql`, close: () => app.close() };
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

const fmt = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : 'n/a');

function describe(label: string, r: LoadResult): string {
  const values = Object.keys(r.headerValues);
  return (
    `  ${label.padEnd(8)} ${fmt(r.rps).padStart(8)} req/s  p50 ${fmt(r.p50_ms, 2)} ms  p95 ${fmt(r.p95_ms, 2)} ms  p99 ${fmt(r.p99_ms, 2)} ms  ` +
    `(${r.requests} requests, ${r.errors + r.non2xx} errors${r.firstError ? ` e.g. ${r.firstError}` : ''}, ${fmt(r.bytesPerResponse / 1024)} KiB/answer` +
    `${values.length ? `, SQL/request ${values.join(', ')}` : ''}` +
    `${r.serverCpuMsPerRequest !== null ? `, server thread CPU ${fmt(r.serverCpuMsPerRequest, 2)} ms/request` : ''})`
  );
}

async function run(opts: ScenarioOptions): Promise<ScenarioOutcome> {
  const durationS = opts.durationS ?? (opts.quick ? 3 : 10);
  const warmupS = opts.warmupS ?? (opts.quick ? 1 : 2);
  const connections = Math.round(opts.connections ?? 16);
  const seed = Math.round(opts.seed ?? SEED);
  const rounds = Math.round(opts.rounds ?? 1);
  const size = opts.quick ? { members: 60, threads: 1_500 } : { members: 300, threads: 10_000 };
  const problems: string[] = [];

  const db = await createBenchDatabase(Math.round(opts.pool ?? 10));
  say(`home${opts.quick ? ' (quick)' : ''}: ${db.description}`);
  say(`  ${connections} connections, closed loop, ${warmupS} s warm-up then ${durationS} s per measurement${rounds > 1 ? `, ${rounds} rounds` : ''}; seed ${seed}`);
  let kindred: Running | null = null;
  try {
    const first = await step('Booted Kindred in-process and ran its migrations', () => bootKindred(db));
    kindred = first;
    const ds = first.app.get<DataSource>(getDataSourceToken());
    const seeded: SeededHome = await step(`Seeded 3 groups, ${size.members} members and ${size.threads.toLocaleString('en')} threads with replies`, async () => {
      await seedCatalogueIfEmpty(ds, (line) => process.stdout.write(`  ${line}`));
      return seedHome((text, params) => ds.query(text, params), { seed, ...size });
    });
    say(
      `  ${seeded.threads.toLocaleString('en')} threads, ${seeded.replies.toLocaleString('en')} replies; the member: ${seeded.readPositions.toLocaleString('en')} read positions, ` +
        `${seeded.follows} threads followed, ${seeded.blockedAuthors} members blocked; ${seeded.hidden} threads hidden by moderators`,
    );

    // The member, signed in (a session row holding the token's SHA-256).
    const token = randomBytes(32).toString('base64url');
    await ds.query(
      `INSERT INTO sessions (user_id, token_hash, user_agent, last_seen_at, expires_at) VALUES ($1, $2, 'kindred-bench', now(), now() + interval '1 day')`,
      [seeded.memberId, hashToken(token)],
    );
    const headers = { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${token}; ${CSRF_COOKIE}=${CSRF}`, [CSRF_HEADER]: CSRF };
    const body = JSON.stringify({ query: HOME_QUERY });

    // Kindred's answer, and the statements its HomeRepository sends for it (text and parameters).
    const check = await fetch(first.url, { method: 'POST', headers, body });
    const queries = Number(check.headers.get(SQL_COUNT_HEADER));
    const answer = (await check.json()) as { data?: { homeThreads?: { nodes: unknown[] }; homeGroups?: unknown[] }; errors?: { message: string }[] };
    if (answer.errors?.length) problems.push(`Kindred: ${answer.errors.map((e) => e.message).join('; ')}`);
    if (answer.data?.homeThreads?.nodes.length !== LIMITS.homePageDefault) problems.push(`Kindred: expected ${LIMITS.homePageDefault} threads on the page`);
    if (answer.data?.homeGroups?.length !== 3) problems.push('Kindred: expected 3 groups');
    const captured: CapturedStatement[] = [];
    const capturing = {
      getMetadata: ds.getMetadata.bind(ds),
      query: (sql: string, params: unknown[]) => (captured.push({ sql, params }), ds.query(sql, params)),
    } as unknown as DataSource;
    const capturingPlannedOnce = { query: capturing.query } as unknown as PlannedOnceStatements;
    const home = new HomeRepository(capturing, first.app.get(PostsRepository), capturingPlannedOnce);
    await home.threads(seeded.memberId, 'all', LIMITS.homePageDefault, null);
    await home.groups(seeded.memberId);
    const [threadsSql, groupsSql] = captured as [CapturedStatement, CapturedStatement];
    say(`  Kindred answers the home page with ${queries} SQL statements (session and viewer included); the feature's own: the page of threads and the groups, one each`);
    if (problems.length) throw new Error(problems.join('\n'));

    const load = (url: string, captureHeader?: string) =>
      runLoad({ url, method: 'POST', headers, body, connections, warmupMs: warmupS * 1000, durationMs: durationS * 1000, captureHeader });

    // Kindred and the baseline in turn, `rounds` times (PGlite takes one connection: only one is up at a time).
    const kRuns: LoadResult[] = [];
    const bRuns: LoadResult[] = [];
    for (let r = 1; r <= rounds; r++) {
      say(`Measuring Kindred${rounds > 1 ? ` (round ${r} of ${rounds})` : ''}`);
      kindred ??= await bootKindred(db);
      const kr = await load(kindred.url, SQL_COUNT_HEADER);
      kRuns.push(kr);
      say(describe('Kindred', kr));
      await kindred.close();
      kindred = null;

      say(`Measuring the same SQL, bare${rounds > 1 ? ` (round ${r} of ${rounds})` : ''}`);
      const bare = await startBaseline(db.url, db.poolSize, { memberId: seeded.memberId, threads: threadsSql, groups: groupsSql, limit: LIMITS.homePageDefault });
      try {
        if (r === 1) {
          const same = (await (await fetch(bare.url, { method: 'POST', headers, body })).json()) as unknown;
          if (canonical(same) !== canonical(answer)) throw new Error(`the baseline's answer differs from Kindred's: ${canonical(same).slice(0, 300)} vs ${canonical(answer).slice(0, 300)}`);
          say(`  (the baseline's answer is the same JSON as Kindred's, from ${BASELINE_QUERIES} SQL statements; pg Pool of ${db.poolSize})`);
        }
        const br = await load(bare.url);
        bRuns.push(br);
        say(describe('baseline', br));
      } finally {
        await bare.close();
      }
    }
    const k = mergeLoads(kRuns);
    const b = mergeLoads(bRuns);
    if (rounds > 1) {
      say(`Pooled over ${rounds} rounds:`);
      say(describe('Kindred', k));
      say(describe('baseline', b));
    }

    const ratio = k.p95_ms / b.p95_ms;
    const cpuRatio = k.serverCpuMsPerRequest && b.serverCpuMsPerRequest ? b.serverCpuMsPerRequest / k.serverCpuMsPerRequest : null;
    const stable = Object.keys(k.headerValues).length === 1 && Number(Object.keys(k.headerValues)[0]) === queries;
    const errors = k.errors + k.non2xx + b.errors + b.non2xx;
    if (errors) problems.push(`${errors} requests failed during the measurements`);
    const contractOk = queries <= MAX_QUERIES && stable && ratio <= MAX_RATIO;
    say(`p95 Kindred ${fmt(k.p95_ms)} ms vs the same SQL bare ${fmt(b.p95_ms)} ms: ratio ${fmt(ratio, 2)} (lower is better, contract <= ${MAX_RATIO})`);
    say(`SQL statements per request: ${queries} (${stable ? 'the same on every request' : 'varied under load'}; contract <= ${MAX_QUERIES})`);
    say(`home contract: ${contractOk ? 'met' : 'NOT met'}`);
    for (const p of problems) say(`  problem: ${p}`);

    return {
      ok: problems.length === 0,
      result: {
        scenario: 'home',
        threads: seeded.threads,
        replies: seeded.replies,
        groups: 3,
        rps: round(k.rps, 1),
        baseline_rps: round(b.rps, 1),
        p50_ms: round(k.p50_ms),
        p95_ms: round(k.p95_ms),
        p99_ms: round(k.p99_ms),
        baseline_p95_ms: round(b.p95_ms),
        ratio: round(ratio, 3),
        cpu_ms: k.serverCpuMsPerRequest === null ? null : round(k.serverCpuMsPerRequest, 3),
        baseline_cpu_ms: b.serverCpuMsPerRequest === null ? null : round(b.serverCpuMsPerRequest, 3),
        cpu_ratio: cpuRatio === null ? null : round(cpuRatio, 3),
        queries,
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

export const home: Scenario = {
  name: 'home',
  summary: 'a signed-in member’s home (3 groups, 10,000 threads): p95 and SQL per request, vs the same SQL over bare http + pg',
  run,
};
