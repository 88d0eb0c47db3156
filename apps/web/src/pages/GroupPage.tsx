import { useParams } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { isErrorCode } from '../app/graphql-client';
import { Breadcrumbs } from '../app/ui/Breadcrumbs';
import { ErrorPanel, Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useGroupQuery } from '../generated/graphql';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { GroupChat } from '../modules/chat/components/GroupChat';
import { WhatWorksCallout } from '../modules/experience-reports/components/WhatWorksCallout';
import { GroupAbout, GroupHeader } from '../modules/groups/components/GroupAbout';
import { JoinRequests } from '../modules/groups/components/JoinRequests';
import { MemberList } from '../modules/groups/components/MemberList';
import { MembershipPanel } from '../modules/groups/components/MembershipPanel';
import { canSeeMembers } from '../modules/groups/hooks/access';
import { GroupDiscussions } from '../modules/threads/components/GroupDiscussions';
import { FollowGroupToggle } from '../modules/notifications/components/FollowGroupToggle';
import { MarkGroupReadButton } from '../modules/home/components/MarkGroupReadButton';
import { GroupNotFound } from './NotFound';
import { GroupModerationLinks } from '../modules/moderation/components/GroupModerationLinks';

export function GroupPage() {
  const { slug = '' } = useParams();
  const q = useGroupQuery({ slug });
  const { viewer, isLoading: viewerLoading } = useViewer();
  const notFound = q.isError && isErrorCode(q.error, 'NOT_FOUND');
  usePageTitle(
    q.data?.group.name ?? (q.isPending ? 'Loading group' : notFound ? 'Group not found' : 'Group could not be loaded'),
  );

  if (q.isPending) return <Loading label="Loading group…" />;
  if (q.isError) {
    if (notFound) {
      return <GroupNotFound />;
    }
    return <ErrorPanel as="h1" title="We couldn’t load this group" error={q.error} onRetry={() => void q.refetch()} />;
  }

  const group = q.data.group;
  const showMembers = canSeeMembers(group, viewer);

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Conditions', to: WEB_ROUTES.conditions },
          { label: group.condition.name, to: WEB_ROUTES.condition(group.condition.slug) },
          { label: group.name },
        ]}
      />
      <GroupHeader group={group} />
      <div className="two-column">
        <div className="two-column__side">
          <MembershipPanel group={group} viewer={viewer} viewerLoading={viewerLoading} />
          {viewer && group.viewerCanModerate ? <GroupModerationLinks groupId={group.id} slug={group.slug} /> : null}
          {viewer && group.viewerCanRead ? (
            <FollowGroupToggle key={group.id} groupId={group.id} groupName={group.name} following={group.viewerFollows} />
          ) : null}
          {viewer && group.viewerCanRead ? <MarkGroupReadButton groupId={group.id} groupName={group.name} /> : null}
          <WhatWorksCallout
            conditionSlug={group.condition.slug}
            conditionName={group.condition.name}
            className="what-works-callout--side"
          />
        </div>
        <div className="two-column__main">
          <GroupAbout group={group} />
          <GroupDiscussions group={group} viewer={viewer} viewerLoading={viewerLoading} />
          <GroupChat group={group} viewer={viewer} viewerLoading={viewerLoading} />
          {viewer && group.viewerCanModerate ? (
            <JoinRequests slug={group.slug} isPrivate={group.visibility === 'private'} />
          ) : null}
          {showMembers ? (
            <MemberList slug={group.slug} viewerHandle={viewer?.handle ?? null} />
          ) : (
            <section className="section" aria-labelledby="members-title">
              <h2 id="members-title">Members</h2>
              {viewerLoading ? null : viewer ? (
                <p>Only members can see who is in a private group.</p>
              ) : (
                <p>
                  Being in a condition group says something about a person’s health, so only signed-in members can
                  see who is here.
                </p>
              )}
            </section>
          )}
        </div>
      </div>
    </>
  );
}
