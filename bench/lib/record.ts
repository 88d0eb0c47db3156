/**
 * Benchmark records: what `npm run bench -- all` writes to bench/results/<date>-<commit>.json,
 * how the README's figures are rendered from the latest committed one (`npm run bench:readme`),
 * and how `npm run bench:compare` judges a fresh run against it. Pure functions, no I/O, so the
 * unit test can check the README against the record without running anything.
 */

export interface MachineInfo {
  cpu_model: string;
  cores: number;
  memory_gib: number;
  node: string;
  postgres: string;
  os: string;
}

export interface ScenarioEntry {
  /** The scenario's last stdout line, parsed; null when it printed no JSON. */
  result: ({ scenario: string } & Record<string, unknown>) | null;
  exit_code: number;
  wall_s: number;
  /** 1-minute load average when the scenario started and ended: how busy the machine was. */
  load_before: number;
  load_after: number;
  /** Flags the scenario ran with (besides the scenario name). */
  flags: string[];
}

export interface BenchRecord {
  commit: string;
  date: string;
  dirty: boolean;
  /** Every scenario ran with --quick (a smoke run, not the contract sizes). */
  quick: boolean;
  machine: MachineInfo;
  scenarios: Record<string, ScenarioEntry>;
}

/** bench/results/<date>-<commit>.json: the date as 2025-12-06T051233Z, so names sort by time. */
export function recordFileName(date: Date, commit: string): string {
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '');
  return `${iso}-${commit.slice(0, 12)}.json`;
}

/** The newest record (by its date) among the given ones, optionally only full-size runs. */
export function latestRecord<T extends Pick<BenchRecord, 'date' | 'quick'>>(records: T[], opts: { full?: boolean } = {}): T | null {
  const eligible = records.filter((r) => !opts.full || !r.quick);
  return eligible.reduce<T | null>((best, r) => (!best || Date.parse(r.date) > Date.parse(best.date) ? r : best), null);
}

// ---- README block ----------------------------------------------------------------------------

export const README_START = '<!-- bench:start -->';
export const README_END = '<!-- bench:end -->';

type Result = Record<string, unknown>;
const num = (r: Result, key: string): number | null => (typeof r[key] === 'number' && Number.isFinite(r[key]) ? (r[key] as number) : null);
const fmt = (v: number | null, digits = 1, unit = ''): string =>
  v === null ? 'n/a' : `${v.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })}${unit}`;

interface FigureSpec {
  /** "higher" or "lower" is better, for `ratio`; absent when the scenario has no baseline. */
  ratio?: 'higher' | 'lower';
  figures(r: Result): string;
}

