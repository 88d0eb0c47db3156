/// <reference types="jest" />
import { CHAT_EVENTS, type ChatMessage } from '@kindred/contracts';
import { ChatRoom, DELAYED_POLL_MS, GAP_GRACE_MS } from './chat-room';
import type { ChatSocket } from './chat-socket';

/**
 * The room's bookkeeping of seqs, against a scripted server: what the member may see is a list
 * of messages, and join and catch-up answer from it as the API does (every visible message after
 * `afterSeq`, oldest first; without it, the latest page). Live deliveries are chosen by each test,
 * so a broadcast can be lost, as when a server stops right after storing a message.
 */
const GROUP = 'g1';
const VIEWER = 'viewer';

const message = (seq: number): ChatMessage => ({
  id: `m${seq}`, groupId: GROUP, seq, clientId: `c${seq}`, author: { id: 'other', handle: 'other' }, authorLabel: 'other',
  body: `message ${seq}`, isDeleted: false, deletedByModerator: false, moderationState: 'visible',
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString(), editedAt: null,
});

class ScriptedSocket {
  connected = true;
  active = true;
  /** What the member may see, as stored on the server. */
  visible: ChatMessage[] = [];
  readonly requests: { event: string; payload: { afterSeq?: number } }[] = [];
  private readonly handlers = new Map<string, Set<(...args: unknown[]) => void>>();

  on(event: string, f: (...args: unknown[]) => void): this {
    if (!this.handlers.has(event)) this.handlers.set(event, new Set());
    this.handlers.get(event)!.add(f);
    return this;
  }

  off(event: string, f: (...args: unknown[]) => void): this {
    this.handlers.get(event)?.delete(f);
    return this;
  }

  timeout(): { emit: (event: string, payload: { afterSeq?: number }, cb: (err: Error | null, ack: unknown) => void) => void } {
    return { emit: (event, payload, cb) => this.answer(event, payload, (ack) => cb(null, ack)) };
  }

  emit(event: string, payload: { afterSeq?: number }, cb?: (ack: unknown) => void): void {
    this.answer(event, payload, cb ?? (() => undefined));
  }

  private answer(event: string, payload: { afterSeq?: number }, cb: (ack: unknown) => void): void {
    this.requests.push({ event, payload });
    const after = payload.afterSeq;
    const messages = after === undefined ? this.visible.slice(-50) : this.visible.filter((m) => m.seq > after);
    const ack =
      event === CHAT_EVENTS.join
        ? { ok: true, groupId: GROUP, lastSeq: this.visible.at(-1)?.seq ?? 0, messages, hasMore: false, online: [], mutedUntil: null }
        : event === CHAT_EVENTS.catchUp
          ? { ok: true, messages, hasMore: false }
          : { ok: true };
    queueMicrotask(() => cb(ack));
  }

  /** The server tells this client about a message (a live broadcast). */
  deliver(m: ChatMessage): void {
    this.handlers.get(CHAT_EVENTS.message)?.forEach((f) => f(m));
  }

  /** The server says whether live updates from other servers are delayed (chat:live). */
  live(delayed: boolean): void {
    this.handlers.get(CHAT_EVENTS.live)?.forEach((f) => f({ delayed }));
  }

  drop(): void {
    this.connected = false;
    this.handlers.get('disconnect')?.forEach((f) => f());
  }

  reconnect(): void {
    this.connected = true;
    this.handlers.get('connect')?.forEach((f) => f());
  }

  catchUps(): number[] {
    return this.requests.filter((r) => r.event === CHAT_EVENTS.catchUp).map((r) => r.payload.afterSeq as number);
  }
}

