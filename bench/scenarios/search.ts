import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SESSION_COOKIE } from '@kindred/contracts';
import { createApp } from '../../apps/api/src/app.factory';
import { SQL_COUNT_HEADER } from '../../apps/api/src/common/database/query-counter';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { seedCatalogueIfEmpty } from '../../apps/api/src/database/seed/catalogue.seed';
import { PostgresSearchEngine } from '../../apps/api/src/modules/search/postgres-search.engine';
import type { EngineQuery, EngineResult, SearchAccess } from '../../apps/api/src/modules/search/search-engine.port';
import { SearchService } from '../../apps/api/src/modules/search/search.service';
import { adminQuery, createBenchDatabase, targetOf, type BenchDatabase } from '../lib/database';
import { mergeLoads, runLoad, type LoadResult } from '../lib/load';
import { describeProfile, saveProfile, startProfiling, summariseProfile } from '../lib/profile';
import { say, step } from '../lib/progress';
import type { Scenario, ScenarioOptions, ScenarioOutcome } from '../lib/scenario';
import { percentile, round } from '../lib/stats';
import { runEngineLoad, startEngineBaseline } from './search.baseline';
import { explainEngineQuery, saveExplains } from './search.explain';
import { benchQueries, describeQuery, QUERY_CLASSES, SEARCH_QUERY, toEngineQuery, type BenchQuery, type QueryClass } from './search.queries';
import { buildIndex, seedCorpus, type Corpus } from './search.seed';

/**
 * search: the GraphQL `search` query a signed-in member makes (access filtering over their
 * private groups, a page of 20 hits with snippets, every facet with labels), over 100,000
 * posts, with a rotation of 20 queries (common words, rare words, misspellings, several words,
 * facet filters). The baseline is the PostgreSQL engine itself, called in-process with the
 * same engine queries. Goals: p95 <= 50 ms on PostgreSQL, and Kindred's p95 at most 1.5 × the
 * engine's (ratio <= 1.5; lower is better).
 *
 * Kindred and the baseline are measured one after the other with the same closed-loop
 * concurrency, only one of them up at a time (PGlite takes a single connection).
 */

const SEED = 20_251_203;
const FULL = { threads: 20_000, replies: 80_000, users: 3_000 };
const QUICK = { threads: 1_000, replies: 4_000, users: 300 };
const MAX_P95_MS = 50;
const MAX_RATIO = 1.5;

interface Running {
  app: NestExpressApplication;
  url: string;
  close(): Promise<void>;
}

/** The real API in this process, as the integration tests boot it; the relay off (the index is built before measuring). */
async function bootKindred(db: BenchDatabase): Promise<Running> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO_DATA: 'never', SEARCH_RELAY: 'off' });
  const app = await createApp(config, targetOf(db));
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, url: `http://127.0.0.1:${port}/graphql`, close: () => app.close() };
}

interface KindredAnswer {
  total: number;
  correctedQuery: string | null;
  engine: string;
  hits: { id: string; groupId: string | null }[];
  facets: Record<string, { value: string; count: number }[]>;
}

async function ask(url: string, cookie: string, q: BenchQuery): Promise<{ answer: KindredAnswer; sql: number | null; bytes: number }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query: SEARCH_QUERY, variables: { i: q.input } }),
  });
  const text = await res.text();
  const body = JSON.parse(text) as { data?: { search?: KindredAnswer }; errors?: { message: string }[] };
  if (res.status !== 200 || body.errors?.length || !body.data?.search) {
    throw new Error(`Kindred could not search ${describeQuery(q)}: HTTP ${res.status} ${text.slice(0, 300)}`);
  }
  const sql = res.headers.get(SQL_COUNT_HEADER);
  return { answer: body.data.search, sql: sql === null ? null : Number(sql), bytes: Buffer.byteLength(text) };
}

/** Where Kindred's answer and the engine's differ ('' when they are the same results). */
function difference(k: KindredAnswer, e: EngineResult): string {
  if (k.total !== e.total) return `total ${k.total} vs ${e.total}`;
  if ((k.correctedQuery ?? null) !== (e.correctedText ?? null)) return `corrected ${k.correctedQuery} vs ${e.correctedText}`;
  const kIds = k.hits.map((h) => h.id).join(',');
  const eIds = e.hits.map((h) => h.id).join(',');
  if (kIds !== eIds) return `hits ${kIds.slice(0, 120)} vs ${eIds.slice(0, 120)}`;
  for (const f of ['type', 'condition', 'group', 'kind', 'tag'] as const) {
    const a = JSON.stringify((k.facets[f] ?? []).map((x) => [x.value, x.count]));
    const b = JSON.stringify(e.facets[f].map((x) => [x.value, x.count]));
    if (a !== b) return `facet ${f}: ${a.slice(0, 120)} vs ${b.slice(0, 120)}`;
  }
  return '';
}