/** What the README shows of each scenario's JSON line; scenarios not listed get a generic line. */
export const FIGURES: Record<string, FigureSpec> = {
  'thread-read': {
    ratio: 'higher',
    figures: (r) =>
      `${fmt(num(r, 'rps'))} req/s vs ${fmt(num(r, 'baseline_rps'))} at 200 replies; server-thread CPU ${fmt(num(r, 'cpu_ms'), 2, ' ms')} vs ` +
      `${fmt(num(r, 'baseline_cpu_ms'), 2, ' ms')} per request; p95 ${fmt(num(r, 'p95_ms'), 1, ' ms')}; SQL ${String(r.queries_10 ?? '?')}/${String(r.queries_200 ?? '?')} at 10/200 replies` +
      `${num(r, 'signed_in_cpu_ms') !== null ? `; signed in (query + markThreadRead) ${fmt(num(r, 'signed_in_cpu_ms'), 2, ' ms')} CPU per page view` : ''}`,
  },
  home: {
    ratio: 'lower',
    figures: (r) =>
      `${fmt(num(r, 'threads'), 0)} threads in 3 groups; p95 ${fmt(num(r, 'p95_ms'), 1, ' ms')} vs the same SQL bare ${fmt(num(r, 'baseline_p95_ms'), 1, ' ms')}; ` +
      `SQL ${String(r.queries ?? '?')} per request (bare ${String(r.baseline_queries ?? '?')})` +
      `${num(r, 'cpu_ms') !== null ? `; server-thread CPU ${fmt(num(r, 'cpu_ms'), 2, ' ms')} per page` : ''}`,
  },
  'chat-fanout': {
    ratio: 'lower',
    figures: (r) =>
      `${String(r.clients ?? '?')} clients, ${fmt(num(r, 'msgs_per_s'))} msgs/s; delivery p95 ${fmt(num(r, 'p95_ms'), 1, ' ms')} vs ` +
      `${fmt(num(r, 'baseline_p95_ms'), 1, ' ms')}; lost ${String(r.lost ?? '?')}`,
  },
  search: {
    ratio: 'lower',
    figures: (r) =>
      `${fmt(num(r, 'docs'), 0)} posts; p95 ${fmt(num(r, 'p95_ms'), 1, ' ms')} vs engine ${fmt(num(r, 'baseline_p95_ms'), 1, ' ms')}` +
      `${num(r, 'cpu_ms') !== null ? `; server-thread CPU ${fmt(num(r, 'cpu_ms'), 2, ' ms')} per search` : ''}`,
  },
  'index-lag': {
    figures: (r) => `${fmt(num(r, 'writes_per_s'))} writes/s; lag p50 ${fmt(num(r, 'lag_p50_ms'), 0, ' ms')}, p95 ${fmt(num(r, 'lag_p95_ms'), 0, ' ms')}`,
  },
  insights: {
    ratio: 'lower',
    figures: (r) =>
      `${fmt(num(r, 'reports'), 0)} reports, ${String(r.connections ?? '?')} clinicians at once; p95 ${fmt(num(r, 'p95_ms'), 1, ' ms')} vs raw aggregate ` +
      `${fmt(num(r, 'baseline_p95_ms'), 1, ' ms')}; server-thread CPU ${fmt(num(r, 'cpu_ms'), 2, ' ms')} per dashboard` +
      `${num(r, 'load_avg') !== null ? ` (machine load ${fmt(num(r, 'load_avg'), 1)} on ${String(r.cpus ?? '?')} CPUs)` : ''}`,
  },
  web: {
    figures: (r) => {
      const pages = r.pages && typeof r.pages === 'object' ? (r.pages as Record<string, Result>) : {};
      const each = Object.entries(pages).map(
        ([name, p]) =>
          `${name} ${fmt(num(p, 'score'), 0)} (LCP ${fmt(num(p, 'lcp_ms'), 0, ' ms')}, TBT ${fmt(num(p, 'tbt_ms'), 0, ' ms')}, CLS ${fmt(num(p, 'cls'), 3)}, a11y ${fmt(num(p, 'a11y'), 0)})`,
      );
      return `Lighthouse mobile: ${each.join('; ') || 'no pages'}; first page ${fmt(num(r, 'first_page_js_kb'), 1)} KB of gzipped JS`;
    },
  },
};

