import { randomUUID } from 'node:crypto';
import type { ChatMessage } from '@kindred/contracts';
import { ask, chatSocket, connected, sleep, type ChatSocket } from './chat-client';
import type { GqlClient } from './gql-client';

/** As the web client (GAP_GRACE_MS in apps/web's chat-room.ts). */
const GAP_GRACE_MS = 1_500;

/**
 * A chat participant as the web client behaves: keeps the seq up to which it is missing
 * nothing, re-joins from it after any drop (through whichever instance the "load balancer" now
 * points to), pages through catch-up, asks for seqs a live message skipped over when they do not
 * follow within GAP_GRACE_MS (a broadcast lost with a killed instance), and resends
 * unacknowledged messages with their original client ids.
 */
export class Participant {
  socket!: ChatSocket;
  readonly seen = new Map<number, ChatMessage>();
  readonly deliveries: ChatMessage[] = [];
  readonly acked = new Map<string, number>();
  target: string;
  /** The server said live updates from other servers are delayed (chat:live). */
  liveDelayed = false;
  /** How long each chat:send took to be answered (ok or not), in order. */
  readonly answerMs: number[] = [];
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

  /** Asks for what came after the seq up to which nothing is missing (all of it when `all`). */
  async fillGap(all = false): Promise<void> {
    if (!this.socket.connected) return; // the rejoin catches up instead
    const heldWhenAsked = all ? 0 : this.lastSeq;
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
    // Live updates from other servers were delayed (Redis away) and are back: catch up now.
    this.socket.on('chat:live', ({ delayed }) => {
      this.liveDelayed = delayed;
      if (!delayed) void this.fillGap(true);
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
      const asked = Date.now();
      const ack = await ask(this.socket, 'chat:send', { groupId: this.groupId, clientId, body }, 3_000).catch(() => null);
      this.answerMs.push(Date.now() - asked);
      if (ack?.ok) {
        this.acked.set(clientId, ack.message.seq);
        return;
      }
      await sleep(ack && !ack.ok && ack.error.retryAfterMs ? ack.error.retryAfterMs : 200);
    }
    throw new Error(`${this.name} never got "${body}" acknowledged`);
  }
}
