import type { DataSource } from 'typeorm';
import { KindredPgClient } from './pg-client';

/**
 * Plan every execution of a prepared statement for its own parameter values. Named prepared
 * statements then save only the parsing and analysis of their text, never choose a plan made
 * for other values (with the default `auto`, PostgreSQL may switch a statement to one generic
 * plan after five runs, which suits no search: a rare word wants the full-text index, a common
 * one the newest rows first). TypeORM itself never names a statement, so nothing else changes.
 */
const PLAN_EVERY_EXECUTION = '-c plan_cache_mode=force_custom_plan';

/**
 * The `pg` pool settings of Kindred's DataSource. On a PostgreSQL server the sessions plan
 * every execution afresh (above). Not on the embedded PGlite: it ignores connection options,
 * and its one session outlives the pool's connections, so a statement named on one connection
 * would already exist on the next. Nor when statements must not be named (`namedStatements`
 * false: DB_NAMED_STATEMENTS, for a pooler in transaction mode); then nothing is named.
 */
export function poolOptions(poolSize: number, embedded: boolean, namedStatements = true): Record<string, unknown> {
  return { max: poolSize, Client: KindredPgClient, ...(embedded || !namedStatements ? {} : { options: PLAN_EVERY_EXECUTION }) };
}

/**
 * Whether this DataSource's sessions plan every execution afresh, so statements may be named
 * safely. Not when its URL carries its own `options`: pg reads the URL last, so those replace
 * the pool's.
 */
export function plansEveryExecution(db: Pick<DataSource, 'options'>): boolean {
  const options = db.options as { url?: string; extra?: { options?: unknown } } | undefined;
  return options?.extra?.options === PLAN_EVERY_EXECUTION && !urlSetsOptions(options.url);
}

function urlSetsOptions(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return new URL(url).searchParams.has('options');
  } catch {
    return true; // not a URL pg would read as one: assume the worst
  }
}
