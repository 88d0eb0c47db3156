import { Suspense, useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { RouteErrorBoundary } from './RouteErrorPage';
import { ScrollManager } from './ScrollManager';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { AnnouncerProvider, AnnouncerRegion } from './ui/Announcer';
import { PAGE_LOADING_ATTR, PageLoading } from './ui/PageLoading';
import type { FlashState } from './ui/navigation';
import { QuickExit } from '../modules/moderation/components/QuickExit';
import { SupportHost } from '../modules/moderation/components/SupportHost';

export const MAIN_ID = 'main-content';

/**
 * The page frame: skip link, header with navigation, main, footer. On every change of page
 * (not of query string), focus moves to the new page's <h1> so screen-reader users hear where
 * they are, as they would on a full page load.
 */
export function Layout() {
  const location = useLocation();
  const firstRender = useRef(true);
  const flash = (location.state as FlashState | null)?.flash;

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // A page whose code is still loading has no <h1> yet: wait for it (a few seconds at most).
    const until = performance.now() + 5_000;
    let frame = 0;
    const focusHeading = () => {
      const main = document.getElementById(MAIN_ID);
      if (main?.querySelector(`[${PAGE_LOADING_ATTR}]`) && performance.now() < until) {
        frame = window.requestAnimationFrame(focusHeading);
        return;
      }
      const heading = main?.querySelector<HTMLElement>('h1');
      const target = heading ?? main;
      if (!target) return;
      if (target === heading) heading.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    };
    frame = window.requestAnimationFrame(focusHeading);
    return () => window.cancelAnimationFrame(frame);
  }, [location.pathname]);

  return (
    <AnnouncerProvider>
      <div className="page">
        {/* First in the page, so it is the first Tab stop. */}
        <QuickExit />
        <a
          className="skip-link"
          href={`#${MAIN_ID}`}
          onClick={(e) => {
            e.preventDefault();
            document.getElementById(MAIN_ID)?.focus();
          }}
        >
          Skip to main content
        </a>
        <SiteHeader />
        <main id={MAIN_ID} className="main" tabIndex={-1}>
          <div className="container">
            {/* Always in the page, so the message is read out when it appears (not only shown). */}
            <div role="status" className="flash-region">
              {flash ? <p className="flash">{flash}</p> : null}
            </div>
            <RouteErrorBoundary key={location.pathname}>
              <Suspense fallback={<PageLoading />}>
                <Outlet />
              </Suspense>
            </RouteErrorBoundary>
          </div>
          <AnnouncerRegion />
          <SupportHost />
        </main>
        <SiteFooter />
        <ScrollManager />
      </div>
    </AnnouncerProvider>
  );
}
