import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { WEB_ROUTES } from '@kindred/contracts';
import { createApp } from '../../apps/api/src/app.factory';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { seedCatalogueIfEmpty } from '../../apps/api/src/database/seed/catalogue.seed';
import { seedDemoData } from '../../apps/api/src/database/seed/demo.seed';
import { PasswordService } from '../../apps/api/src/modules/auth/password.service';
import { createBenchDatabase, targetOf } from '../lib/database';
import { say, step } from '../lib/progress';
import type { Scenario, ScenarioOptions, ScenarioOutcome } from '../lib/scenario';
import { seedThreads } from './thread-read.seed';

/**
 * web: Lighthouse 12 (mobile profile, simulated throttling, Debian's Chromium headless) against
 * the built web client as the API serves it (compression and cache headers included), on four
 * pages: the home page, a condition page, a group page and a 200-reply thread. Targets per page:
 * performance ≥ 90, LCP ≤ 2.5 s, TBT ≤ 200 ms, CLS ≤ 0.1, accessibility 100; and the home page
 * loads at most 100 KB of gzipped JavaScript.
 *
 * There is no baseline server here: Lighthouse's simulated throttling (Lantern) models a
 * mid-range phone on a slow 4G link from the page's network and CPU graph, so its figures are
 * already relative to a fixed reference device and vary far less with the machine than
 * wall-clock timings do.
 */

const ROOT = resolve(__dirname, '..', '..', '..', '..');
const WEB_DIST = join(ROOT, 'dist', 'apps', 'web');
const REPORTS = join(ROOT, 'tmp', 'bench');
const SEED = 20_251_201;
const TARGETS = { score: 90, lcp_ms: 2_500, tbt_ms: 200, cls: 0.1, a11y: 100, first_page_js_kb: 100 };
/**
 * WEB_BENCH_TRACE=1: keep the chosen runs' traces, with the JavaScript sampling profiler's stacks
 * (tmp/bench/web-<page>-0.trace.json), and their network logs (…-0.devtoolslog.json): with the
 * report, what Lighthouse's simulation is computed from (see "web: third round" in bench/README.md).
 */
const TRACE = process.env.WEB_BENCH_TRACE === '1';
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface PageResult {
  score: number;
  lcp_ms: number;
  tbt_ms: number;
  cls: number;
  a11y: number;
  fcp_ms: number;
  si_ms: number;
  path: string;
}

interface Lhr {
  finalDisplayedUrl: string;
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  categories: Record<'performance' | 'accessibility', { score: number | null }>;
  audits: Record<string, { numericValue?: number; score?: number | null; details?: { items?: Record<string, unknown>[] } }>;
}

/** The newest modification time under a folder (files only). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Builds the client with Vite unless dist/apps/web is newer than everything it is built from. */
function buildClientIfNeeded(): string {
  const index = join(WEB_DIST, 'index.html');
  const sources = ['apps/web/src', 'apps/web/public', 'apps/web/index.html', 'apps/web/vite.config.ts', 'libs/contracts/src'];
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const changed = Math.max(...sources.map((s) => newest(join(ROOT, s))));
  if (built > changed) return 'the built client in dist/apps/web is up to date';
  execFileSync('npx', ['vite', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  return 'built the client with Vite';
}

function chromePath(): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    } catch {
      // try the next name
    }
  }
  throw new Error('No Chromium found: apt-get install -y chromium (or set CHROME_PATH)');
}

