import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { publishCount, publishGroup, SESSION_COOKIE, snapToWeeks, type DisclosureConfig } from '@kindred/contracts';
import { createApp } from '../../apps/api/src/app.factory';
import { SQL_COUNT_HEADER } from '../../apps/api/src/common/database/query-counter';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { seedCatalogueIfEmpty } from '../../apps/api/src/database/seed/catalogue.seed';
import { ConsentsService } from '../../apps/api/src/modules/consents/consents.service';
import { DURATION_BANDS } from '../../apps/api/src/modules/insights/insights-rollup';
import { createBenchDatabase, targetOf, type BenchDatabase } from '../lib/database';
import { mergeLoads, runLoad, type LoadResult } from '../lib/load';
import { describeProfile, saveProfile, startProfiling, summariseProfile } from '../lib/profile';
import { say, step } from '../lib/progress';
import type { Scenario, ScenarioOptions, ScenarioOutcome } from '../lib/scenario';
import { percentile, round, summarise } from '../lib/stats';
import { BASELINE_SQL, runSqlLoad, type BaselineRow, type SqlLoadResult } from './insights.baseline';
import { buildRollups, EPOCH, seedInsights, type SeededInsights } from './insights.seed';
import { byShape, explainReplay, shape, traceSql, type ExplainedStatement, type TracedStatement } from './insights.sql-trace';

/**
 * insights: a verified clinician's dashboard (GraphQL `conditionInsights`, the web page's query)
 * for the condition with the most experience reports, over 52 whole weeks (four ranges in
 * rotation), closed loop with a few concurrent clinicians; against one hand-written SQL
 * aggregate over the raw reports table for the same condition and ranges, at the same
 * concurrency. Contract: Kindred's p95 ≤ 100 ms over 1,000,000 reports; `ratio` = Kindred p95 /
 * baseline p95 (lower is better).
 */

/** The web client's dashboard query (apps/web/src/modules/insights/graphql/insights.graphql), fragments inlined. */
export const DASHBOARD_QUERY = `query ConditionInsights($condition: String!, $from: DateTime!, $to: DateTime!) {
  conditionInsights(condition: $condition, from: $from, to: $to) {
    condition { id slug name } from to weeks threshold roundingBase computedAt
    interventions {
      intervention { id slug name category }
      members { value suppressed display }
      medianDuration
      effectiveness { key label percent count { value suppressed display } }
      adherence { key label percent count { value suppressed display } }
      burden { key label percent count { value suppressed display } }
      durationBands { key label percent count { value suppressed display } }
      sideEffects { name percent members { value suppressed display } severity { key label percent count { value suppressed display } } }
    }
    activity { weekStart threads { value suppressed display } replies { value suppressed display } reports { value suppressed display } }
    topTags { key label change current { value suppressed display } previous { value suppressed display } }
    topInterventions { key label change current { value suppressed display } previous { value suppressed display } }
  }
}`;

const SEED = 20_251_127;
const CONTRACT_P95_MS = 100;
const WEEKS = 52;
/** The measured ranges end this many weeks before the data's last week (rotated). */
const RANGE_SHIFTS = [0, 4, 9, 13];
/** Consent withdrawals timed (fewer in a quick run). */
const WITHDRAWALS = { full: 5, quick: 3 };

const SIZES = {
  full: { reports: 1_000_000, members: 300_000, threads: 20_000, replies: 100_000, conditionLimit: undefined },
  quick: { reports: 50_000, members: 15_000, threads: 1_000, replies: 5_000, conditionLimit: 12 },
} as const;

const fmt = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : 'n/a');
const DAY = 86_400_000;

interface Range {
  from: string;
  to: string;
  /** The whole weeks [from, to) the dashboard covers. */
  fromDate: Date;
  toDate: Date;
}

