import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { API_PATHS, CHAT_EVENTS, LIMITS } from '@kindred/contracts';
import type { ChatAck, ChatMessage, JoinResult, SendResult } from '@kindred/contracts';

/**
 * The baseline for chat-fanout: a bare Socket.IO server (the same `socket.io` package and
 * version Kindred runs, the same path, payload limit and ping settings, the in-memory
 * adapter), with no authentication, no database, no rate limit and no connection-state
 * recovery. `chat:join` puts the socket in the room; `chat:send` builds a ChatMessage of the
 * same shape Kindred stores (same fields, same kinds of values), broadcasts it to the room
 * and acknowledges it to the sender. It is what fanning the same payloads out costs by hand.
 *
 * Clients say who they are in the handshake's `auth` ({ id, handle }) so the messages carry
 * the same author fields as Kindred's; nothing is checked.
 */

export interface BaselineServer {
  url: string;
  close(): Promise<void>;
}

const roomOf = (groupId: string) => `group:${groupId}`;

export async function startBaseline(): Promise<BaselineServer> {
  const httpServer = http.createServer();
  const io = new Server(httpServer, {
    path: API_PATHS.socket,
    serveClient: false,
    maxHttpBufferSize: LIMITS.chatPayloadBytes,
    pingInterval: 25_000,
    pingTimeout: 20_000,
  });
  const lastSeq = new Map<string, number>();

  io.on('connection', (socket) => {
    const auth = (socket.handshake.auth ?? {}) as { id?: string; handle?: string };
    const author = { id: String(auth.id ?? socket.id), handle: String(auth.handle ?? 'member') };

    socket.on(CHAT_EVENTS.join, (p: { groupId?: string }, ack: (a: ChatAck<JoinResult>) => void) => {
      const groupId = String(p?.groupId ?? '');
      void socket.join(roomOf(groupId));
      ack({ ok: true, groupId, lastSeq: lastSeq.get(groupId) ?? 0, messages: [], hasMore: false, online: [], mutedUntil: null });
    });

    socket.on(CHAT_EVENTS.send, (p: { groupId?: string; clientId?: string; body?: string }, ack: (a: ChatAck<SendResult>) => void) => {
      const groupId = String(p?.groupId ?? '');
      const body = typeof p?.body === 'string' ? p.body.trim() : '';
      if (!body || typeof p?.clientId !== 'string') {
        ack({ ok: false, error: { code: 'VALIDATION_FAILED', message: 'Write a message first.' } });
        return;
      }
      const seq = (lastSeq.get(groupId) ?? 0) + 1;
      lastSeq.set(groupId, seq);
      const message: ChatMessage = {
        id: randomUUID(),
        groupId,
        seq,
        clientId: p.clientId,
        author,
        authorLabel: author.handle,
        body,
        isDeleted: false,
        deletedByModerator: false,
        moderationState: 'visible',
        createdAt: new Date().toISOString(),
        editedAt: null,
      };
      io.to(roomOf(groupId)).emit(CHAT_EVENTS.message, message);
      ack({ ok: true, message, duplicate: false });
    });
  });

  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      io.disconnectSockets(true);
      await io.close();
    },
  };
}
