import { Link, useParams, useSearchParams } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { isErrorCode } from '../app/graphql-client';
import { Breadcrumbs } from '../app/ui/Breadcrumbs';
import { ErrorPanel, Loading } from '../app/ui/States';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { ThreadReports } from '../modules/experience-reports/components/ThreadReports';
import { ThreadModeration } from '../modules/threads/components/ThreadModeration';
import { CurateIntoGuide } from '../modules/guides/components/CurateIntoGuide';
import { ThreadPost } from '../modules/threads/components/ThreadPost';
import { ThreadReplies } from '../modules/threads/components/ThreadReplies';
import { canPostIn } from '../modules/threads/hooks/access';
import { useTags } from '../modules/threads/hooks/useTags';
import { useThreadCache } from '../modules/threads/hooks/useThreadCache';
import { useThreadPage } from '../modules/threads/hooks/useThreadPage';
import { BRANCH_PARAM } from '../modules/threads/routes';
import { NotFound } from './NotFound';
import { ContentWithheld } from '../modules/moderation/components/ContentWithheld';

export function ThreadPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const branchId = params.get(BRANCH_PARAM);
  const { viewer } = useViewer();
  const page = useThreadPage(id, !!viewer);
  const cache = useThreadCache(id);
  const { labelFor } = useTags();
  const { query, thread } = page;
  const notFound = query.isError && !thread && isErrorCode(query.error, 'NOT_FOUND', 'BAD_REQUEST', 'VALIDATION_FAILED');
  const forbidden = query.isError && !thread && isErrorCode(query.error, 'FORBIDDEN');
  const withheld = query.isError && !thread && isErrorCode(query.error, 'CONTENT_HIDDEN');
  usePageTitle(
    thread
      ? thread.isDeleted
        ? 'Deleted thread'
        : thread.title
      : query.isPending
        ? 'Loading thread'
        : notFound
          ? 'Thread not found'
          : forbidden
            ? 'Members only'
            : withheld
              ? 'Thread not available'
              : 'Thread could not be loaded',
  );

  if (query.isPending) return <Loading label="Loading thread…" />;
  if (!thread) {
    if (notFound) {
      return (
        <NotFound title="Thread not found">
          <p>We could not find that thread. It may have been removed, or the link may be wrong.</p>
        </NotFound>
      );
    }
    if (withheld) return <ContentWithheld />;
    if (forbidden) {
      return (
        <div className="narrow">
          <h1>Members only</h1>
          <p>This thread is in a private group: only its members can read it.</p>
          <p>
            <Link to={WEB_ROUTES.conditions}>Browse conditions and groups</Link>
          </p>
        </div>
      );
    }
    return (
      <ErrorPanel as="h1" title="We couldn’t load this thread" error={query.error} onRetry={() => void query.refetch()} />
    );
  }

  const group = thread.group;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Conditions', to: WEB_ROUTES.conditions },
          { label: group.condition.name, to: WEB_ROUTES.condition(group.condition.slug) },
          { label: group.name, to: WEB_ROUTES.group(group.slug) },
          { label: thread.isDeleted ? 'Deleted thread' : thread.title },
        ]}
      />
      <ThreadPost thread={thread} signedIn={!!viewer} labelFor={labelFor} cache={cache} />
      {viewer && group.viewerCanModerate ? (
        <ThreadModeration threadId={thread.id} isLocked={thread.isLocked} cache={cache} />
      ) : null}
      {viewer && group.viewerCanModerate && group.visibility === 'public' && !thread.isDeleted ? (
        <CurateIntoGuide sourceType="thread" sourceId={thread.id} conditionSlug={group.condition.slug} conditionName={group.condition.name} />
      ) : null}
      <ThreadReports
        threadId={thread.id}
        conditionSlug={group.condition.slug}
        canAdd={canPostIn(group) && !thread.isDeleted && !thread.isLocked}
      />
      <ThreadReplies
        thread={thread}
        tree={page.tree}
        cursorBefore={page.cursorBefore}
        query={query}
        branchId={branchId}
        signedIn={!!viewer}
        canPost={canPostIn(group)}
        cache={cache}
      />
    </>
  );
}
