import { Inject, OnModuleDestroy } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import { parseCookie } from 'cookie';
import { PinoLogger } from 'nestjs-pino';
import type { Server, Socket } from 'socket.io';
import { CHAT_EVENTS, SESSION_COOKIE } from '@kindred/contracts';
import type {
  CatchUpPayload,
  ChatAck,
  ChatClientEvents,
  ChatMessage,
  LiveNotification,
  ChatServerEvents,
  DeletePayload,
  EditPayload,
  HistoryPayload,
  JoinPayload,
  JoinResult,
  LeavePayload,
  MessageResult,
  MessagesResult,
  PresenceMember,
  SendPayload,
  SendResult,
  TypingPayload,
} from '@kindred/contracts';
import { AppError } from '../../common/errors/app-error';
import { DomainEvents, type DomainEventMap } from '../../common/events/domain-events';
import type { RedisLink } from '../../common/redis/redis-link';
import { REDIS_LINK } from '../../common/redis/redis.module';
import { socketWork } from '../../common/socket/in-flight';
import { SessionService } from '../auth/session.service';
import { supportMessage } from '../moderation/safety/crisis';
import { ChatRateLimiter } from './chat-rate-limit';
import { ChatService, type SocketUser } from './chat.service';

type PrivacyChange = DomainEventMap['privacy.changed'];
/** Between API instances (through the adapter). */
interface InterServerEvents {
  privacy: (change: PrivacyChange) => void;
}
type ChatServer = Server<ChatClientEvents, ChatServerEvents, InterServerEvents, SocketUser>;
type ChatSocket = Socket<ChatClientEvents, ChatServerEvents, InterServerEvents, SocketUser>;

