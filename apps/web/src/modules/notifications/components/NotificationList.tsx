import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import {
  useInfiniteNotificationsQuery,
  useMarkAllNotificationsReadMutation,
  useMarkNotificationReadMutation,
} from '../../../generated/graphql';
import type { NotificationFieldsFragment, NotificationsQuery } from '../../../generated/graphql';
import { nextPageParam } from '../../../app/page-sizes';
import { useAnnounce } from '../../../app/ui/Announcer';
import { Badge } from '../../../app/ui/Badge';
import { describeError } from '../../../app/ui/errors';
import { formatDateTime, plural } from '../../../app/ui/format';
import { LoadMore } from '../../../app/ui/LoadMore';
import { safeNext } from '../../../app/ui/navigation';
import { EmptyState, ErrorPanel, Loading } from '../../../app/ui/States';
import { SETTINGS_ROUTES } from '../../account/routes';
import { markReadInList, notificationListVariables, refreshNotifications, setUnreadCount } from '../hooks/cache';
import { NOTIFICATION_KIND_LABELS } from '../labels';
import { NOTIFICATIONS_ROUTE } from '../routes';

const LIST_TITLE_ID = 'notifications-list-title';

/**
 * The member's notifications, newest first, a page at a time. Unread ones stand out (a tint,
 * bold text and an "Unread" badge, never colour alone). Following one marks it read and goes
 * where it points; "Mark all as read" clears the lot.
 */
export function NotificationList() {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const q = useInfiniteNotificationsQuery(notificationListVariables, {
    initialPageParam: {},
    getNextPageParam: (last: NotificationsQuery) => nextPageParam(last.notifications),
  });
  // Hook-level callbacks: they still run after the page has moved on to the notification's target.
  const markOne = useMarkNotificationReadMutation({ onSettled: () => refreshNotifications(queryClient) });
  const markAll = useMarkAllNotificationsReadMutation();

  const pages = q.data?.pages ?? [];
  const items = pages.flatMap((p) => p.notifications.nodes);
  const total = pages[0]?.notifications.totalCount ?? 0;
  const unreadShown = items.filter((n) => !n.readAt).length;

  const onOpen = (n: NotificationFieldsFragment) => {
    if (n.readAt) return;
    markReadInList(queryClient, [n.id]);
    setUnreadCount(queryClient, (old) => old - 1);
    markOne.mutate({ id: n.id });
  };

  const onMarkAll = () => {
    if (markAll.isPending) return;
    markAll.mutate(
      {},
      {
        onSuccess: (data) => {
          markReadInList(queryClient);
          setUnreadCount(queryClient, () => 0);
          announce(
            data.markAllNotificationsRead > 0
              ? `${plural(data.markAllNotificationsRead, 'notification')} marked as read.`
              : 'Everything was already read.',
          );
          refreshNotifications(queryClient);
        },
      },
    );
  };

  if (q.isPending) return <Loading label="Loading your notifications…" />;
  if (q.isError && items.length === 0) {
    return <ErrorPanel title="We couldn’t load your notifications" error={q.error} onRetry={() => void q.refetch()} />;
  }

  return (
    <section className="section notifications" aria-labelledby={LIST_TITLE_ID}>
      <div className="section-header notifications__header">
        <h2 id={LIST_TITLE_ID}>
          All notifications <span className="count">({total.toLocaleString('en-GB')})</span>
        </h2>
        {items.length > 0 ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={onMarkAll}
            aria-disabled={markAll.isPending || undefined}
          >
            {markAll.isPending ? 'Marking…' : 'Mark all as read'}
          </button>
        ) : null}
      </div>
      {markAll.error ? (
        <p className="notice notice--error" role="alert">
          {describeError(markAll.error)}
        </p>
      ) : null}
      {items.length === 0 ? (
        <EmptyState>
          <p>You have no notifications yet.</p>
          <p>
            When someone replies to you, mentions your @handle or finds your post helpful, you will see it here.{' '}
            <Link to={SETTINGS_ROUTES.notifications}>Choose what you are told about</Link>.
          </p>
        </EmptyState>
      ) : (
        <>
          {unreadShown === 0 ? <p className="muted">You are all caught up.</p> : null}
          <ul className="notification-list" aria-labelledby={LIST_TITLE_ID}>
            {items.map((n) => (
              <NotificationItem key={n.id} notification={n} onOpen={() => onOpen(n)} />
            ))}
          </ul>
          {q.isFetchNextPageError ? (
            <ErrorPanel
              as="h3"
              title="We couldn’t load more notifications"
              error={q.error}
              onRetry={() => void q.fetchNextPage()}
            />
          ) : null}
          <LoadMore
            shown={items.length}
            total={Math.max(total, items.length)}
            noun="notification"
            hasNextPage={q.hasNextPage}
            isFetchingNextPage={q.isFetchingNextPage}
            onLoadMore={() => void q.fetchNextPage()}
          />
        </>
      )}
    </section>
  );
}

function NotificationItem({ notification: n, onOpen }: { notification: NotificationFieldsFragment; onOpen: () => void }) {
  const unread = !n.readAt;
  // Only ever a path on this site.
  const to = safeNext(n.url, NOTIFICATIONS_ROUTE);
  return (
    <li className={`notification${unread ? ' notification--unread' : ''}`}>
      <Link to={to} className="notification__link" onClick={onOpen}>
        {unread ? <span className="visually-hidden">Unread: </span> : null}
        {n.message}
      </Link>
      <p className="notification__meta">
        {unread ? <Badge tone="warning">Unread</Badge> : null}
        <span>{NOTIFICATION_KIND_LABELS[n.kind]}</span>
        <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
      </p>
    </li>
  );
}
