import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { LAST_RESORT_MARK } from '../../last-resort';
import { assertApiBuilt, startApiProcess, type ApiProcess } from '../../testing/api-process';
import { ask, chatSocket, connected, sleep, type ChatSocket } from '../../testing/chat-client';
import { GqlClient } from '../../testing/gql-client';
import { TestRedis } from '../../testing/redis-server';
import { expectSearchIndexClean } from '../../testing/search-index';
import { TcpProxy } from '../../testing/tcp-proxy';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';

/**
 * Real API processes (the built dist/apps/api/main.js) killed and stopped at awkward moments:
 * an instance killed with SIGKILL while a post is on its way (the client retries with the same
 * idempotency key on another instance), and SIGTERM while a chat message is being stored, and
 * while PostgreSQL (behind a TCP proxy that stops passing anything) and a private Redis (frozen)
 * do not answer. Needs DATABASE_URL; `npm test` builds the API first.
 */
const suite = process.env.DATABASE_URL ? describe : describe.skip;

const START = `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`;

suite('API processes killed and stopped mid-work', () => {
  let database: TestDatabase;
  let db: DataSource;
  const processes: ApiProcess[] = [];
  let groupId: string;
  const start = async (env: Record<string, string> = {}) => {
    const p = await startApiProcess({ DATABASE_URL: database.url, SEARCH_RELAY_INTERVAL_MS: '50', ...env });
    processes.push(p);
    return p;
  };
  const exited = (p: ApiProcess) => new Promise<number | null>((r) => (p.proc.exitCode !== null ? r(p.proc.exitCode) : p.proc.once('exit', (code) => r(code))));

  beforeAll(async () => {
    assertApiBuilt();
    database = await createTestDatabase();
    db = new DataSource({ type: 'postgres', url: database.url });
    await start(); // migrations and the catalogue
    await db.initialize();
    const [g] = (await db.query(`SELECT id FROM groups WHERE visibility = 'public' ORDER BY slug LIMIT 1`)) as { id: string }[];
    groupId = g!.id;
  }, 120_000);

  afterAll(async () => {
    for (const p of processes) if (p.proc.exitCode === null) p.proc.kill('SIGKILL');
    await db?.destroy();
    await sleep(200);
    await database?.drop();
  });

  it('an instance killed during a post: the retry with the same key on another instance stores one row', async () => {
    const b = await start();
    const member = new GqlClient(b.url);
    await member.register();
    await member.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { id } }`, { id: groupId });
    const rounds = 4;
    let answeredBeforeKill = 0;
    let retried = 0;
    let storedUnanswered = 0;
    for (let i = 0; i < rounds; i++) {
      const a = await start();
      const key = randomUUID();
      const variables = { i: { groupId, kind: 'story', title: `Killed mid-post ${key}`, body: 'It went better than I feared.', tags: [], anonymous: false, idempotencyKey: key } };
      // The same member's session, through instance A (the load balancer's choice for this request).
      const viaA = new GqlClient(a.url);
      member.cookies.forEach((v, k) => viaA.cookies.set(k, v));
      const first = viaA.gql(START, variables).then(
        (r) => (r.data ? (r.data.startThread.id as string) : null),
        () => null,
      );
      await sleep([5, 60, 120, 250][i % 4]!); // from "before it is read" to "after it is stored"
      a.proc.kill('SIGKILL');
      const firstId = await first;
      if (firstId) answeredBeforeKill++;
      await exited(a);
      const title = `Killed mid-post ${key}`;
      const [{ before }] = (await db.query(`SELECT count(*)::int AS before FROM threads WHERE title = $1`, [title])) as { before: number }[];
      if (before && !firstId) storedUnanswered++;
      // The client saw a network error (or an answer): it retries with the same key elsewhere.
      retried++;
      const again = (await member.ok(START, variables)).startThread.id as string;
      if (firstId) expect(again).toBe(firstId);
      const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM threads WHERE title = $1`, [`Killed mid-post ${key}`])) as { n: number }[];
      expect(n).toBe(1);
    }
    const [{ rows, duplicated }] = (await db.query(
      `SELECT count(*)::int AS rows, (count(*) - count(DISTINCT title))::int AS duplicated FROM threads WHERE title LIKE 'Killed mid-post %'`,
    )) as { rows: number; duplicated: number }[];
    process.stdout.write(
      `instance killed during a post: sent ${rounds}, answered before the kill ${answeredBeforeKill}, stored but unanswered ${storedUnanswered}, retried ${retried}, stored ${rows}, lost ${rounds - rows}, duplicated ${duplicated}\n`,
    );
    expect({ rows, duplicated }).toEqual({ rows: rounds, duplicated: 0 });
    await expectSearchIndexClean(db, undefined, 20_000);
  }, 120_000);

  it('SIGTERM lets a chat message being stored finish and be acknowledged, and tells clients to reconnect', async () => {
    const p = await start();
    const member = new GqlClient(p.url);
    await member.register();
    await member.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { id } }`, { id: groupId });
    const socket: ChatSocket = chatSocket(p.url, member);
    await connected(socket);
    expect((await ask(socket, 'chat:join', { groupId })).ok).toBe(true);
    const hint = new Promise<number>((r) => socket.once('server:reconnect', (e) => r(e.afterMs)));
    const clientId = randomUUID();
    const sent = ask(socket, 'chat:send', { groupId, clientId, body: 'Sent just as the server stops' }, 8_000);
    await sleep(15);
    const stopping = Date.now();
    p.proc.kill('SIGTERM');
    const ack = await sent;
    expect(ack.ok).toBe(true);
    expect(await hint).toBeGreaterThan(0);
    expect(await exited(p)).toBe(0);
    expect(Date.now() - stopping).toBeLessThan(10_000);
    const stored = (await db.query(`SELECT count(*)::int AS n FROM chat_messages WHERE client_id = $1`, [clientId])) as { n: number }[];
    expect(stored[0]!.n).toBe(1);
    socket.disconnect();
    expect(p.output.join('')).not.toContain(LAST_RESORT_MARK);
  }, 60_000);

  it('SIGTERM exits within 10 s while PostgreSQL and Redis do not answer', async () => {
    const proxy = await TcpProxy.start('127.0.0.1', Number(new URL(database.url).port || 5432));
    const redis = await TestRedis.start();
    try {
      const url = new URL(database.url);
      url.host = `127.0.0.1:${proxy.port}`;
      const p = await start({ DATABASE_URL: url.toString(), REDIS_URL: redis.url, DB_POOL_SIZE: '3' });
      const member = new GqlClient(p.url);
      await member.register();
      const socket = chatSocket(p.url, member);
      await connected(socket);
      proxy.blackhole();
      redis.freeze();
      // Requests in flight that will never get their answer from the database.
      const hanging = [1, 2, 3].map(() => member.gql(`{ me { id } }`).catch(() => null));
      await sleep(200);
      const stopping = Date.now();
      p.proc.kill('SIGTERM');
      const code = await exited(p);
      const took = Date.now() - stopping;
      process.stdout.write(`SIGTERM with PostgreSQL and Redis unreachable: exited with ${code} after ${took} ms\n`);
      expect(took).toBeLessThan(10_000);
      await Promise.all(hanging);
      socket.disconnect();
      expect(p.output.join('')).not.toContain(LAST_RESORT_MARK);
    } finally {
      redis.thaw();
      await redis.stop();
      await proxy.close();
    }
  }, 60_000);
});
