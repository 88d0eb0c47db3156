import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ChatAuthor, ChatMessage } from '@kindred/contracts';
import { useBlockedMembersQuery } from '../../../generated/graphql';
import { useAnnounce } from '../../../app/ui/Announcer';
import { formatDateTime, listJoin, plural } from '../../../app/ui/format';
import type { ChatRoomState, ConnectionStatus } from '../hooks/chat-room';
import { useGroupChat } from '../hooks/useGroupChat';
import { ChatComposer } from './ChatComposer';
import { ChatMessageItem, PendingMessageItem } from './ChatMessageItem';

const LOG_ID = 'chat-log';
/** Pause between two announcements, so each is heard in full and none replaces another. */
const ANNOUNCE_GAP_MS = 1_500;
const ANNOUNCE_MAX_CHARS = 280;
const ANNOUNCE_QUEUE_MAX = 5;
/** "Near the bottom": new messages keep the log scrolled to the end. */
const STICKY_PX = 80;

const STATUS_LABELS: Record<ConnectionStatus, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
  stopped: 'Stopped',
};

/**
 * A group's live chat for its members: the message log (role="log"; new messages from others
 * are read out one at a time through the app's polite live region, never the whole log), who
 * is online and typing, the connection status, and the composer.
 */
export function ChatPanel({
  groupId,
  groupName,
  viewerId,
  viewerHandle,
  canModerate,
}: {
  groupId: string;
  groupName: string;
  viewerId: string;
  viewerHandle: string;
  canModerate: boolean;
}) {
  const say = useQueuedAnnouncer();
  const queryClient = useQueryClient();
  const { state, room } = useGroupChat(groupId, viewerId, {
    onIncoming: (m: ChatMessage) => say(`${m.authorLabel}: ${m.body ?? ''}`),
    onCaughtUp: (n: number) => say(`${plural(n, 'new message')} arrived while you were away.`),
  });
  const logRef = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const prepend = useRef<{ height: number; top: number } | null>(null);
  const count = state.messages.length + state.pending.length;

  // Keep the end of the log in view as messages arrive, unless the reader scrolled up; keep the
  // reader's place when earlier messages are added above.
  useLayoutEffect(() => {
    const log = logRef.current;
    if (!log) return;
    if (prepend.current) {
      log.scrollTop = prepend.current.top + (log.scrollHeight - prepend.current.height);
      prepend.current = null;
    } else if (stick.current) {
      log.scrollTop = log.scrollHeight;
    }
  }, [count, state.messages]);

  const loadEarlier = () => {
    const log = logRef.current;
    if (!state.hasEarlier || state.loadingEarlier) return;
    if (log) prepend.current = { height: log.scrollHeight, top: log.scrollTop };
    void room.loadEarlier().then(() => {
      // The button goes away with the last page: keep keyboard users in the log.
      if (!room.getSnapshot().hasEarlier && document.activeElement === document.body) logRef.current?.focus();
    });
  };

  const onBlocked = (author: ChatAuthor) => {
    room.hideAuthor(author.id);
    void queryClient.invalidateQueries({ queryKey: useBlockedMembersQuery.getKey() });
    say(`You have blocked ${author.handle}. Their messages are hidden.`);
    logRef.current?.focus();
  };

  // A refusal that stops the room (not a member any more …); passing problems are retried quietly.
  const refused = state.status === 'stopped' && !state.removed ? state.joinError : null;
  const muted = state.mutedUntil ? `You are muted in this chat until ${formatDateTime(state.mutedUntil)}.` : null;
  const disabledReason = state.removed
    ? state.removed.message
    : muted
      ? `${muted} You can still read the chat.`
      : refused
        ? refused.message
        : null;

  return (
    <section className="section chat" aria-labelledby="chat-title">
      <div className="section-header chat__header">
        <h2 id="chat-title">Chat</h2>
        <ConnectionBadge state={state} />
      </div>

      <Presence state={state} viewerId={viewerId} />

      {state.connectError?.refused && state.status !== 'live' ? (
        <p className="notice notice--error chat__notice" role="alert">
          Chat could not connect: {state.connectError.message}
        </p>
      ) : state.status === 'offline' || state.status === 'reconnecting' ? (
        <p className="notice notice--closed chat__notice">
          {state.status === 'offline' ? 'You are offline.' : 'The connection to chat was lost; reconnecting.'} You can
          keep writing: messages are sent as soon as chat is back.
        </p>
      ) : null}
      {state.removed ? (
        <div className="notice notice--error chat__notice" role="alert">
          <p>{state.removed.message} The chat has stopped.</p>
        </div>
      ) : refused ? (
        <p className="notice notice--error chat__notice" role="alert">
          {refused.message}
        </p>
      ) : null}
      {muted && !state.removed ? (
        <p className="notice notice--closed chat__notice" role="status">
          {muted}
        </p>
      ) : null}

      <div
        id={LOG_ID}
        ref={logRef}
        className="chat__log"
        role="log"
        aria-label={`Chat messages in ${groupName}`}
        // role="log" is a polite live region by default: new messages are announced one at a
        // time through the app's announcer instead, so the log itself stays quiet.
        aria-live="off"
        aria-busy={!state.ready || undefined}
        tabIndex={0}
        onScroll={(e) => {
          const log = e.currentTarget;
          stick.current = log.scrollHeight - log.scrollTop - log.clientHeight < STICKY_PX;
          if (log.scrollTop < 8 && state.hasEarlier && !state.loadingEarlier && !state.earlierError) loadEarlier();
        }}
      >
        {state.hasEarlier || state.earlierError ? (
          <div className="chat__earlier">
            {state.earlierError ? <p className="inline-error">{state.earlierError}</p> : null}
            {state.hasEarlier ? (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={loadEarlier}
                aria-disabled={state.loadingEarlier || undefined}
              >
                {state.loadingEarlier ? 'Loading earlier messages…' : 'Load earlier messages'}
              </button>
            ) : null}
          </div>
        ) : null}
        {!state.ready && count === 0 ? (
          <p className="chat__empty">Loading the conversation…</p>
        ) : count === 0 ? (
          <p className="chat__empty">No messages yet. Say hello to the group!</p>
        ) : (
          <ol className="chat__messages">
            {state.messages.map((m) => (
              <ChatMessageItem
                key={m.seq}
                message={m}
                viewerId={viewerId}
                canModerate={canModerate}
                room={room}
                onBlocked={onBlocked}
              />
            ))}
            {state.pending.map((p) => (
              <PendingMessageItem
                key={p.clientId}
                message={p}
                handle={viewerHandle}
                status={state.status}
                room={room}
              />
            ))}
          </ol>
        )}
      </div>

      <p className="chat__typing">{typingText(state)}</p>

      <ChatComposer
        disabledReason={disabledReason}
        onSend={(text) => {
          // Your own message always brings the end of the log into view.
          stick.current = true;
          room.send(text);
        }}
        onTyping={(hasText) => room.typing(hasText)}
        onStopTyping={() => room.stopTyping()}
      />
    </section>
  );
}

