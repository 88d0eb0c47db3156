import { lazy, Suspense } from 'react';
import { NavLink } from 'react-router-dom';
import { useUnreadNotificationCountQuery } from '../../../generated/graphql';
import { NOTIFICATIONS_ROUTE } from '../routes';

// The Socket.IO client is not needed to show a page: it loads in its own chunk, afterwards.
const LiveNotifications = lazy(() => import('./LiveNotifications').then((m) => ({ default: m.LiveNotifications })));

/**
 * The header's link to the notifications page, with the unread count as a badge. Its name is
 * "Notifications, 3 unread" (an aria-label: the link's flex layout would otherwise put spaces
 * into a name built from its parts). Live: the count rises as notifications arrive on the
 * socket. Signed-in members only.
 */
export function NotificationBell({ viewerId }: { viewerId: string }) {
  const q = useUnreadNotificationCountQuery(undefined, { staleTime: 60_000 });
  const unread = q.data?.unreadNotificationCount ?? 0;
  return (
    <>
      <Suspense fallback={null}>
        <LiveNotifications viewerId={viewerId} />
      </Suspense>
      <NavLink
        to={NOTIFICATIONS_ROUTE}
        className="site-nav__link notification-bell"
        aria-label={unread > 0 ? `Notifications, ${unread.toLocaleString('en-GB')} unread` : 'Notifications'}
      >
        <BellIcon />
        <span>Notifications</span>
        {unread > 0 ? (
          <span className="notification-bell__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </NavLink>
    </>
  );
}

function BellIcon() {
  return (
    <svg className="notification-bell__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M8 1.5a1 1 0 0 0-1 1v.4A4.5 4.5 0 0 0 3.5 7.3v2.9l-1.2 1.6a.75.75 0 0 0 .6 1.2h10.2a.75.75 0 0 0 .6-1.2l-1.2-1.6V7.3A4.5 4.5 0 0 0 9 2.9v-.4a1 1 0 0 0-1-1ZM6.3 13.6a1.8 1.8 0 0 0 3.4 0H6.3Z"
      />
    </svg>
  );
}
