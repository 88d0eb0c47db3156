import { randomBytes } from 'node:crypto';
import { Client, type QueryResultRow } from 'pg';
import type { DatabaseTarget } from '../../apps/api/src/app.module';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';

/** A fresh, empty database for one benchmark run. */
export interface BenchDatabase {
  engine: 'postgres' | 'pglite';
  /** The database's name on the PostgreSQL server (null for PGlite). */
  name: string | null;
  /** Human-readable: server version and database name. */
  description: string;
  url: string;
  /** Connections per pool (Kindred's and the baseline's alike). PGlite takes exactly one. */
  poolSize: number;
  drop(): Promise<void>;
}

/** Where Kindred (createApp) and a baseline's DataSource connect for this benchmark database. */
export function targetOf(db: BenchDatabase): DatabaseTarget {
  return { url: db.url, poolSize: db.poolSize, embedded: db.engine === 'pglite' };
}

/** Runs one statement on the server's own database (DATABASE_URL), on a connection of its own. */
export async function adminQuery<R extends QueryResultRow = Record<string, unknown>>(text: string): Promise<R[]> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('adminQuery needs DATABASE_URL (a PostgreSQL server)');
  const c = new Client({ connectionString: serverUrl });
  await c.connect();
  try {
    return (await c.query<R>(text)).rows;
  } finally {
    await c.end();
  }
}

/**
 * With DATABASE_URL: a new database `kindred_bench_<random>` on that server, dropped by
 * `drop()`. Without: an in-memory embedded PGlite on a loopback port (single connection).
 */
export async function createBenchDatabase(poolSize: number): Promise<BenchDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres(null);
    return {
      engine: 'pglite',
      name: null,
      description: 'embedded PGlite (in memory, one connection)',
      url: embedded.url,
      poolSize: 1,
      drop: () => embedded.stop(),
    };
  }
  const name = `kindred_bench_${randomBytes(5).toString('hex')}`;
  const [row] = await adminQuery<{ server_version: string }>(`SHOW server_version`);
  const version = row?.server_version ?? '';
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let dropped: Promise<void> | null = null;
  const drop = () => {
    dropped ??= (async () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      // FORCE terminates every session still open on the database: an idle pooled connection
      // left by a closed server then reports "terminating connection due to administrator
      // command" (57P01) as an 'error' event, which must not end a run whose result is in.
      const terminated = (e: unknown) => {
        if ((e as { code?: string } | null)?.code !== '57P01') throw e;
      };
      process.on('uncaughtException', terminated);
      try {
        await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      } finally {
        process.off('uncaughtException', terminated);
      }
    })();
    return dropped;
  };
  // Interrupted: still drop the database (FORCE closes the app's connections) before exiting.
  let interrupted = false;
  function onSignal(signal: NodeJS.Signals) {
    if (interrupted) return;
    interrupted = true;
    process.stderr.write(`\n${signal}: dropping ${name}\n`);
    drop().finally(() => process.exit(130));
  }
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    engine: 'postgres',
    name,
    description: `PostgreSQL ${version}, database ${name}, pool ${poolSize}`,
    url: url.toString(),
    poolSize,
    drop,
  };
}