/** "Live", "Reconnecting…", "Offline · 2 unsent": always visible, and read out when it changes. */
function ConnectionBadge({ state }: { state: ChatRoomState }) {
  const unsent = state.pending.filter((p) => p.state !== 'failed').length;
  const failed = state.pending.length - unsent;
  const extra = [
    unsent > 0 && state.status !== 'live' ? `${unsent} unsent` : null,
    failed > 0 ? `${failed} not sent` : null,
    // Quiet on purpose: chat works; only messages from members on other servers may lag.
    state.liveDelayed ? 'live updates delayed' : null,
  ].filter(Boolean);
  return (
    <p className={`chat-status chat-status--${state.status}`} role="status" data-status={state.status}>
      <span className="chat-status__dot" aria-hidden="true" />
      <span className="visually-hidden">Chat connection: </span>
      {STATUS_LABELS[state.status]}
      {extra.length ? <span className="chat-status__extra"> · {extra.join(', ')}</span> : null}
    </p>
  );
}

function Presence({ state, viewerId }: { state: ChatRoomState; viewerId: string }) {
  if (state.status !== 'live') return null;
  const names = state.online.map((m) => (m.userId === viewerId ? 'you' : m.handle));
  if (names.length === 0) return <p className="chat__presence">No one is showing as online right now.</p>;
  return (
    <p className="chat__presence">
      <strong>{state.online.length} online</strong>: {listJoin(names)}
    </p>
  );
}

function typingText(state: ChatRoomState): string {
  const names = state.typing.map((m) => m.handle);
  if (names.length === 0) return '';
  if (names.length > 3) return 'Several people are typing…';
  return `${listJoin(names)} ${names.length === 1 ? 'is' : 'are'} typing…`;
}

/**
 * The app's announcer says one thing at a time and a new message replaces the last: queue
 * ours so that every new chat message is heard, each on its own.
 */
function useQueuedAnnouncer(): (text: string) => void {
  const announce = useAnnounce();
  const queue = useRef<string[]>([]);
  const overflow = useRef(0);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  return useCallback(
    (text: string) => {
      // A burst is not read out message by message for minutes: past a few, it is counted.
      if (queue.current.length >= ANNOUNCE_QUEUE_MAX) overflow.current += 1;
      else queue.current.push(text.length > ANNOUNCE_MAX_CHARS ? `${text.slice(0, ANNOUNCE_MAX_CHARS - 1)}…` : text);
      const drain = () => {
        let next = queue.current.shift();
        if (next === undefined && overflow.current > 0) {
          next = `${plural(overflow.current, 'more new message')}.`;
          overflow.current = 0;
        }
        if (next === undefined) {
          timer.current = undefined;
          return;
        }
        announce(next);
        timer.current = window.setTimeout(drain, ANNOUNCE_GAP_MS);
      };
      if (timer.current === undefined) drain();
    },
    [announce],
  );
}
