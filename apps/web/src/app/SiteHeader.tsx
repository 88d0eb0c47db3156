import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
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

// Signed-in members only, so not part of the first page's download for a visitor: each loads in
// a chunk of its own once the viewer is known (the header shows neither until then anyway).
const NotificationBell = lazy(() =>
  import('../modules/notifications/components/NotificationBell').then((m) => ({ default: m.NotificationBell })),
);
const ModerationNavItem = lazy(() =>
  import('../modules/moderation/components/ModerationNavItem').then((m) => ({ default: m.ModerationNavItem })),
);

const NO_RETURN: string[] = [WEB_ROUTES.home, WEB_ROUTES.signIn, WEB_ROUTES.signUp];

const MENU_ID = 'site-menu';
const SEARCH_PANEL_ID = 'site-search-panel';

type Panel = 'menu' | 'search' | null;

/**
 * The site header. On wide screens everything is in view: logo, links, search box, who is
 * signed in. On phones it is one row (logo, a Search button and a Menu button; Quick exit
 * stays in view beside them): each button shows its panel below the row (aria-expanded,
 * aria-controls), Escape closes it and gives focus back to its button, and opening the search
 * puts the cursor in the box. A panel closes when the page changes.
 */
export function SiteHeader() {
  const { viewer, isLoading } = useViewer();
  const location = useLocation();
  // Signing in from any page brings you back to it.
  const here = NO_RETURN.includes(location.pathname) ? undefined : `${location.pathname}${location.search}`;
  const onSearchPage = location.pathname === SEARCH_ROUTE;
  const [open, setOpen] = useState<Panel>(null);
  // "/" jumps to the search page's own field there, and to the header's box everywhere else
  // (opening its panel on a phone).
  useSearchShortcut([SEARCH_FIELD_IDS.page, SEARCH_FIELD_IDS.header], (id) => {
    if (id === SEARCH_FIELD_IDS.header) flushSync(() => setOpen('search'));
  });
  const menuButton = useRef<HTMLButtonElement>(null);
  const searchButton = useRef<HTMLButtonElement>(null);

  // A new page (a link in the menu, a search) closes the panels.
  useEffect(() => setOpen(null), [location.pathname, location.search]);

  useEffect(() => {
    if (open === 'search') document.getElementById(SEARCH_FIELD_IDS.header)?.focus();
    if (!open) return;
    const panel = document.getElementById(open === 'menu' ? MENU_ID : SEARCH_PANEL_ID);
    const button = open === 'menu' ? menuButton.current : searchButton.current;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const active = document.activeElement;
      setOpen(null);
      // Back to the button that opened it, unless the reader has gone on elsewhere in the page.
      if (!active || active === document.body || active === button || panel?.contains(active)) button?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  const toggle = (panel: Exclude<Panel, null>) => setOpen((current) => (current === panel ? null : panel));

  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to={WEB_ROUTES.home} className="brand">
          <Logo />
          <span className="brand__name">Kindred</span>
        </Link>
        <div className="site-header__toggles">
          {onSearchPage ? null : (
            <button
              ref={searchButton}
              type="button"
              className="header-toggle"
              aria-expanded={open === 'search'}
              aria-controls={SEARCH_PANEL_ID}
              onClick={() => toggle('search')}
            >
              <SearchIcon />
              <span className="visually-hidden">Site search</span>
            </button>
          )}
          <button
            ref={menuButton}
            type="button"
            className="header-toggle"
            aria-expanded={open === 'menu'}
            aria-controls={MENU_ID}
            onClick={() => toggle('menu')}
          >
            <MenuIcon open={open === 'menu'} />
            <span className="visually-hidden">Menu</span>
          </button>
        </div>
        <div id={MENU_ID} className={`site-header__menu${open === 'menu' ? ' is-open' : ''}`}>
          <nav aria-label="Main" className="site-nav">
            <ul>
              <li>
                <NavLink to={WEB_ROUTES.conditions} className="site-nav__link">
                  Conditions
                </NavLink>
              </li>
              <li>
                <NavLink to={WEB_ROUTES.careStories} className="site-nav__link">
                  Care
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
                <>
                  <li>
                    <NavLink to={ADMIN_ROUTES.clinicians} className="site-nav__link">
                      Verify clinicians
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to={WEB_ROUTES.adminOrganisations} className="site-nav__link">
                      Verify organisations
                    </NavLink>
                  </li>
                </>
              ) : null}
              {viewer ? (
                <Suspense fallback={null}>
                  <ModerationNavItem key={viewer.id} />
                </Suspense>
              ) : null}
              {isLoading ? null : viewer ? (
                <>
                  <li>
                    <NavLink to={WEB_ROUTES.profile} className="site-nav__link">
                      My profile
                    </NavLink>
                  </li>
                  <li>
                    <Suspense fallback={null}>
                      <NotificationBell viewerId={viewer.id} />
                    </Suspense>
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
          {viewer ? (
            <p className="signed-in-as">
              Signed in as <strong>{viewer.handle}</strong>
            </p>
          ) : null}
        </div>
        {onSearchPage ? null : (
          <div id={SEARCH_PANEL_ID} className={`site-header__search${open === 'search' ? ' is-open' : ''}`}>
            <HeaderSearch />
          </div>
        )}
      </div>
    </header>
  );
}

function SearchIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.25" />
      <path d="m15.5 15.5 5 5" stroke="currentColor" strokeWidth="2.25" strokeLinecap="round" />
    </svg>
  );
}

function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      {open ? (
        <path d="M6 6l12 12M18 6 6 18" stroke="currentColor" strokeWidth="2.25" strokeLinecap="round" />
      ) : (
        <path d="M4 7h16M4 12h16M4 17h16" stroke="currentColor" strokeWidth="2.25" strokeLinecap="round" />
      )}
    </svg>
  );
}
