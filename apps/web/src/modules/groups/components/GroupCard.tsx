import { Link } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { Badge, VisibilityBadge } from '../../../app/ui/Badge';
import { plural } from '../../../app/ui/format';
import type { GroupVisibility, MembershipStatus } from '../../../generated/graphql';

export interface GroupCardData {
  id: string;
  slug: string;
  name: string;
  description?: string;
  visibility: GroupVisibility;
  memberCount: number;
  viewerMembership?: { status: MembershipStatus; role?: string } | null;
  condition?: { name: string } | null;
}

/** A group in a list: name (a link), public/private, member count, and the viewer's status. */
export function GroupCard({ group, headingLevel = 'h3' }: { group: GroupCardData; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  const status = group.viewerMembership?.status;
  return (
    <li className="card card--link">
      <Heading className="card__title">
        <Link to={WEB_ROUTES.group(group.slug)} className="card__link">
          {group.name}
        </Link>
      </Heading>
      <p className="card__meta">
        <VisibilityBadge visibility={group.visibility} />
        <span>{plural(group.memberCount, 'member')}</span>
        {status === 'active' ? (
          <Badge tone="success">{group.viewerMembership?.role === 'moderator' ? 'You moderate this' : 'You’re a member'}</Badge>
        ) : status === 'pending' ? (
          <Badge tone="warning">Request sent</Badge>
        ) : null}
      </p>
      {group.condition ? <p className="card__text card__text--muted">For {group.condition.name}</p> : null}
      {group.description ? <p className="card__text">{group.description}</p> : null}
    </li>
  );
}
