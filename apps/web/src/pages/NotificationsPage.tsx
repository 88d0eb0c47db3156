import { Link, Navigate } from 'react-router-dom';
import { ErrorPanel, Loading } from '../app/ui/States';
import { signInPath } from '../app/ui/navigation';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { SETTINGS_ROUTES } from '../modules/account/routes';
import { NotificationList } from '../modules/notifications/components/NotificationList';
import { NOTIFICATIONS_ROUTE } from '../modules/notifications/routes';

export function NotificationsPage() {
  usePageTitle('Notifications');
  const { viewer, isLoading, error } = useViewer();

  if (isLoading) return <Loading label="Loading your notifications…" />;
  if (error && !viewer) return <ErrorPanel as="h1" title="We couldn’t load your notifications" error={error} />;
  if (!viewer) return <Navigate to={signInPath(NOTIFICATIONS_ROUTE)} replace />;

  return (
    <>
      <header className="page-header">
        <h1>Notifications</h1>
        <p className="lead">Replies, mentions and other news from your groups, newest first.</p>
        <p>
          <Link to={SETTINGS_ROUTES.notifications}>Notification settings</Link>
        </p>
      </header>
      <NotificationList />
    </>
  );
}
