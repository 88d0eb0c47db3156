import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '@kindred/contracts';
import { createApp } from '../../apps/api/src/app.factory';
import { loadConfig, type AppConfig } from '../../apps/api/src/config/app-config';
import { seedCatalogueIfEmpty } from '../../apps/api/src/database/seed/catalogue.seed';
import { PostgresSearchEngine } from '../../apps/api/src/modules/search/postgres-search.engine';
import { createBenchDatabase, targetOf, type BenchDatabase } from '../lib/database';
import { say, step } from '../lib/progress';
import { Rng } from '../lib/rng';
import type { Scenario, ScenarioOptions, ScenarioOutcome } from '../lib/scenario';
import * as posts from '../lib/search-text';
import { round, summarise } from '../lib/stats';
import type { LagJob, LagResult } from './index-lag.worker';
import { buildIndex, seedCorpus, type Corpus } from './search.seed';

/**
 * index-lag: how long after a post is committed search finds it, at a steady write rate. The
 * same forum as `search` (100,000 posts, indexed); then Kindred runs with its default relay
 * (SEARCH_RELAY on, every 250 ms, 500 rows a batch) while a writer starts threads through
 * GraphQL (`startThread`, signed in, CSRF cookie and header, in a private group) at
 * `--rate` posts a second, each naming a made-up word, and a poller searches for each word as
 * another member of that group every 20 ms until the post is among the hits. No baseline.
 * Goal: lag p95 < 2 s.
 */

const SEED = 20_251_203;
const FULL = { threads: 20_000, replies: 80_000, users: 3_000 };
const QUICK = { threads: 1_000, replies: 4_000, users: 300 };
const MAX_LAG_P95_MS = 2_000;
const POLL_MS = 20;
const GIVE_UP_MS = 15_000;

async function bootKindred(db: BenchDatabase, env: Record<string, string>): Promise<{ app: NestExpressApplication; url: string; config: AppConfig }> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO_DATA: 'never', ...env });
  const app = await createApp(config, targetOf(db));
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, url: `http://127.0.0.1:${port}/graphql`, config };
}

