import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';

/** A fresh, empty database for one benchmark run. */
export interface BenchDatabase {
  engine: 'postgres' | 'pglite';
  /** Human-readable: server version and database name. */
  description: string;
  url: string;
  /** Connections per pool (Kindred's and the baseline's alike). PGlite takes exactly one. */
  poolSize: number;
  drop(): Promise<void>;
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
      description: 'embedded PGlite (in memory, one connection)',
      url: embedded.url,
      poolSize: 1,
      drop: () => embedded.stop(),
    };
  }
  const name = `kindred_bench_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  let version = '';
  try {
    const [row] = (await admin.query<{ server_version: string }>(`SHOW server_version`)).rows;
    version = row?.server_version ?? '';
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let dropped: Promise<void> | null = null;
  const drop = () => {
    dropped ??= (async () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
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
    description: `PostgreSQL ${version}, database ${name}, pool ${poolSize}`,
    url: url.toString(),
    poolSize,
    drop,
  };
}