/** One Lighthouse run of the CLI in a child process (it never shares this process's event loop with the server). */
async function lighthouse(url: string, chrome: string, outDir: string, n: number): Promise<Lhr> {
  const out = join(outDir, `run-${n}.json`);
  const cli = join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const args = [
    cli,
    url,
    '--quiet',
    '--output=json',
    `--output-path=${out}`,
    '--only-categories=performance,accessibility',
    '--form-factor=mobile',
    '--throttling-method=simulate',
    '--max-wait-for-load=45000',
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    ...(TRACE ? ['--save-assets', '--additional-trace-categories=disabled-by-default-v8.cpu_profiler'] : []),
  ];
  await new Promise<void>((ok, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, CHROME_PATH: chrome }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`lighthouse exited with ${code}: ${stderr.slice(-2000)}`))));
  });
  const lhr = JSON.parse(readFileSync(out, 'utf8')) as Lhr;
  if (lhr.runtimeError) throw new Error(`lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return lhr;
}

/**
 * Lighthouse now and then fails to record a page load's trace (`NO_NAVSTART`, seen with several
 * Chromium processes on the machine): such a run measured nothing, so it is repeated, at most
 * twice, and said. A page that fails three times in a row still fails the scenario.
 */
async function lighthouseWithRetries(url: string, chrome: string, outDir: string, n: number): Promise<Lhr> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouse(url, chrome, outDir, n);
    } catch (e) {
      if (attempt >= 3) throw e;
      say(`  Lighthouse run failed (${(e as Error).message.split('\n').pop()?.slice(0, 160)}); repeating it (attempt ${attempt + 1} of 3)`);
    }
  }
}

const num = (lhr: Lhr, audit: string) => lhr.audits[audit]?.numericValue ?? NaN;

function pageResult(lhr: Lhr, path: string): PageResult {
  return {
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    lcp_ms: Math.round(num(lhr, 'largest-contentful-paint')),
    tbt_ms: Math.round(num(lhr, 'total-blocking-time')),
    cls: Math.round(num(lhr, 'cumulative-layout-shift') * 1000) / 1000,
    a11y: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
    fcp_ms: Math.round(num(lhr, 'first-contentful-paint')),
    si_ms: Math.round(num(lhr, 'speed-index')),
    path,
  };
}

/** The same-origin scripts a page loaded, from Lighthouse's network log. */
function scriptsOf(lhr: Lhr, origin: string): { url: string; transferSize: number }[] {
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  return items
    .filter((i) => i.resourceType === 'Script' && typeof i.url === 'string' && (i.url as string).startsWith(origin))
    .map((i) => ({ url: i.url as string, transferSize: Number(i.transferSize ?? 0) }));
}

/** Gzipped size (level 6, what the compression middleware uses) of each script, fetched again. */
async function gzippedKb(urls: string[]): Promise<{ kb: number; each: [string, number][] }> {
  let bytes = 0;
  const each: [string, number][] = [];
  for (const url of urls) {
    const res = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    const n = gzipSync(Buffer.from(await res.arrayBuffer()), { level: 6 }).length;
    bytes += n;
    each.push([new URL(url).pathname, Math.round((n / 1024) * 10) / 10]);
  }
  return { kb: Math.round((bytes / 1024) * 10) / 10, each: each.sort((a, b) => b[1] - a[1]) };
}

type Item = Record<string, unknown>;
const itemsOf = (lhr: Lhr, audit: string): Item[] => lhr.audits[audit]?.details?.items ?? [];
const ms = (x: unknown) => `${Math.round(Number(x))} ms`;
const short = (url: unknown, origin: string) => String(url).replace(origin, '');

/**
 * What a report says the page's figures come from: the LCP element and its phases, the layout
 * shifts, the long main-thread tasks and the scripts that took the most CPU (Lighthouse's own
 * diagnostics, in the simulated phone's time).
 */
function diagnostics(lhr: Lhr, origin: string): string[] {
  const out: string[] = [];
  const [elementTable, phaseTable] = itemsOf(lhr, 'largest-contentful-paint-element') as { items?: Item[] }[];
  const node = elementTable?.items?.[0]?.node as { snippet?: string; selector?: string } | undefined;
  if (node) out.push(`LCP element ${node.selector ?? ''}: ${String(node.snippet ?? '').slice(0, 120)}`);
  if (phaseTable?.items) out.push(`LCP phases: ${phaseTable.items.map((i) => `${String(i.phase)} ${ms(i.timing)}`).join(', ')}`);
  const shifts = itemsOf(lhr, 'layout-shifts');
  for (const shift of shifts.slice(0, 3)) {
    const n = shift.node as { selector?: string; snippet?: string } | undefined;
    out.push(`layout shift ${Number(shift.score).toFixed(3)}: ${n?.selector ?? ''} ${String(n?.snippet ?? '').slice(0, 80)}`);
  }
  const tasks = itemsOf(lhr, 'long-tasks');
  if (tasks.length) out.push(`long tasks: ${tasks.slice(0, 6).map((t) => `${ms(t.duration)} at ${ms(t.startTime)} (${short(t.url, origin)})`).join('; ')}`);
  const boot = itemsOf(lhr, 'bootup-time');
  if (boot.length) out.push(`script CPU: ${boot.slice(0, 5).map((b) => `${short(b.url, origin)} ${ms(b.total)} (eval ${ms(b.scripting)})`).join('; ')}`);
  return out;
}

const median = <T>(xs: T[], key: (x: T) => number): T => {
  const sorted = [...xs].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor((sorted.length - 1) / 2)] as T;
};

function missed(p: PageResult): string[] {
  const out: string[] = [];
  if (p.score < TARGETS.score) out.push(`score ${p.score} < ${TARGETS.score}`);
  if (p.lcp_ms > TARGETS.lcp_ms) out.push(`LCP ${p.lcp_ms} ms > ${TARGETS.lcp_ms}`);
  if (p.tbt_ms > TARGETS.tbt_ms) out.push(`TBT ${p.tbt_ms} ms > ${TARGETS.tbt_ms}`);
  if (p.cls > TARGETS.cls) out.push(`CLS ${p.cls} > ${TARGETS.cls}`);
  if (p.a11y < TARGETS.a11y) out.push(`accessibility ${p.a11y} < ${TARGETS.a11y}`);
  return out;
}

async function bootKindred(url: string, poolSize: number, embedded: boolean): Promise<{ app: NestExpressApplication; origin: string }> {
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    DATABASE_URL: url,
    DB_POOL_SIZE: String(poolSize),
    COOKIE_SECURE: 'false',
    SEED_DEMO_DATA: 'never',
    WEB_DIST_DIR: WEB_DIST,
  });
  const app = await createApp(config, { url, poolSize, embedded });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, origin: `http://127.0.0.1:${port}` };
}

