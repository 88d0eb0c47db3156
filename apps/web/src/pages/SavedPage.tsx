import { Link, Navigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { WEB_ROUTES } from '@kindred/contracts';
import { useInfiniteSavedPostsQuery, useSavePostMutation } from '../generated/graphql';
import type { SavedPostsQuery } from '../generated/graphql';
import { nextPageParam } from '../app/page-sizes';
import { useAnnounce } from '../app/ui/Announcer';
import { describeError } from '../app/ui/errors';
import { formatDateTime } from '../app/ui/format';
import { signInPath } from '../app/ui/navigation';
import { EmptyState, ErrorPanel, Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { MoreButton } from '../modules/home/components/MemberHome';
import { HOME_PAGE_SIZE, refreshHome } from '../modules/home/lists';
import { SAVED_ROUTE } from '../modules/home/routes';
import { THREAD_ROUTES } from '../modules/threads/routes';

/** Threads and replies the member saved for later, latest saved first; each can be forgotten. */
export function SavedPage() {
  usePageTitle('Saved posts');
  const { viewer, isLoading, error } = useViewer();
  if (isLoading) return <Loading label="Loading your saved posts…" />;
  if (error && !viewer) return <ErrorPanel as="h1" title="We couldn’t load your saved posts" error={error} />;
  if (!viewer) return <Navigate to={signInPath(SAVED_ROUTE)} replace />;
  return (
    <>
      <header className="page-header">
        <h1>Saved posts</h1>
        <p className="lead">Threads and replies you saved to come back to. Only you can see this list.</p>
      </header>
      <SavedList />
    </>
  );
}

function SavedList() {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const q = useInfiniteSavedPostsQuery(
    { first: HOME_PAGE_SIZE },
    { initialPageParam: {}, getNextPageParam: (last: SavedPostsQuery) => nextPageParam(last.savedPosts) },
  );
  const forget = useSavePostMutation();
  const items = (q.data?.pages ?? []).flatMap((p) => p.savedPosts.nodes);

  if (q.isPending) return <Loading label="Loading your saved posts…" className="home-list__loading" />;
  if (q.isError && items.length === 0) {
    return <ErrorPanel title="We couldn’t load your saved posts" error={q.error} onRetry={() => void q.refetch()} />;
  }
  if (items.length === 0) {
    return (
      <EmptyState>
        <p>You have not saved anything yet.</p>
        <p>
          Press “Save” on a thread or a reply to keep it here for later. <Link to={WEB_ROUTES.home}>Back to your home</Link>
        </p>
      </EmptyState>
    );
  }
  return (
    <section className="section" aria-labelledby="saved-title">
      <h2 id="saved-title" className="visually-hidden">
        Saved threads and replies
      </h2>
      {forget.error ? (
        <p className="notice notice--error" role="alert">
          {describeError(forget.error)}
        </p>
      ) : null}
      <ul className="home-list">
        {items.map((s) => (
          <li key={s.id} className="card saved-post">
            <p className="card__title">
              <Link to={s.reply ? `${THREAD_ROUTES.thread(s.thread.id)}#reply-${s.reply.id}` : THREAD_ROUTES.thread(s.thread.id)}>
                {s.reply ? `Reply by ${s.reply.authorLabel} in “${s.thread.title}”` : s.thread.title}
              </Link>
            </p>
            <p className="card__meta">
              <span>in {s.thread.group.name}</span>
              <span>
                Saved <time dateTime={s.savedAt}>{formatDateTime(s.savedAt)}</time>
              </span>
            </p>
            {s.reply && !s.reply.isHidden ? <div className="prose home-reply__body" dangerouslySetInnerHTML={{ __html: s.reply.bodyHtml }} /> : null}
            <button
              type="button"
              className="button button--secondary button--small"
              aria-disabled={forget.isPending || undefined}
              onClick={() =>
                forget.mutate(
                  { target: s.reply ? 'reply' : 'thread', id: s.reply?.id ?? s.thread.id, saved: false },
                  {
                    onSuccess: () => {
                      announce('Removed from your saved posts.');
                      refreshHome(queryClient);
                    },
                  },
                )
              }
            >
              Remove<span className="visually-hidden"> from saved posts</span>
            </button>
          </li>
        ))}
      </ul>
      <MoreButton q={q} noun="saved posts" />
    </section>
  );
}
