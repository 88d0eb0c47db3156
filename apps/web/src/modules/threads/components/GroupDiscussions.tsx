import { useId, useRef } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { THREAD_KINDS } from '@kindred/contracts';
import type { GroupQuery, ViewerFragment } from '../../../generated/graphql';
import { SelectField } from '../../../app/ui/Fields';
import { LoadMore } from '../../../app/ui/LoadMore';
import { plural } from '../../../app/ui/format';
import { signInPath } from '../../../app/ui/navigation';
import { EmptyState, ErrorPanel, Loading } from '../../../app/ui/States';
import { canPostIn, canReadThreads } from '../hooks/access';
import { filtersFrom, useGroupThreads } from '../hooks/useGroupThreads';
import { useTags } from '../hooks/useTags';
import { KIND_LABELS } from '../kinds';
import { THREAD_ROUTES } from '../routes';
import { ThreadCard } from './ThreadCard';

type Group = GroupQuery['group'];

const SORT_LABELS = {
  latest_activity: 'Latest activity',
  newest: 'Newest',
  most_helpful: 'Most helpful',
} as const;

/**
 * The group's threads on its page: sort, kind and tag filters (kept in the address), "Load
 * more", and "Start a thread" for members. Private groups' threads are only asked for when the
 * API will answer (canReadThreads).
 */
export function GroupDiscussions({
  group,
  viewer,
  viewerLoading,
}: {
  group: Group;
  viewer: ViewerFragment | null;
  viewerLoading: boolean;
}) {
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const readable = canReadThreads(group);
  const canPost = canPostIn(group);
  const { tags, labelFor } = useTags();
  const list = useGroupThreads(group.id, filters, readable);
  const statusId = useId();
  const filtered = !!filters.kind || !!filters.tag;

  const setParam = (name: 'sort' | 'kind' | 'tag', value: string, fallback = '') =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value && value !== fallback) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );

  const clearFilters = () => {
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.delete('kind');
        next.delete('tag');
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
    document.getElementById('threads-kind')?.focus();
  };

  // What the live region says; it only changes when fresh results arrive.
  const announcement = useRef('');
  if (list.isSuccess && !list.isPlaceholderData) {
    const { totalCount, threads } = list;
    const count =
      totalCount === 0
        ? filtered
          ? 'No threads match these filters.'
          : 'No threads yet.'
        : `${plural(totalCount, 'thread')}${filtered ? ' match these filters' : ''}.`;
    announcement.current = totalCount > threads.length ? `${count} Showing ${threads.length}.` : count;
  }

  const here = `${location.pathname}${location.search}`;

  return (
    <section className="section discussions" aria-labelledby="discussions-title">
      <div className="section-header">
        <h2 id="discussions-title">Discussions</h2>
        {canPost ? (
          <Link to={THREAD_ROUTES.newThread(group.slug)} className="button">
            Start a thread
          </Link>
        ) : null}
      </div>

      {viewerLoading ? null : !viewer ? (
        <p className="small">
          <Link to={signInPath(here)}>Sign in</Link> and join this group to start a thread or reply.
        </p>
      ) : !canPost ? (
        <p className="small">Join this group to start a thread or reply.</p>
      ) : null}

      {!readable ? (
        <p>Only members can read the discussions in this private group.</p>
      ) : (
        <>
          <form
            role="search"
            aria-label="Discussions"
            className="filter-panel"
            onSubmit={(e) => e.preventDefault()}
          >
            <SelectField
              id="threads-sort"
              label="Sort by"
              value={filters.sort}
              onChange={(e) => setParam('sort', e.target.value, 'latest_activity')}
              aria-controls="thread-results"
            >
              {Object.entries(SORT_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </SelectField>
            <SelectField
              id="threads-kind"
              label="Kind"
              value={filters.kind ?? ''}
              onChange={(e) => setParam('kind', e.target.value)}
              aria-controls="thread-results"
            >
              <option value="">All kinds</option>
              {THREAD_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k].many}
                </option>
              ))}
            </SelectField>
            <SelectField
              id="threads-tag"
              label="Tag"
              value={filters.tag ?? ''}
              onChange={(e) => setParam('tag', e.target.value)}
              aria-controls="thread-results"
            >
              <option value="">All tags</option>
              {tags.map((t) => (
                <option key={t.slug} value={t.slug}>
                  {t.label}
                </option>
              ))}
              {filters.tag && !tags.some((t) => t.slug === filters.tag) ? (
                <option value={filters.tag}>{filters.tag}</option>
              ) : null}
            </SelectField>
          </form>

          <p id={statusId} className="result-count" role="status" aria-live="polite" aria-atomic="true">
            {announcement.current}
          </p>

          <div id="thread-results" aria-busy={list.isFetching || undefined}>
            {list.isPending ? (
              <Loading label="Loading discussions…" />
            ) : list.isError && list.threads.length === 0 ? (
              <ErrorPanel
                as="h3"
                title="We couldn’t load the discussions"
                error={list.error}
                onRetry={() => void list.refetch()}
              />
            ) : list.threads.length === 0 ? (
              <EmptyState>
                {filtered ? (
                  <>
                    <p>No threads match these filters.</p>
                    <button type="button" className="button button--secondary" onClick={clearFilters}>
                      Clear filters
                    </button>
                  </>
                ) : (
                  <p>
                    No one has started a discussion here yet.
                    {canPost ? ' Ask a question, share some advice or tell your story.' : ''}
                  </p>
                )}
              </EmptyState>
            ) : (
              <>
                <ul className="card-list" aria-labelledby="discussions-title">
                  {list.threads.map((t) => (
                    <ThreadCard key={t.id} thread={t} labelFor={labelFor} />
                  ))}
                </ul>
                {list.isFetchNextPageError ? (
                  <ErrorPanel
                    as="h3"
                    title="We couldn’t load more threads"
                    error={list.error}
                    onRetry={() => void list.fetchNextPage()}
                  />
                ) : null}
                <LoadMore
                  shown={list.threads.length}
                  total={list.totalCount}
                  noun="thread"
                  hasNextPage={list.hasNextPage}
                  isFetchingNextPage={list.isFetchingNextPage}
                  onLoadMore={() => void list.fetchNextPage()}
                />
              </>
            )}
          </div>
        </>
      )}
    </section>
  );
}
