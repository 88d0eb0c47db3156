import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { API_SCRIPTS, assertApiBuilt, startApiProcess, type ApiProcess } from '../../testing/api-process';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';

const run = promisify(execFile);
const multi = process.env.DATABASE_URL ? describe : describe.skip;

/** Runs `search:check` (the built script) and returns its summary line and exit code. */
async function searchCli(databaseUrl: string, ...args: string[]): Promise<{ code: number; out: string; summary: Record<string, number> | null }> {
  const env = { PATH: process.env.PATH, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' };
  try {
    const { stdout } = await run(process.execPath, [join(API_SCRIPTS, 'search.js'), ...args], { env, timeout: 60_000 });
    return { code: 0, out: stdout, summary: lastJson(stdout) };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: `${err.stdout}${err.stderr}`, summary: lastJson(err.stdout) };
  }
}
const lastJson = (out: string) => {
  const line = out.trim().split('\n').at(-1) ?? '';
  return line.startsWith('{') ? (JSON.parse(line) as Record<string, number>) : null;
};

/**
 * The relay in a real API process, killed with SIGKILL in the middle of its work, then a new
 * process: the outbox still holds everything unsent, and once it has drained `search:check`
 * finds the index exactly as PostgreSQL says. Needs DATABASE_URL (two processes share it).
 */
multi('search relay killed mid-batch (real processes)', () => {
  let database: TestDatabase;
  let api: ApiProcess | null = null;
  let db: Client;

  const outbox = async () => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM search_outbox`)).rows[0]!.n;
  async function drained(timeoutMs = 60_000) {
    const end = Date.now() + timeoutMs;
    while ((await outbox()) > 0) {
      if (Date.now() > end) throw new Error('the outbox did not drain');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  beforeAll(async () => {
    assertApiBuilt();
    database = await createTestDatabase();
    db = new Client({ connectionString: database.url });
  }, 60_000);

  afterAll(async () => {
    if (api && api.proc.exitCode === null) api.proc.kill('SIGKILL');
    await db?.end().catch(() => undefined);
    await database?.drop();
  });

  it('loses nothing: after a restart the index converges, and search:check reports 0 missing, 0 extra, 0 stale', async () => {
    const env = { DATABASE_URL: database.url, SEARCH_RELAY_BATCH: '100', SEARCH_RELAY_INTERVAL_MS: '20' };
    api = await startApiProcess(env); // migrations, catalogue, first indexing
    await db.connect();
    await drained();

    // 4,000 new threads in one statement: the triggers write 4,000 outbox rows with them.
    const [{ id: groupId }] = (
      await db.query<{ id: string }>(
        `INSERT INTO groups (condition_id, slug, name, visibility) SELECT id, 'relay-kill', 'Relay kill', 'public' FROM conditions LIMIT 1 RETURNING id`,
      )
    ).rows;
    await db.query(
      `INSERT INTO threads (group_id, kind, title, body, body_html, tags)
       SELECT $1, 'advice', 'Pacing tip number ' || n, 'Rest before you are tired, tip ' || n, '<p>tip</p>', '{}' FROM generate_series(1, 4000) n`,
      [groupId],
    );
    while ((await outbox()) > 3_500) await new Promise((r) => setTimeout(r, 5));
    api.proc.kill('SIGKILL'); // mid-stream: some batches sent, one perhaps half-way
    await new Promise((r) => api!.proc.once('exit', r));
    const left = await outbox();
    expect(left).toBeGreaterThan(0);

    const drift = await searchCli(database.url, 'check');
    expect(drift.code).toBe(1); // while the relay is down the index is behind, and check says so
    expect(drift.summary!.missing).toBeGreaterThan(0);

    api = await startApiProcess(env);
    await drained();
    const check = await searchCli(database.url, 'check');
    expect(check.summary).toEqual({ missing: 0, extra: 0, stale: 0, pending: 0 });
    expect(check.code).toBe(0);
    api.proc.kill('SIGKILL');
  }, 180_000);

  it('reindex repairs an index that drifted behind the relay’s back', async () => {
    await db.query(`DELETE FROM search_documents WHERE id IN (SELECT id FROM search_documents WHERE type = 'thread' LIMIT 25)`);
    await db.query(`UPDATE search_documents SET checksum = 'tampered' WHERE id IN (SELECT id FROM search_documents WHERE type = 'condition' LIMIT 3)`);
    await db.query(
      `INSERT INTO search_documents (id, type, source_id, title, visibility, created_at, url, checksum)
       VALUES ('thread-00000000-0000-4000-8000-000000000001', 'thread', '00000000-0000-4000-8000-000000000001', 'ghost', 'public', now(), '/x', 'x')`,
    );
    const before = await searchCli(database.url, 'check');
    expect(before.summary).toMatchObject({ missing: 25, extra: 1, stale: 3 });
    const rebuilt = await searchCli(database.url, 'reindex');
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.out).toMatch(/indexing threads\s+\[#+\]\s+\d+\/\d+ 100%/);
    const after = await searchCli(database.url, 'check');
    expect(after.summary).toEqual({ missing: 0, extra: 0, stale: 0, pending: 0 });
  }, 180_000);
});
