import type { DataSource } from 'typeorm';
import { PostgresSearchEngine } from '../modules/search/postgres-search.engine';
import { checkIndex, type CheckReport } from '../modules/search/search-index';
import type { SearchEngine } from '../modules/search/search-engine.port';

/** Waits until the search relay has emptied the outbox (tests run it every 50 ms). */
export async function searchIndexed(db: DataSource, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM search_outbox`);
    if (n === 0) return;
    if (Date.now() > end) throw new Error('the relay did not empty the outbox');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * search:check as an assertion: once the relay has emptied the outbox, the index matches
 * PostgreSQL exactly (no document missing, extra or stale). Cheap enough for any suite that
 * writes content; `engine` defaults to the PostgreSQL engine on the same database.
 */
export async function expectSearchIndexClean(db: DataSource, engine?: SearchEngine, timeoutMs = 10_000): Promise<CheckReport> {
  await searchIndexed(db, timeoutMs);
  const report = await checkIndex(db, engine ?? new PostgresSearchEngine(db));
  const counts = { missing: report.missing.length, extra: report.extra.length, stale: report.stale.length };
  if (counts.missing || counts.extra || counts.stale) {
    throw new Error(
      `search index out of step with PostgreSQL: ${JSON.stringify(counts)} (e.g. ${[...report.missing, ...report.extra, ...report.stale].slice(0, 5).join(', ')})`,
    );
  }
  return report;
}
