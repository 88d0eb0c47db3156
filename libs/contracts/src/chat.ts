/**
 * Group chat over Socket.IO (path API_PATHS.socket): event names and payloads, shared by the
 * API gateway and the web client.
 *
 * Every client → server event takes an acknowledgement callback and is answered with a
 * `ChatAck<T>`: `{ ok: true, ... }` or `{ ok: false, error: { code, message } }`. A message is
 * acknowledged only once it is stored in PostgreSQL.
 *
 * Nothing lost: each room numbers its messages 1, 2, 3… (`seq`). A client remembers the
 * highest `seq` it has seen per room and, after any reconnect, joins again with `afterSeq`;
 * the server answers with what it missed, in order (page after page through `chat:catch-up`
 * while `hasMore`). Clients de-duplicate by `seq` (or `id`).
 */
import type { ErrorCode, FieldError } from './errors';

export const CHAT_EVENTS = {
  // client → server (each with an ack)
  join: 'chat:join',
  leave: 'chat:leave',
  send: 'chat:send',
  edit: 'chat:edit',
  delete: 'chat:delete',
  history: 'chat:history',
  catchUp: 'chat:catch-up',
  typing: 'chat:typing',
  // server → client
  message: 'chat:message',
  updated: 'chat:updated',
  presence: 'chat:presence',
  typingState: 'chat:typing-state',
  removed: 'chat:removed',
  /** A new notification for the signed-in member (any page). */
  notification: 'notification:new',
  /**
   * Whether live updates from other servers are delayed (their link, Redis, is away): messages
   * sent through this server still arrive live; the rest arrive once it is back, when clients
   * catch up from the server (sent on connection while delayed, and on every change).
   */
  live: 'chat:live',
  /** The server is shutting down: reconnect after `afterMs` (another server will answer). */
  reconnect: 'server:reconnect',
} as const;

export interface LiveStateEvent {
  /** true while messages from members connected to other servers may arrive late. */
  delayed: boolean;
}

export interface ReconnectEvent {
  /** Wait this long (jittered by the client) before reconnecting. */
  afterMs: number;
}

/** A notification as the socket delivers it (the GraphQL Notification type has the same fields). */
export interface LiveNotification {
  id: string;
  kind: import('./enums').NotificationKind;
  message: string;
  url: string;
  createdAt: string;
}
export interface NotificationEvent {
  notification: LiveNotification;
  /** Unread notifications now, this one included. */
  unread: number;
}

/** Reasons a handshake is refused (`connect_error` carries `err.message` = one of these, `err.data` = ChatError). */
export const CHAT_CONNECT_ERRORS = ['UNAUTHENTICATED', 'ORIGIN_NOT_ALLOWED'] as const;

export interface ChatError {
  code: ErrorCode;
  message: string;
  /** For MUTED: when the mute ends (ISO). For TOO_MANY_REQUESTS: milliseconds to wait. */
  until?: string;
  retryAfterMs?: number;
  /** For VALIDATION_FAILED: which field and why. */
  fields?: FieldError[];
}

export type ChatAck<T extends object = object> = ({ ok: true } & T) | { ok: false; error: ChatError };

export interface ChatAuthor {
  id: string;
  handle: string;
}

export interface ChatMessage {
  id: string;
  groupId: string;
  /** 1, 2, 3… per room, with no gaps. */
  seq: number;
  /** The sender's own id for this message (a retried send carries the same one). */
  clientId: string;
  /** null once the author's account is gone ("former member"). */
  author: ChatAuthor | null;
  authorLabel: string;
  /** Plain text (never HTML); null once deleted. */
  body: string | null;
  isDeleted: boolean;
  /** Deleted by a moderator rather than by the author. */
  deletedByModerator: boolean;
  /**
   * 'visible'; 'pending' (waits for a moderator's approval: only its author sees it); 'hidden' or
   * 'removed' by moderators (its text is withheld, like a deleted message).
   */
  moderationState: 'visible' | 'pending' | 'hidden' | 'removed';
  createdAt: string;
  editedAt: string | null;
}

export interface PresenceMember {
  userId: string;
  handle: string;
}

