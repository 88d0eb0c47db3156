import { Link } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';

/**
 * The way on from a page that cannot show what was asked for (an address that leads nowhere, a
 * thread moderators have withheld): the conditions to browse, or the home page.
 */
export function WayOnLinks({ browseLabel = 'Browse conditions' }: { browseLabel?: string }) {
  return (
    <ul className="link-list">
      <li>
        <Link to={WEB_ROUTES.conditions}>{browseLabel}</Link>
      </li>
      <li>
        <Link to={WEB_ROUTES.home}>Go to the home page</Link>
      </li>
    </ul>
  );
}
