import { io, type Socket } from 'socket.io-client';
import { API_PATHS } from '@kindred/contracts';
import type { ChatAck, ChatClientEvents, ChatMessage, ChatServerEvents } from '@kindred/contracts';
import type { GqlClient } from './gql-client';

export type ChatSocket = Socket<ChatServerEvents, ChatClientEvents>;

/**
 * A real Socket.IO client signed in as a GqlClient's member (its cookies in the handshake).
 * Connection is not awaited: use `connected()` or listen for `connect_error`.
 */
export function chatSocket(baseUrl: string, client?: GqlClient, opts: { origin?: string; reconnection?: boolean } = {}): ChatSocket {
  const headers: Record<string, string> = client ? { ...client.headers() } : {};
  if (opts.origin) headers.origin = opts.origin;
  return io(baseUrl, {
    path: API_PATHS.socket,
    transports: ['websocket'],
    extraHeaders: headers,
    reconnection: opts.reconnection ?? false,
    forceNew: true,
  });
}

export function connected(socket: ChatSocket, timeoutMs = 10_000): Promise<void> {
  if (socket.connected) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('socket did not connect')), timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.once('connect_error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

/** The reason a handshake was refused: [err.message, err.data]. */
export function refusal(socket: ChatSocket, timeoutMs = 10_000): Promise<{ message: string; data: { code?: string; message?: string } | undefined }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no connect_error')), timeoutMs);
    socket.once('connect', () => reject(new Error('connected, but should have been refused')));
    socket.once('connect_error', (e: Error & { data?: { code?: string; message?: string } }) => {
      clearTimeout(timer);
      resolve({ message: e.message, data: e.data });
    });
  });
}

type AckOf<E extends keyof ChatClientEvents> = Parameters<NonNullable<Parameters<ChatClientEvents[E]>[1]>>[0];

/** Emits a client event and resolves with its acknowledgement. */
export function ask<E extends keyof ChatClientEvents>(socket: ChatSocket, event: E, payload: Parameters<ChatClientEvents[E]>[0], timeoutMs = 10_000): Promise<AckOf<E>> {
  return (socket.timeout(timeoutMs) as unknown as { emitWithAck(e: string, p: unknown): Promise<AckOf<E>> }).emitWithAck(event, payload);
}

/** Narrows an acknowledgement to its success shape, failing the test with the server's error otherwise. */
export function okAck<T extends object>(ack: ChatAck<T>): { ok: true } & T {
  if (!ack.ok) throw new Error(`chat error ${ack.error.code}: ${ack.error.message}`);
  return ack;
}

/** Every `chat:message` a socket receives, in arrival order. */
export function inbox(socket: ChatSocket): ChatMessage[] {
  const received: ChatMessage[] = [];
  socket.on('chat:message', (m) => received.push(m));
  return received;
}

/** Waits until `predicate` holds (polling), or fails after `timeoutMs`. */
export async function until(predicate: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