/** 52 whole weeks ending `shift` weeks before the week of EPOCH; `to` is the last day (a Sunday), as the web page sends it. */
function range(shift: number): Range {
  const end = EPOCH - shift * 7 * DAY; // a Monday, exclusive
  const start = end - WEEKS * 7 * DAY;
  const p = snapToWeeks(new Date(start), new Date(end - DAY));
  return { from: new Date(start).toISOString(), to: new Date(end - DAY).toISOString(), fromDate: p.from, toDate: p.to };
}

interface Running {
  app: NestExpressApplication;
  ds: DataSource;
  url: string;
  close(): Promise<void>;
}

/** The real API in this process, as the integration tests boot it; no background refresher or search relay in the way. */
async function bootKindred(db: BenchDatabase): Promise<Running> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO_DATA: 'never',
    SEARCH_RELAY: 'off',
    // The dashboard refreshes its own condition's dirty cells before answering; the background
    // refresher (every 2 s by default) would only compete with the seeding.
    INSIGHTS_REFRESH_MS: '3600000',
  });
  const app = await createApp(config, targetOf(db));
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, ds: app.get<DataSource>(getDataSourceToken()), url: `http://127.0.0.1:${port}/graphql`, close: () => app.close() };
}

interface Cell {
  value: number | null;
  suppressed: boolean;
  display: string;
}
interface Share {
  key: string;
  count: Cell;
  percent: number | null;
}
interface Dashboard {
  condition: { slug: string };
  weeks: number;
  threshold: number;
  roundingBase: number;
  interventions: {
    intervention: { id: string; slug: string; name: string };
    members: Cell;
    medianDuration: string | null;
    effectiveness: Share[];
    adherence: Share[];
    burden: Share[];
    sideEffects: { name: string; members: Cell }[];
  }[];
  activity: unknown[];
  topTags: unknown[];
  topInterventions: unknown[];
}

const body = (conditionSlug: string, r: Range) => JSON.stringify({ query: DASHBOARD_QUERY, variables: { condition: conditionSlug, from: r.from, to: r.to } });

async function ask(url: string, cookie: string, conditionSlug: string, r: Range): Promise<{ d: Dashboard; sql: number | null; bytes: number; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: body(conditionSlug, r) });
  const text = await res.text();
  const ms = performance.now() - t0;
  const json = JSON.parse(text) as { data?: { conditionInsights?: Dashboard }; errors?: { message: string }[] };
  if (res.status !== 200 || json.errors?.length || !json.data?.conditionInsights) {
    throw new Error(`Kindred's dashboard failed: HTTP ${res.status} ${text.slice(0, 400)}`);
  }
  const sql = res.headers.get(SQL_COUNT_HEADER);
  return { d: json.data.conditionInsights, sql: sql === null ? null : Number(sql), bytes: Buffer.byteLength(text), ms };
}

/** The band label Kindred gives a number of weeks (insights.service.ts bandLabel). */
function bandOf(weeks: number): string {
  let i = DURATION_BANDS.length - 1;
  while (i > 0 && weeks < (DURATION_BANDS[i] as number)) i--;
  const lo = DURATION_BANDS[i] as number;
  const hi = DURATION_BANDS[i + 1];
  return hi === undefined ? `${lo}+ weeks` : `${lo}–${hi - 1} weeks`;
}

/**
 * Checks the baseline against the rollups (raw counts must be equal) and against Kindred's
 * published answer (the disclosure rules applied to the baseline's counts must give Kindred's
 * cells). Returns the problems found.
 */
