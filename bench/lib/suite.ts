/**
 * `npm run bench -- all [flags]`: every registered scenario in turn, each in a child process of
 * its own (a scenario boots the API in-process; a fresh process keeps one scenario's heap, pools
 * and timers out of the next), its output passed through with progress, and one record written
 * to bench/results/<date>-<commit>.json. `npm run bench:compare` (`compare`): the same with
 * --quick, compared with the latest record, nothing written.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { Client } from 'pg';
import {
  CONFIRM_RUNS,
  compareResults,
  latestRecord,
  medianReading,
  recordFileName,
  renderComparison,
  type BenchRecord,
  type MachineInfo,
  type ScenarioEntry,
} from './record';
import { say } from './progress';

/** The repository root: the nearest folder up holding bench/run.ts (this file also runs from dist/). */
function findRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'bench', 'run.ts')) && existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return resolve(__dirname, '..', '..', '..', '..');
  }
}
export const ROOT = findRoot();
export const RESULTS_DIR = join(ROOT, 'bench', 'results');

const git = (...args: string[]): string => {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};

async function postgresVersion(): Promise<string> {
  const url = process.env.DATABASE_URL;
  if (!url) return 'PGlite (embedded, no DATABASE_URL)';
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
    return `PostgreSQL ${rows[0]?.v ?? '?'}`;
  } catch (e) {
    return `PostgreSQL (unreachable: ${e instanceof Error ? e.message : String(e)})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function describeMachine(): Promise<MachineInfo> {
  const list = cpus();
  return {
    cpu_model: (list[0]?.model ?? 'unknown').replace(/\s+/g, ' ').trim(),
    cores: list.length,
    memory_gib: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.versions.node,
    postgres: await postgresVersion(),
    os: `${process.platform} ${process.arch}`,
  };
}

const load1 = () => Math.round((loadavg()[0] ?? 0) * 100) / 100;
const elapsed = (ms: number) => (ms < 60_000 ? `${(ms / 1000).toFixed(0)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`);

/** Runs one scenario in a child process, passing its lines through with a prefix; its last line is the JSON. */
function runChild(name: string, flags: string[], index: number, total: number): Promise<ScenarioEntry> {
  const started = Date.now();
  const loadBefore = load1();
  const prefix = `[${index}/${total} ${name}] `;
  // Everything the scenario prints (stderr too), for reading a failure afterwards.
  mkdirSync(join(ROOT, 'tmp', 'bench'), { recursive: true });
  const log = createWriteStream(join(ROOT, 'tmp', 'bench', `all-${name}.log`));
  say(`${prefix}output also in ${relative(ROOT, join(ROOT, 'tmp', 'bench', `all-${name}.log`))}`);
  return new Promise((done) => {
    const child = spawn(process.execPath, [...process.execArgv, join(__dirname, '..', 'run.js'), name, ...flags], {
      cwd: ROOT,
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let last = '';
    let pending = '';
    const onData = (chunk: Buffer) => {
      log.write(chunk);
      pending += chunk.toString('utf8');
      // Progress bars rewrite their line with \r: pass those through as they come.
      const parts = pending.split(/\n/);
      pending = parts.pop() ?? '';
      for (const line of parts) {
        const shown = line.split('\r').pop() ?? '';
        if (shown.trim()) {
          last = shown;
          process.stdout.write(`${prefix}${shown}\n`);
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      log.write(chunk);
      process.stderr.write(`${prefix}${chunk.toString('utf8')}`);
    });
    const ticker = setInterval(() => say(`${prefix}… still running (${elapsed(Date.now() - started)})`), 60_000);
    child.on('close', (code) => {
      clearInterval(ticker);
      log.end();
      if (pending.trim()) last = pending.split('\r').pop() ?? pending;
      let result: ScenarioEntry['result'] = null;
      try {
        const parsed: unknown = JSON.parse(last);
        if (parsed && typeof parsed === 'object' && 'scenario' in parsed) result = parsed as ScenarioEntry['result'];
      } catch {
        result = null;
      }
      done({ result, exit_code: code ?? 1, wall_s: Math.round((Date.now() - started) / 100) / 10, load_before: loadBefore, load_after: load1(), flags });
    });
  });
}

/** Every scenario in turn; returns the entries by scenario name. */
async function runEvery(names: string[], flags: string[]): Promise<Record<string, ScenarioEntry>> {
  const started = Date.now();
  const entries: Record<string, ScenarioEntry> = {};
  for (const [i, name] of names.entries()) {
    say(`==> [${i + 1}/${names.length}] ${name} ${flags.join(' ')} (${elapsed(Date.now() - started)} so far; load ${load1()})`);
    const entry = await runChild(name, flags, i + 1, names.length);
    entries[name] = entry;
    say(
      `==> [${i + 1}/${names.length}] ${name}: ${entry.result ? 'done' : 'NO RESULT'} in ${elapsed(entry.wall_s * 1000)}` +
        `${entry.exit_code ? ` (exit code ${entry.exit_code})` : ''}`,
    );
  }
  return entries;
}

/** Records in bench/results: only those git knows (committed or added), unless `all` is set. */
export function readRecords(opts: { committedOnly: boolean }): { path: string; record: BenchRecord }[] {
  let files: string[];
  if (opts.committedOnly) {
    const listed = git('ls-files', '--', 'bench/results');
    files = listed ? listed.split('\n').filter((f) => f.endsWith('.json')).map((f) => join(ROOT, f)) : [];
  } else {
    try {
      files = readdirSync(RESULTS_DIR)
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(RESULTS_DIR, f));
    } catch {
      files = [];
    }
  }
  return files.map((f) => ({ path: relative(ROOT, f), record: JSON.parse(readFileSync(f, 'utf8')) as BenchRecord }));
}

/** `all`: run everything, write the record, print where it went. Exit code 1 when a scenario failed. */
export async function runAll(names: string[], flags: string[]): Promise<number> {
  const date = new Date();
  const commit = git('rev-parse', 'HEAD') || 'unknown';
  const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
  const machine = await describeMachine();
  say(`bench all: ${names.join(', ')}${flags.length ? ` with ${flags.join(' ')}` : ''}`);
  say(`  commit ${commit.slice(0, 12)}${dirty ? ' (uncommitted changes in the tree)' : ''}; ${machine.cpu_model}, ${machine.cores} cores, ${machine.memory_gib} GiB, Node ${machine.node}, ${machine.postgres}`);
  const scenarios = await runEvery(names, flags);
  const record: BenchRecord = { commit, date: date.toISOString(), dirty, quick: flags.includes('--quick'), machine, scenarios };
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, recordFileName(date, commit));
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  const failed = Object.entries(scenarios).filter(([, e]) => e.exit_code !== 0 || !e.result);
  say(`Record written: ${relative(ROOT, file)}${failed.length ? `; failed: ${failed.map(([n]) => n).join(', ')}` : ''}`);
  say('Commit it and run `npm run bench:readme` to update the README from it.');
  return failed.length ? 1 : 0;
}

/** `compare`: every scenario with --quick against the latest record; exit code 1 when one is flagged. */
export async function runCompare(names: string[], flags: string[]): Promise<number> {
  const records = readRecords({ committedOnly: false });
  if (!records.length) {
    say('No record in bench/results to compare with: run `npm run bench -- all` first.');
    return 1;
  }
  const runFlags = flags.includes('--quick') ? flags : ['--quick', ...flags];
  say(`bench compare: ${names.join(', ')} with ${runFlags.join(' ')}`);
  const scenarios = await runEvery(names, runFlags);
  // Per scenario, the latest record holding it, at the same size (--quick) when there is one.
  const recorded: Record<string, Record<string, unknown> | null> = {};
  const sources = new Set<string>();
  for (const name of names) {
    const holding = records.filter((r) => r.record.scenarios[name]?.result);
    const sameSize = holding.filter((r) => r.record.scenarios[name]?.result?.quick === true);
    const pick = latestRecord((sameSize.length ? sameSize : holding).map((r) => ({ ...r.record, path: r.path })));
    recorded[name] = pick?.scenarios[name]?.result ?? null;
    if (pick) sources.add(pick.path);
  }
  const fresh: Record<string, Record<string, unknown> | null> = Object.fromEntries(Object.entries(scenarios).map(([n, e]) => [n, e.result]));
  // A flag must hold: a scenario flagged on its first reading runs CONFIRM_RUNS more times and is
  // judged on the median of its figures (a run that failed stays failed and is not repeated).
  const firstRows = compareResults(recorded, fresh);
  const toConfirm = [...new Set(firstRows.filter((r) => r.flagged && r.now !== null).map((r) => r.scenario))].filter((n) => scenarios[n]?.exit_code === 0);
  for (const name of toConfirm) {
    say(`==> ${name} was more than 20 % worse on its first reading; ${CONFIRM_RUNS} more runs, judged on the median`);
    const again = [fresh[name] ?? null];
    for (let i = 0; i < CONFIRM_RUNS; i++) again.push((await runEvery([name], runFlags))[name]?.result ?? null);
    say(`    ${name} readings: ${again.map((r) => (r ? ['ratio', 'cpu_ratio'].filter((f) => typeof r[f] === 'number').map((f) => `${f} ${(r[f] as number).toFixed(3)}`).join(', ') : 'no result')).join(' | ')}`);
    fresh[name] = medianReading(again);
  }
  const rows = compareResults(recorded, fresh);
  say('');
  say(`Compared with ${[...sources].join(', ')} (ratio: each scenario's own direction; cpu_ratio: baseline CPU / Kindred CPU, higher is better):`);
  say(renderComparison(rows));
  const flagged = rows.filter((r) => r.flagged);
  const failed = Object.entries(scenarios).filter(([, e]) => e.exit_code !== 0 || !e.result);
  if (failed.length) say(`Failed runs: ${failed.map(([n]) => n).join(', ')}`);
  say(flagged.length ? `${flagged.length} figure(s) more than 20 % worse than recorded.` : 'Nothing more than 20 % worse than recorded.');
  return flagged.length || failed.length ? 1 : 0;
}
