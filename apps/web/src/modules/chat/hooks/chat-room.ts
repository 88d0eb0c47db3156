import { CHAT_EVENTS } from '@kindred/contracts';
import type {
  ChatAck,
  ChatError,
  ChatMessage,
  JoinPayload,
  LiveStateEvent,
  MessagesResult,
  PresenceEvent,
  PresenceMember,
  RemovedEvent,
  TypingStateEvent,
} from '@kindred/contracts';
import { showSupport } from '../../moderation/support-store';
import type { SupportMessage } from '../../moderation/support-store';
import { acquireChatSocket, releaseChatSocket } from './chat-socket';
import type { ChatSocket } from './chat-socket';

/** stopped: the member was removed from the group (or left it), or the room refused them. */
export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'offline' | 'stopped';

/** A message the member wrote that the server has not stored yet. */
export interface PendingMessage {
  clientId: string;
  body: string;
  createdAt: string;
  /** waiting: queued (offline, rate-limited, or next in line); sending: on the wire; failed: needs the member. */
  state: 'waiting' | 'sending' | 'failed';
  error: ChatError | null;
  /** While rate-limited: not before this time (ms since epoch). */
  retryAt: number | null;
}

/** Why an edit, deletion or history request did not happen. */
export interface ActionError {
  code: ChatError['code'] | 'OFFLINE' | 'TIMEOUT';
  message: string;
}

export interface ChatRoomState {
  status: ConnectionStatus;
  /**
   * The handshake failed: `code` from err.message, `message` from err.data. `refused` when the
   * server turned it away (signed out, wrong origin): Socket.IO does not retry those by itself.
   */
  connectError: { code: string; message: string; refused: boolean } | null;
  /** chat:join was refused (NOT_A_MEMBER, NOT_FOUND …). */
  joinError: ChatError | null;
  /** Stored messages, oldest first, one per seq. */
  messages: readonly ChatMessage[];
  /** The member's unsent messages, in the order written. */
  pending: readonly PendingMessage[];
  /** Joined at least once (the first page has arrived). */
  ready: boolean;
  hasEarlier: boolean;
  loadingEarlier: boolean;
  earlierError: string | null;
  online: readonly PresenceMember[];
  typing: readonly PresenceMember[];
  mutedUntil: string | null;
  removed: RemovedEvent | null;
  /**
   * Messages from members connected to other servers may arrive late (the server's link to the
   * others is away): this member's own and same-server messages still arrive live, and the room
   * catches up from the server every DELAYED_POLL_MS and when the link is back.
   */
  liveDelayed: boolean;
}

/** While live updates are delayed, how often the room asks the server for what it missed. */
export const DELAYED_POLL_MS = 5_000;

export interface ChatRoomHooks {
  /** A message from someone else arrived live (not from history). */
  onIncoming?: (message: ChatMessage) => void;
  /** After a reconnect, this many messages from others arrived that were missed while away. */
  onCaughtUp?: (count: number) => void;
}

const JOIN_TIMEOUT_MS = 15_000;
const SEND_TIMEOUT_MS = 10_000;
const ACTION_TIMEOUT_MS = 10_000;
const REJOIN_DELAY_MS = 2_000;
const RESEND_DELAY_MS = 1_000;
/**
 * A live message may skip seqs: one from another server can overtake an earlier one, and a
 * server that stops right after storing a message may never have told the room. Missing seqs
 * that have not arrived this long after are asked for.
 */
export const GAP_GRACE_MS = 1_500;
/** Send "typing" at most this often while someone keeps typing. */
export const TYPING_THROTTLE_MS = 3_000;
/** Forget someone's "typing" when it has not been refreshed for this long. */
export const TYPING_EXPIRY_MS = 6_000;
const MAX_TIMER_MS = 2_147_000_000;

/** Join answers worth retrying; any other refusal stops the room. */
const TRANSIENT = new Set<ChatError['code']>(['INTERNAL_ERROR', 'TOO_MANY_REQUESTS']);

const OFFLINE: ActionError = { code: 'OFFLINE', message: 'You are offline. Try again when chat is live.' };
const TIMED_OUT: ActionError = { code: 'TIMEOUT', message: 'Chat did not answer in time. Try again.' };