const fmt = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : 'n/a');

function describe(label: string, r: LoadResult): string {
  return (
    `  ${label.padEnd(8)} ${fmt(r.rps).padStart(7)} searches/s  p50 ${fmt(r.p50_ms, 2)} ms  p95 ${fmt(r.p95_ms, 2)} ms  ` +
    `p99 ${fmt(r.p99_ms, 2)} ms  max ${fmt(r.max_ms, 1)} ms  (${r.requests} searches, ${r.errors + r.non2xx} errors` +
    `${r.firstError ? ` e.g. ${r.firstError}` : ''}` +
    `${r.serverCpuMsPerRequest !== null ? `, main thread CPU ${fmt(r.serverCpuMsPerRequest, 2)} ms/search` : ''})`
  );
}

/** Latency percentiles of the measured requests whose body index satisfies `keep`. */
function subset(r: LoadResult, keep: (index: number) => boolean): { n: number; p50: number; p95: number } {
  const picked: number[] = [];
  for (let i = 0; i < r.latenciesMs.length; i++) if (keep(r.bodyIndexes[i] as number)) picked.push(r.latenciesMs[i] as number);
  const sorted = Float64Array.from(picked).sort();
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/**
 * `SEARCH_BENCH_REUSE=1` (PostgreSQL only): the seeded, indexed data is kept in a template
 * database named after the seed and sizes, and later runs start from a copy of it (a few
 * seconds instead of minutes of seeding). Migrations added since still run when Kindred boots
 * on the copy, and whatever they put in the outbox is indexed before measuring. Drop the
 * template (`DROP DATABASE kindred_search_tmpl_…`) to seed afresh.
 */
const REUSE = process.env.SEARCH_BENCH_REUSE === '1';
const CORPUS_TABLE = 'bench_search_corpus';

/** Replaces the (empty) bench database by a copy of the template; false when there is no template yet. */
async function copyTemplate(db: BenchDatabase, template: string): Promise<boolean> {
  if (!(await adminQuery(`SELECT 1 FROM pg_database WHERE datname = '${template}'`)).length) return false;
  await adminQuery(`DROP DATABASE ${db.name}`);
  await adminQuery(`CREATE DATABASE ${db.name} TEMPLATE ${template}`);
  return true;
}

async function run(opts: ScenarioOptions): Promise<ScenarioOutcome> {
  const size = opts.quick ? QUICK : FULL;
  const durationS = opts.durationS ?? (opts.quick ? 3 : 10);
  const warmupS = opts.warmupS ?? (opts.quick ? 1 : 2);
  const connections = Math.round(opts.connections ?? 4);
  const seed = Math.round(opts.seed ?? SEED);
  const rounds = Math.round(opts.rounds ?? 1);
  const problems: string[] = [];

  const db = await createBenchDatabase(Math.round(opts.pool ?? 10));
  say(`search${opts.quick ? ' (quick)' : ''}: ${db.description}`);
  say(`  libraries in production mode (NODE_ENV=${process.env.NODE_ENV}); Kindred's own config: NODE_ENV=test, LOG_LEVEL=silent, SEARCH_RELAY=off`);
  say(`  ${connections} concurrent searches, closed loop, ${warmupS} s warm-up then ${durationS} s per measurement${rounds > 1 ? `, ${rounds} rounds` : ''}; seed ${seed}`);

  let kindred: Running | null = null;
  try {
    // ---- boot, seed, index ------------------------------------------------------------------
    const template = `kindred_search_tmpl_${seed}_${size.threads}_${size.replies}_${size.users}`;
    const reuse = REUSE && db.engine === 'postgres';
    const copied = reuse && (await step(`Looked for the seeded template ${template}`, () => copyTemplate(db, template)));
    if (reuse) say(copied ? `  started from a copy of ${template}` : `  no template yet: seeding, then keeping a copy as ${template}`);
    let first = await step('Booted Kindred in-process and ran its migrations', () => bootKindred(db));
    kindred = first;
    let ds = first.app.get<DataSource>(getDataSourceToken());
    let corpus: Corpus;
    if (copied) {
      const [row] = (await ds.query(`SELECT corpus FROM ${CORPUS_TABLE}`)) as { corpus: Corpus }[];
      corpus = row!.corpus;
      await ds.query(`UPDATE sessions SET expires_at = now() + interval '1 day' WHERE user_agent = 'kindred-bench search'`);
    } else {
      corpus = await step(`Seeded the catalogue, ${size.users} members, 48 groups, ${size.threads} threads and ${size.replies} replies`, async () => {
        await seedCatalogueIfEmpty(ds, (line) => process.stdout.write(`  ${line}`));
        return seedCorpus((text, params) => ds.query(text, params), { seed, ...size });
      });
    }
    const privateGroups = corpus.groups.filter((g) => g.visibility === 'private');
    say(
      `  ${corpus.memberships} memberships; ${privateGroups.length} of ${corpus.groups.length} groups private, holding ` +
        `${privateGroups.reduce((n, g) => n + g.posts, 0)} of ${corpus.threads + corpus.replies} posts`,
    );
    const index = await step('Built the search index through the relay (relayBatch, 1,000 outbox rows a batch) and VACUUM ANALYZEd it', () =>
      buildIndex(ds, new PostgresSearchEngine(ds)),
    );
    if (reuse && !copied) {
      await ds.query(`CREATE TABLE ${CORPUS_TABLE} (corpus jsonb NOT NULL)`);
      await ds.query(`INSERT INTO ${CORPUS_TABLE} (corpus) VALUES ($1::jsonb)`, [JSON.stringify(corpus)]);
      await step(`Kept the seeded database as ${template}`, async () => {
        await first.close();
        kindred = null;
        await adminQuery(`CREATE DATABASE ${template} TEMPLATE ${db.name}`);
        first = await bootKindred(db);
        kindred = first;
        ds = first.app.get<DataSource>(getDataSourceToken());
      });
    }
    const [{ waiting }] = (await ds.query(`SELECT count(*)::int AS waiting FROM search_outbox`)) as { waiting: number }[];
    if (waiting !== 0) throw new Error(`${waiting} rows still in the outbox after indexing`);
    say(`  ${index.documents} documents in search_documents (posts plus the catalogue), ${index.words} words in search_words; outbox empty`);

    // ---- the searcher, the queries, Kindred's answers ---------------------------------------------
    const cookie = `${SESSION_COOKIE}=${corpus.searcher.token}`;
    const searcherUser = { id: corpus.searcher.id, handle: corpus.searcher.handle, role: 'member' as const, clinicianStatus: null, sessionId: '' };
    const access: SearchAccess = await first.app.get(SearchService).access(searcherUser);
    // What SearchService hands the engine for this searcher (PostgreSQL: their id, the lists read in the search statement).
    const engineAccess = await first.app.get(SearchService).engineAccess(searcherUser);
    say(
      `  searcher: ${corpus.searcher.handle}, a member of ${access.memberOf.length} groups (${corpus.searcher.privateGroupIds.length} private), moderator of ${access.moderates.length}`,
    );
    const queries = benchQueries(corpus);
    const engineQueries: EngineQuery[] = queries.map((q) => toEngineQuery(q.input, engineAccess));
    const answers: KindredAnswer[] = [];
    let sqlPerSearch: number | null = null;
    const allowedGroups = new Set([...corpus.groups.filter((g) => g.visibility === 'public').map((g) => g.id), ...access.memberOf]);
    say(`Kindred's answers (as ${corpus.searcher.handle}):`);
    for (const q of queries) {
      const { answer, sql, bytes } = await ask(first.url, cookie, q);
      answers.push(answer);
      sqlPerSearch = sql;
      if (answer.engine !== 'postgres') problems.push(`search engine is ${answer.engine}, not postgres`);
      const leaked = answer.facets.group?.filter((f) => !allowedGroups.has(f.value) && corpus.groups.some((g) => g.id === f.value));
      if (leaked?.length) problems.push(`${describeQuery(q)}: results from private groups the searcher is not in`);
      if (answer.total === 0) problems.push(`${describeQuery(q)}: no results`);
      say(
        `  ${q.cls.padEnd(10)} ${describeQuery(q).padEnd(58)} ${String(answer.total).padStart(6)} results` +
          `${answer.correctedQuery ? `, corrected to "${answer.correctedQuery}"` : ''} (${(bytes / 1024).toFixed(1)} KiB, ${sql ?? '?'} SQL)`,
      );
    }
    for (const q of queries.filter((x) => x.cls === 'misspelt')) {
      if (!answers[queries.indexOf(q)]?.correctedQuery) problems.push(`${describeQuery(q)} was not corrected`);
    }
    // Access filtering is real: what the searcher may see of a common word, against everyone's view.
    {
      const probeEngine = new PostgresSearchEngine(ds);
      const q = engineQueries[0] as EngineQuery;
      const all = await probeEngine.search({ ...q, access: { ...access, memberOf: [], moderates: [], everything: true } });
      const visitor = await probeEngine.search({ ...q, access: { ...access, memberOf: [], moderates: [], everything: false } });
      say(
        `  access: "${q.text}" matches ${all.total} documents in all; an anonymous visitor may see ${visitor.total}, ` +
          `the searcher ${answers[0]?.total} (their private groups' posts included)`,
      );
    }
    if (problems.length) throw new Error(problems.join('\n'));

    // ---- measure: Kindred, then the engine on its own -----------------------------------------------
    const bodies = queries.map((q) => JSON.stringify({ query: SEARCH_QUERY, variables: { i: q.input } }));
    const kRuns: LoadResult[] = [];
    const bRuns: LoadResult[] = [];
    let baselineChecked = false;
    for (let r = 1; r <= rounds; r++) {
      const profiling = opts.profile && r === 1;
      say(`Measuring${rounds > 1 ? ` (round ${r} of ${rounds})` : ''}`);
      kindred ??= await bootKindred(db);
      const stopProfiling = profiling ? await startProfiling() : null;
      const k = await runLoad({
        url: kindred.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: bodies[0] as string,
        bodies,
        connections,
        warmupMs: warmupS * 1000,
        durationMs: durationS * 1000,
        captureHeader: SQL_COUNT_HEADER,
      });
      kRuns.push(k);
      say(describe('Kindred', k));
      if (stopProfiling) {
        const profile = await stopProfiling();
        const file = saveProfile(profile, 'search-kindred');
        say(`  CPU profile of Kindred's thread (${file}):`);
        for (const line of describeProfile(summariseProfile(profile), k.requests, { plural: 'searches', short: 'search' })) say(line);
      }
      // PGlite takes one connection: Kindred's pool must be gone before the baseline's connects.
      await kindred.close();
      kindred = null;

      const bare = await startEngineBaseline(targetOf(db));
      try {
        if (!baselineChecked) {
          for (const [i, q] of queries.entries()) {
            const diff = difference(answers[i] as KindredAnswer, await bare.engine.search(engineQueries[i] as EngineQuery));
            if (diff) problems.push(`${describeQuery(q)}: Kindred and the engine disagree: ${diff}`);
          }
          if (problems.length) throw new Error(problems.join('\n'));
          say(`  (the engine's results, called directly, are Kindred's: same totals, hits, order, corrections and facet counts)`);
          baselineChecked = true;
        }
        const b = await runEngineLoad(bare.engine, engineQueries, { connections, warmupMs: warmupS * 1000, durationMs: durationS * 1000 });
        bRuns.push(b);
        say(describe('engine', b));
        if (rounds > 1) say(`  ratio this round: ${fmt(k.p95_ms / b.p95_ms, 2)}`);
      } finally {
        await bare.close();
      }
    }
    const k = mergeLoads(kRuns);
    const b = mergeLoads(bRuns);
    if (rounds > 1) {
      say(`Pooled over ${rounds} rounds:`);
      say(describe('Kindred', k));
      say(describe('engine', b));
    }

    // ---- by query class and by query ----------------------------------------------------------
    const classes: Record<string, { p50_ms: number; p95_ms: number; baseline_p95_ms: number }> = {};
    say('p50 / p95 by query class, Kindred | engine (ms):');
    for (const cls of QUERY_CLASSES) {
      const inClass = (i: number) => queries[i]?.cls === cls;
      const kc = subset(k, inClass);
      const bc = subset(b, inClass);
      classes[cls] = { p50_ms: round(kc.p50), p95_ms: round(kc.p95), baseline_p95_ms: round(bc.p95) };
      say(`  ${cls.padEnd(10)} ${fmt(kc.p50, 1).padStart(6)} / ${fmt(kc.p95, 1).padStart(6)}  |  ${fmt(bc.p50, 1).padStart(6)} / ${fmt(bc.p95, 1).padStart(6)}   (${kc.n} | ${bc.n} searches)`);
    }
    say('p95 by query, Kindred | engine (ms):');
    const slowest: { q: BenchQuery; p95: number }[] = [];
    for (const [i, q] of queries.entries()) {
      const kq = subset(k, (x) => x === i);
      const bq = subset(b, (x) => x === i);
      slowest.push({ q, p95: kq.p95 });
      say(`  ${q.cls.padEnd(10)} ${describeQuery(q).padEnd(58)} ${fmt(kq.p95, 1).padStart(6)} | ${fmt(bq.p95, 1).padStart(6)}   (${answers[i]?.total} results)`);
    }

    // ---- where the engine's time goes (--profile) ---------------------------------------------
    if (opts.profile) {
      const bare = await startEngineBaseline({ ...targetOf(db), poolSize: 1 });
      try {
        say('EXPLAIN ANALYZE of the engine\'s SQL, one run per query (slowest plan nodes by self time):');
        const sections: string[] = [];
        for (const [i, q] of queries.entries()) {
          const plans = await explainEngineQuery(bare.db, engineQueries[i] as EngineQuery);
          for (const p of plans) {
            sections.push(`==== ${q.cls}: ${describeQuery(q)} — ${p.label}: ${fmt(p.executionMs, 2)} ms\n${p.text}`);
            const nodes = p.slowest.map((n) => `${n.node} ${fmt(n.selfMs, 1)} ms (${n.rows}×${n.loops})`).join('; ');
            say(`  ${q.cls.padEnd(10)} ${describeQuery(q).padEnd(40)} ${p.label.padEnd(22)} ${fmt(p.executionMs, 1).padStart(6)} ms  ${nodes}`);
          }
        }
        say(`  plans: ${saveExplains('search-explain', sections)}`);
      } finally {
        await bare.close();
      }
    }

    // ---- result -----------------------------------------------------------------------------
    const ratio = k.p95_ms / b.p95_ms;
    const errors = k.errors + k.non2xx + b.errors;
    if (errors) problems.push(`${errors} searches failed during the measurements`);
    const fullSize = !opts.quick && size.threads + size.replies >= 100_000;
    const p95Ok = db.engine === 'postgres' ? k.p95_ms <= MAX_P95_MS : null;
    const ratioOk = ratio <= MAX_RATIO;
    const contractOk = fullSize && ratioOk && p95Ok !== false;
    const sqlValues = Object.keys(k.headerValues);
    say(
      `Kindred p95 ${fmt(k.p95_ms, 1)} ms (goal <= ${MAX_P95_MS} ms on PostgreSQL: ` +
        `${p95Ok === null ? 'not applicable on PGlite' : p95Ok ? 'OK' : 'FAIL'}); engine p95 ${fmt(b.p95_ms, 1)} ms`,
    );
    say(`p95 ratio Kindred/engine (lower is better, goal <= ${MAX_RATIO}): ${fmt(ratio, 2)} (${ratioOk ? 'OK' : 'FAIL'})`);
    say(`SQL statements per Kindred search: ${sqlValues.map((v) => `${v}×${k.headerValues[v]}`).join(', ') || sqlPerSearch}`);
    if (!fullSize) say('(quick: not the contract\'s 100,000 posts, so contract_ok is false)');
    const worst = slowest.sort((x, y) => y.p95 - x.p95).slice(0, 3);
    say(`Slowest queries at p95: ${worst.map((w) => `${describeQuery(w.q)} ${fmt(w.p95, 1)} ms`).join('; ')}`);
    say(`search contract: ${contractOk ? 'met' : 'NOT met'}`);
    for (const p of problems) say(`  problem: ${p}`);

    return {
      ok: problems.length === 0,
      result: {
        scenario: 'search',
        docs: index.documents,
        posts: corpus.threads + corpus.replies,
        p50_ms: round(k.p50_ms),
        p95_ms: round(k.p95_ms),
        p99_ms: round(k.p99_ms),
        baseline_p50_ms: round(b.p50_ms),
        baseline_p95_ms: round(b.p95_ms),
        ratio: round(ratio, 3),
        rps: round(k.rps, 1),
        baseline_rps: round(b.rps, 1),
        cpu_ms: k.serverCpuMsPerRequest === null ? null : round(k.serverCpuMsPerRequest, 3),
        baseline_cpu_ms: b.serverCpuMsPerRequest === null ? null : round(b.serverCpuMsPerRequest, 3),
        classes: classes as Record<QueryClass, unknown>,
        queries: queries.length,
        sql_per_search: sqlValues.length === 1 ? Number(sqlValues[0]) : sqlPerSearch,
        errors,
        p95_ok: p95Ok,
        ratio_ok: ratioOk,
        contract_ok: contractOk,
        engine: db.engine,
        search_engine: 'postgres',
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

export const search: Scenario = {
  name: 'search',
  summary: 'GraphQL search (access-filtered, facets) over 100k posts, rotating queries, vs the PostgreSQL engine called directly',
  run,
};
