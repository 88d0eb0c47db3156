import { Link, NavLink, useLocation } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { Logo } from './Logo';
import { signInPath, signUpPath } from './ui/navigation';

const NO_RETURN: string[] = [WEB_ROUTES.home, WEB_ROUTES.signIn, WEB_ROUTES.signUp];

export function SiteHeader() {
  const { viewer, isLoading } = useViewer();
  const location = useLocation();
  // Signing in from any page brings you back to it.
  const here = NO_RETURN.includes(location.pathname) ? undefined : `${location.pathname}${location.search}`;
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
            {isLoading ? null : viewer ? (
              <li>
                <NavLink to={WEB_ROUTES.profile} className="site-nav__link">
                  My profile
                </NavLink>
              </li>
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
        {viewer ? (
          <p className="signed-in-as">
            Signed in as <strong>{viewer.handle}</strong>
          </p>
        ) : null}
      </div>
    </header>
  );
}