async function crossCheck(ds: DataSource, conditionId: string, r: Range, kindred: Dashboard, rows: BaselineRow[]): Promise<string[]> {
  const problems: string[] = [];
  const rollup: (Record<string, number> & { intervention_id: string })[] = await ds.query(
    `SELECT intervention_id, sum(members)::int AS members, sum(eff_major)::int AS major, sum(eff_moderate)::int AS moderate,
            sum(eff_slight)::int AS slight, sum(eff_none)::int AS none, sum(eff_cant_tell)::int AS cant_tell,
            sum(adh_as_intended)::int AS as_intended, sum(adh_mostly)::int AS mostly, sum(adh_sometimes)::int AS sometimes,
            sum(adh_rarely)::int AS rarely, sum(adh_stopped)::int AS stopped, sum(burden_none)::int AS b_none,
            sum(burden_low)::int AS b_low, sum(burden_moderate)::int AS b_moderate, sum(burden_high)::int AS b_high
       FROM insight_report_weeks WHERE condition_id = $1 AND week >= $2::date AND week < $3::date GROUP BY 1`,
    [conditionId, r.fromDate, r.toDate],
  );
  const sides: { intervention_id: string; name: string; members: number; mild: number; moderate: number; severe: number }[] = await ds.query(
    `SELECT intervention_id, name, sum(members)::int AS members, sum(mild)::int AS mild, sum(moderate)::int AS moderate, sum(severe)::int AS severe
       FROM insight_side_effect_weeks WHERE condition_id = $1 AND week >= $2::date AND week < $3::date GROUP BY 1, 2`,
    [conditionId, r.fromDate, r.toDate],
  );
  const keys = ['members', 'major', 'moderate', 'slight', 'none', 'cant_tell', 'as_intended', 'mostly', 'sometimes', 'rarely', 'stopped', 'b_none', 'b_low', 'b_moderate', 'b_high'] as const;
  if (rollup.length !== rows.length) problems.push(`rollups list ${rollup.length} interventions, the baseline ${rows.length}`);
  const cfg: DisclosureConfig = { threshold: kindred.threshold, base: kindred.roundingBase };
  for (const b of rows) {
    const w = rollup.find((x) => x.intervention_id === b.intervention_id);
    const diff = keys.filter((k) => w?.[k] !== b[k]);
    if (diff.length) problems.push(`${b.slug}: rollups and baseline differ in ${diff.map((k) => `${k} (${w?.[k]} vs ${b[k]})`).join(', ')}`);
    const bs = new Map(b.side_effects.map((s) => [s.name, s]));
    const ws = sides.filter((s) => s.intervention_id === b.intervention_id);
    if (ws.length !== bs.size) problems.push(`${b.slug}: ${ws.length} side effect names in the rollups, ${bs.size} in the baseline`);
    for (const s of ws) {
      const o = bs.get(s.name);
      if (!o || o.members !== s.members || o.mild !== s.mild || o.moderate !== s.moderate || o.severe !== s.severe) {
        problems.push(`${b.slug}: side effect "${s.name}" differs (${JSON.stringify(s)} vs ${JSON.stringify(o)})`);
        break;
      }
    }
    // Kindred's published cells are the disclosure rules applied to these counts.
    const k = kindred.interventions.find((i) => i.intervention.id === b.intervention_id);
    if (!k) {
      problems.push(`${b.slug}: in the baseline, not in Kindred's answer`);
      continue;
    }
    const members = publishCount(b.members, cfg);
    if (k.members.value !== members.value || k.members.suppressed !== members.suppressed) {
      problems.push(`${b.slug}: Kindred shows ${k.members.display} members, the baseline's ${b.members} publish as ${members.value}`);
    }
    const eff = publishGroup([b.major, b.moderate, b.slight, b.none, b.cant_tell], b.members, cfg);
    if (JSON.stringify(eff.cells) !== JSON.stringify(k.effectiveness.map((e) => ({ value: e.count.value, suppressed: e.count.suppressed })))) {
      problems.push(`${b.slug}: Kindred's effectiveness cells are not the baseline's counts published`);
    }
    if (!members.suppressed && k.medianDuration !== bandOf(b.median_weeks)) {
      problems.push(`${b.slug}: Kindred's median band ${k.medianDuration}, the baseline's median ${b.median_weeks} weeks (${bandOf(b.median_weeks)})`);
    }
  }
  return problems;
}

