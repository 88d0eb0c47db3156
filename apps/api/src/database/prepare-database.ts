import type { DatabaseTarget } from '../app.module';
import type { AppConfig } from '../config/app-config';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

export interface PreparedDatabase {
  target: DatabaseTarget;
  embedded: EmbeddedPostgres | null;
}

/** PostgreSQL from DATABASE_URL, or the embedded PGlite (one connection) when it is unset. */
export async function prepareDatabase(config: AppConfig): Promise<PreparedDatabase> {
  if (config.database.kind === 'postgres') {
    const { url, poolSize, namedStatements } = config.database;
    return { target: { url, poolSize, embedded: false, namedStatements }, embedded: null };
  }
  const embedded = await startEmbeddedPostgres(config.database.dataDir);
  return { target: { url: embedded.url, poolSize: 1, embedded: true }, embedded };
}
