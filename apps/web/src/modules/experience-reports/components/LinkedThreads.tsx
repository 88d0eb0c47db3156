import { Link } from 'react-router-dom';
import { useReportThreadQuery } from '../../../generated/graphql';
import { THREAD_ROUTES } from '../../threads/routes';

function LinkedThread({ id }: { id: string }) {
  const q = useReportThreadQuery({ id }, { staleTime: 5 * 60_000 });
  const thread = q.data?.thread;
  return (
    <li>
      <Link to={THREAD_ROUTES.thread(id)}>
        {thread ? (thread.isDeleted ? 'Deleted thread' : thread.title) : 'Read the thread'}
      </Link>
      {thread ? <span className="muted"> in {thread.group.name}</span> : null}
    </li>
  );
}

/** The threads a report is attached to (those the viewer may read), by title. */
export function LinkedThreads({ threadIds }: { threadIds: readonly string[] }) {
  return (
    <section className="section" aria-labelledby="report-threads-title">
      <h2 id="report-threads-title">Linked threads</h2>
      {threadIds.length === 0 ? (
        <p className="muted">This report isn’t attached to any thread.</p>
      ) : (
        <ul className="link-list">
          {threadIds.map((id) => (
            <LinkedThread key={id} id={id} />
          ))}
        </ul>
      )}
    </section>
  );
}