function describeHttp(label: string, r: LoadResult): string {
  const values = Object.keys(r.headerValues);
  const sql = values.map((v) => (values.length > 1 ? `${v}×${r.headerValues[v]}` : v)).join(', ');
  return (
    `  ${label.padEnd(8)} ${fmt(r.rps).padStart(7)} dashboards/s  p50 ${fmt(r.p50_ms, 2)} ms  p95 ${fmt(r.p95_ms, 2)} ms  ` +
    `p99 ${fmt(r.p99_ms, 2)} ms  max ${fmt(r.max_ms, 1)} ms  (${r.requests} requests, ${r.errors + r.non2xx} errors${r.firstError ? ` e.g. ${r.firstError}` : ''}, ` +
    `${fmt(r.bytesPerResponse / 1024)} KiB/answer${sql ? `, SQL/request ${sql}` : ''}` +
    `${r.serverCpuMsPerRequest !== null ? `, main thread CPU ${fmt(r.serverCpuMsPerRequest, 2)} ms/request` : ''})`
  );
}

function describeSql(label: string, r: SqlLoadResult): string {
  return (
    `  ${label.padEnd(8)} ${fmt(r.rps).padStart(7)} aggregates/s  p50 ${fmt(r.p50_ms, 2)} ms  p95 ${fmt(r.p95_ms, 2)} ms  ` +
    `p99 ${fmt(r.p99_ms, 2)} ms  max ${fmt(r.max_ms, 1)} ms  (${r.requests} queries, ${r.errors} errors${r.firstError ? ` e.g. ${r.firstError}` : ''}, ` +
    `${fmt(r.rowsPerAnswer, 0)} rows/answer)`
  );
}

function mergeSql(runs: SqlLoadResult[]): SqlLoadResult {
  if (runs.length === 1) return runs[0] as SqlLoadResult;
  const all = new Float64Array(runs.reduce((n, r) => n + r.latenciesMs.length, 0));
  let o = 0;
  for (const r of runs) {
    all.set(r.latenciesMs, o);
    o += r.latenciesMs.length;
  }
  return {
    ...summarise(all, runs.reduce((s, r) => s + r.seconds, 0)),
    latenciesMs: all,
    errors: runs.reduce((n, r) => n + r.errors, 0),
    firstError: runs.find((r) => r.firstError)?.firstError ?? null,
    rowsPerAnswer: runs.reduce((n, r) => n + r.rowsPerAnswer * r.requests, 0) / Math.max(1, runs.reduce((n, r) => n + r.requests, 0)),
  };
}

