import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { PlannedOnceStatements } from './planned-once';
import { poolOptions } from './pool-options';

const TEXT = `SELECT g AS n, $1::text AS label FROM generate_series(1, $2::int) g ORDER BY g`;

describe('PlannedOnceStatements', () => {
  let database: TestDatabase;
  const sources: DataSource[] = [];

  const source = async (extra: Record<string, unknown>): Promise<DataSource> => {
    const db = new DataSource({ type: 'postgres', url: database.url, extra });
    await db.initialize();
    sources.push(db);
    return db;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    for (const db of sources) await db.destroy();
    await database.drop();
  });

  it('names a statement and keeps one plan for it per session on a PostgreSQL server, with the same rows', async () => {
    if (database.embedded) return; // PGlite: the next test
    // One session, so the statement's row in pg_prepared_statements is the one this pool prepared.
    const statements = new PlannedOnceStatements(await source(poolOptions(1, false)));
    try {
      expect(statements.enabled).toBe(true);
      for (const [label, n] of [['a', 3], ['b', 1], ['c', 5]] as const) {
        const rows = await statements.query<{ n: number; label: string }>(TEXT, [label, n]);
        expect(rows).toEqual(Array.from({ length: n }, (_, i) => ({ n: i + 1, label })));
      }
      const pool = (statements as unknown as { sessions(): { query(t: string): Promise<{ rows: unknown[] }> } }).sessions();
      const { rows } = await pool.query(`SELECT name, generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements`);
      expect(rows).toEqual([{ name: expect.stringMatching(/^kindred_once_[0-9a-f]{20}$/), generic: expect.any(Number), custom: 0 }]);
    } finally {
      await statements.onApplicationShutdown();
    }
  });

  it('sends the text unnamed through the main pool where statements must not be named', async () => {
    // The embedded PGlite's options, and on a server also a pool told not to name statements.
    for (const extra of database.embedded ? [poolOptions(1, true)] : [poolOptions(1, true), poolOptions(2, false, false)]) {
      const db = await source(extra);
      const statements = new PlannedOnceStatements(db);
      expect(statements.enabled).toBe(false);
      expect(await statements.query(TEXT, ['x', 2])).toEqual([
        { n: 1, label: 'x' },
        { n: 2, label: 'x' },
      ]);
      await statements.onApplicationShutdown();
      await db.destroy();
      sources.splice(sources.indexOf(db), 1);
    }
  });

  it('turns naming off, and still answers, when the server has lost a named statement (a pooler in transaction mode)', async () => {
    if (database.embedded) return;
    // One session in the statements' pool, so the next query meets the statement it prepared.
    const statements = new PlannedOnceStatements(await source(poolOptions(1, false)));
    try {
      await statements.query(TEXT, ['a', 1]);
      const pool = (statements as unknown as { sessions(): { query(t: string): Promise<unknown> } }).sessions();
      await pool.query('DEALLOCATE ALL'); // the session forgets it; pg still believes it is there
      expect(await statements.query(TEXT, ['b', 2])).toEqual([
        { n: 1, label: 'b' },
        { n: 2, label: 'b' },
      ]);
      expect(statements.enabled).toBe(false);
      expect(await statements.query(TEXT, ['c', 1])).toEqual([{ n: 1, label: 'c' }]);
    } finally {
      await statements.onApplicationShutdown();
    }
  });
});
