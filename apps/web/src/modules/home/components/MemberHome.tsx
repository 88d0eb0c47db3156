import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { WEB_ROUTES } from '@kindred/contracts';
import {
  useHomeGroupsQuery,
  useInfiniteHomeRepliesQuery,
  useInfiniteHomeReportsQuery,
  useInfiniteHomeThreadsQuery,
  useMarkGroupReadMutation,
} from '../../../generated/graphql';
import type {
  HomeGroupsQuery,
  HomeRepliesQuery,
  HomeReportsQuery,
  HomeThreadFieldsFragment,
  HomeThreadFilter,
  HomeThreadsQuery,
} from '../../../generated/graphql';
import { nextPageParam } from '../../../app/page-sizes';
import { useAnnounce } from '../../../app/ui/Announcer';
import { Badge } from '../../../app/ui/Badge';
import { describeError } from '../../../app/ui/errors';
import { formatDateTime, plural } from '../../../app/ui/format';
import { EmptyState, ErrorPanel, Loading } from '../../../app/ui/States';
import { EFFECTIVENESS_LABELS } from '../../experience-reports/labels';
import { REPORT_ROUTES } from '../../experience-reports/routes';
import { THREAD_ROUTES } from '../../threads/routes';
import { HOME_PAGE_SIZE, countLabel, refreshHome } from '../lists';
import { SAVED_ROUTE } from '../routes';

type Tab = 'latest' | 'following' | 'replies' | 'reports';
const TABS: { id: Tab; label: string }[] = [
  { id: 'latest', label: 'Latest' },
  { id: 'following', label: 'Following' },
  { id: 'replies', label: 'Replies to you' },
  { id: 'reports', label: 'What works' },
];

/**
 * The signed-in member's home (the landing page after sign-in): their groups with unread counts,
 * then one list at a time: new and updated threads in their groups, threads they follow, replies
 * to them, and the newest what-works reports in their conditions. Loaded as its own chunk, only
 * for members, so the visitors' home page stays small.
 */
