import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { usePageTitle } from '../app/ui/usePageTitle';

// "Not found" as the pages show it for an address that leads nowhere. A module of its own, not
// NotFoundPage's: that page is loaded lazily, so its module is a chunk of its own, and a page that
// imported these from it fetched that chunk too (one more request before the page could show).

export function NotFound({ title = 'Page not found', children }: { title?: string; children?: ReactNode }) {
  usePageTitle(title);
  return (
    <div className="narrow">
      <h1>{title}</h1>
      {children ?? <p>We could not find that page. If you typed the address, check it is right.</p>}
      <ul className="link-list">
        <li>
          <Link to={WEB_ROUTES.conditions}>Browse conditions</Link>
        </li>
        <li>
          <Link to={WEB_ROUTES.home}>Go to the home page</Link>
        </li>
      </ul>
    </div>
  );
}

/** A group address that leads nowhere (renamed or closed). */
export function GroupNotFound() {
  return (
    <NotFound title="Group not found">
      <p>We could not find that group. It may have been renamed or closed.</p>
    </NotFound>
  );
}
