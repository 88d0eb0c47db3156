import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { API_PATHS, CHAT_EVENTS } from '@kindred/contracts';
import type { ChatClientEvents, ChatServerEvents } from '@kindred/contracts';

export type ChatSocket = Socket<ChatServerEvents, ChatClientEvents>;

/**
 * One Socket.IO connection per browser tab, shared by every open chat panel. It is created
 * the first time a signed-in member opens a chat, authenticated by the session cookie at the
 * handshake, and closed shortly after the last panel goes away (or at once on sign-out), so a
 * connection never outlives the session it was opened with.
 */
let socket: ChatSocket | null = null;
let socketUserId: string | null = null;
let users = 0;
let idleTimer: number | undefined;
let listening = false;

/** How long the connection stays open after the last panel closes (a quick page change keeps it). */
const IDLE_CLOSE_MS = 5_000;

function create(): ChatSocket {
  const s: ChatSocket = io({
    path: API_PATHS.socket,
    withCredentials: true,
    autoConnect: false,
    // WebSocket first: one connection, held by whichever replica accepted it, so a load balancer
    // needs no sticky sessions. HTTP long-polling only where WebSockets cannot get through
    // (docker/nginx.conf keeps polling on one replica per client address).
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
    // Socket.IO's own retry/backoff; the rooms catch up from the server after every reconnect.
    reconnectionDelay: 500,
    reconnectionDelayMax: 5_000,
  });
  // The server is shutting down: it closes the connection next; reconnect (to another replica)
  // after its hint, jittered so a replica's clients do not all arrive at once.
  s.on(CHAT_EVENTS.reconnect, ({ afterMs }) => {
    window.setTimeout(
      () => {
        if (socket === s && users > 0 && !s.connected) s.connect();
      },
      afterMs * (1 + Math.random()),
    );
  });
  return s;
}

/** Back online: retry now rather than wait out the reconnection backoff. */
function onBrowserOnline() {
  if (socket && users > 0 && !socket.connected) {
    socket.disconnect();
    socket.connect();
  }
}

/** The tab's chat connection for this member, connecting it if needed. Pair with releaseChatSocket. */
export function acquireChatSocket(userId: string): ChatSocket {
  window.clearTimeout(idleTimer);
  if (!socket) socket = create();
  if (!listening) {
    window.addEventListener('online', onBrowserOnline);
    listening = true;
  }
  if (socketUserId !== userId) {
    // Someone else signed in in this tab: never reuse a connection authenticated as another member.
    if (socket.active) socket.disconnect();
    socketUserId = userId;
  }
  users += 1;
  if (!socket.active) socket.connect();
  return socket;
}

export function releaseChatSocket(): void {
  users = Math.max(0, users - 1);
  if (users > 0) return;
  window.clearTimeout(idleTimer);
  idleTimer = window.setTimeout(() => {
    if (users === 0) disconnectChat();
  }, IDLE_CLOSE_MS);
}

/** Closes the connection now (sign-out). Panels still open will connect again when asked. */
export function disconnectChat(): void {
  window.clearTimeout(idleTimer);
  socket?.disconnect();
  socketUserId = null;
}
