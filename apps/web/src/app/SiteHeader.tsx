import { Link, NavLink, useLocation } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { Logo } from './Logo';
import { signInPath, signUpPath } from './ui/navigation';
import { HeaderSearch } from '../modules/search/components/HeaderSearch';
import { SEARCH_FIELD_IDS } from '../modules/search/field-ids';
import { useSearchShortcut } from '../modules/search/hooks/useSearchShortcut';
import { SEARCH_ROUTE } from '../modules/search/routes';
import { INSIGHTS_ROUTE, mayUseInsights } from '../modules/insights/routes';
import { ADMIN_ROUTES } from '../modules/admin/routes';
import { NotificationBell } from '../modules/notifications/components/NotificationBell';
import { ModerationNavItem } from '../modules/moderation/components/ModerationNavItem';

const NO_RETURN: string[] = [WEB_ROUTES.home, WEB_ROUTES.signIn, WEB_ROUTES.signUp];

export function SiteHeader() {
  const { viewer, isLoading } = useViewer();
  const location = useLocation();
  // Signing in from any page brings you back to it.
  const here = NO_RETURN.includes(location.pathname) ? undefined : `${location.pathname}${location.search}`;
  // "/" jumps to the search page's own field there, and to the header's box everywhere else.
  useSearchShortcut([SEARCH_FIELD_IDS.page, SEARCH_FIELD_IDS.header]);
  const onSearchPage = location.pathname === SEARCH_ROUTE;
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to={WEB_ROUTES.home} className="brand">
          <Logo />
          <span className="brand__name">Kindred</span>
        </Link>
        <nav aria-label="Main" className="site-nav">
          <ul>
            <li>
              <NavLink to={WEB_ROUTES.conditions} className="site-nav__link">
                Conditions
              </NavLink>
            </li>
            {mayUseInsights(viewer) ? (
              <li>
                <NavLink to={INSIGHTS_ROUTE} className="site-nav__link">
                  Insights
                </NavLink>
              </li>
            ) : null}
            {viewer?.role === 'admin' ? (
              <li>
                <NavLink to={ADMIN_ROUTES.clinicians} className="site-nav__link">
                  Verify clinicians
                </NavLink>
              </li>
            ) : null}
            {viewer ? <ModerationNavItem key={viewer.id} /> : null}
            {isLoading ? null : viewer ? (
              <>
                <li>
                  <NavLink to={WEB_ROUTES.profile} className="site-nav__link">
                    My profile
                  </NavLink>
                </li>
                <li>
                  <NotificationBell viewerId={viewer.id} />
                </li>
              </>
            ) : (
              <>
                <li>
                  <NavLink to={signInPath(here)} className="site-nav__link">
                    Sign in
                  </NavLink>
                </li>
                <li>
                  <NavLink to={signUpPath(here)} className="site-nav__link site-nav__link--cta">
                    Sign up
                  </NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
        {onSearchPage ? null : <HeaderSearch />}
        {viewer ? (
          <p className="signed-in-as">
            Signed in as <strong>{viewer.handle}</strong>
          </p>
        ) : null}
      </div>
    </header>
  );
}
