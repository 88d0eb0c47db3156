import { randomUUID } from 'node:crypto';
import type { ChatMessage } from '@kindred/contracts';
import { ask, chatSocket, connected, sleep, until, type ChatSocket } from '../../testing/chat-client';
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

/** As the web client (GAP_GRACE_MS in apps/web's chat-room.ts). */
const GAP_GRACE_MS = 1_500;

/**
 * A chat participant as the web client behaves: keeps the seq up to which it is missing
 * nothing, re-joins from it after any drop (through whichever instance the "load balancer" now
 * points to), pages through catch-up, asks for seqs a live message skipped over when they do not
 * follow within GAP_GRACE_MS (a broadcast lost with a killed instance), and resends
 * unacknowledged messages with their original client ids.
 */
class Participant {
  socket!: ChatSocket;
  readonly seen = new Map<number, ChatMessage>();
  readonly deliveries: ChatMessage[] = [];
  readonly acked = new Map<string, number>();
  target: string;
  private accountedUpTo = 0;
  private gapTimer: NodeJS.Timeout | null = null;

  constructor(
    readonly name: string,
    readonly gql: GqlClient,
    readonly groupId: string,
    target: string,
  ) {
    this.target = target;
  }

  private take(m: ChatMessage): void {
    this.deliveries.push(m);
    this.seen.set(m.seq, m);
  }

  get lastSeq(): number {
    return this.seen.size ? Math.max(...this.seen.keys()) : 0;
  }

  private accountFor(complete: number): void {
    this.accountedUpTo = Math.max(this.accountedUpTo, complete);
    while (this.seen.has(this.accountedUpTo + 1)) this.accountedUpTo += 1;
  }

  private checkForGaps(): void {
    this.accountFor(this.accountedUpTo);
    if (this.gapTimer || this.lastSeq <= this.accountedUpTo) return;
    this.gapTimer = setTimeout(() => {
      this.gapTimer = null;
      void this.fillGap();
    }, GAP_GRACE_MS);
    this.gapTimer.unref();
  }

  private async fillGap(): Promise<void> {
    if (!this.socket.connected) return; // the rejoin catches up instead
    const heldWhenAsked = this.lastSeq;
    let after = this.accountedUpTo;
    for (;;) {
      const more = await ask(this.socket, 'chat:catch-up', { groupId: this.groupId, afterSeq: after }).catch(() => null);
      if (!more?.ok) break;
      more.messages.forEach((m) => this.take(m));
      const last = more.messages.at(-1)?.seq;
      if (more.hasMore && last !== undefined) after = last;
      else {
        this.accountFor(Math.max(heldWhenAsked, last ?? after));
        break;
      }
    }
    this.checkForGaps();
  }

  async connect(target = this.target): Promise<void> {
    this.target = target;
    this.socket = chatSocket(target, this.gql);
    this.socket.on('chat:message', (m) => {
      this.take(m);
      this.checkForGaps();
    });
    await connected(this.socket);
    const heldWhenAsked = this.lastSeq;
    let ack = await ask(this.socket, 'chat:join', this.seen.size ? { groupId: this.groupId, afterSeq: this.accountedUpTo } : { groupId: this.groupId });
    if (!ack.ok) throw new Error(`${this.name} could not join: ${ack.error.code}`);
    ack.messages.forEach((m) => this.take(m));
    let last = ack.messages.at(-1)?.seq ?? 0;
    while (ack.ok && ack.hasMore) {
      const more = await ask(this.socket, 'chat:catch-up', { groupId: this.groupId, afterSeq: last });
      if (!more.ok) throw new Error(`${this.name} catch-up failed: ${more.error.code}`);
      more.messages.forEach((m) => this.take(m));
      last = more.messages.at(-1)?.seq ?? last;
      ack = { ...ack, hasMore: more.hasMore };
    }
    this.accountFor(Math.max(heldWhenAsked, last));
    this.checkForGaps();
  }

  /** Sends one message until it is acknowledged, riding out drops, failover and the rate limit. */
  async sendUntilAcked(body: string, failover: () => string): Promise<void> {
    const clientId = randomUUID();
    for (let attempt = 0; attempt < 40; attempt++) {
      if (!this.socket.connected) {
        await this.connect(failover()).catch(() => sleep(200));
        if (!this.socket.connected) continue;
      }
      const ack = await ask(this.socket, 'chat:send', { groupId: this.groupId, clientId, body }, 3_000).catch(() => null);
      if (ack?.ok) {
        this.acked.set(clientId, ack.message.seq);
        return;
      }
      await sleep(ack && !ack.ok && ack.error.retryAfterMs ? ack.error.retryAfterMs : 200);
    }
    throw new Error(`${this.name} never got "${body}" acknowledged`);
  }
}

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