export const roomOf = (groupId: string) => `group:${groupId}`;
export const userRoom = (userId: string) => `user:${userId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
/** Sockets of everyone who blocked X, or whom X blocked, are in hide:X and never get X's events. */
export const hideRoom = (userId: string) => `hide:${userId}`;
const groupIdOf = (room: string) => (room.startsWith('group:') ? room.slice(6) : null);

const payload = <T>(v: unknown): Partial<T> => (v && typeof v === 'object' ? (v as Partial<T>) : {});

/**
 * The chat gateway (thin: rules live in ChatService). Each event is answered through its
 * acknowledgement with `{ ok: true, ... }` or `{ ok: false, error: { code, message } }`.
 */
@WebSocketGateway()
export class ChatGateway implements OnGatewayInit, OnGatewayConnection, OnModuleDestroy {
  @WebSocketServer() private server!: ChatServer;
  private readonly unsubscribe: (() => void)[] = [];

  constructor(
    private readonly chat: ChatService,
    private readonly sessions: SessionService,
    private readonly limiter: ChatRateLimiter,
    private readonly events: DomainEvents,
    @Inject(PinoLogger) private readonly logger: PinoLogger,
    @Inject(REDIS_LINK) private readonly redis: RedisLink,
  ) {
    this.logger.setContext('ChatGateway');
  }

  /** The handshake: the same session cookie as GraphQL, from the same origin, or `connect_error`. */
  afterInit(server: ChatServer): void {
    server.on('privacy', (change: PrivacyChange) => this.applyPrivacy(change));
    // Redis away or back: this instance's clients hear whether other servers' messages are delayed
    // (back: they catch up from PostgreSQL; the adapter has kept this instance working meanwhile).
    this.unsubscribe.push(this.redis.onChange((up) => this.server.local.emit(CHAT_EVENTS.live, { delayed: !up })));
    server.use((socket, next) => {
      const refuse = (code: 'UNAUTHENTICATED' | 'FORBIDDEN', message: string) =>
        next(Object.assign(new Error(code === 'FORBIDDEN' ? 'ORIGIN_NOT_ALLOWED' : code), { data: { code, message } }));
      const { origin, host, cookie } = socket.request.headers;
      if (origin && !sameHost(origin, host)) return refuse('FORBIDDEN', 'Chat only accepts connections from Kindred’s own pages.');
      const token = cookie ? parseCookie(cookie)[SESSION_COOKIE] : undefined;
      this.sessions
        .resolve(token)
        .then(async (user) => {
          if (!user) return refuse('UNAUTHENTICATED', 'Please sign in to use chat.');
          socket.data = await this.chat.socketUser(user);
          next();
        })
        .catch((e: unknown) => {
          this.logger.error({ err: e }, 'chat handshake failed');
          next(Object.assign(new Error('INTERNAL_ERROR'), { data: { code: 'INTERNAL_ERROR', message: 'Chat is unavailable right now.' } }));
        });
    });
    this.unsubscribe.push(
      this.events.on('membership.ended', ({ groupId, userId, reason }) => void this.evict(groupId, userId, reason)),
      // Notifications reach every open page of their member, on whichever instance it is connected.
      this.events.on('notification.created', ({ userId, notification, unread }) => {
        this.server.to(userRoom(userId)).emit(CHAT_EVENTS.notification, { notification: notification as LiveNotification, unread });
      }),
      this.events.on('session.ended', ({ sessionId }) => this.server.in(sessionRoom(sessionId)).disconnectSockets(true)),
      this.events.on('account.deleted', ({ userId }) => this.server.in(userRoom(userId)).disconnectSockets(true)),
      this.events.on('user.signed-out', ({ userId }) => this.server.in(userRoom(userId)).disconnectSockets(true)),
      this.events.on('content.moderated', ({ type, id, state }) => {
        if (type === 'chat_message') void this.publishModerated(id, state);
      }),
      this.events.on('privacy.changed', (change) => {
        this.applyPrivacy(change);
        // Other instances hold this member's other connections (only with Redis is there any).
        if (this.redis.configured) this.server.serverSideEmit('privacy', change);
      }),
      this.events.on('block.changed', ({ blockerId, blockedId, hidden }) => {
        const a = this.server.in(userRoom(blockerId));
        const b = this.server.in(userRoom(blockedId));
        if (hidden) {
          a.socketsJoin(hideRoom(blockedId));
          b.socketsJoin(hideRoom(blockerId));
        } else {
          a.socketsLeave(hideRoom(blockedId));
          b.socketsLeave(hideRoom(blockerId));
        }
      }),
    );
  }

  /** A member's presence and typing choices apply to their open connections here at once. */
  private applyPrivacy(change: PrivacyChange): void {
    this.server
      .local.in(userRoom(change.userId))
      .fetchSockets()
      .then((sockets) => {
        for (const s of sockets) {
          const socket = this.server.sockets.sockets.get(s.id);
          if (!socket) continue;
          const was = socket.data.sharePresence;
          socket.data.shareTyping = change.shareTyping;
          if (was === change.sharePresence) continue;
          if (!change.sharePresence) this.announceAll(socket, false);
          socket.data.sharePresence = change.sharePresence;
          if (change.sharePresence) this.announceAll(socket, true);
        }
      })
      .catch((e: unknown) => this.logger.warn({ err: e }, 'chat privacy change not applied'));
  }

  private announceAll(socket: ChatSocket, online: boolean): void {
    for (const room of socket.rooms) {
      const groupId = groupIdOf(room);
      if (groupId) this.announce(socket, groupId, online);
    }
  }

  onModuleDestroy(): void {
    this.unsubscribe.splice(0).forEach((off) => off());
  }

  async handleConnection(socket: ChatSocket): Promise<void> {
    const user = socket.data;
    if (!user?.id) return;
    // Rooms are still known while disconnecting (and gone by 'disconnect').
    socket.on('disconnecting', () => this.announceAll(socket, false));
    if (this.redis.configured && !this.redis.available) socket.emit(CHAT_EVENTS.live, { delayed: true });
    this.logger.debug({ userId: user.id, socketId: socket.id }, 'chat connected');
    await socket.join([userRoom(user.id), sessionRoom(user.sessionId), ...user.hidden.map(hideRoom)]);
    if (socket.recovered) {
      // A resumed session brings its rooms back: check each membership again, and say the
      // member is back (their going away was announced when the connection dropped).
      for (const room of [...socket.rooms]) {
        const groupId = groupIdOf(room);
        if (!groupId) continue;
        if (await this.chat.access(user, groupId).then((a) => a.canRead, () => false)) this.announce(socket, groupId, true);
        else await socket.leave(room);
      }
    }
  }

  @SubscribeMessage(CHAT_EVENTS.join)
  join(@ConnectedSocket() socket: ChatSocket, @MessageBody() body: unknown): Promise<ChatAck<JoinResult>> {
    return answer(this.logger, async () => {
      const p = payload<JoinPayload>(body);
      const groupId = String(p.groupId ?? '');
      const access = await this.chat.assertCanRead(socket.data, groupId);
      // Join first, then read: a message stored meanwhile arrives live (clients de-duplicate by seq).
      const first = !socket.rooms.has(roomOf(groupId));
      await socket.join(roomOf(groupId));
      const page =
        p.afterSeq === undefined || p.afterSeq === null
          ? await this.chat.history(socket.data, groupId)
          : await this.chat.catchUp(socket.data, groupId, p.afterSeq);
      const [lastSeq, online] = await Promise.all([this.chat.lastSeq(groupId), this.online(socket, groupId)]);
      if (first) this.announce(socket, groupId, true);
      return {
        groupId,
        lastSeq,
        messages: page.messages,
        hasMore: p.afterSeq === undefined || p.afterSeq === null ? false : page.hasMore,
        online,
        mutedUntil: access.mutedUntil ? access.mutedUntil.toISOString() : null,
      };
    });
  }

  @SubscribeMessage(CHAT_EVENTS.leave)
  leave(@ConnectedSocket() socket: ChatSocket, @MessageBody() body: unknown): Promise<ChatAck> {
    return answer(this.logger, async () => {
      const groupId = String(payload<LeavePayload>(body).groupId ?? '');
      if (socket.rooms.has(roomOf(groupId))) {
        await socket.leave(roomOf(groupId));
        this.announce(socket, groupId, false);
      }
      return {};
    });
  }

  @SubscribeMessage(CHAT_EVENTS.send)
  send(@ConnectedSocket() socket: ChatSocket, @MessageBody() body: unknown): Promise<ChatAck<SendResult>> {
    return answer(this.logger, async () => {
      const p = payload<SendPayload>(body);
      await this.limiter.message(socket.data.id);
      const { screening, ...result } = await this.chat.send(socket.data, String(p.groupId ?? ''), p.clientId, p.body);
      // Stored: now tell the room (a retry is told again; clients de-duplicate by seq). A message
      // waiting for approval reaches the room only once a moderator approves it.
      if (result.message.moderationState === 'visible') {
        this.server.to(roomOf(result.message.groupId)).except(hideRoom(socket.data.id)).emit(CHAT_EVENTS.message, result.message);
        if (!result.duplicate) this.events.emit('chat.posted', { messageId: result.message.id });
      }
      return screening?.crisis ? { ...result, support: supportMessage() } : result;
    });
  }

  @SubscribeMessage(CHAT_EVENTS.edit)
  edit(@ConnectedSocket() socket: ChatSocket, @MessageBody() body: unknown): Promise<ChatAck<MessageResult>> {
    return answer(this.logger, async () => {
      const p = payload<EditPayload>(body);
      await this.limiter.message(socket.data.id);
      const message = await this.chat.edit(socket.data, p.messageId, p.body);
      this.server.to(roomOf(message.groupId)).except(hideRoom(socket.data.id)).emit(CHAT_EVENTS.updated, message);
      return { message };
    });
  }

  @SubscribeMessage(CHAT_EVENTS.delete)
  remove(@ConnectedSocket() socket: ChatSocket, @MessageBody() body: unknown): Promise<ChatAck<MessageResult>> {
    return answer(this.logger, async () => {
      const p = payload<DeletePayload>(body);
      const message = await this.chat.remove(socket.data, p.messageId, p.reason);
      this.publishUpdate(message);
      return { message };
    });
  }

  @SubscribeMessage(CHAT_EVENTS.history)
  history(@ConnectedSocket() socket: ChatSocket, @MessageBody() body: unknown): Promise<ChatAck<MessagesResult>> {
    return answer(this.logger, () => {
      const p = payload<HistoryPayload>(body);
      return this.chat.history(socket.data, String(p.groupId ?? ''), p.beforeSeq, p.limit);
    });
  }

  @SubscribeMessage(CHAT_EVENTS.catchUp)
  catchUp(@ConnectedSocket() socket: ChatSocket, @MessageBody() body: unknown): Promise<ChatAck<MessagesResult>> {
    return answer(this.logger, () => {
      const p = payload<CatchUpPayload>(body);
      return this.chat.catchUp(socket.data, String(p.groupId ?? ''), p.afterSeq, p.limit);
    });
  }

  @SubscribeMessage(CHAT_EVENTS.typing)
  async typing(@ConnectedSocket() socket: ChatSocket, @MessageBody() body: unknown): Promise<ChatAck> {
    const p = payload<TypingPayload>(body);
    const groupId = String(p.groupId ?? '');
    // Only from a joined room, only for members who share typing, and at a bounded rate.
    if (socket.rooms.has(roomOf(groupId)) && socket.data.shareTyping && (await this.limiter.typingAllowed(socket.data.id))) {
      socket
        .to(roomOf(groupId))
        .except(hideRoom(socket.data.id))
        .emit(CHAT_EVENTS.typingState, { groupId, member: member(socket.data), typing: p.typing === true });
    }
    return { ok: true };
  }

  /** Hidden or removed: the room sees it withdrawn; approved: the room receives it now. */
  private async publishModerated(messageId: string, state: string): Promise<void> {
    try {
      const message = await this.chat.message(messageId);
      if (state === 'visible') {
        const out = this.server.to(roomOf(message.groupId));
        (message.author ? out.except(hideRoom(message.author.id)) : out).emit(CHAT_EVENTS.message, message);
      } else {
        this.publishUpdate(message);
      }
    } catch (e) {
      this.logger.warn(`Could not publish a moderated chat message: ${(e as Error).message}`);
    }
  }

  /** An edit or deletion made elsewhere (GraphQL) reaches the room too. */
  publishUpdate(message: ChatMessage): void {
    const out = this.server.to(roomOf(message.groupId));
    (message.author ? out.except(hideRoom(message.author.id)) : out).emit(CHAT_EVENTS.updated, message);
  }

  /** Membership ended: every socket of that member leaves the room at once, on every instance. */
  private async evict(groupId: string, userId: string, reason: 'left' | 'removed'): Promise<void> {
    const sockets = this.server.in(userRoom(userId));
    sockets.socketsLeave(roomOf(groupId));
    sockets.emit(CHAT_EVENTS.removed, {
      groupId,
      code: reason === 'removed' ? 'REMOVED_FROM_GROUP' : 'NOT_A_MEMBER',
      message: reason === 'removed' ? 'A moderator removed you from this group.' : 'You left this group.',
    });
    const handle = (await sockets.fetchSockets().catch(() => []))[0]?.data.handle;
    if (handle) this.server.to(roomOf(groupId)).emit(CHAT_EVENTS.presence, { groupId, member: { userId, handle }, online: false });
  }

  private announce(socket: ChatSocket, groupId: string, online: boolean): void {
    if (!socket.data?.sharePresence) return;
    socket.to(roomOf(groupId)).except(hideRoom(socket.data.id)).emit(CHAT_EVENTS.presence, { groupId, member: member(socket.data), online });
  }

  /** Who is in the room now, across instances, minus those hidden from each other and those who hide presence. */
  private async online(socket: ChatSocket, groupId: string): Promise<PresenceMember[]> {
    const sockets = await this.server.in(roomOf(groupId)).fetchSockets();
    const seen = new Map<string, PresenceMember>();
    const hidden = new Set(socket.data.hidden);
    for (const s of sockets) {
      const u = s.data;
      if (!u?.id || !u.sharePresence || hidden.has(u.id) || seen.has(u.id)) continue;
      seen.set(u.id, member(u));
    }
    return [...seen.values()].sort((a, b) => a.handle.localeCompare(b.handle));
  }
}

const member = (u: SocketUser): PresenceMember => ({ userId: u.id, handle: u.handle });

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return !!host && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * Runs a handler and turns its outcome into an acknowledgement; never lets a stack out. Counted
 * in socketWork, so a shutdown lets it finish (a stored message gets its acknowledgement).
 */
function answer<T extends object>(logger: PinoLogger, run: () => Promise<T>): Promise<ChatAck<T>> {
  return socketWork.track(() => settle(logger, run));
}

async function settle<T extends object>(logger: PinoLogger, run: () => Promise<T>): Promise<ChatAck<T>> {
  try {
    return { ok: true, ...(await run()) } as ChatAck<T>;
  } catch (e) {
    if (e instanceof AppError) {
      return {
        ok: false,
        error: {
          code: e.code,
          message: e.message,
          ...(e.details.until ? { until: e.details.until } : {}),
          ...(e.details.retryAfterSeconds ? { retryAfterMs: e.details.retryAfterSeconds * 1000 } : {}),
          ...(e.details.fields ? { fields: e.details.fields } : {}),
        },
      };
    }
    logger.error({ err: e }, 'chat handler failed');
    return { ok: false, error: { code: 'INTERNAL_ERROR', message: 'Something went wrong; your message was not sent. Try again.' } };
  }
}
