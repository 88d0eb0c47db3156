import type { ReactNode } from 'react';
import { usePageTitle } from '../app/ui/usePageTitle';
import { WayOnLinks } from '../app/ui/WayOnLinks';

// "Not found" as the pages show it for an address that leads nowhere. A module of its own, not
// NotFoundPage's: that page is loaded lazily, so its module is a chunk of its own, and a page that
// imported these from it fetched that chunk too (one more request before the page could show).

export function NotFound({ title = 'Page not found', children }: { title?: string; children?: ReactNode }) {
  usePageTitle(title);
  return (
    <div className="narrow">
      <h1>{title}</h1>
      {children ?? <p>We could not find that page. If you typed the address, check it is right.</p>}
      <WayOnLinks />
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
