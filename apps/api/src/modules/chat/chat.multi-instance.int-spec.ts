import { sleep, until } from '../../testing/chat-client';
import { Participant } from '../../testing/chat-participant';
import { assertApiBuilt, startApiProcess, type ApiProcess } from '../../testing/api-process';
import { GqlClient } from '../../testing/gql-client';
import { promote } from '../../testing/promote';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { DataSource } from 'typeorm';

/**
 * Two real API processes (the built dist/apps/api/main.js) on one PostgreSQL and one Redis.
 * Needs DATABASE_URL and REDIS_URL (as CI sets them); `npm test` builds the API first.
 */
const multi = process.env.DATABASE_URL && process.env.REDIS_URL ? describe : describe.skip;

multi('chat across two API processes with Redis (SIGKILL of one mid-stream)', () => {
  let database: TestDatabase;
  let a: ApiProcess;
  let b: ApiProcess;
  const participants: Participant[] = [];

  beforeAll(async () => {
    assertApiBuilt();
    database = await createTestDatabase();
    a = await startApiProcess({ DATABASE_URL: database.url, REDIS_URL: process.env.REDIS_URL! }); // runs the migrations and seeds the catalogue
    b = await startApiProcess({ DATABASE_URL: database.url, REDIS_URL: process.env.REDIS_URL! });
  }, 120_000);

  afterAll(async () => {
    participants.forEach((p) => p.socket?.disconnect());
    for (const i of [a, b]) if (i && i.proc.exitCode === null) i.proc.kill('SIGKILL');
    await sleep(200);
    await database?.drop();
  });

  it('delivers both ways, and after one process is killed every acknowledged message reaches everyone exactly once', async () => {
    const mod = new GqlClient(a.url);
    const modId = (await mod.register()).id;
    const db = new DataSource({ type: 'postgres', url: database.url });
    await db.initialize();
    await promote(db, modId, 'moderator');
    const condition = await mod.ok(`{ condition(slug: "asthma") { id } }`);
    const group = await mod.ok(`mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`, {
      i: { conditionId: condition.condition.id, slug: `multi-${Date.now()}`, name: 'Two instances', description: '', visibility: 'private', allowAnonymous: false },
    });
    const groupId = group.createGroup.id as string;

    // Three members on each instance (as a load balancer would spread them).
    for (let i = 0; i < 6; i++) {
      const onA = i % 2 === 0;
      const gql = new GqlClient(onA ? a.url : b.url);
      await gql.register();
      const r = await gql.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { id status } }`, { id: groupId });
      await mod.ok(`mutation($id: ID!) { decideJoinRequest(requestId: $id, approve: true) { status } }`, { id: r.joinGroup.id });
      const p = new Participant(`${onA ? 'A' : 'B'}${i}`, gql, groupId, onA ? a.url : b.url);
      await p.connect();
      participants.push(p);
    }
    const [onA, onB] = [participants.filter((p) => p.name.startsWith('A')), participants.filter((p) => p.name.startsWith('B'))];

    // Both ways: a message sent through A reaches B's clients, and back.
    const failoverToB = () => b.url;
    await onA[0]!.sendUntilAcked('hello from A', failoverToB);
    await onB[0]!.sendUntilAcked('hello from B', failoverToB);
    await until(() => participants.every((p) => p.seen.size === 2), 10_000, 'both first messages everywhere');

    // Mid-stream: everyone sends; A is killed with SIGKILL while messages are in flight.
    const perSender = 8;
    const streams = participants.map(async (p) => {
      for (let n = 0; n < perSender; n++) {
        await p.sendUntilAcked(`${p.name} #${n}`, failoverToB);
        await sleep(150);
      }
    });
    await sleep(700);
    const ackedBeforeKill = participants.reduce((n, p) => n + p.acked.size, 0);
    a.proc.kill('SIGKILL');
    await Promise.all(streams);
    expect(ackedBeforeKill).toBeLessThan(2 + participants.length * perSender); // killed mid-stream

    // Clients of A reconnected to B (sendUntilAcked failed them over); wait for the last deliveries.
    const acked = new Map<string, number>();
    participants.forEach((p) => p.acked.forEach((seq, id) => acked.set(id, seq)));
    expect(acked.size).toBe(2 + participants.length * perSender);
    for (const p of onA) expect(p.target).toBe(b.url);
    await until(() => participants.every((p) => [...acked.values()].every((seq) => p.seen.has(seq))), 15_000, 'every acknowledged message everywhere');

    // Stored once each, numbered without gaps.
    const stored: { seq: string; client_id: string }[] = await db.query(`SELECT seq, client_id FROM chat_messages WHERE group_id = $1 ORDER BY seq`, [groupId]);
    const storedIds = stored.map((r) => r.client_id);
    expect(new Set(storedIds).size).toBe(storedIds.length);
    expect(stored.map((r) => Number(r.seq))).toEqual(Array.from({ length: stored.length }, (_, i) => i + 1));

    let lost = 0;
    let duplicated = 0;
    for (const p of participants) {
      for (const [clientId, seq] of acked) {
        const copies = [...p.seen.values()].filter((m) => m.clientId === clientId);
        if (copies.length === 0 || !p.seen.has(seq)) lost++;
        if (copies.length > 1) duplicated++;
      }
    }
    expect({ lost, duplicated }).toEqual({ lost: 0, duplicated: 0 });
    await db.destroy();
  }, 120_000);
});
