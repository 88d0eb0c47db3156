import { Link } from 'react-router-dom';
import type { ThreadSummaryFragment } from '../../../generated/graphql';
import { formatCount, formatDateTime, plural } from '../../../app/ui/format';
import { THREAD_ROUTES } from '../routes';
import { KindBadge, LockedBadge, TagList } from './PostBits';

/** A thread in a group's list: title (a link), kind, tags, who started it and how it is going. */
export function ThreadCard({
  thread,
  labelFor,
}: {
  thread: ThreadSummaryFragment;
  labelFor: (slug: string) => string;
}) {
  return (
    <li className="card card--link thread-card">
      <h3 className="card__title">
        <Link to={THREAD_ROUTES.thread(thread.id)} className="card__link">
          {thread.isDeleted ? 'Deleted thread' : thread.title}
        </Link>
      </h3>
      <p className="card__meta">
        <KindBadge kind={thread.kind} />
        {thread.isLocked ? <LockedBadge /> : null}
        <span>
          by <span className="post-meta__author">{thread.authorLabel}</span>
        </span>
      </p>
      <TagList tags={thread.tags} labelFor={labelFor} />
      <p className="thread-card__stats">
        <span>{plural(thread.replyCount, 'reply', 'replies')}</span>
        <span>{formatCount(thread.helpfulCount)} found helpful</span>
        <span>
          Last activity <time dateTime={thread.lastActivityAt}>{formatDateTime(thread.lastActivityAt)}</time>
        </span>
      </p>
    </li>
  );
}
