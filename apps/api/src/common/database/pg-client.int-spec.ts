import { DatabaseError, Pool, type QueryResult } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { KindredPgClient } from './pg-client';

/** KindredPgClient answers exactly as pg's Client does, in every calling form pg offers. */
describe('KindredPgClient', () => {
  let database: TestDatabase;
  let client: KindredPgClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new KindredPgClient({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  it('answers a query called without a callback with a promise of pg’s result', async () => {
    const result = await client.query('SELECT $1::int + 1 AS n, repeat($2, 3) AS s', [41, 'ab']);
    expect(result.rows).toEqual([{ n: 42, s: 'ababab' }]);
    expect(result.rowCount).toBe(1);
    expect(result.command).toBe('SELECT');
  });

  it('rejects a failing query with pg’s error, its stack leading back to the caller', async () => {
    const failing = client.query('SELECT * FROM no_such_table');
    await expect(failing).rejects.toBeInstanceOf(DatabaseError);
    const error = (await failing.catch((e: unknown) => e)) as DatabaseError;
    expect(error.code).toBe('42P01');
    expect(error.stack).toContain('pg-client.int-spec');
    // The connection is still usable afterwards.
    await expect(client.query('SELECT 1 AS one')).resolves.toMatchObject({ rows: [{ one: 1 }] });
  });

  it('leaves the callback forms to pg', async () => {
    const withValues = await new Promise<QueryResult>((resolve, reject) =>
      client.query('SELECT $1::text AS v', ['x'], (err: Error | null, res: QueryResult) => (err ? reject(err) : resolve(res))),
    );
    expect(withValues.rows).toEqual([{ v: 'x' }]);
    const withoutValues = await new Promise<QueryResult>((resolve, reject) =>
      client.query('SELECT 2 AS two', (err: Error | null, res: QueryResult) => (err ? reject(err) : resolve(res))),
    );
    expect(withoutValues.rows).toEqual([{ two: 2 }]);
    const inConfig = await new Promise<QueryResult>((resolve, reject) => {
      const config = { text: 'SELECT $1::int AS n', values: [7], callback: (err: Error | null, res: QueryResult) => (err ? reject(err) : resolve(res)) };
      void (client.query as (c: unknown) => unknown)(config);
    });
    expect(inConfig.rows).toEqual([{ n: 7 }]);
  });
});

describe('KindredPgClient in a pool', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database.drop();
  });

  it('is what a pool hands out when given as its Client, as TypeORM’s pool is', async () => {
    const pool = new Pool({ connectionString: database.url, max: 1, Client: KindredPgClient });
    try {
      const pooled = await pool.connect();
      expect(pooled).toBeInstanceOf(KindredPgClient);
      pooled.release();
      await expect(pool.query('SELECT 3 AS three')).resolves.toMatchObject({ rows: [{ three: 3 }] });
    } finally {
      await pool.end();
    }
  });
});
