import { GqlClient } from '../../testing/gql-client';
import { startTestApp, TestApp } from '../../testing/test-app';
import { RETENTION_BATCH, RETENTION_RULES } from './retention.rules';
import { RetentionService } from './retention.service';

describe('retention (integration)', () => {
  let t: TestApp;
  let service: RetentionService;
  beforeAll(async () => {
    t = await startTestApp();
    service = t.app.get(RetentionService);
  });
  afterAll(async () => {
    await t?.close();
  });

  const count = async (sql: string, params: unknown[]) => ((await t.db.query(sql, params)) as { n: number }[])[0].n;

  it('deletes exports, sessions, links and retry keys that are finished with, and keeps the rest', async () => {
    const me = new GqlClient(t.url);
    const { id } = await me.register();
    // One finished and one live row of each kind.
    await t.db.query(
      `INSERT INTO data_exports (user_id, status, archive, expires_at) VALUES ($1, 'ready', '\\x00', now() - interval '1 minute'), ($1, 'ready', '\\x00', now() + interval '1 day')`,
      [id],
    );
    await t.db.query(
      `INSERT INTO sessions (user_id, token_hash, expires_at, revoked_at) VALUES
         ($1, 'old-expired', now() - interval '31 days', NULL), ($1, 'old-revoked', now() + interval '1 day', now() - interval '31 days'),
         ($1, 'recently-revoked', now() + interval '1 day', now() - interval '1 day')`,
      [id],
    );
    await t.db.query(
      `INSERT INTO account_tokens (user_id, purpose, token_hash, expires_at) VALUES ($1, 'reset_password', 'old', now() - interval '2 days'), ($1, 'reset_password', 'new', now() + interval '1 hour')`,
      [id],
    );
    await t.db.query(
      `INSERT INTO idempotency_keys (user_id, scope, key, created_at) VALUES ($1, 'reply', 'old-key-1', now() - interval '31 days'), ($1, 'reply', 'new-key-1', now())`,
      [id],
    );

    const deleted = await service.purge();
    expect(Object.keys(deleted).sort()).toEqual(RETENTION_RULES.map((r) => r.name).sort());

    expect(await count(`SELECT count(*)::int AS n FROM data_exports WHERE user_id = $1`, [id])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM data_exports WHERE user_id = $1 AND expires_at > now()`, [id])).toBe(1);
    const sessions: { token_hash: string }[] = await t.db.query(`SELECT token_hash FROM sessions WHERE user_id = $1 ORDER BY token_hash`, [id]);
    // The member's own sign-in session (from register) and the recently revoked one stay.
    expect(sessions.map((s) => s.token_hash).filter((h) => h.startsWith('old') || h.startsWith('recently'))).toEqual(['recently-revoked']);
    expect(sessions).toHaveLength(2);
    expect(await count(`SELECT count(*)::int AS n FROM account_tokens WHERE user_id = $1 AND token_hash IN ('old', 'new')`, [id])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM idempotency_keys WHERE user_id = $1`, [id])).toBe(1);

    // The member is still signed in: nothing live went.
    expect((await me.ok(`{ me { id } }`)).me.id).toBe(id);
    // Running again finds nothing of theirs.
    await service.purge();
    expect(await count(`SELECT count(*)::int AS n FROM idempotency_keys WHERE user_id = $1`, [id])).toBe(1);
  });

  it('works through a backlog larger than one batch', async () => {
    const { id } = await new GqlClient(t.url).register();
    await t.db.query(
      `INSERT INTO idempotency_keys (user_id, scope, key, created_at)
         SELECT $1, 'thread', 'backlog-' || g, now() - interval '40 days' FROM generate_series(1, $2::int) g`,
      [id, RETENTION_BATCH * 2 + 7],
    );
    const deleted = await service.purge();
    expect(deleted['idempotency keys']).toBeGreaterThanOrEqual(RETENTION_BATCH * 2 + 7);
    expect(await count(`SELECT count(*)::int AS n FROM idempotency_keys WHERE user_id = $1`, [id])).toBe(0);
  });
});
