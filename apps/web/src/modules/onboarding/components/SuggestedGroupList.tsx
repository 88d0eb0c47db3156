import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { Badge, VisibilityBadge } from '../../../app/ui/Badge';
import { useAnnounce } from '../../../app/ui/Announcer';
import { describeError } from '../../../app/ui/errors';
import { plural } from '../../../app/ui/format';
import { EmptyState, ErrorPanel, Loading } from '../../../app/ui/States';
import { useJoinGroupMutation, useSuggestedGroupsQuery } from '../../../generated/graphql';
import type { SuggestedGroupsQuery } from '../../../generated/graphql';
import { invalidateGroupData } from '../../groups/hooks/invalidate';
import { ONBOARDING_ROUTES } from '../routes';

type Suggestion = SuggestedGroupsQuery['suggestedGroups'][number];

/** Step 2: groups for the member's conditions, each joined (or asked to join) with one click. */
export function SuggestedGroupList() {
  const suggested = useSuggestedGroupsQuery();
  if (suggested.isLoading) {
    return (
      <div className="suggested-groups">
        <Loading label="Finding groups for you…" />
      </div>
    );
  }
  if (suggested.error) return <ErrorPanel title="We couldn’t find groups for you" error={suggested.error} />;
  const list = suggested.data?.suggestedGroups ?? [];
  if (!list.length) {
    return (
      <div className="suggested-groups">
        <EmptyState>
          <p>
            Choose the conditions you live with or care for and we will suggest groups here, or{' '}
            <Link to={WEB_ROUTES.conditions}>browse every condition</Link>.
          </p>
          <p>
            <Link to={ONBOARDING_ROUTES.conditions}>Choose your conditions</Link>
          </p>
        </EmptyState>
      </div>
    );
  }
  return (
    <ul className="card-list suggested-groups" aria-label="Suggested groups">
      {list.map((s) => (
        <SuggestedGroupCard key={s.group.id} suggestion={s} />
      ))}
    </ul>
  );
}

function SuggestedGroupCard({ suggestion }: { suggestion: Suggestion }) {
  const { group, relation } = suggestion;
  const queryClient = useQueryClient();
  const join = useJoinGroupMutation();
  const announce = useAnnounce();
  const [error, setError] = useState<string | null>(null);
  const status = group.viewerMembership?.status;
  const headingId = `suggested-${group.slug}`;

  const onJoin = () => {
    if (join.isPending) return;
    setError(null);
    join.mutate(
      { groupId: group.id },
      {
        onSuccess: ({ joinGroup: m }) => {
          queryClient.setQueryData<SuggestedGroupsQuery>(useSuggestedGroupsQuery.getKey(), (old) =>
            old
              ? {
                  suggestedGroups: old.suggestedGroups.map((x) =>
                    x.group.id === group.id
                      ? { ...x, group: { ...x.group, memberCount: m.group.memberCount, viewerMembership: { id: m.id, status: m.status } } }
                      : x,
                  ),
                }
              : old,
          );
          announce(m.status === 'active' ? `You joined ${group.name}.` : `Your request to join ${group.name} was sent.`);
          void invalidateGroupData(queryClient);
        },
        onError: (err) => setError(describeError(err)),
      },
    );
  };

  return (
    <li className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        <Link to={WEB_ROUTES.group(group.slug)} className="card__link">
          {group.name}
        </Link>
      </h2>
      <p className="card__meta">
        <VisibilityBadge visibility={group.visibility} />
        <span>{plural(group.memberCount, 'member')}</span>
        {group.forCarers ? <Badge tone="neutral">For carers</Badge> : null}
      </p>
      <p className="card__text card__text--muted">
        {relation === 'carer' ? 'For you as a carer: ' : 'For you: '}
        {group.condition.name}
      </p>
      {group.description ? <p className="card__text">{group.description}</p> : null}
      <p className="suggested-group__actions">
        {status === 'active' ? (
          <Badge tone="success">You’re a member</Badge>
        ) : status === 'pending' ? (
          <Badge tone="warning">Request sent</Badge>
        ) : (
          <button type="button" className="button" onClick={onJoin} aria-disabled={join.isPending || undefined}>
            {join.isPending ? 'Joining…' : group.visibility === 'private' ? 'Ask to join' : 'Join'}
            <span className="visually-hidden"> {group.name}</span>
          </button>
        )}
      </p>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
