import { Link, useParams } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { isErrorCode } from '../app/graphql-client';
import { Breadcrumbs } from '../app/ui/Breadcrumbs';
import { ErrorPanel, Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useGroupSafetyQuery } from '../generated/graphql';
import { GroupSafetySettings } from '../modules/moderation/components/GroupSafetySettings';
import { ModeratorsOnly, RequireSignIn } from '../modules/moderation/components/ModerationFrame';
import { MODERATION_ROUTES } from '../modules/moderation/routes';
import { GroupNotFound } from './NotFound';

export function GroupModerationPage() {
  return (
    <RequireSignIn>
      <GroupModerationContent />
    </RequireSignIn>
  );
}

function GroupModerationContent() {
  const { slug = '' } = useParams();
  const q = useGroupSafetyQuery({ slug });
  const group = q.data?.group;
  const notFound = q.isError && isErrorCode(q.error, 'NOT_FOUND');
  usePageTitle(group ? `Safety settings for ${group.name}` : notFound ? 'Group not found' : 'Safety settings');

  if (q.isPending) return <Loading label="Loading…" />;
  if (q.isError) {
    if (notFound) {
      return <GroupNotFound />;
    }
    if (isErrorCode(q.error, 'FORBIDDEN')) return <ModeratorsOnly title="Safety settings" />;
    return <ErrorPanel as="h1" title="We couldn’t load this group" error={q.error} onRetry={() => void q.refetch()} />;
  }
  const g = q.data.group;
  if (!g.viewerCanModerate) return <ModeratorsOnly title={`Safety settings for ${g.name}`} />;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Conditions', to: WEB_ROUTES.conditions },
          { label: g.condition.name, to: WEB_ROUTES.condition(g.condition.slug) },
          { label: g.name, to: WEB_ROUTES.group(g.slug) },
          { label: 'Safety settings' },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">Moderation</p>
        <h1>Safety settings for {g.name}</h1>
        <p className="lead">
          Only this group’s moderators can see and change these. Reports about the group are in the{' '}
          <Link to={`${MODERATION_ROUTES.queue}?group=${encodeURIComponent(g.id)}`}>moderation queue</Link>.
        </p>
      </header>
      <GroupSafetySettings groupId={g.id} slug={g.slug} approveNewMembers={g.approveNewMembers} />
    </>
  );
}
