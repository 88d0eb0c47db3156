import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { WEB_ROUTES } from '@kindred/contracts';
import { isErrorCode } from '../app/graphql-client';
import { Breadcrumbs } from '../app/ui/Breadcrumbs';
import { signInPath } from '../app/ui/navigation';
import type { FlashState } from '../app/ui/navigation';
import { ErrorPanel, Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useEditThreadMutation, useThreadDetailsQuery } from '../generated/graphql';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { showSupport } from '../modules/moderation/support-store';
import { ThreadComposer } from '../modules/threads/components/ThreadComposer';
import { invalidateThread, invalidateThreadLists } from '../modules/threads/hooks/invalidate';
import { patchCachedThread } from '../modules/threads/hooks/useThreadCache';
import { THREAD_ROUTES } from '../modules/threads/routes';
import { NotFound } from './NotFound';

export function EditThreadPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { viewer, isLoading: viewerLoading } = useViewer();
  const q = useThreadDetailsQuery({ id }, { enabled: !!viewer });
  const edit = useEditThreadMutation();
  const notFound = q.isError && isErrorCode(q.error, 'NOT_FOUND', 'BAD_REQUEST', 'VALIDATION_FAILED');
  usePageTitle(notFound ? 'Thread not found' : 'Edit your thread');

  if (viewerLoading) return <Loading label="Loading…" />;
  if (!viewer) return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  if (q.isPending) return <Loading label="Loading your thread…" />;
  if (q.isError) {
    if (notFound) {
      return (
        <NotFound title="Thread not found">
          <p>We could not find that thread. It may have been removed.</p>
        </NotFound>
      );
    }
    return <ErrorPanel as="h1" title="We couldn’t load this thread" error={q.error} onRetry={() => void q.refetch()} />;
  }

  const thread = q.data.thread;
  const back = THREAD_ROUTES.thread(thread.id);
  const crumbs = (
    <Breadcrumbs
      items={[
        { label: 'Conditions', to: WEB_ROUTES.conditions },
        { label: thread.group.name, to: WEB_ROUTES.group(thread.group.slug) },
        { label: thread.isDeleted ? 'Deleted thread' : thread.title, to: back },
        { label: 'Edit' },
      ]}
    />
  );

  const refusal = !thread.viewerIsAuthor
    ? 'Only the person who started a thread can edit it.'
    : thread.isDeleted
      ? 'This thread was deleted, so it can’t be edited.'
      : thread.isLocked
        ? 'A moderator has locked this thread, so it can’t be edited.'
        : null;
  if (refusal) {
    return (
      <>
        {crumbs}
        <div className="narrow">
          <h1>Edit your thread</h1>
          <p>{refusal}</p>
          <p>
            <Link to={back}>Back to the thread</Link>
          </p>
        </div>
      </>
    );
  }

  return (
    <>
      {crumbs}
      <header className="page-header">
        <h1>Edit your thread</h1>
        <p className="lead">Readers can still see earlier versions, marked “edited”.</p>
      </header>
      <ThreadComposer
        mode="edit"
        initial={{ kind: thread.kind, title: thread.title, body: thread.body, tags: thread.tags, anonymous: false }}
        allowAnonymous={false}
        submitLabel="Save changes"
        pendingLabel="Saving…"
        cancelTo={back}
        isPending={edit.isPending}
        onSubmit={(draft, onError, support) =>
          edit.mutate(
            { id: thread.id, input: { title: draft.title, body: draft.body, tags: draft.tags } },
            {
              onSuccess: async (data) => {
                showSupport(support);
                // The thread page opens at once with the new title and text; the rest refreshes.
                patchCachedThread(queryClient, thread.id, data.editThread);
                await invalidateThread(queryClient, thread.id);
                void invalidateThreadLists(queryClient);
                void navigate(back, { state: { flash: 'Your changes have been saved.' } satisfies FlashState });
              },
              onError,
            },
          )
        }
      />
    </>
  );
}
