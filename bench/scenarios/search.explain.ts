import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { PostgresSearchEngine, SEARCH_SETTINGS } from '../../apps/api/src/modules/search/postgres-search.engine';
import type { EngineQuery } from '../../apps/api/src/modules/search/search-engine.port';

/**
 * EXPLAIN ANALYZE of the SQL the PostgreSQL engine runs for a query: the engine is given a
 * DataSource that records each statement (and still runs it), then each recorded statement is
 * run again under EXPLAIN (ANALYZE, BUFFERS). The slowest plan nodes are found by self time
 * (a node's actual time × loops, less its children's).
 */

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'CTE Name'?: string;
  'Subplan Name'?: string;
  'Parent Relationship'?: string;
  'Actual Total Time': number;
  'Actual Rows': number;
  'Actual Loops': number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

export interface StatementPlan {
  /** The statement's first words, to tell them apart. */
  label: string;
  executionMs: number;
  planningMs: number;
  /** Nodes by self time, slowest first. */
  slowest: { node: string; selfMs: number; rows: number; loops: number }[];
  text: string;
}

function nodeName(n: PlanNode): string {
  const on = n['Index Name'] ? ` using ${n['Index Name']}` : n['Relation Name'] ? ` on ${n['Relation Name']}` : n['CTE Name'] ? ` on ${n['CTE Name']}` : '';
  const sub = n['Subplan Name'] ? ` [${n['Subplan Name']}]` : '';
  return `${n['Node Type']}${on}${sub}`;
}

const totalMs = (n: PlanNode) => n['Actual Total Time'] * n['Actual Loops'];

function walk(n: PlanNode, visit: (n: PlanNode) => void): void {
  visit(n);
  for (const c of n.Plans ?? []) walk(c, visit);
}

/**
 * Self time of every node: its time less its children's. A materialised CTE is computed by
 * the first CTE Scan that reads it, whose time includes the CTE's plan (listed elsewhere in
 * the tree): that is taken off the slowest scan of each CTE, so it is not counted twice.
 */
function selfTimes(root: PlanNode): StatementPlan['slowest'] {
  const cteMs = new Map<string, number>();
  const firstScan = new Map<string, PlanNode>();
  walk(root, (n) => {
    const cte = /^CTE (.+)$/.exec(n['Subplan Name'] ?? '');
    if (cte) cteMs.set(cte[1] as string, totalMs(n));
    const name = n['CTE Name'];
    if (n['Node Type'] === 'CTE Scan' && name && totalMs(n) > totalMs(firstScan.get(name) ?? n) - 1e-9) firstScan.set(name, n);
  });
  const out: StatementPlan['slowest'] = [];
  walk(root, (n) => {
    const children = (n.Plans ?? []).reduce((s, c) => s + totalMs(c), 0);
    const name = n['CTE Name'];
    const producer = name && firstScan.get(name) === n ? (cteMs.get(name) ?? 0) : 0;
    out.push({ node: nodeName(n), selfMs: Math.max(0, totalMs(n) - children - producer), rows: n['Actual Rows'], loops: n['Actual Loops'] });
  });
  return out.sort((a, b) => b.selfMs - a.selfMs);
}

export async function explainEngineQuery(db: DataSource, q: EngineQuery): Promise<StatementPlan[]> {
  // Each statement the engine runs is recorded (and still run), with whether it ran inside the
  // engine's settings transaction (BEGIN READ ONLY; SET LOCAL …); it is explained the same way.
  const statements: { sql: string; params: unknown[]; settings: boolean }[] = [];
  const control = /^\s*(BEGIN|COMMIT|ROLLBACK)\b/i;
  const recording = {
    query: (sql: string, params: unknown[] = []) => {
      statements.push({ sql, params: [...params], settings: false });
      return db.query(sql, params);
    },
    logger: db.logger,
    createQueryRunner: () => {
      const runner = db.createQueryRunner();
      return {
        query: (sql: string, params: unknown[] = []) => {
          if (!control.test(sql)) statements.push({ sql, params: [...params], settings: true });
          return runner.query(sql, params);
        },
        release: () => runner.release(),
      };
    },
  } as unknown as DataSource;
  await new PostgresSearchEngine(recording).search(q);
  const plans: StatementPlan[] = [];
  const explain = async (sql: string, s: { params: unknown[]; settings: boolean }): Promise<unknown[]> => {
    if (!s.settings) return db.query(sql, s.params);
    const runner = db.createQueryRunner();
    try {
      await runner.query(`BEGIN; ${SEARCH_SETTINGS}`);
      return (await runner.query(sql, s.params)) as unknown[];
    } finally {
      await runner.query('ROLLBACK');
      await runner.release();
    }
  };
  for (const s of statements) {
    const [json] = (await explain(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${s.sql}`, s)) as { 'QUERY PLAN': unknown }[];
    const raw = json?.['QUERY PLAN'];
    const parsed = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode; 'Execution Time': number; 'Planning Time': number }[];
    const top = parsed[0] as { Plan: PlanNode; 'Execution Time': number; 'Planning Time': number };
    const nodes = selfTimes(top.Plan);
    const textRows = (await explain(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, s)) as { 'QUERY PLAN': string }[];
    plans.push({
      label: /search_words/.test(s.sql) ? 'misspelling correction' : /OFFSET \$1 LIMIT 1/.test(s.sql) ? 'start of the recent window' : 'search',
      executionMs: top['Execution Time'],
      planningMs: top['Planning Time'],
      slowest: nodes.slice(0, 4),
      text: `${s.settings ? `-- with: ${SEARCH_SETTINGS}\n` : ''}${s.sql.trim()}\n-- params: ${JSON.stringify(s.params)}\n${textRows.map((r) => r['QUERY PLAN']).join('\n')}`,
    });
  }
  return plans;
}

export function saveExplains(name: string, sections: string[]): string {
  const dir = join(process.cwd(), 'tmp', 'bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.txt`);
  writeFileSync(file, sections.join('\n\n'));
  return file;
}
