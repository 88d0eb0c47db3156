import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { WEB_ROUTES } from '@kindred/contracts';
import { isErrorCode } from '../app/graphql-client';
import { Breadcrumbs } from '../app/ui/Breadcrumbs';
import { signInPath } from '../app/ui/navigation';
import type { FlashState } from '../app/ui/navigation';
import { ErrorPanel, Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useGroupQuery, useStartThreadMutation } from '../generated/graphql';
import { useSubmissionKey } from '../app/submission-key';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { showSupport } from '../modules/moderation/support-store';
import { ThreadComposer } from '../modules/threads/components/ThreadComposer';
import { canPostIn } from '../modules/threads/hooks/access';
import { invalidateThreadLists } from '../modules/threads/hooks/invalidate';
import { prefetchThreadPage } from '../modules/threads/hooks/useThreadCache';
import { THREAD_ROUTES } from '../modules/threads/routes';
import { GroupNotFound } from './NotFound';

export function NewThreadPage() {
  const { slug = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const q = useGroupQuery({ slug });
  const { viewer, isLoading: viewerLoading } = useViewer();
  const start = useStartThreadMutation();
  const submission = useSubmissionKey();
  const notFound = q.isError && isErrorCode(q.error, 'NOT_FOUND');
  usePageTitle(q.data ? `Start a thread in ${q.data.group.name}` : notFound ? 'Group not found' : 'Start a thread');

  if (viewerLoading || q.isPending) return <Loading label="Loading…" />;
  if (!viewer) return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  if (q.isError) {
    if (notFound) {
      return <GroupNotFound />;
    }
    return <ErrorPanel as="h1" title="We couldn’t load this group" error={q.error} onRetry={() => void q.refetch()} />;
  }

  const group = q.data.group;
  const crumbs = (
    <Breadcrumbs
      items={[
        { label: 'Conditions', to: WEB_ROUTES.conditions },
        { label: group.condition.name, to: WEB_ROUTES.condition(group.condition.slug) },
        { label: group.name, to: WEB_ROUTES.group(group.slug) },
        { label: 'Start a thread' },
      ]}
    />
  );

  if (!canPostIn(group)) {
    return (
      <>
        {crumbs}
        <div className="narrow">
          <h1>Start a thread</h1>
          <p>Only members of {group.name} can start threads there. Join the group first, then come back.</p>
          <p>
            <Link to={WEB_ROUTES.group(group.slug)}>Go to {group.name}</Link>
          </p>
        </div>
      </>
    );
  }

  return (
    <>
      {crumbs}
      <header className="page-header">
        <p className="eyebrow">
          In <Link to={WEB_ROUTES.group(group.slug)}>{group.name}</Link>
        </p>
        <h1>Start a thread</h1>
        <p className="lead">
          Ask the group a question, share advice that has worked for you, or tell your story. Be kind: everyone here
          is living with it too.
        </p>
      </header>
      <ThreadComposer
        mode="start"
        initial={{ kind: 'question', title: '', body: '', tags: [], anonymous: false }}
        allowAnonymous={group.allowAnonymous}
        submitLabel="Post thread"
        pendingLabel="Posting…"
        cancelTo={WEB_ROUTES.group(group.slug)}
        isPending={start.isPending}
        onSubmit={(draft, onError, support) =>
          start.mutate(
            {
              input: {
                groupId: group.id,
                kind: draft.kind ?? 'question',
                title: draft.title,
                body: draft.body,
                tags: draft.tags,
                anonymous: group.allowAnonymous && draft.anonymous,
                idempotencyKey: submission.key(),
              },
            },
            {
              onSuccess: async (data) => {
                submission.done();
                showSupport(support);
                void invalidateThreadLists(queryClient);
                await prefetchThreadPage(queryClient, data.startThread.id);
                void navigate(THREAD_ROUTES.thread(data.startThread.id), {
                  state: {
                    flash:
                      data.startThread.moderationState === 'pending'
                        ? 'Your thread has been posted. It is waiting for a moderator’s approval: only you and the group’s moderators can see it until then.'
                        : 'Your thread has been posted.',
                  } satisfies FlashState,
                });
              },
              onError,
            },
          )
        }
      />
    </>
  );
}