function runClient(job: LagJob): Promise<LagResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'index-lag.worker.js'), { workerData: job });
    let settled = false;
    worker.once('message', (r: LagResult) => {
      settled = true;
      resolve(r);
    });
    worker.once('error', (e) => {
      settled = true;
      reject(e);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the index-lag client stopped early (exit code ${code})`));
    });
  });
}

const fmt = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : 'n/a');

async function run(opts: ScenarioOptions): Promise<ScenarioOutcome> {
  const size = opts.quick ? QUICK : FULL;
  const durationS = opts.durationS ?? (opts.quick ? 8 : 30);
  const warmupS = opts.warmupS ?? (opts.quick ? 1 : 3);
  const rate = opts.rate ?? 5;
  const seed = Math.round(opts.seed ?? SEED);
  const problems: string[] = [];

  const db = await createBenchDatabase(Math.round(opts.pool ?? 10));
  say(`index-lag${opts.quick ? ' (quick)' : ''}: ${db.description}`);
  say(`  libraries in production mode (NODE_ENV=${process.env.NODE_ENV}); Kindred's own config: NODE_ENV=test, LOG_LEVEL=silent`);
  say(`  ${rate} posts/s (open loop), polled every ${POLL_MS} ms; ${warmupS} s warm-up then ${durationS} s measured; seed ${seed}`);

  let app: NestExpressApplication | null = null;
  try {
    // ---- the same forum as `search`, indexed, with the relay off ------------------------------
    const seeding = await step('Booted Kindred in-process (relay off while seeding) and ran its migrations', () =>
      bootKindred(db, { SEARCH_RELAY: 'off' }),
    );
    app = seeding.app;
    const ds = app.get<DataSource>(getDataSourceToken());
    const corpus: Corpus = await step(
      `Seeded the catalogue, ${size.users} members, 48 groups, ${size.threads} threads and ${size.replies} replies`,
      async () => {
        await seedCatalogueIfEmpty(ds, (line) => process.stdout.write(`  ${line}`));
        return seedCorpus((text, params) => ds.query(text, params), { seed, ...size });
      },
    );
    const index = await step('Built the search index through the relay (relayBatch) and VACUUM ANALYZEd it', () =>
      buildIndex(ds, new PostgresSearchEngine(ds)),
    );
    say(`  ${index.documents} documents in search_documents, ${index.words} words in search_words; outbox empty`);
    await app.close();
    app = null;

    // ---- Kindred as deployed: the relay on, default interval and batch -------------------------
    const live = await step('Restarted Kindred with its default search relay', () => bootKindred(db, {}));
    app = live.app;
    const liveDs = app.get<DataSource>(getDataSourceToken());
    const { relay, relayIntervalMs, relayBatch } = live.config.search;
    if (!relay) throw new Error('the relay is off in the default configuration');
    say(`  relay every ${relayIntervalMs} ms, up to ${relayBatch} outbox rows a batch; the writer posts in a private group the searcher also belongs to`);

    const rng = new Rng(seed + 1);
    const total = Math.floor((warmupS + durationS) * rate);
    const words = Array.from({ length: total }, () => posts.uniqueWord(rng));
    const group = corpus.groups.find((g) => g.id === corpus.writer.groupId);
    const bodies = Array.from({ length: 50 }, () => posts.threadPost(rng, group?.conditionSlug ?? 'asthma'));
    const csrf = randomBytes(24).toString('base64url');
    say(`Writing and searching for ${total} posts (e.g. "Checking in: ${words[0]}")`);
    const result = await runClient({
      url: live.url,
      writerHeaders: { cookie: `${SESSION_COOKIE}=${corpus.writer.token}; ${CSRF_COOKIE}=${csrf}`, [CSRF_HEADER]: csrf },
      searcherHeaders: { cookie: `${SESSION_COOKIE}=${corpus.searcher.token}` },
      groupId: corpus.writer.groupId,
      words,
      bodies,
      ratePerS: rate,
      warmupMs: warmupS * 1000,
      durationMs: durationS * 1000,
      pollMs: POLL_MS,
      giveUpMs: GIVE_UP_MS,
    });

    // ---- result -----------------------------------------------------------------------------
    const measured = result.posts.filter((p) => p.measured);
    const written = measured.filter((p) => p.writeMs !== null);
    const found = written.filter((p) => p.lagMs !== null);
    const failedWrites = measured.length - written.length;
    const lost = written.length - found.length;
    const errors = result.posts.filter((p) => p.error);
    if (failedWrites) problems.push(`${failedWrites} writes failed, e.g. ${measured.find((p) => p.writeMs === null)?.error}`);
    if (lost) problems.push(`${lost} posts were not found within ${GIVE_UP_MS / 1000} s`);
    if (errors.length && !failedWrites) say(`  note: ${errors.length} posts saw an error along the way, e.g. ${errors[0]?.error}`);
    const lag = summarise(Float64Array.from(found.map((p) => p.lagMs as number)), result.seconds);
    const write = summarise(Float64Array.from(written.map((p) => p.writeMs as number)), result.seconds);
    const poll = summarise(Float64Array.from(result.pollLatenciesMs), result.seconds);
    const polls = found.reduce((n, p) => n + p.polls, 0) / Math.max(1, found.length);
    const writesPerS = written.length / result.seconds;
    const [{ waiting }] = (await liveDs.query(`SELECT count(*)::int AS waiting FROM search_outbox`)) as { waiting: number }[];
    const fullSize = !opts.quick && size.threads + size.replies >= 100_000;
    const lagOk = found.length > 0 && lag.p95_ms < MAX_LAG_P95_MS;
    const contractOk = fullSize && lagOk && lost === 0 && failedWrites === 0;

    say(`  ${written.length} posts written in the ${durationS} s window (${fmt(writesPerS, 2)}/s), ${found.length} found, ${lost} not found; outbox now ${waiting}`);
    say(`  write (startThread round trip): p50 ${fmt(write.p50_ms, 1)} ms  p95 ${fmt(write.p95_ms, 1)} ms`);
    say(`  search poll round trip: p50 ${fmt(poll.p50_ms, 1)} ms  p95 ${fmt(poll.p95_ms, 1)} ms; ${fmt(polls, 1)} polls per post on average`);
    say(
      `Lag from commit to found: p50 ${fmt(lag.p50_ms, 0)} ms  p95 ${fmt(lag.p95_ms, 0)} ms  p99 ${fmt(lag.p99_ms, 0)} ms  max ${fmt(lag.max_ms, 0)} ms ` +
        `(goal p95 < ${MAX_LAG_P95_MS} ms: ${lagOk ? 'OK' : 'FAIL'}; lower is better)`,
    );
    if (!fullSize) say('(quick: not the contract\'s 100,000 posts, so contract_ok is false)');
    say(`index-lag contract: ${contractOk ? 'met' : 'NOT met'}`);
    for (const p of problems) say(`  problem: ${p}`);

    return {
      ok: problems.length === 0,
      result: {
        scenario: 'index-lag',
        writes_per_s: round(writesPerS, 2),
        lag_p50_ms: round(lag.p50_ms, 1),
        lag_p95_ms: round(lag.p95_ms, 1),
        lag_p99_ms: round(lag.p99_ms, 1),
        lag_max_ms: round(lag.max_ms, 1),
        lag_mean_ms: round(lag.mean_ms, 1),
        posts_written: written.length,
        posts_found: found.length,
        posts_lost: lost,
        failed_writes: failedWrites,
        write_p50_ms: round(write.p50_ms),
        write_p95_ms: round(write.p95_ms),
        poll_p50_ms: round(poll.p50_ms),
        poll_p95_ms: round(poll.p95_ms),
        poll_interval_ms: POLL_MS,
        relay_interval_ms: relayIntervalMs,
        relay_batch: relayBatch,
        docs: index.documents,
        posts: corpus.threads + corpus.replies,
        contract_ok: contractOk,
        engine: db.engine,
        pool: db.poolSize,
        duration_s: durationS,
        warmup_s: warmupS,
        quick: opts.quick,
      },
    };
  } finally {
    if (app) await app.close();
    await db.drop();
  }
}

export const indexLag: Scenario = {
  name: 'index-lag',
  summary: 'time from a post\'s commit (GraphQL startThread) until search finds it, at a steady write rate (--rate)',
  run,
};
