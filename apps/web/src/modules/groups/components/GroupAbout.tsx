import { Link } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import type { GroupQuery } from '../../../generated/graphql';
import { VisibilityBadge } from '../../../app/ui/Badge';
import { formatDate, plural } from '../../../app/ui/format';

type Group = GroupQuery['group'];

export function GroupHeader({ group }: { group: Group }) {
  return (
    <header className="page-header">
      <p className="eyebrow">
        Group for <Link to={WEB_ROUTES.condition(group.condition.slug)}>{group.condition.name}</Link>
      </p>
      <h1>{group.name}</h1>
      <p className="page-header__meta">
        <VisibilityBadge visibility={group.visibility} />
        <span>{plural(group.memberCount, 'member')}</span>
      </p>
    </header>
  );
}

export function GroupAbout({ group }: { group: Group }) {
  return (
    <section className="section" aria-labelledby="about-title">
      <h2 id="about-title">About this group</h2>
      <p className="prose">{group.description}</p>
      <dl className="facts">
        <div>
          <dt>Condition</dt>
          <dd>
            <Link to={WEB_ROUTES.condition(group.condition.slug)}>{group.condition.name}</Link> (ICD-10{' '}
            {group.condition.icd10Code})
          </dd>
        </div>
        <div>
          <dt>Who can join</dt>
          <dd>
            {group.visibility === 'public'
              ? 'Public: anyone with a Kindred account can join.'
              : 'Private: a moderator approves each request to join.'}
          </dd>
        </div>
        <div>
          <dt>Members</dt>
          <dd>{plural(group.memberCount, 'member')}</dd>
        </div>
        {group.allowAnonymous ? (
          <div>
            <dt>Anonymous posting</dt>
            <dd>Members may post as “anonymous member” here.</dd>
          </div>
        ) : null}
        <div>
          <dt>Started</dt>
          <dd>{formatDate(group.createdAt)}</dd>
        </div>
      </dl>
    </section>
  );
}
