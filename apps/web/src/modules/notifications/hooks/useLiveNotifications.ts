import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { CHAT_EVENTS } from '@kindred/contracts';
import type { LiveNotification, NotificationEvent } from '@kindred/contracts';
import { useAnnounce } from '../../../app/ui/Announcer';
import { acquireChatSocket, releaseChatSocket } from '../../chat/hooks/chat-socket';
import { notificationListKey, setUnreadCount, unreadCountKey } from './cache';

/** Notifications that arrive together (a reply that also mentions you) are told in one message. */
const ANNOUNCE_AFTER_MS = 400;

/** "New notification: …", or "2 new notifications: …; …". */
export function describeArrivals(batch: readonly LiveNotification[]): string {
  if (batch.length === 1) return `New notification: ${batch[0]!.message}`;
  return `${batch.length} new notifications: ${batch.map((n) => n.message).join('; ')}`;
}

/**
 * While a member is signed in: listens for `notification:new` on the tab's one Socket.IO
 * connection (the chat's, see chat-socket.ts), raises the unread count at once, refreshes the
 * list, and says each new notification once through the polite announcer. After any
 * (re)connection the count is fetched again, in case something arrived while it was down.
 */
export function useLiveNotifications(viewerId: string): void {
  const queryClient = useQueryClient();
  const announce = useAnnounce();

  useEffect(() => {
    const socket = acquireChatSocket(viewerId);
    const seen = new Set<string>();
    let waiting: LiveNotification[] = [];
    let timer: number | undefined;

    const flush = () => {
      const batch = waiting;
      waiting = [];
      if (batch.length) announce(describeArrivals(batch));
      // The event's own count can lag when several arrive at once; settle on the server's.
      void queryClient.invalidateQueries({ queryKey: unreadCountKey });
    };

    const onNotification = ({ notification, unread }: NotificationEvent) => {
      if (seen.has(notification.id)) return;
      seen.add(notification.id);
      setUnreadCount(queryClient, (old) => Math.max(unread, old + 1));
      if (!queryClient.getQueryData(unreadCountKey)) void queryClient.invalidateQueries({ queryKey: unreadCountKey });
      void queryClient.invalidateQueries({ queryKey: notificationListKey });
      waiting.push(notification);
      window.clearTimeout(timer);
      timer = window.setTimeout(flush, ANNOUNCE_AFTER_MS);
    };

    const onConnect = () => {
      void queryClient.invalidateQueries({ queryKey: unreadCountKey });
    };

    socket.on(CHAT_EVENTS.notification, onNotification);
    socket.on('connect', onConnect);
    return () => {
      socket.off(CHAT_EVENTS.notification, onNotification);
      socket.off('connect', onConnect);
      window.clearTimeout(timer);
      releaseChatSocket();
    };
  }, [viewerId, queryClient, announce]);
}