describe('ChatRoom: seqs a live message skipped over', () => {
  let socket: ScriptedSocket;
  let room: ChatRoom;

  const settle = async (ms = 0) => {
    await jest.advanceTimersByTimeAsync(ms);
  };
  const held = () => room.getSnapshot().messages.map((m) => m.seq);

  beforeEach(async () => {
    jest.useFakeTimers();
    (globalThis as { window?: unknown }).window = {
      setTimeout: (f: () => void, ms: number) => setTimeout(f, ms),
      clearTimeout: (t: ReturnType<typeof setTimeout>) => clearTimeout(t),
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
    socket = new ScriptedSocket();
    socket.visible = [message(1), message(2)];
    room = new ChatRoom(GROUP, VIEWER, { acquire: () => socket as unknown as ChatSocket, release: () => undefined });
    room.start();
    await settle();
    expect(held()).toEqual([1, 2]);
  });

  afterEach(() => {
    room.stop();
    jest.useRealTimers();
    delete (globalThis as { window?: unknown }).window;
  });

  it('asks for a message whose broadcast never came, once the grace period has passed', async () => {
    socket.visible.push(message(3), message(4));
    socket.deliver(message(4)); // 3 was stored, but its server stopped before telling the room
    await settle(GAP_GRACE_MS - 1);
    expect(socket.catchUps()).toEqual([]);
    await settle(1);
    expect(socket.catchUps()).toEqual([2]);
    expect(held()).toEqual([1, 2, 3, 4]);
    // Nothing is missing any more: the next message needs no question.
    socket.visible.push(message(5));
    socket.deliver(message(5));
    await settle(GAP_GRACE_MS * 2);
    expect(socket.catchUps()).toEqual([2]);
  });

  it('asks nothing when the skipped message arrives within the grace period (one server overtaking another)', async () => {
    socket.visible.push(message(3), message(4));
    socket.deliver(message(4));
    await settle(GAP_GRACE_MS / 2);
    socket.deliver(message(3));
    await settle(GAP_GRACE_MS * 2);
    expect(socket.catchUps()).toEqual([]);
    expect(held()).toEqual([1, 2, 3, 4]);
  });

  it('asks once for a seq the member may not see (a message waiting for a moderator), then counts past it', async () => {
    socket.visible.push(message(4)); // 3 waits for approval: never broadcast, never answered
    socket.deliver(message(4));
    await settle(GAP_GRACE_MS);
    expect(socket.catchUps()).toEqual([2]);
    socket.visible.push(message(5));
    socket.deliver(message(5));
    await settle(GAP_GRACE_MS * 2);
    expect(socket.catchUps()).toEqual([2]);
    expect(held()).toEqual([1, 2, 4, 5]);
  });

  it('rejoins after a drop from the last seq up to which nothing is missing, not from the highest held', async () => {
    socket.visible.push(message(3), message(4));
    socket.deliver(message(4));
    socket.drop(); // before the grace period ends
    await settle(GAP_GRACE_MS * 2);
    expect(socket.catchUps()).toEqual([]);
    socket.reconnect();
    await settle();
    const rejoin = socket.requests.filter((r) => r.event === CHAT_EVENTS.join).at(-1);
    expect(rejoin?.payload.afterSeq).toBe(2);
    expect(held()).toEqual([1, 2, 3, 4]);
    expect(room.getSnapshot().status).toBe('live');
  });

  it('while live updates are delayed, says so quietly and catches up from the server; catches up again when they are back', async () => {
    socket.live(true);
    expect(room.getSnapshot().liveDelayed).toBe(true);
    expect(room.getSnapshot().status).toBe('live');
    // Members on other servers post; their broadcasts do not come.
    socket.visible.push(message(3));
    await settle(DELAYED_POLL_MS);
    expect(socket.catchUps()).toEqual([2]);
    expect(held()).toEqual([1, 2, 3]);
    socket.visible.push(message(4));
    socket.live(false);
    await settle();
    expect(room.getSnapshot().liveDelayed).toBe(false);
    expect(socket.catchUps()).toEqual([2, 3]);
    expect(held()).toEqual([1, 2, 3, 4]);
    // Back to live broadcasts: no more polling.
    await settle(DELAYED_POLL_MS * 2);
    expect(socket.catchUps()).toEqual([2, 3]);
  });
});
