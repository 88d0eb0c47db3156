import { Link } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';

/**
 * What others see of a thread moderators have hidden or removed, or one waiting for approval
 * (the API answers CONTENT_HIDDEN): a calm page that says so, without saying why.
 */
export function ContentWithheld({ noun = 'thread' }: { noun?: string }) {
  return (
    <div className="narrow">
      <h1>This {noun} isn’t available</h1>
      <p>
        Moderators have hidden this {noun}, or it is waiting for their approval. This happens when a post may break
        the community rules, or to keep someone safe. Nothing you did caused it.
      </p>
      <ul className="link-list">
        <li>
          <Link to={WEB_ROUTES.conditions}>Browse conditions and groups</Link>
        </li>
        <li>
          <Link to={WEB_ROUTES.home}>Go to the home page</Link>
        </li>
      </ul>
    </div>
  );
}
