import { Client } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Where an operation's SQL time goes: every statement this process sends through `pg` (TypeORM's
 * driver included) while `work` runs, with its wall time at the driver (round trip included);
 * then, for the interesting ones, EXPLAIN ANALYZE by replaying the captured statements in a
 * transaction that is rolled back (so INSERT/DELETE statements can be explained too).
 */

export interface TracedStatement {
  sql: string;
  params?: unknown[];
  ms: number;
}

type QueryFn = (this: Client, config: unknown, values?: unknown, callback?: unknown) => unknown;

export async function traceSql<T>(work: () => Promise<T>, opts: { keepParams: boolean }): Promise<{ result: T; statements: TracedStatement[] }> {
  const proto = Client.prototype as unknown as { query: QueryFn };
  const original = proto.query;
  const statements: TracedStatement[] = [];
  proto.query = function (this: Client, config: unknown, values?: unknown, callback?: unknown) {
    // Only the promise form with SQL text (what TypeORM uses); anything else passes through untouched.
    if (typeof config !== 'string' || typeof values === 'function' || typeof callback === 'function') {
      return original.call(this, config, values, callback);
    }
    const entry: TracedStatement = { sql: config, params: opts.keepParams ? (values as unknown[] | undefined) : undefined, ms: NaN };
    statements.push(entry);
    const t0 = performance.now();
    const done = () => (entry.ms = performance.now() - t0);
    return (original.call(this, config, values) as Promise<unknown>).then(
      (r) => {
        done();
        return r;
      },
      (e: unknown) => {
        done();
        throw e;
      },
    );
  };
  try {
    const result = await work();
    return { result, statements };
  } finally {
    proto.query = original;
  }
}

const CONTROL = /^\s*(BEGIN|START TRANSACTION|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i;

/** A statement's shape, for grouping: whitespace folded, the first `n` characters. */
export const shape = (sql: string, n = 90): string => sql.replace(/\s+/g, ' ').trim().slice(0, n);

/** Totals by statement shape, slowest first. */
export function byShape(statements: TracedStatement[], n = 90): { shape: string; count: number; ms: number }[] {
  const m = new Map<string, { shape: string; count: number; ms: number }>();
  for (const s of statements) {
    if (CONTROL.test(s.sql)) continue;
    const k = shape(s.sql, n);
    const e = m.get(k) ?? { shape: k, count: 0, ms: 0 };
    e.count++;
    e.ms += s.ms;
    m.set(k, e);
  }
  return [...m.values()].sort((a, b) => b.ms - a.ms);
}

export interface ExplainedStatement extends TracedStatement {
  /** Median of `repeat` EXPLAIN ANALYZE runs (ms); NaN when not explained. */
  executionMs: number;
  planningMs: number;
  plan: string;
}

/**
 * Replays `statements` in order inside one transaction that is rolled back; those `explain`
 * picks run under EXPLAIN ANALYZE (`repeat` times when they only read; the median is kept),
 * the others plainly, so later statements see what earlier ones did.
 */
export async function explainReplay(
  ds: DataSource,
  statements: TracedStatement[],
  explain: (s: TracedStatement, i: number) => boolean,
  repeat = 3,
): Promise<ExplainedStatement[]> {
  const qr = ds.createQueryRunner();
  const out: ExplainedStatement[] = [];
  await qr.connect();
  try {
    await qr.startTransaction();
    for (const [i, s] of statements.entries()) {
      if (CONTROL.test(s.sql)) continue;
      if (!explain(s, i)) {
        await qr.query(s.sql, s.params);
        continue;
      }
      const readOnly = /^\s*(SELECT|WITH)\b/i.test(s.sql) && !/\b(INSERT|UPDATE|DELETE)\b/i.test(s.sql);
      const runs: { execution: number; planning: number; plan: string }[] = [];
      for (let r = 0; r < (readOnly ? repeat : 1); r++) {
        const rows = (await qr.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, s.params)) as { 'QUERY PLAN': string }[];
        const plan = rows.map((l) => l['QUERY PLAN']).join('\n');
        const ms = (label: string) => Number(new RegExp(`${label}: ([0-9.]+) ms`).exec(plan)?.[1] ?? NaN);
        runs.push({ execution: ms('Execution Time'), planning: ms('Planning Time'), plan });
      }
      runs.sort((a, b) => a.execution - b.execution);
      const mid = runs[Math.floor(runs.length / 2)] as (typeof runs)[number];
      out.push({ ...s, executionMs: mid.execution, planningMs: mid.planning, plan: mid.plan });
    }
  } finally {
    if (qr.isTransactionActive) await qr.rollbackTransaction();
    await qr.release();
  }
  return out;
}