/** A generic line for a scenario without a FigureSpec: its numeric fields, in order, at most eight. */
function genericFigures(r: Result): string {
  const skip = new Set(['duration_s', 'warmup_s', 'rounds', 'pool', 'connections', 'errors', 'seed']);
  const parts = Object.entries(r)
    .filter(([k, v]) => typeof v === 'number' && !skip.has(k))
    .slice(0, 8)
    .map(([k, v]) => `${k} ${fmt(v as number, Number.isInteger(v) ? 0 : 2)}`);
  return parts.join(', ') || '—';
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The README block (markers included) for a record. Deterministic: same record, same text. */
export function renderReadmeBlock(record: BenchRecord, path: string): string {
  const m = record.machine;
  const lines = [
    README_START,
    `<!-- generated by \`npm run bench:readme\` from ${path}; do not edit by hand -->`,
    '',
    `Latest record: \`${path}\`, commit \`${record.commit.slice(0, 12)}\`${record.dirty ? ' (with uncommitted changes)' : ''}, ${record.date.slice(0, 10)}` +
      `${record.quick ? ', every scenario with `--quick`' : ''}. Machine: ${m.cpu_model}, ${m.cores} cores, ${fmt(m.memory_gib, 0)} GiB, ` +
      `Node ${m.node}, ${m.postgres}.`,
    '',
    '| scenario | figures | `ratio` | `cpu_ratio` | contract | load (1 min) |',
    '|---|---|---|---|---|---|',
  ];
  for (const [name, entry] of Object.entries(record.scenarios)) {
    const r = entry.result;
    if (!r) {
      lines.push(`| \`${name}\` | no result (exit code ${entry.exit_code}) | | | | ${fmt(entry.load_before, 1)} → ${fmt(entry.load_after, 1)} |`);
      continue;
    }
    const spec = FIGURES[name];
    const ratio = num(r, 'ratio');
    const ratioText = ratio === null ? '—' : `${fmt(ratio, 3)}${spec?.ratio ? ` (${spec.ratio} is better)` : ''}`;
    const cpuRatio = num(r, 'cpu_ratio');
    const contract = typeof r.contract_ok === 'boolean' ? (r.contract_ok ? 'met' : '**not met**') : '—';
    const quick = r.quick === true && !record.quick ? ' (`--quick`)' : '';
    lines.push(
      `| \`${name}\`${quick} | ${cell(spec ? spec.figures(r) : genericFigures(r))} | ${ratioText} | ${cpuRatio === null ? '—' : fmt(cpuRatio, 3)} | ${contract} | ` +
        `${fmt(entry.load_before, 1)} → ${fmt(entry.load_after, 1)} |`,
    );
  }
  lines.push('', README_END);
  return lines.join('\n');
}

/** README with its marked block replaced; throws when the markers are missing. */
export function replaceReadmeBlock(readme: string, block: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README has no ${README_START} … ${README_END} block`);
  return readme.slice(0, start) + block + readme.slice(end + README_END.length);
}

/** The README's marked block as it is (markers included), or null. */
export function currentReadmeBlock(readme: string): string | null {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  return start < 0 || end < start ? null : readme.slice(start, end + README_END.length);
}

// ---- compare ---------------------------------------------------------------------------------

export interface Comparison {
  scenario: string;
  field: 'ratio' | 'cpu_ratio';
  recorded: number | null;
  now: number | null;
  /** How much worse now is than recorded, as a fraction (0.25 = 25 % worse); negative = better. */
  worse: number | null;
  flagged: boolean;
  note: string;
}

export const WORSE_THRESHOLD = 0.2;

/**
 * Each ratio and cpu_ratio of a fresh run against the recorded one. `ratio` follows the
 * scenario's direction (FIGURES); `cpu_ratio` (baseline CPU / Kindred CPU) is always higher-is-better.
 */
export function compareResults(recorded: Record<string, Result | null>, fresh: Record<string, Result | null>, threshold = WORSE_THRESHOLD): Comparison[] {
  const rows: Comparison[] = [];
  for (const [scenario, now] of Object.entries(fresh)) {
    const before = recorded[scenario] ?? null;
    for (const field of ['ratio', 'cpu_ratio'] as const) {
      const n = now ? num(now, field) : null;
      const b = before ? num(before, field) : null;
      if (n === null && b === null) continue;
      const direction = field === 'cpu_ratio' ? 'higher' : FIGURES[scenario]?.ratio;
      let worse: number | null = null;
      let note = '';
      if (n === null) note = 'missing now';
      else if (b === null) note = 'not recorded';
      else if (!direction) note = 'no direction';
      else worse = direction === 'higher' ? (b - n) / b : (n - b) / b;
      if (before && now && before.quick !== now.quick) note = note || 'recorded at other sizes';
      rows.push({ scenario, field, recorded: b, now: n, worse, flagged: n === null || (worse !== null && worse > threshold), note });
    }
  }
  return rows;
}

/** How many more times `compare` runs a scenario whose first reading was flagged. */
export const CONFIRM_RUNS = 2;

/**
 * One reading per compared field from several fresh runs of a scenario: the median of each
 * figure (ratio, cpu_ratio) over the runs that gave one, the rest of the fields from the first
 * run. A quick run of a closed-loop benchmark on a shared machine moves by more than 20 % from
 * one run to the next (insights' quick p95 ratio went 0.49–1.19 for one build), so `compare`
 * flags a scenario only when the median of three runs is worse, not one unlucky window.
 */
export function medianReading(runs: (Result | null)[]): Result | null {
  const present = runs.filter((r): r is Result => r !== null);
  const first = present[0];
  if (!first) return null;
  const out: Result = { ...first, runs: present.length };
  for (const field of ['ratio', 'cpu_ratio'] as const) {
    const values = present.map((r) => num(r, field)).filter((v): v is number => v !== null).sort((a, b) => a - b);
    if (!values.length) continue;
    const mid = Math.floor(values.length / 2);
    out[field] = values.length % 2 ? (values[mid] as number) : ((values[mid - 1] as number) + (values[mid] as number)) / 2;
  }
  return out;
}

export function renderComparison(rows: Comparison[], threshold = WORSE_THRESHOLD): string {
  const header = ['scenario', 'field', 'recorded', 'now', 'change', ''];
  const body = rows.map((r) => [
    r.scenario,
    r.field,
    r.recorded === null ? 'n/a' : r.recorded.toFixed(3),
    r.now === null ? 'n/a' : r.now.toFixed(3),
    r.worse === null ? '' : `${r.worse > 0 ? '' : '+'}${(-r.worse * 100).toFixed(1)} %`,
    `${r.flagged ? `WORSE by more than ${threshold * 100} %` : 'ok'}${r.note ? ` (${r.note})` : ''}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
