import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  /** A postgres:// URL that `pg` connects to. */
  url: string;
  /** True when the data folder was empty before this start. */
  fresh: boolean;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) in this process and exposes it on a
 * loopback port, so TypeORM and `pg` talk to it exactly as to a real server.
 *
 * PGlite is a single session: the socket server accepts one connection, and the pool that
 * talks to it must have exactly one connection too (more would interleave transactions).
 */
export async function startEmbeddedPostgres(dataDir: string | null): Promise<EmbeddedPostgres> {
  let fresh = true;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
  }
  const db = await PGlite.create(dataDir ? `file://${dataDir}/pg` : undefined, {
    extensions: { pg_trgm },
  });
  const existing = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`,
  );
  fresh = existing.rows[0]!.n === 0;
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
  await server.start();
  const conn = server.getServerConn(); // host:port
  return {
    url: `postgres://postgres@${conn}/postgres`,
    fresh,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