export function MemberHome({ handle }: { handle: string }) {
  const [tab, setTab] = useState<Tab>('latest');
  return (
    <div className="member-home">
      <header className="page-header member-home__header">
        <h1>Your home</h1>
        <p className="lead">Hello, {handle}. Here is what is new in your groups, and what came back to you.</p>
        <p>
          <Link to={SAVED_ROUTE}>Saved posts</Link>
        </p>
      </header>
      <YourGroups />
      <section className="section member-home__lists" aria-labelledby="home-lists-title">
        <h2 id="home-lists-title" className="visually-hidden">
          Your lists
        </h2>
        <div className="home-tabs" role="group" aria-label="Show">
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              className="chip"
              aria-pressed={tab === t.id}
              onClick={() => setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        {tab === 'latest' || tab === 'following' ? <ThreadFeed key={tab} filter={tab === 'latest' ? 'all' : 'following'} /> : null}
        {tab === 'replies' ? <RepliesToMe /> : null}
        {tab === 'reports' ? <NewestReports /> : null}
      </section>
    </div>
  );
}

function YourGroups() {
  const q = useHomeGroupsQuery();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const markRead = useMarkGroupReadMutation();
  const groups: HomeGroupsQuery['homeGroups'] = q.data?.homeGroups ?? [];

  const onMarkRead = (groupId: string, name: string) => {
    markRead.mutate(
      { groupId },
      {
        onSuccess: () => {
          announce(`Everything in ${name} is marked read.`);
          refreshHome(queryClient);
        },
      },
    );
  };

  return (
    <section className="section your-groups" aria-labelledby="your-groups-title">
      <h2 id="your-groups-title">Your groups</h2>
      {q.isPending ? (
        <Loading label="Loading your groups…" className="your-groups__loading" />
      ) : q.isError ? (
        <ErrorPanel as="h3" title="We couldn’t load your groups" error={q.error} onRetry={() => void q.refetch()} />
      ) : groups.length === 0 ? (
        <EmptyState>
          <p>You have not joined a group yet.</p>
          <p>
            <Link to={WEB_ROUTES.conditions}>Find your condition and join its group</Link> to see new threads here.
          </p>
        </EmptyState>
      ) : (
        <ul className="your-groups__list">
          {groups.map(({ group, unreadCount }) => (
            <li key={group.id} className="your-groups__item">
              <Link to={WEB_ROUTES.group(group.slug)} className="your-groups__link">
                {group.name}
              </Link>
              {unreadCount > 0 ? (
                <>
                  <Badge tone="warning">{countLabel(unreadCount)} unread</Badge>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => onMarkRead(group.id, group.name)}
                    aria-disabled={markRead.isPending || undefined}
                  >
                    Mark all read<span className="visually-hidden"> in {group.name}</span>
                  </button>
                </>
              ) : (
                <span className="muted">All read</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {markRead.error ? (
        <p className="notice notice--error" role="alert">
          {describeError(markRead.error)}
        </p>
      ) : null}
    </section>
  );
}

function ThreadFeed({ filter }: { filter: HomeThreadFilter }) {
  const q = useInfiniteHomeThreadsQuery(
    { filter, first: HOME_PAGE_SIZE },
    { initialPageParam: {}, getNextPageParam: (last: HomeThreadsQuery) => nextPageParam(last.homeThreads) },
  );
  const items = (q.data?.pages ?? []).flatMap((p) => p.homeThreads.nodes);
  if (q.isPending) return <Loading label="Loading threads…" className="home-list__loading" />;
  if (q.isError && items.length === 0) {
    return <ErrorPanel as="h3" title="We couldn’t load your threads" error={q.error} onRetry={() => void q.refetch()} />;
  }
  if (items.length === 0) {
    return (
      <EmptyState>
        {filter === 'all' ? (
          <>
            <p>Nothing in your groups yet.</p>
            <p>
              Open one of your groups and start the first thread, or <Link to={WEB_ROUTES.conditions}>find another group</Link>.
            </p>
          </>
        ) : (
          <>
            <p>You do not follow any thread yet.</p>
            <p>Reply to a thread, or press “Follow” on one, and it will show here when someone answers.</p>
          </>
        )}
      </EmptyState>
    );
  }
  return (
    <>
      <ul className="home-list" aria-label={filter === 'all' ? 'Latest threads in your groups' : 'Threads you follow'}>
        {items.map((n) => (
          <HomeThreadItem key={n.thread.id} item={n} />
        ))}
      </ul>
      <MoreButton q={q} noun="threads" />
    </>
  );
}

function HomeThreadItem({ item }: { item: HomeThreadFieldsFragment }) {
  const t = item.thread;
  const fresh = item.isNew || item.newReplyCount > 0;
  return (
    <li className={`card card--link home-thread${fresh ? ' home-thread--new' : ''}`}>
      <h3 className="card__title">
        <Link to={THREAD_ROUTES.thread(t.id)} className="card__link">
          {t.title}
        </Link>
      </h3>
      <p className="card__meta">
        {item.isNew ? <Badge tone="warning">New thread</Badge> : null}
        {item.newReplyCount > 0 ? (
          <Badge tone="warning">
            {countLabel(item.newReplyCount)} new {item.newReplyCount === 1 ? 'reply' : 'replies'}
          </Badge>
        ) : null}
        {item.viewerFollows ? <Badge>Following</Badge> : null}
        <span>in {t.group.name}</span>
        <span>
          by <span className="post-meta__author">{t.authorLabel}</span>
        </span>
      </p>
      <p className="thread-card__stats">
        <span>{plural(t.replyCount, 'reply', 'replies')}</span>
        <span>
          Last activity <time dateTime={t.lastActivityAt}>{formatDateTime(t.lastActivityAt)}</time>
        </span>
      </p>
    </li>
  );
}

function RepliesToMe() {
  const q = useInfiniteHomeRepliesQuery(
    { first: HOME_PAGE_SIZE },
    { initialPageParam: {}, getNextPageParam: (last: HomeRepliesQuery) => nextPageParam(last.homeReplies) },
  );
  const items = (q.data?.pages ?? []).flatMap((p) => p.homeReplies.nodes);
  if (q.isPending) return <Loading label="Loading replies to you…" className="home-list__loading" />;
  if (q.isError && items.length === 0) {
    return <ErrorPanel as="h3" title="We couldn’t load replies to you" error={q.error} onRetry={() => void q.refetch()} />;
  }
  if (items.length === 0) {
    return (
      <EmptyState>
        <p>No replies to you yet.</p>
        <p>Ask a question or answer someone in one of your groups: replies to you will gather here.</p>
      </EmptyState>
    );
  }
  return (
    <>
      <ul className="home-list" aria-label="Replies to you">
        {items.map((n) => (
          <li key={n.reply.id} className={`card home-reply${n.reply.isNew ? ' home-thread--new' : ''}`}>
            <p className="card__meta">
              {n.reply.isNew ? <Badge tone="warning">New</Badge> : null}
              <span>
                <span className="post-meta__author">{n.reply.authorLabel}</span> in{' '}
                <Link to={`${THREAD_ROUTES.thread(n.threadId)}#reply-${n.reply.id}`}>{n.threadTitle}</Link>
              </span>
              <time dateTime={n.reply.createdAt}>{formatDateTime(n.reply.createdAt)}</time>
            </p>
            {n.reply.isHidden ? null : <div className="prose home-reply__body" dangerouslySetInnerHTML={{ __html: n.reply.bodyHtml }} />}
          </li>
        ))}
      </ul>
      <MoreButton q={q} noun="replies" />
    </>
  );
}

function NewestReports() {
  const q = useInfiniteHomeReportsQuery(
    { first: HOME_PAGE_SIZE },
    { initialPageParam: {}, getNextPageParam: (last: HomeReportsQuery) => nextPageParam(last.homeReports) },
  );
  const items = (q.data?.pages ?? []).flatMap((p) => p.homeReports.nodes);
  if (q.isPending) return <Loading label="Loading what works…" className="home-list__loading" />;
  if (q.isError && items.length === 0) {
    return <ErrorPanel as="h3" title="We couldn’t load what-works reports" error={q.error} onRetry={() => void q.refetch()} />;
  }
  if (items.length === 0) {
    return (
      <EmptyState>
        <p>No what-works reports for your conditions yet.</p>
        <p>Share what has worked for you: open your condition’s “What works” page and file a report.</p>
      </EmptyState>
    );
  }
  return (
    <>
      <ul className="home-list" aria-label="Newest what-works reports in your conditions">
        {items.map((r) => (
          <li key={r.id} className="card home-report">
            <p className="card__title">
              <Link to={REPORT_ROUTES.report(r.id)}>
                {r.intervention.name} for {r.condition.name}
              </Link>
            </p>
            <p className="card__meta">
              <Badge>{EFFECTIVENESS_LABELS[r.effectiveness].label}</Badge>
              <time dateTime={r.createdAt}>{formatDateTime(r.createdAt)}</time>
              <Link to={REPORT_ROUTES.whatWorks(r.condition.slug)}>What works for {r.condition.name}</Link>
            </p>
          </li>
        ))}
      </ul>
      <MoreButton q={q} noun="reports" />
    </>
  );
}

/** "Load more" for a home list (these lists carry no total: counting them would cost more than the page). */
export function MoreButton({
  q,
  noun,
}: {
  q: { hasNextPage: boolean; isFetchingNextPage: boolean; isFetchNextPageError: boolean; error: unknown; fetchNextPage: () => unknown };
  noun: string;
}) {
  return (
    <>
      {q.isFetchNextPageError ? (
        <ErrorPanel as="h3" title={`We couldn’t load more ${noun}`} error={q.error} onRetry={() => void q.fetchNextPage()} />
      ) : null}
      {q.hasNextPage ? (
        <div className="load-more">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              if (!q.isFetchingNextPage) void q.fetchNextPage();
            }}
            aria-disabled={q.isFetchingNextPage || undefined}
          >
            {q.isFetchingNextPage ? 'Loading more…' : `Load more ${noun}`}
          </button>
        </div>
      ) : null}
    </>
  );
}
