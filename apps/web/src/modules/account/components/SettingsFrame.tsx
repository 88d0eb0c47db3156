import type { ReactNode } from 'react';
import { Navigate, NavLink, useLocation } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import type { ViewerFragment } from '../../../generated/graphql';
import { Breadcrumbs } from '../../../app/ui/Breadcrumbs';
import { signInPath } from '../../../app/ui/navigation';
import { ErrorPanel, Loading } from '../../../app/ui/States';
import { usePageTitle } from '../../../app/ui/usePageTitle';
import { useViewer } from '../../auth/hooks/useViewer';
import { SETTINGS_PAGES } from '../routes';

/**
 * The frame of every settings page: signed-in members only (others go to sign in and come
 * back), breadcrumbs from the profile, the page's <h1>, and the settings menu beside it.
 */
export function SettingsFrame({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: ReactNode;
  children: (viewer: ViewerFragment) => ReactNode;
}) {
  usePageTitle(title);
  const location = useLocation();
  const { viewer, isLoading, error } = useViewer();

  if (isLoading) return <Loading label="Loading your settings…" />;
  if (error && !viewer) return <ErrorPanel as="h1" title="We couldn’t load your settings" error={error} />;
  if (!viewer) return <Navigate to={signInPath(location.pathname)} replace />;

  return (
    <>
      <Breadcrumbs items={[{ label: 'Your profile', to: WEB_ROUTES.profile }, { label: title }]} />
      <header className="page-header">
        <h1>{title}</h1>
        {lead}
      </header>
      <div className="settings-layout">
        <nav aria-label="Settings" className="settings-nav">
          <ul>
            {SETTINGS_PAGES.map((p) => (
              <li key={p.to}>
                <NavLink to={p.to} className="settings-nav__link">
                  {p.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="settings-layout__main">{children(viewer)}</div>
      </div>
    </>
  );
}

/** The same links, for the profile page. */
export function SettingsLinks() {
  return (
    <section className="section panel" aria-labelledby="settings-links-title">
      <h2 id="settings-links-title" className="panel__title">
        Settings
      </h2>
      <ul className="link-list">
        {SETTINGS_PAGES.map((p) => (
          <li key={p.to}>
            <NavLink to={p.to}>{p.label}</NavLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
