import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useReplyRevisionsQuery, useThreadRevisionsQuery } from '../../../generated/graphql';
import { Loading } from '../../../app/ui/States';
import { describeError } from '../../../app/ui/errors';
import { formatDateTime } from '../../../app/ui/format';

interface Revision {
  title?: string | null;
  body: string;
  tags?: readonly string[] | null;
  replacedAt: string;
}

/** How many replies to ask for after the cursor before the one wanted (in case some were added). */
const REPLY_REVISION_WINDOW = 10;

/**
 * "edited" beside a post's date: a button that shows the earlier versions (newest first) as
 * plain text. The versions are fetched only when asked for.
 */
export function EditedToggle({
  editedAt,
  children,
}: {
  editedAt: string;
  /** The earlier versions: only rendered (and so only fetched) once opened. */
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const regionId = useId();
  return (
    <>
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen((o) => !o)}
        title={`Edited ${formatDateTime(editedAt)}`}
      >
        edited<span className="visually-hidden"> {formatDateTime(editedAt)}: show earlier versions</span>
      </button>
      <div id={regionId} className="revisions" hidden={!open}>
        {open ? children : null}
      </div>
    </>
  );
}

function RevisionList({
  revisions,
  labelFor,
}: {
  revisions: readonly Revision[];
  labelFor?: (slug: string) => string;
}) {
  if (revisions.length === 0) return <p className="small muted">There are no earlier versions to show.</p>;
  return (
    <ol className="revision-list" aria-label="Earlier versions, newest first">
      {revisions.map((r) => (
        <li key={r.replacedAt} className="revision">
          <p className="revision__when">Version replaced on {formatDateTime(r.replacedAt)}</p>
          {r.title ? (
            <p className="revision__title">
              <span className="visually-hidden">Title: </span>
              {r.title}
            </p>
          ) : null}
          {r.tags && r.tags.length > 0 && labelFor ? (
            <p className="small muted">Tags: {r.tags.map(labelFor).join(', ')}</p>
          ) : null}
          <div className="revision__body">{r.body}</div>
        </li>
      ))}
    </ol>
  );
}

export function ThreadRevisions({ threadId, labelFor }: { threadId: string; labelFor: (slug: string) => string }) {
  const q = useThreadRevisionsQuery({ id: threadId });
  if (q.isPending) return <Loading label="Loading earlier versions…" />;
  if (q.isError) return <p className="inline-error">{describeError(q.error)}</p>;
  return <RevisionList revisions={q.data.thread.revisions} labelFor={labelFor} />;
}

/**
 * One reply's earlier versions. The API lists them only with the replies, so this asks for
 * the few replies that follow the cursor of the reply before this one and picks this one out.
 */
export function ReplyRevisions({
  threadId,
  replyId,
  after,
}: {
  threadId: string;
  replyId: string;
  after: string | null;
}) {
  const q = useReplyRevisionsQuery({
    threadId,
    first: REPLY_REVISION_WINDOW,
    ...(after ? { after } : {}),
  });
  if (q.isPending) return <Loading label="Loading earlier versions…" />;
  if (q.isError) return <p className="inline-error">{describeError(q.error)}</p>;
  const reply = q.data.thread.replies.nodes.find((r) => r.id === replyId);
  if (!reply) return <p className="small muted">Reload the page to see the earlier versions of this reply.</p>;
  return <RevisionList revisions={reply.revisions} />;
}