type ConnectError = Error & { data?: { code?: string; message?: string } };

/** Of two copies of one message (held, arrived), the more recent; the held one when they agree. */
const newer = (a: ChatMessage, b: ChatMessage): ChatMessage => {
  // A repeated chat:message may be older than an edit or deletion already applied.
  if (a.isDeleted !== b.isDeleted) return a.isDeleted ? a : b;
  if ((a.editedAt ?? '') !== (b.editedAt ?? '')) return (a.editedAt ?? '') > (b.editedAt ?? '') ? a : b;
  return a;
};

/**
 * One group's chat room in this tab: joins on every (re)connect and catches up from the last
 * seq up to which nothing is missing, asks for seqs that a live message skipped over when they
 * do not follow shortly, keeps messages by seq (so repeats are harmless), queues the member's
 * messages and retries them with the same clientId until the server has stored them, and
 * tracks presence and typing. Plain TypeScript; React reads it through useGroupChat.
 */
export class ChatRoom {
  hooks: ChatRoomHooks = {};

  private socket: ChatSocket | null = null;
  private running = false;
  /** Bumped on every connect and stop: answers to an older session are ignored. */
  private session = 0;
  private joined = false;
  private joinedOnce = false;
  private everConnected = false;
  private bySeq = new Map<number, ChatMessage>();
  /**
   * Every seq up to this one is held, or the server has said it is not for this member to see
   * (waiting for a moderator, from someone they blocked). Rejoins and gap checks ask for what
   * came after it.
   */
  private accountedUpTo = 0;
  private pendingList: PendingMessage[] = [];
  private inFlight: string | null = null;
  private presence = new Map<string, { member: PresenceMember; connections: number }>();
  private typingBy = new Map<string, { member: PresenceMember; expires: number }>();
  private historyExhausted = false;
  private loadingEarlier = false;
  private earlierError: string | null = null;
  private connectError: ChatRoomState['connectError'] = null;
  private joinError: ChatError | null = null;
  private mutedUntil: string | null = null;
  private removed: RemovedEvent | null = null;
  private typingSentAt = 0;
  private typingOn = false;
  private timers = { rejoin: 0, pump: 0, typing: 0, mute: 0, gap: 0, delayed: 0 };
  private liveDelayed = false;
  private listeners = new Set<() => void>();
  /** The sorted list is rebuilt only when a message changed, so its identity means "changed". */
  private sorted: ChatMessage[] | null = null;
  private snapshot: ChatRoomState;

  constructor(
    readonly groupId: string,
    readonly viewerId: string,
    /** Where the tab's shared connection comes from (the tests give their own). */
    private readonly sockets: { acquire(userId: string): ChatSocket; release(): void } = { acquire: acquireChatSocket, release: releaseChatSocket },
  ) {
    this.snapshot = this.build();
  }

  // ---- React glue --------------------------------------------------------------------------

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ChatRoomState => this.snapshot;

  private changed(): void {
    this.snapshot = this.build();
    this.listeners.forEach((l) => l());
  }

  private build(): ChatRoomState {
    const messages = (this.sorted ??= [...this.bySeq.values()].sort((a, b) => a.seq - b.seq));
    const lowest = messages[0]?.seq;
    return {
      status: this.status(),
      connectError: this.connectError,
      joinError: this.joinError,
      messages,
      pending: [...this.pendingList],
      ready: this.joinedOnce,
      hasEarlier: !this.historyExhausted && lowest !== undefined && lowest > 1,
      loadingEarlier: this.loadingEarlier,
      earlierError: this.earlierError,
      online: [...this.presence.values()].map((p) => p.member).sort((a, b) => a.handle.localeCompare(b.handle)),
      typing: [...this.typingBy.values()].map((t) => t.member),
      mutedUntil: this.mutedUntil,
      removed: this.removed,
      liveDelayed: this.liveDelayed && this.status() === 'live',
    };
  }

  private status(): ConnectionStatus {
    if (this.removed || (this.joinError && !TRANSIENT.has(this.joinError.code))) return 'stopped';
    const s = this.socket;
    if (s?.connected && this.joined) return 'live';
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
    if (s && !s.active) return 'offline';
    return this.everConnected ? 'reconnecting' : 'connecting';
  }

