import { Link } from 'react-router-dom';
import { MODERATION_ROUTES } from '../routes';

/** On a group's page, for its moderators: where to review reports and change safety settings. */
export function GroupModerationLinks({ groupId, slug }: { groupId: string; slug: string }) {
  return (
    <section className="panel panel--moderator" aria-labelledby="group-moderation-title">
      <h2 id="group-moderation-title" className="panel__title">
        Moderation
      </h2>
      <ul className="link-list">
        <li>
          <Link to={`${MODERATION_ROUTES.queue}?group=${encodeURIComponent(groupId)}`}>Reports about this group</Link>
        </li>
        <li>
          <Link to={MODERATION_ROUTES.groupSafety(slug)}>Safety settings and watched words</Link>
        </li>
      </ul>
    </section>
  );
}