// ---- client → server payloads and their acks -------------------------------------------

export interface JoinPayload {
  groupId: string;
  /** The seq up to which the client is missing nothing; omit on a first join to get the latest page. */
  afterSeq?: number;
}
export interface JoinResult {
  groupId: string;
  /** Highest seq in the room right now. */
  lastSeq: number;
  /** With afterSeq: messages after it (oldest first, up to chatCatchUpPage); without: the latest page. */
  messages: ChatMessage[];
  /** More missed messages remain: ask `chat:catch-up` with the last seq received. */
  hasMore: boolean;
  /** Members online in the room (those who share their presence), the joiner included if they share it. */
  online: PresenceMember[];
  /** When the viewer is muted in this room, until when (ISO). */
  mutedUntil: string | null;
}

export interface LeavePayload {
  groupId: string;
}

export interface SendPayload {
  groupId: string;
  /** Client-generated id (UUID); retries reuse it, and the message is stored once. */
  clientId: string;
  body: string;
}
export interface SendResult {
  message: ChatMessage;
  /** true when this clientId was stored earlier (a retry): nothing new was stored. */
  duplicate: boolean;
  /** Present when the message signals a crisis: show it privately to the sender at once. */
  support?: SupportMessage;
}

/** A private, kind message with help lines, shown to the author of text that signals a crisis. */
export interface SupportMessage {
  title: string;
  body: string;
  lines: { name: string; detail: string; href: string }[];
}

export interface EditPayload {
  messageId: string;
  body: string;
}
export interface DeletePayload {
  messageId: string;
  /** Required when a moderator deletes someone else's message (written to the audit log). */
  reason?: string;
}
export interface MessageResult {
  message: ChatMessage;
}

export interface HistoryPayload {
  groupId: string;
  /** Messages before this seq (exclusive); omit for the latest. */
  beforeSeq?: number;
  limit?: number;
}
export interface CatchUpPayload {
  groupId: string;
  afterSeq: number;
  limit?: number;
}
export interface MessagesResult {
  /** Oldest first. */
  messages: ChatMessage[];
  hasMore: boolean;
}

export interface TypingPayload {
  groupId: string;
  typing: boolean;
}

// ---- server → client payloads ------------------------------------------------------------

export interface PresenceEvent {
  groupId: string;
  member: PresenceMember;
  /** One connection of this member came online (true) or went away (false) in the room. */
  online: boolean;
}
export interface TypingStateEvent {
  groupId: string;
  member: PresenceMember;
  typing: boolean;
}
export interface RemovedEvent {
  groupId: string;
  code: ErrorCode;
  message: string;
}

type Ack<T extends object> = (answer: ChatAck<T>) => void;

/** Socket.IO typings: `Server<ChatClientEvents, ChatServerEvents>` and `Socket<ChatServerEvents, ChatClientEvents>`. */
export interface ChatClientEvents {
  'chat:join': (p: JoinPayload, ack: Ack<JoinResult>) => void;
  'chat:leave': (p: LeavePayload, ack: Ack<object>) => void;
  'chat:send': (p: SendPayload, ack: Ack<SendResult>) => void;
  'chat:edit': (p: EditPayload, ack: Ack<MessageResult>) => void;
  'chat:delete': (p: DeletePayload, ack: Ack<MessageResult>) => void;
  'chat:history': (p: HistoryPayload, ack: Ack<MessagesResult>) => void;
  'chat:catch-up': (p: CatchUpPayload, ack: Ack<MessagesResult>) => void;
  'chat:typing': (p: TypingPayload, ack?: Ack<object>) => void;
}
export interface ChatServerEvents {
  'chat:message': (m: ChatMessage) => void;
  'chat:updated': (m: ChatMessage) => void;
  'chat:presence': (e: PresenceEvent) => void;
  'chat:typing-state': (e: TypingStateEvent) => void;
  'chat:removed': (e: RemovedEvent) => void;
  'notification:new': (e: NotificationEvent) => void;
  'chat:live': (e: LiveStateEvent) => void;
  'server:reconnect': (e: ReconnectEvent) => void;
}