  // ---- lifecycle ---------------------------------------------------------------------------

  start(): void {
    if (this.running || this.removed) return;
    this.running = true;
    const s = this.sockets.acquire(this.viewerId);
    this.socket = s;
    s.on('connect', this.onConnect);
    s.on('disconnect', this.onDisconnect);
    s.on('connect_error', this.onConnectError);
    s.on(CHAT_EVENTS.message, this.onMessage);
    s.on(CHAT_EVENTS.updated, this.onUpdated);
    s.on(CHAT_EVENTS.presence, this.onPresence);
    s.on(CHAT_EVENTS.typingState, this.onTypingState);
    s.on(CHAT_EVENTS.removed, this.onRemoved);
    s.on(CHAT_EVENTS.live, this.onLiveState);
    window.addEventListener('online', this.onBrowserNetwork);
    window.addEventListener('offline', this.onBrowserNetwork);
    if (s.connected) this.onConnect();
    else this.changed();
  }

  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.session += 1;
    const s = this.socket;
    if (s) {
      this.stopTyping();
      if (s.connected && this.joined) s.emit(CHAT_EVENTS.leave, { groupId: this.groupId }, () => undefined);
      s.off('connect', this.onConnect);
      s.off('disconnect', this.onDisconnect);
      s.off('connect_error', this.onConnectError);
      s.off(CHAT_EVENTS.message, this.onMessage);
      s.off(CHAT_EVENTS.updated, this.onUpdated);
      s.off(CHAT_EVENTS.presence, this.onPresence);
      s.off(CHAT_EVENTS.typingState, this.onTypingState);
      s.off(CHAT_EVENTS.removed, this.onRemoved);
      s.off(CHAT_EVENTS.live, this.onLiveState);
      this.sockets.release();
    }
    window.removeEventListener('online', this.onBrowserNetwork);
    window.removeEventListener('offline', this.onBrowserNetwork);
    Object.values(this.timers).forEach((t) => window.clearTimeout(t));
    this.timers.gap = 0;
    this.timers.delayed = 0;
    this.liveDelayed = false;
    this.socket = null;
    this.joined = false;
    this.inFlight = null;
    this.pendingList = this.pendingList.map((p) => (p.state === 'sending' ? { ...p, state: 'waiting' } : p));
    this.presence.clear();
    this.typingBy.clear();
  }

  // ---- connection --------------------------------------------------------------------------

  private onConnect = (): void => {
    this.session += 1;
    this.everConnected = true;
    // A server whose link to the others is away says so as soon as it accepts the connection.
    this.setLiveDelayed(false);
    this.connectError = null;
    this.joined = false;
    this.join(this.session);
    this.changed();
  };

  private onDisconnect = (): void => {
    this.joined = false;
    this.presence.clear();
    this.typingBy.clear();
    this.typingOn = false;
    this.changed();
  };

  private onConnectError = (err: ConnectError): void => {
    this.connectError = {
      code: err.message,
      message: err.data?.message ?? 'We could not reach chat. We will keep trying.',
      refused: !!err.data,
    };
    this.changed();
  };

  private onBrowserNetwork = (): void => this.changed();

  private onLiveState = ({ delayed }: LiveStateEvent): void => {
    const wasDelayed = this.liveDelayed;
    this.setLiveDelayed(delayed);
    // Back: whatever members on other servers sent meanwhile comes from the server now.
    if (wasDelayed && !delayed) this.refresh(this.session);
    this.changed();
  };

  private setLiveDelayed(delayed: boolean): void {
    this.liveDelayed = delayed;
    window.clearTimeout(this.timers.delayed);
    this.timers.delayed = 0;
    if (delayed) this.pollWhileDelayed();
  }

  private pollWhileDelayed(): void {
    this.timers.delayed = window.setTimeout(() => {
      this.refresh(this.session);
      if (this.liveDelayed) this.pollWhileDelayed();
    }, DELAYED_POLL_MS);
  }

  /** Asks for everything after the seqs accounted for (the live stream from other servers was delayed). */
  private refresh(session: number, afterSeq = this.accountedUpTo): void {
    const s = this.socket;
    if (session !== this.session || !this.running || !this.joined || !s?.connected) return; // a rejoin catches up instead
    s.timeout(JOIN_TIMEOUT_MS).emit(CHAT_EVENTS.catchUp, { groupId: this.groupId, afterSeq }, (err, ack) => {
      if (session !== this.session || !this.running || err || !ack.ok) return;
      this.merge(ack.messages);
      const last = ack.messages[ack.messages.length - 1]?.seq;
      if (ack.hasMore && last !== undefined) return this.refresh(session, last);
      if (last !== undefined) this.accountFor(last);
      this.changed();
      this.checkForGaps();
    });
  }

  private join(session: number): void {
    const s = this.socket;
    if (!s || this.removed) return;
    // The first join asks for the latest page; every later one for what came after what we hold.
    const payload: JoinPayload = this.joinedOnce
      ? { groupId: this.groupId, afterSeq: this.accountedUpTo }
      : { groupId: this.groupId };
    const reconnect = this.joinedOnce;
    const heldWhenAsked = this.highestSeq();
    s.timeout(JOIN_TIMEOUT_MS).emit(CHAT_EVENTS.join, payload, (err, ack) => {
      if (session !== this.session || !this.running) return;
      if (err) return this.rejoinLater(session);
      if (!ack.ok) {
        this.joinError = ack.error;
        // A passing problem on the server: try again. Otherwise (not a member any more, no such
        // group) nothing queued can be sent here.
        if (TRANSIENT.has(ack.error.code)) this.rejoinLater(session, ack.error.retryAfterMs);
        else this.failPending(ack.error);
        return this.changed();
      }
      this.joinError = null;
      const fromOthers = this.merge(ack.messages);
      this.presence = new Map(ack.online.map((m) => [m.userId, { member: m, connections: 1 }]));
      this.setMuted(ack.mutedUntil);
      this.joinedOnce = true;
      const last = ack.messages[ack.messages.length - 1]?.seq;
      if (ack.hasMore && last !== undefined) this.catchUp(session, last, reconnect ? fromOthers : 0, heldWhenAsked);
      else this.joinedNow(reconnect ? fromOthers : 0, Math.max(heldWhenAsked, last ?? 0));
    });
  }

  /** Page after page of what was missed, while the server says there is more. */
  private catchUp(session: number, afterSeq: number, fromOthers: number, heldWhenAsked: number): void {
    const s = this.socket;
    if (!s) return;
    s.timeout(JOIN_TIMEOUT_MS).emit(CHAT_EVENTS.catchUp, { groupId: this.groupId, afterSeq }, (err, ack) => {
      if (session !== this.session || !this.running) return;
      if (err || !ack.ok) return this.rejoinLater(session);
      const total = fromOthers + this.merge(ack.messages);
      const last = ack.messages[ack.messages.length - 1]?.seq;
      if (ack.hasMore && last !== undefined) this.catchUp(session, last, total, heldWhenAsked);
      else this.joinedNow(total, Math.max(heldWhenAsked, last ?? afterSeq));
    });
  }

  /**
   * Joined, with everything up to `complete` accounted for: the server answered with every
   * message after the seq asked from that this member may see, and seqs are stored in order,
   * so every seq up to the highest held when asking (or answered) that is still missing is not
   * theirs to see.
   */
  private joinedNow(missedFromOthers: number, complete: number): void {
    this.joined = true;
    this.accountFor(complete);
    this.checkForGaps();
    this.changed();
    if (missedFromOthers > 0) this.hooks.onCaughtUp?.(missedFromOthers);
    this.pump();
  }

  private rejoinLater(session: number, delayMs = REJOIN_DELAY_MS): void {
    window.clearTimeout(this.timers.rejoin);
    this.timers.rejoin = window.setTimeout(() => {
      if (session === this.session && this.running && this.socket?.connected) this.join(session);
    }, delayMs);
  }

  // ---- messages ----------------------------------------------------------------------------

  /** Everything up to `complete` is held or not for this member (see joinedNow). */
  private accountFor(complete: number): void {
    if (complete > this.accountedUpTo) this.accountedUpTo = complete;
    while (this.bySeq.has(this.accountedUpTo + 1)) this.accountedUpTo += 1;
  }

  /** When a seq above those accounted for is held, asks for the missing ones unless they follow within GAP_GRACE_MS. */
  private checkForGaps(): void {
    this.accountFor(this.accountedUpTo);
    if (!this.joined || this.timers.gap || this.highestSeq() <= this.accountedUpTo) return;
    const session = this.session;
    this.timers.gap = window.setTimeout(() => {
      this.timers.gap = 0;
      this.fillGap(session);
    }, GAP_GRACE_MS);
  }

  /** Asks for every message after the seqs accounted for, page by page, then checks again. */
  private fillGap(session: number, afterSeq = this.accountedUpTo, heldWhenAsked = this.highestSeq()): void {
    const s = this.socket;
    if (session !== this.session || !this.running || !this.joined || !s?.connected) return; // a rejoin catches up instead
    if (heldWhenAsked <= this.accountedUpTo) return;
    s.timeout(JOIN_TIMEOUT_MS).emit(CHAT_EVENTS.catchUp, { groupId: this.groupId, afterSeq }, (err, ack) => {
      if (session !== this.session || !this.running) return;
      if (!err && ack.ok) {
        this.merge(ack.messages);
        const last = ack.messages[ack.messages.length - 1]?.seq;
        if (ack.hasMore && last !== undefined) return this.fillGap(session, last, heldWhenAsked);
        this.accountFor(Math.max(heldWhenAsked, last ?? afterSeq));
        this.changed();
      }
      this.checkForGaps();
    });
  }

  private highestSeq(): number {
    let max = 0;
    for (const seq of this.bySeq.keys()) if (seq > max) max = seq;
    return max;
  }

  private lowestSeq(): number | undefined {
    let min: number | undefined;
    for (const seq of this.bySeq.keys()) if (min === undefined || seq < min) min = seq;
    return min;
  }

  /** Stores one message (de-duplicated by seq); true when it was not held before. */
  private put(m: ChatMessage): boolean {
    const had = this.bySeq.get(m.seq);
    const next = had ? newer(had, m) : m;
    if (next !== had) {
      this.bySeq.set(m.seq, next);
      this.sorted = null;
    }
    if (m.author?.id === this.viewerId) {
      this.pendingList = this.pendingList.filter((p) => p.clientId !== m.clientId);
    }
    return !had;
  }

  /** Stores a page; returns how many of them are new messages from other people. */
  private merge(messages: readonly ChatMessage[]): number {
    let fromOthers = 0;
    for (const m of messages) {
      if (m.groupId !== this.groupId) continue;
      if (this.put(m) && m.author?.id !== this.viewerId && !m.isDeleted) fromOthers += 1;
    }
    return fromOthers;
  }

  private onMessage = (m: ChatMessage): void => {
    if (m.groupId !== this.groupId || this.removed) return;
    const isNew = this.put(m);
    if (m.author) this.typingBy.delete(m.author.id);
    this.checkForGaps();
    this.changed();
    if (isNew && m.author?.id !== this.viewerId && !m.isDeleted) this.hooks.onIncoming?.(m);
  };

  private onUpdated = (m: ChatMessage): void => {
    if (m.groupId !== this.groupId || !this.bySeq.has(m.seq)) return;
    this.put(m);
    this.changed();
  };

  /** Older messages, before the lowest seq held. */
  loadEarlier(): Promise<void> {
    const s = this.socket;
    const lowest = this.lowestSeq();
    if (!s || this.loadingEarlier || lowest === undefined) return Promise.resolve();
    if (!s.connected) {
      this.earlierError = OFFLINE.message;
      this.changed();
      return Promise.resolve();
    }
    this.loadingEarlier = true;
    this.earlierError = null;
    this.changed();
    return new Promise((resolve) => {
      s.timeout(ACTION_TIMEOUT_MS).emit(
        CHAT_EVENTS.history,
        { groupId: this.groupId, beforeSeq: lowest },
        (err: Error | null, ack: ChatAck<MessagesResult>) => {
          this.loadingEarlier = false;
          if (err) this.earlierError = TIMED_OUT.message;
          else if (!ack.ok) this.earlierError = ack.error.message;
          else {
            this.merge(ack.messages);
            if (!ack.hasMore || ack.messages.length === 0) this.historyExhausted = true;
          }
          this.changed();
          resolve();
        },
      );
    });
  }

  // ---- sending -----------------------------------------------------------------------------

  /** Shows the message at once and sends it as soon as the room is live. */
  send(body: string): void {
    this.pendingList = [
      ...this.pendingList,
      {
        clientId: crypto.randomUUID(),
        body,
        createdAt: new Date().toISOString(),
        state: 'waiting',
        error: null,
        retryAt: null,
      },
    ];
    this.stopTyping();
    this.changed();
    this.pump();
  }

  /** Tries a failed message again, with the same clientId. */
  retry(clientId: string): void {
    this.patchPending(clientId, { state: 'waiting', error: null, retryAt: null });
    this.changed();
    this.pump();
  }

  discard(clientId: string): void {
    if (this.inFlight === clientId) return;
    this.pendingList = this.pendingList.filter((p) => p.clientId !== clientId);
    this.changed();
  }

  private patchPending(clientId: string, patch: Partial<PendingMessage>): void {
    this.pendingList = this.pendingList.map((p) => (p.clientId === clientId ? { ...p, ...patch } : p));
  }

  /** Sends the first waiting message, one at a time so they are stored in the order written. */
  private pump = (): void => {
    window.clearTimeout(this.timers.pump);
    const s = this.socket;
    if (!this.running || !s?.connected || !this.joined || this.inFlight || this.removed) return;
    const next = this.pendingList.find((p) => p.state === 'waiting');
    if (!next) return;
    const wait = (next.retryAt ?? 0) - Date.now();
    if (wait > 0) {
      this.timers.pump = window.setTimeout(this.pump, wait);
      return;
    }
    const session = this.session;
    this.inFlight = next.clientId;
    this.patchPending(next.clientId, { state: 'sending', retryAt: null });
    this.changed();
    s.timeout(SEND_TIMEOUT_MS).emit(
      CHAT_EVENTS.send,
      { groupId: this.groupId, clientId: next.clientId, body: next.body },
      (err, ack) => {
        if (this.inFlight === next.clientId) this.inFlight = null;
        if (!this.running) return;
        if (err) {
          // Timed out or the connection dropped: keep it, and send it again with the same clientId
          // (the server stores it once) when the room is live again.
          this.patchPending(next.clientId, { state: 'waiting' });
          this.changed();
          if (session === this.session && s.connected) this.timers.pump = window.setTimeout(this.pump, RESEND_DELAY_MS);
          return;
        }
        if (ack.ok) {
          this.put(ack.message);
          // The message signals a crisis: the sender is shown help lines, privately.
          if ('support' in ack) showSupport(ack.support as SupportMessage | null | undefined);
        } else if (ack.error.code === 'TOO_MANY_REQUESTS') {
          this.patchPending(next.clientId, {
            state: 'waiting',
            error: ack.error,
            retryAt: Date.now() + (ack.error.retryAfterMs ?? 1_000),
          });
        } else {
          if (ack.error.code === 'MUTED') this.setMuted(ack.error.until ?? null);
          this.patchPending(next.clientId, { state: 'failed', error: ack.error });
        }
        this.changed();
        this.pump();
      },
    );
  };

  // ---- edits and deletions -------------------------------------------------------------------

  edit(messageId: string, body: string): Promise<ActionError | null> {
    return this.action((s, done) =>
      s.timeout(ACTION_TIMEOUT_MS).emit(CHAT_EVENTS.edit, { messageId, body }, (err, ack) =>
        done(err ? TIMED_OUT : ack.ok ? ack.message : ack.error),
      ),
    );
  }

  remove(messageId: string, reason?: string): Promise<ActionError | null> {
    return this.action((s, done) =>
      s.timeout(ACTION_TIMEOUT_MS).emit(
        CHAT_EVENTS.delete,
        reason === undefined ? { messageId } : { messageId, reason },
        (err, ack) => done(err ? TIMED_OUT : ack.ok ? ack.message : ack.error),
      ),
    );
  }

  private action(
    run: (s: ChatSocket, done: (outcome: ChatMessage | ActionError) => void) => void,
  ): Promise<ActionError | null> {
    const s = this.socket;
    if (!s?.connected) return Promise.resolve(OFFLINE);
    return new Promise((resolve) => {
      run(s, (outcome) => {
        if ('seq' in outcome) {
          this.put(outcome);
          this.changed();
          resolve(null);
        } else {
          if (outcome.code === 'MUTED') this.setMuted((outcome as ChatError).until ?? null);
          resolve(outcome);
        }
      });
    });
  }

  /** After blocking someone: their messages, presence and typing go at once. */
  hideAuthor(userId: string): void {
    for (const [seq, m] of this.bySeq) if (m.author?.id === userId) this.bySeq.delete(seq);
    this.sorted = null;
    this.presence.delete(userId);
    this.typingBy.delete(userId);
    this.changed();
  }

  // ---- presence and typing -----------------------------------------------------------------

  private onPresence = (e: PresenceEvent): void => {
    if (e.groupId !== this.groupId) return;
    const current = this.presence.get(e.member.userId);
    const connections = (current?.connections ?? 0) + (e.online ? 1 : -1);
    if (connections > 0) this.presence.set(e.member.userId, { member: e.member, connections });
    else {
      this.presence.delete(e.member.userId);
      this.typingBy.delete(e.member.userId);
    }
    this.changed();
  };

  private onTypingState = (e: TypingStateEvent): void => {
    if (e.groupId !== this.groupId || e.member.userId === this.viewerId) return;
    if (e.typing) this.typingBy.set(e.member.userId, { member: e.member, expires: Date.now() + TYPING_EXPIRY_MS });
    else this.typingBy.delete(e.member.userId);
    this.scheduleTypingExpiry();
    this.changed();
  };

  private scheduleTypingExpiry(): void {
    window.clearTimeout(this.timers.typing);
    if (this.typingBy.size === 0) return;
    const soonest = Math.min(...[...this.typingBy.values()].map((t) => t.expires));
    this.timers.typing = window.setTimeout(() => {
      const now = Date.now();
      for (const [id, t] of this.typingBy) if (t.expires <= now) this.typingBy.delete(id);
      this.scheduleTypingExpiry();
      this.changed();
    }, Math.max(50, soonest - Date.now()));
  }

  /** The composer changed: say "typing" (at most every 3 s), or stop when it is empty. */
  typing(hasText: boolean): void {
    if (!hasText) return this.stopTyping();
    const s = this.socket;
    const now = Date.now();
    if (!s?.connected || !this.joined || now - this.typingSentAt < TYPING_THROTTLE_MS) return;
    this.typingSentAt = now;
    this.typingOn = true;
    s.emit(CHAT_EVENTS.typing, { groupId: this.groupId, typing: true });
  }

  /** Sent, cleared or left the composer. */
  stopTyping(): void {
    const wasOn = this.typingOn;
    this.typingOn = false;
    this.typingSentAt = 0;
    if (wasOn && this.socket?.connected) this.socket.emit(CHAT_EVENTS.typing, { groupId: this.groupId, typing: false });
  }

  // ---- mutes and removal -------------------------------------------------------------------

  private setMuted(until: string | null): void {
    window.clearTimeout(this.timers.mute);
    const ends = until ? Date.parse(until) : NaN;
    this.mutedUntil = Number.isFinite(ends) && ends > Date.now() ? until : null;
    if (this.mutedUntil) {
      const wait = ends - Date.now();
      if (wait < MAX_TIMER_MS) {
        this.timers.mute = window.setTimeout(() => {
          this.mutedUntil = null;
          this.changed();
        }, wait);
      }
    }
  }

  private onRemoved = (e: RemovedEvent): void => {
    if (e.groupId !== this.groupId) return;
    this.removed = e;
    this.joined = false;
    this.session += 1;
    this.presence.clear();
    this.typingBy.clear();
    this.failPending({ code: e.code, message: e.message });
    // The server has taken this connection out of the room: stop listening to it too.
    this.stop();
    this.changed();
  };

  private failPending(error: ChatError): void {
    this.pendingList = this.pendingList.map((p) => (p.state === 'failed' ? p : { ...p, state: 'failed', error }));
  }
}
