import type { QueryClient, InfiniteData } from '@tanstack/react-query';
import { useInfiniteNotificationsQuery, useUnreadNotificationCountQuery } from '../../../generated/graphql';
import type { NotificationsQuery, UnreadNotificationCountQuery } from '../../../generated/graphql';

/** notifications { nodes { 6 scalars } }: small items, so a generous page. */
export const NOTIFICATIONS_PAGE_SIZE = 20;

export const notificationListVariables = { first: NOTIFICATIONS_PAGE_SIZE } as const;
export const notificationListKey = useInfiniteNotificationsQuery.getKey(notificationListVariables);
export const unreadCountKey = useUnreadNotificationCountQuery.getKey();

type ListData = InfiniteData<NotificationsQuery>;

export function setUnreadCount(queryClient: QueryClient, update: (old: number) => number): void {
  queryClient.setQueryData<UnreadNotificationCountQuery>(unreadCountKey, (old) =>
    old ? { unreadNotificationCount: Math.max(0, update(old.unreadNotificationCount)) } : old,
  );
}

/** Marks notifications read in the cached list (all of them when `ids` is omitted). */
export function markReadInList(queryClient: QueryClient, ids?: readonly string[]): void {
  const now = new Date().toISOString();
  queryClient.setQueryData<ListData>(notificationListKey, (old) =>
    old
      ? {
          ...old,
          pages: old.pages.map((page) => ({
            notifications: {
              ...page.notifications,
              nodes: page.notifications.nodes.map((n) =>
                !n.readAt && (!ids || ids.includes(n.id)) ? { ...n, readAt: now } : n,
              ),
            },
          })),
        }
      : old,
  );
}

/** The server's truth, after anything that changed it. */
export function refreshNotifications(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: unreadCountKey });
  void queryClient.invalidateQueries({ queryKey: notificationListKey });
}
