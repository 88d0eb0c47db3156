import { NavLink } from 'react-router-dom';
import { useModerationSummaryQuery } from '../../../generated/graphql';
import { MODERATION_ROUTES } from '../routes';

/**
 * The header's "Moderation" link, with the number of open cases as a badge (crisis cases said
 * first). Shown to site moderators, admins and group moderators; for other members
 * moderationSummary is null and nothing is shown.
 */
export function ModerationNavItem() {
  const q = useModerationSummaryQuery(undefined, {
    staleTime: 60_000,
    refetchInterval: (query) => (query.state.data ? 60_000 : false),
    retry: false,
  });
  const summary = q.data?.moderationSummary;
  if (!summary) return null;
  const { open, crisis } = summary;
  const label = [
    'Moderation',
    crisis > 0 ? `${crisis.toLocaleString('en-GB')} crisis` : null,
    open > 0 ? `${open.toLocaleString('en-GB')} open ${open === 1 ? 'case' : 'cases'}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <li>
      <NavLink to={MODERATION_ROUTES.queue} end={false} className="site-nav__link moderation-nav" aria-label={label}>
        <span>Moderation</span>
        {open > 0 ? (
          <span className={`moderation-nav__count${crisis > 0 ? ' moderation-nav__count--crisis' : ''}`} aria-hidden="true">
            {open > 99 ? '99+' : open}
          </span>
        ) : null}
      </NavLink>
    </li>
  );
}
