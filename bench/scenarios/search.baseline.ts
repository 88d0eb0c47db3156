import { DataSource } from 'typeorm';
import type { DatabaseTarget } from '../../apps/api/src/app.module';
import { poolOptions } from '../../apps/api/src/common/database/pool-options';
import { PostgresSearchEngine } from '../../apps/api/src/modules/search/postgres-search.engine';
import type { EngineQuery, EngineResult } from '../../apps/api/src/modules/search/search-engine.port';
import type { LoadResult } from '../lib/load';
import { summarise } from '../lib/stats';
import { mainThreadCpuMs } from '../lib/thread-cpu';

/**
 * The baseline for search: Kindred's own PostgreSQL engine (`PostgresSearchEngine`, the same
 * SQL: the misspelling correction, then the one statement that filters by access, ranks,
 * counts, builds the facets and the snippets) called directly in this process, on a bare
 * TypeORM DataSource with the same pool settings and PostgreSQL client, with the same engine queries (access included)
 * that SearchService builds for the searcher. No HTTP, no GraphQL, no session lookup, no
 * membership query, no facet labels: what the engine costs on its own.
 */
export interface EngineBaseline {
  engine: PostgresSearchEngine;
  db: DataSource;
  close(): Promise<void>;
}

export async function startEngineBaseline({ url, poolSize, embedded }: DatabaseTarget): Promise<EngineBaseline> {
  // PGlite accepts one connection and may not have seen the previous pool's go yet: retry briefly.
  let db: DataSource | null = null;
  for (let attempt = 1; !db; attempt++) {
    const candidate = new DataSource({ type: 'postgres', url, extra: poolOptions(poolSize, embedded) });
    try {
      await candidate.initialize();
      db = candidate;
    } catch (e) {
      if (attempt >= 20) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { engine: new PostgresSearchEngine(db), db, close: () => db.destroy() };
}

/**
 * A closed loop of `connections` concurrent callers in this process, each starting the next
 * query (the shared rotation, as the HTTP load generator takes its bodies) as soon as the
 * previous answer is back. Warm-up first; then only calls that finish inside the measured
 * window count, as in bench/lib/load-worker.ts.
 */
export async function runEngineLoad(
  engine: PostgresSearchEngine,
  queries: EngineQuery[],
  opts: { connections: number; warmupMs: number; durationMs: number },
): Promise<LoadResult> {
  let latencies = new Float64Array(1 << 16);
  let indexes = new Int32Array(latencies.length);
  let recorded = 0;
  let errors = 0;
  let firstError: string | null = null;
  let next = 0;
  const started = performance.now();
  const measureFrom = started + opts.warmupMs;
  const measureUntil = measureFrom + opts.durationMs;
  let cpuOpen: number | null = null;
  let cpuClose: number | null = null;
  const open = setTimeout(() => (cpuOpen = mainThreadCpuMs()), opts.warmupMs);
  const close = setTimeout(() => (cpuClose = mainThreadCpuMs()), opts.warmupMs + opts.durationMs);

  const caller = async () => {
    while (performance.now() < measureUntil) {
      const i = next;
      next = (next + 1) % queries.length;
      const t0 = performance.now();
      let failed: string | null = null;
      try {
        await engine.search(queries[i] as EngineQuery);
      } catch (e) {
        failed = e instanceof Error ? e.message : String(e);
      }
      const t1 = performance.now();
      if (t1 < measureFrom || t1 > measureUntil) continue;
      if (failed) {
        errors++;
        firstError ??= failed;
        continue;
      }
      if (recorded === latencies.length) {
        const grown = new Float64Array(latencies.length * 2);
        grown.set(latencies);
        latencies = grown;
        const grownIndexes = new Int32Array(grown.length);
        grownIndexes.set(indexes);
        indexes = grownIndexes;
      }
      indexes[recorded] = i;
      latencies[recorded++] = t1 - t0;
    }
  };
  await Promise.all(Array.from({ length: opts.connections }, caller));
  clearTimeout(open);
  clearTimeout(close);
  const latenciesMs = latencies.slice(0, recorded);
  const summary = summarise(latenciesMs, opts.durationMs / 1000);
  return {
    ...summary,
    latenciesMs,
    bodyIndexes: indexes.slice(0, recorded),
    errors,
    non2xx: 0,
    firstError,
    bytesPerResponse: 0,
    headerValues: {},
    serverCpuMsPerRequest: cpuOpen !== null && cpuClose !== null && summary.requests ? (cpuClose - cpuOpen) / summary.requests : null,
  };
}

export type { EngineResult };
