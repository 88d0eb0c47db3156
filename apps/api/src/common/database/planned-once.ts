import { createHash } from 'node:crypto';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Pool, type DatabaseError } from 'pg';
import type { DataSource } from 'typeorm';
import { KindredPgClient } from './pg-client';
import { plansEveryExecution } from './pool-options';
import { countQuery } from './query-counter';

/** Sessions that keep one plan per named statement, made for its parameters' types rather than their values. */
const PLAN_ONCE = '-c plan_cache_mode=force_generic_plan';

/**
 * Errors that say the server did not keep a named statement for this session: behind a pooler in
 * transaction mode a statement parsed on one server connection is executed on another (26000, or
 * 42P05 when the other already has one of that name).
 */
const LOST_STATEMENT = new Set(['26000', '42P05']);

/**
 * Statements whose best plan does not depend on their values (a key lookup and an index range,
 * whatever the key), sent as named prepared statements on sessions of their own that plan each
 * of them once (`plan_cache_mode=force_generic_plan`). Kindred's main pool plans every execution
 * afresh (see poolOptions), which suits search but costs the thread page's statement ~1 ms of
 * PostgreSQL's CPU per page — more than executing it at 10 replies.
 *
 * Used only where the main pool names statements too (`plansEveryExecution`): not on the
 * embedded PGlite (its one session outlives the pool's connections, so a name given on one would
 * already exist on the next), not with `DB_NAMED_STATEMENTS=false` (a pooler in transaction mode),
 * not when DATABASE_URL brings its own `options`. There, and from the first time the server has
 * lost a statement it was given, the text is sent unnamed through the main pool (same rows).
 *
 * The pool may open as many connections as the main one (DB_POOL_SIZE; fewer queue the pages
 * behind each other when PostgreSQL is short of CPU), opened when first used and closed after
 * 10 s idle; each statement counts towards `x-sql-queries` like any other.
 */
@Injectable()
export class PlannedOnceStatements implements OnApplicationShutdown {
  private readonly logger = new Logger(PlannedOnceStatements.name);
  private pool: Pool | null = null;
  private named: boolean;
  private readonly names = new Map<string, string>();

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.named = plansEveryExecution(db);
  }

  /** Whether statements go out named on sessions of their own (false: unnamed through the main pool). */
  get enabled(): boolean {
    return this.named;
  }

  /** The rows of `text` with these values: named and planned once per session when enabled. */
  async query<R>(text: string, values: unknown[]): Promise<R[]> {
    if (!this.named) return this.db.query(text, values);
    countQuery();
    try {
      const result = await this.sessions().query({ name: this.nameOf(text), text, values });
      return result.rows as R[];
    } catch (err) {
      if (!LOST_STATEMENT.has((err as DatabaseError).code ?? '')) throw err;
      this.named = false;
      this.logger.warn(`The database did not keep a named statement (${(err as Error).message}); sending statements unnamed from now on.`);
      await this.close();
      return this.db.query(text, values);
    }
  }

  private nameOf(text: string): string {
    let name = this.names.get(text);
    if (!name) {
      name = `kindred_once_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
      this.names.set(text, name);
    }
    return name;
  }

  private sessions(): Pool {
    if (!this.pool) {
      const options = this.db.options as { url?: string; extra?: { max?: number } };
      const pool = new Pool({
        connectionString: options.url,
        max: options.extra?.max ?? 10,
        Client: KindredPgClient,
        options: PLAN_ONCE,
      });
      // An idle session the server ended: the pool drops it and opens another when needed.
      pool.on('error', (err) => this.logger.warn(`An idle database session ended: ${err.message}`));
      this.pool = pool;
    }
    return this.pool;
  }

  private async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.end();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }
}