async function run(opts: ScenarioOptions): Promise<ScenarioOutcome> {
  const runs = Math.round(opts.rounds ?? (opts.quick ? 1 : 3));
  const chrome = chromePath();
  say(`web${opts.quick ? ' (quick)' : ''}: Lighthouse 12 (mobile, simulated throttling), ${runs} run${runs > 1 ? 's' : ''} per page, median by performance score; Chromium ${chrome}`);
  say(`  ${await step('Client', async () => buildClientIfNeeded())}`);

  const db = await createBenchDatabase(Math.round(opts.pool ?? 4));
  say(`  database: ${db.description}`);
  const outDir = mkdtempSync(join(tmpdir(), 'kindred-web-bench-'));
  let app: NestExpressApplication | null = null;
  try {
    const booted = await step('Booted Kindred in-process (production mode) serving dist/apps/web', () =>
      bootKindred(targetOf(db).url, db.poolSize, db.engine === 'pglite'),
    );
    app = booted.app;
    const origin = booted.origin;
    const ds = app.get<DataSource>(getDataSourceToken());
    const passwords = app.get(PasswordService);
    await step('Seeded the catalogue and the demo data', async () => {
      await seedCatalogueIfEmpty(ds, (line) => process.stdout.write(`  ${line}`));
      await seedDemoData(ds, (p) => passwords.hash(p), (line) => process.stdout.write(`  ${line}`));
    });
    const seeded = await step('Seeded a public group with a 200-reply thread', () =>
      seedThreads((text, params) => ds.query(text, params), { seed: Math.round(opts.seed ?? SEED), members: 80, sizes: [200] }),
    );
    // The demo's busiest public group, and its condition.
    const [busiest] = (await ds.query(
      `SELECT g.slug AS group_slug, c.slug AS condition_slug, count(t.id)::int AS threads
         FROM groups g JOIN conditions c ON c.id = g.condition_id LEFT JOIN threads t ON t.group_id = g.id
        WHERE g.visibility = 'public' AND g.id <> $1
        GROUP BY g.slug, c.slug ORDER BY threads DESC, g.slug LIMIT 1`,
      [seeded.groupId],
    )) as { group_slug: string; condition_slug: string; threads: number }[];
    if (!busiest) throw new Error('the demo data has no public group');
    const pages: [string, string][] = [
      ['home', WEB_ROUTES.home],
      ['condition', WEB_ROUTES.condition(busiest.condition_slug)],
      ['group', WEB_ROUTES.group(busiest.group_slug)],
      ['thread', `/threads/${encodeURIComponent(seeded.threads[0]!.id)}`],
    ];
    // WEB_BENCH_PAGES=home,thread measures only those pages (while working on them).
    const only = process.env.WEB_BENCH_PAGES?.split(',').map((p) => p.trim());
    if (only) pages.splice(0, pages.length, ...pages.filter(([name]) => only.includes(name)));
    for (const [name, path] of pages) say(`  ${name.padEnd(9)} ${path}`);

    // Warm-up: each page's HTML once, and the server's GraphQL compile caches through one Lighthouse pass of the thread.
    for (const [, path] of pages) await fetch(`${origin}${path}`).then((r) => r.arrayBuffer());

    const results: Record<string, PageResult> = {};
    let homeScripts: { url: string; transferSize: number }[] = [];
    for (const [name, path] of pages) {
      const lhrs: Lhr[] = [];
      for (let i = 1; i <= runs; i++) {
        const started = performance.now();
        const lhr = await lighthouseWithRetries(`${origin}${path}`, chrome, outDir, lhrs.length);
        lhrs.push(lhr);
        const r = pageResult(lhr, path);
        say(`  ${name.padEnd(9)} run ${i}/${runs}: score ${r.score}, LCP ${r.lcp_ms} ms, TBT ${r.tbt_ms} ms, CLS ${r.cls}, a11y ${r.a11y} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
      }
      const chosen = median(lhrs, (l) => l.categories.performance.score ?? 0);
      results[name] = pageResult(chosen, path);
      // The chosen run's full report, for a look at its diagnostics (opens in the Lighthouse viewer).
      mkdirSync(REPORTS, { recursive: true });
      writeFileSync(join(REPORTS, `web-${name}.lighthouse.json`), JSON.stringify(chosen));
      if (TRACE) {
        for (const kind of ['trace', 'devtoolslog']) {
          copyFileSync(join(outDir, `run-${lhrs.indexOf(chosen)}-0.${kind}.json`), join(REPORTS, `web-${name}-0.${kind}.json`));
        }
      }
      for (const line of diagnostics(chosen, origin)) say(`  ${name.padEnd(9)} ${line}`);
      if (name === 'home') homeScripts = scriptsOf(chosen, origin);
    }
    const gzipped = await gzippedKb(homeScripts.map((s) => s.url));
    const firstPageJsKb = gzipped.kb;
    const transferKb = Math.round((homeScripts.reduce((s, x) => s + x.transferSize, 0) / 1024) * 10) / 10;

    say('');
    say(`  ${'page'.padEnd(10)} ${'score'.padStart(5)} ${'lcp_ms'.padStart(7)} ${'tbt_ms'.padStart(7)} ${'cls'.padStart(6)} ${'a11y'.padStart(5)} ${'fcp_ms'.padStart(7)}  targets`);
    const problems: string[] = [];
    for (const [name, r] of Object.entries(results)) {
      const miss = missed(r);
      problems.push(...miss.map((m) => `${name}: ${m}`));
      say(
        `  ${name.padEnd(10)} ${String(r.score).padStart(5)} ${String(r.lcp_ms).padStart(7)} ${String(r.tbt_ms).padStart(7)} ${r.cls.toFixed(3).padStart(6)} ${String(r.a11y).padStart(5)} ${String(r.fcp_ms).padStart(7)}  ${miss.length ? `missed: ${miss.join(', ')}` : 'met'}`,
      );
    }
    if (firstPageJsKb > TARGETS.first_page_js_kb) problems.push(`home: ${firstPageJsKb} KB of gzipped JavaScript > ${TARGETS.first_page_js_kb}`);
    say(`  first_page_js_kb ${firstPageJsKb} (gzip -6 of the ${homeScripts.length} scripts the home page loads; ${transferKb} KB as sent, brotli)`);
    if (homeScripts.length) say(`  home scripts (KB gzipped): ${gzipped.each.map(([path, kb]) => `${path.replace('/assets/', '')} ${kb}`).join(', ')}`);
    say(`  Lighthouse reports of the median runs: tmp/bench/web-<page>.lighthouse.json`);
    say(problems.length ? `Targets missed: ${problems.join('; ')}` : 'Every target met.');

    return {
      ok: true,
      result: {
        scenario: 'web',
        pages: results,
        first_page_js_kb: firstPageJsKb,
        first_page_js_transfer_kb: transferKb,
        first_page_scripts: homeScripts.length,
        contract_ok: problems.length === 0,
        runs,
        engine: db.engine,
        quick: opts.quick,
      },
    };
  } finally {
    await app?.close();
    await db.drop();
    rmSync(outDir, { recursive: true, force: true });
  }
}

export const web: Scenario = {
  name: 'web',
  summary: 'Lighthouse (mobile, simulated throttling) on home, condition, group and 200-reply thread pages',
  run,
};