function saveText(name: string, text: string): string {
  const dir = join(process.cwd(), 'tmp', 'bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

async function run(opts: ScenarioOptions): Promise<ScenarioOutcome> {
  const size = opts.quick ? SIZES.quick : SIZES.full;
  const durationS = opts.durationS ?? (opts.quick ? 3 : 10);
  const warmupS = opts.warmupS ?? (opts.quick ? 1 : 2);
  const connections = Math.round(opts.connections ?? 4);
  const seed = Math.round(opts.seed ?? SEED);
  const rounds = Math.round(opts.rounds ?? 1);
  const problems: string[] = [];

  const db = await createBenchDatabase(Math.round(opts.pool ?? 10));
  say(`insights${opts.quick ? ' (quick)' : ''}: ${db.description}`);
  say(`  libraries in production mode (NODE_ENV=${process.env.NODE_ENV}); Kindred's own config: NODE_ENV=test, LOG_LEVEL=silent`);
  say(`  ${connections} concurrent clinicians, closed loop, ${warmupS} s warm-up then ${durationS} s per measurement${rounds > 1 ? `, ${rounds} rounds` : ''}; seed ${seed}`);

  let kindred: Running | null = null;
  try {
    // ---- boot, seed, build the rollups ----------------------------------------------------------
    const first = await step('Booted Kindred in-process and ran its migrations', () => bootKindred(db));
    kindred = first;
    await seedCatalogueIfEmpty(first.ds, (line) => process.stdout.write(`  ${line}`));
    say(
      `Seeding ${size.reports.toLocaleString('en')} experience reports from ${size.members.toLocaleString('en')} members, ` +
        `${size.threads.toLocaleString('en')} threads, ${size.replies.toLocaleString('en')} replies (insight and search triggers off during the load)`,
    );
    const seeded: SeededInsights = await seedInsights(first.ds, { seed, ...size });
    const s = seeded.seconds;
    say(
      `  members and consents ${fmt(s.members)} s, reports ${fmt(s.reports)} s (${fmt(seeded.reports / s.reports, 0)} rows/s), threads and replies ${fmt(s.posts)} s, ` +
        `marking cells dirty ${fmt(s.markDirty, 2)} s, VACUUM ANALYZE ${fmt(s.analyze)} s`,
    );
    if (seeded.trigger.usPerRow !== null) {
      say(
        `  the insight trigger on experience_reports costs ${fmt(seeded.trigger.usPerRow, 0)} µs per inserted row (last ${seeded.trigger.rows.toLocaleString('en')} rows, ` +
          `batches alternately with and without it): ${fmt((seeded.trigger.usPerRow * seeded.reports) / 1e6, 1)} s for all ${seeded.reports.toLocaleString('en')}, ` +
          `against ${fmt(s.markDirty, 2)} s to mark every cell dirty afterwards`,
      );
    }
    say(
      `  ${seeded.consenting.toLocaleString('en')} members consent to clinician insights, ${seeded.withdrawn.toLocaleString('en')} withdrew, ` +
        `${(seeded.members - seeded.consenting - seeded.withdrawn).toLocaleString('en')} never answered`,
    );
    say('Building the rollups with refreshDirty (the refresher the app runs), condition by condition');
    const { result: built, statements: buildSql } = await traceSql(() => buildRollups(first.ds), { keepParams: false });
    say(
      `Rollups built in ${fmt(built.seconds)} s: ${built.pairs} (condition, intervention) pairs and ${built.activity} (condition, week) activity cells → ` +
        `${built.reportWeeks.toLocaleString('en')} report-week, ${built.sideEffectWeeks.toLocaleString('en')} side-effect-week, ` +
        `${built.activityWeeks.toLocaleString('en')} activity-week and ${built.tagWeeks.toLocaleString('en')} tag-week rows`,
    );
    say('  where the build spends its time (SQL wall time by statement):');
    for (const g of byShape(buildSql, 100).slice(0, 6)) say(`    ${fmt(g.ms / 1000, 1).padStart(6)} s  ${String(g.count).padStart(5)}×  ${g.shape}…`);
    const top = seeded.top;
    say(
      `  the measured condition: ${top.name} (${top.slug}), ${top.reports.toLocaleString('en')} reports (${fmt((top.reports / seeded.reports) * 100)}% of all), ` +
        `${top.interventions} interventions; next: ${seeded.conditions
          .slice(1, 4)
          .map((c) => `${c.slug} ${c.reports.toLocaleString('en')}`)
          .join(', ')}`,
    );

    // ---- Kindred's answers, checked against the baseline and the rollups ------------------------
    const ranges = RANGE_SHIFTS.map(range);
    const cookie = `${SESSION_COOKIE}=${seeded.clinician.token}`;
    let sqlPerRequest: number | null = null;
    for (const [i, r] of ranges.entries()) {
      const a = await ask(first.url, cookie, top.slug, r);
      sqlPerRequest = a.sql;
      const baseline = (await first.ds.query(BASELINE_SQL, [top.id, r.fromDate, r.toDate])) as BaselineRow[];
      const found = await crossCheck(first.ds, top.id, r, a.d, baseline);
      problems.push(...found.map((p) => `range ${i + 1}: ${p}`));
      say(
        `  range ${i + 1}: ${r.fromDate.toISOString().slice(0, 10)} to ${new Date(r.toDate.getTime() - DAY).toISOString().slice(0, 10)} (${a.d.weeks} weeks): ` +
          `${a.d.interventions.length} interventions, ${a.d.interventions.reduce((n, x) => n + (x.members.value ?? 0), 0).toLocaleString('en')} members shown ` +
          `(${baseline.reduce((n, x) => n + x.members, 0).toLocaleString('en')} counted by the baseline), ${a.d.activity.length} activity weeks, ` +
          `${a.sql ?? '?'} SQL statements, ${fmt(a.bytes / 1024)} KiB, first answer ${fmt(a.ms, 0)} ms${found.length ? '' : '; baseline and rollups agree'}`,
      );
      if (a.d.weeks !== WEEKS) problems.push(`range ${i + 1}: ${a.d.weeks} weeks, expected ${WEEKS}`);
    }
    if (problems.length) throw new Error(problems.join('\n'));

    // ---- measure: Kindred then the baseline, alternating per round -----------------------------
    const bodies = ranges.map((r) => body(top.slug, r));
    const argsList = ranges.map((r) => [top.id, r.fromDate, r.toDate]);
    const kRuns: LoadResult[] = [];
    const bRuns: SqlLoadResult[] = [];
    // The machine's 1-minute load average after each Kindred measurement: with cpu_ms, it tells a
    // slow dashboard on a busy machine (same CPU per dashboard, less CPU to go round) from a slower one.
    const loads: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      say(`Measuring${rounds > 1 ? ` (round ${round} of ${rounds})` : ''}`);
      kindred ??= await bootKindred(db);
      const stopProfiling = opts.profile && round === 1 ? await startProfiling() : null;
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
      loads.push(loadavg()[0] ?? NaN);
      say(describeHttp('Kindred', k));
      if (stopProfiling) {
        const profile = await stopProfiling();
        const file = saveProfile(profile, 'insights-kindred');
        say(`  CPU profile of Kindred's thread (${file}):`);
        for (const line of describeProfile(summariseProfile(profile), k.requests)) say(line);
      }
      // PGlite takes one connection: Kindred's pool must be gone before the baseline's connects.
      await kindred.close();
      kindred = null;
      const b = await runSqlLoad({
        url: db.url,
        poolSize: db.engine === 'pglite' ? 1 : connections,
        connections,
        argsList,
        warmupMs: warmupS * 1000,
        durationMs: durationS * 1000,
      });
      bRuns.push(b);
      say(describeSql('baseline', b));
      if (rounds > 1) say(`  p95 ratio this round: ${fmt(k.p95_ms / b.p95_ms, 3)}`);
    }
    const k = mergeLoads(kRuns);
    const b = mergeSql(bRuns);
    if (rounds > 1) {
      say(`Pooled over ${rounds} rounds:`);
      say(describeHttp('Kindred', k));
      say(describeSql('baseline', b));
    }
    const perRange = ranges.map((_, i) => {
      const mine = k.latenciesMs.filter((_, j) => k.bodyIndexes[j] === i).sort();
      return percentile(mine, 95);
    });
    say(`  Kindred p95 per range: ${perRange.map((v, i) => `range ${i + 1} ${fmt(v, 1)} ms`).join(', ')}`);

    // ---- consent withdrawal: how long until the dashboard no longer counts the member ----------
    kindred ??= await bootKindred(db);
    const running = kindred;
    const withdrawals: number[] = [];
    const candidates: { user_id: string; intervention_id: string }[] = await running.ds.query(
      `SELECT DISTINCT ON (e.user_id) e.user_id, e.intervention_id
         FROM experience_reports e JOIN consents k ON k.user_id = e.user_id AND k.purpose = 'clinician-insights' AND k.granted
        WHERE e.condition_id = $1 AND e.created_at >= $2 AND e.created_at < $3
        ORDER BY e.user_id, e.updated_at DESC, e.id LIMIT $4`,
      [top.id, ranges[0]?.fromDate, ranges[0]?.toDate, opts.quick ? WITHDRAWALS.quick : WITHDRAWALS.full],
    );
    const consents = running.app.get(ConsentsService);
    const pairSum = async (interventionId: string) =>
      (
        (await running.ds.query(`SELECT coalesce(sum(members), 0)::int AS n FROM insight_report_weeks WHERE condition_id = $1 AND intervention_id = $2`, [
          top.id,
          interventionId,
        ])) as { n: number }[]
      )[0]?.n ?? 0;
    say(`Consent withdrawal (${candidates.length} members of ${top.slug}, one after another):`);
    let slowest: { ms: number; statements: TracedStatement[] } | null = null;
    for (const c of candidates) {
      const before = await pairSum(c.intervention_id);
      await consents.set({ id: c.user_id, handle: 'member', role: 'member', clinicianStatus: null, sessionId: '' }, 'clinician-insights', false);
      const [dirty] = (await running.ds.query(
        `SELECT (SELECT count(*)::int FROM insight_dirty_pairs WHERE condition_id = $1) AS pairs,
                (SELECT count(*)::int FROM insight_dirty_activity WHERE condition_id = $1) AS weeks`,
        [top.id],
      )) as { pairs: number; weeks: number }[];
      const { result: a, statements } = await traceSql(() => ask(running.url, cookie, top.slug, ranges[0] as Range), { keepParams: true });
      const after = await pairSum(c.intervention_id);
      withdrawals.push(a.ms);
      if (!slowest || a.ms > slowest.ms) slowest = { ms: a.ms, statements };
      const reflected = after < before;
      if (!reflected) problems.push(`a withdrawal was not reflected (pair members ${before} → ${after})`);
      say(
        `  withdrew, then the dashboard answered in ${fmt(a.ms, 0)} ms after recomputing ${dirty?.pairs ?? '?'} pair(s) and ${dirty?.weeks ?? '?'} activity week(s) ` +
          `of ${top.slug}; the member's intervention counts ${before} → ${after} members${reflected ? '' : ' (NOT reflected)'}`,
      );
    }
    const sortedW = Float64Array.from(withdrawals).sort();
    const planSections: string[] = [];
    if (slowest) {
      say(`  the slowest (${fmt(slowest.ms, 0)} ms), SQL wall time by statement:`);
      for (const g of byShape(slowest.statements, 100).slice(0, 6)) say(`    ${fmt(g.ms, 1).padStart(8)} ms  ${String(g.count).padStart(3)}×  ${g.shape}…`);
      // EXPLAIN ANALYZE its three slowest statements (replayed in a transaction that is rolled back).
      const slow = new Set([...slowest.statements].sort((x, y) => y.ms - x.ms).slice(0, 3));
      const explainedRefresh = await explainReplay(running.ds, slowest.statements, (st) => slow.has(st), 1);
      for (const e of explainedRefresh) planSections.push(`-- withdrawal refresh: ${fmt(e.ms, 1)} ms at the driver, EXPLAIN ANALYZE ${fmt(e.executionMs, 1)} ms\n-- ${shape(e.sql, 400)}\n${e.plan}\n`);
    }

    // ---- where the dashboard's time goes --------------------------------------------------------
    const { result: traced, statements: dashboardSql } = await traceSql(() => ask(running.url, cookie, top.slug, ranges[0] as Range), { keepParams: true });
    const explained: ExplainedStatement[] = await explainReplay(running.ds, dashboardSql, () => true, 3);
    const dashboardSqlMs = explained.reduce((n, e) => n + e.executionMs + e.planningMs, 0);
    const wallSqlMs = dashboardSql.reduce((n, e) => n + e.ms, 0);
    say(
      `One dashboard request alone (range 1): ${fmt(traced.ms, 1)} ms, ${dashboardSql.length} statements taking ${fmt(wallSqlMs, 1)} ms at the driver; ` +
        `EXPLAIN ANALYZE (median of 3, planning included) ${fmt(dashboardSqlMs, 1)} ms:`,
    );
    for (const e of explained) say(`  ${fmt(e.ms, 2).padStart(7)} ms  (EXPLAIN ${fmt(e.executionMs, 2)} + ${fmt(e.planningMs, 2)} planning)  ${shape(e.sql, 100)}…`);
    for (const e of explained) planSections.push(`-- dashboard: ${fmt(e.ms, 2)} ms at the driver, EXPLAIN ANALYZE ${fmt(e.executionMs, 2)} ms\n-- ${shape(e.sql, 400)}\n${e.plan}\n`);
    const [baselineExplained] = await explainReplay(running.ds, [{ sql: BASELINE_SQL, params: argsList[0], ms: NaN }], () => true, 1);
    say(`  baseline aggregate, EXPLAIN ANALYZE alone: ${fmt(baselineExplained?.executionMs ?? NaN, 1)} ms`);
    planSections.push(`-- baseline\n${baselineExplained?.plan ?? ''}\n`);
    say(`  plans: ${saveText('insights-explain.txt', planSections.join('\n'))}`);

    // ---- result -------------------------------------------------------------------------------
    const errors = k.errors + k.non2xx + b.errors;
    if (errors) problems.push(`${errors} requests failed during the measurements`);
    const ratio = k.p95_ms / b.p95_ms;
    const contractOk = k.p95_ms <= CONTRACT_P95_MS;
    say(
      `Kindred's dashboard p95 ${fmt(k.p95_ms, 1)} ms over ${seeded.reports.toLocaleString('en')} reports (contract ≤ ${CONTRACT_P95_MS} ms: ${contractOk ? 'OK' : 'FAIL'}); ` +
        `raw SQL aggregate p95 ${fmt(b.p95_ms, 1)} ms; ratio Kindred/baseline ${fmt(ratio, 3)} (lower is better)`,
    );
    const load = loads.reduce((a, v) => a + v, 0) / Math.max(1, loads.length);
    say(
      `  ${connections} clinicians at once; server-thread CPU ${k.serverCpuMsPerRequest === null ? 'n/a' : `${fmt(k.serverCpuMsPerRequest, 2)} ms`} per dashboard; ` +
        `machine load ${fmt(load, 1)} on ${cpus().length} CPUs (a p95 that grows while cpu_ms does not is the machine being shared)`,
    );
    say(`Consent withdrawal → next dashboard answer: median ${fmt(percentile(sortedW, 50), 0)} ms, max ${fmt(sortedW[sortedW.length - 1] ?? NaN, 0)} ms`);
    say(`insights contract: ${contractOk ? 'met' : 'NOT met'}`);
    for (const p of problems) say(`  problem: ${p}`);

    return {
      ok: problems.length === 0,
      result: {
        scenario: 'insights',
        reports: seeded.reports,
        members: seeded.members,
        condition: top.slug,
        condition_reports: top.reports,
        interventions: top.interventions,
        weeks: WEEKS,
        p95_ms: round(k.p95_ms),
        baseline_p95_ms: round(b.p95_ms),
        ratio: round(ratio, 4),
        contract_ok: contractOk,
        p50_ms: round(k.p50_ms),
        p99_ms: round(k.p99_ms),
        rps: round(k.rps, 1),
        baseline_p50_ms: round(b.p50_ms),
        baseline_p99_ms: round(b.p99_ms),
        baseline_rps: round(b.rps, 1),
        cpu_ms: k.serverCpuMsPerRequest === null ? null : round(k.serverCpuMsPerRequest, 3),
        load_avg: round(load, 2),
        cpus: cpus().length,
        queries: sqlPerRequest,
        answer_kib: round(k.bytesPerResponse / 1024, 1),
        dashboard_sql_ms: round(dashboardSqlMs),
        withdrawal_ms: round(percentile(sortedW, 50)),
        withdrawal_max_ms: round(sortedW[sortedW.length - 1] ?? NaN),
        rollup_build_s: round(built.seconds, 1),
        seed_s: round(s.members + s.reports + s.posts + s.markDirty + s.analyze, 1),
        trigger_us_per_row: seeded.trigger.usPerRow === null ? null : round(seeded.trigger.usPerRow, 1),
        errors,
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

export const insights: Scenario = {
  name: 'insights',
  summary: "A clinician's condition dashboard (52 weeks) over 1M experience reports, vs one raw SQL aggregate",
  run,
};
