import type { ReactNode } from 'react';
import { Link, Navigate, NavLink, useLocation } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { signInPath } from '../../../app/ui/navigation';
import { ErrorPanel, Loading } from '../../../app/ui/States';
import { useViewer } from '../../auth/hooks/useViewer';
import { MODERATION_ROUTES } from '../routes';

/** The moderation pages' own navigation: the queue and the audit log. */
export function ModerationNav() {
  return (
    <nav aria-label="Moderation" className="moderation-subnav">
      <ul className="button-row">
        <li>
          <NavLink to={MODERATION_ROUTES.queue} end className="site-nav__link">
            Queue
          </NavLink>
        </li>
        <li>
          <NavLink to={MODERATION_ROUTES.audit} className="site-nav__link">
            Audit log
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}

/** Signed-in only: anyone else is sent to sign in first, and back here afterwards. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const location = useLocation();
  const { viewer, isLoading, error } = useViewer();
  if (isLoading) return <Loading label="Loading…" />;
  if (error && !viewer) return <ErrorPanel as="h1" title="We couldn’t load this page" error={error} />;
  if (!viewer) return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  return <>{children}</>;
}

/** What a member who is not a moderator sees on a moderation page (the API said FORBIDDEN). */
export function ModeratorsOnly({ title }: { title: string }) {
  return (
    <div className="narrow">
      <h1>{title}</h1>
      <div className="notice" role="status">
        <h2 className="notice__title">This page is for moderators</h2>
        <p>
          Only Kindred’s moderators and group moderators can see this. If something worries you, use “Report” on it.{' '}
          <Link to={WEB_ROUTES.home}>Go to the home page</Link>.
        </p>
      </div>
    </div>
  );
}
