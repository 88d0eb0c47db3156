import type { ThreadKind } from '@kindred/contracts';
import { Badge } from '../../../app/ui/Badge';
import { formatDateTime } from '../../../app/ui/format';
import { KIND_LABELS } from '../kinds';

/**
 * A post's text as the server rendered it. `bodyHtml` comes from the API's safe Markdown
 * subset, sanitised there (no scripts, handlers, styles or images; links rel="noopener
 * nofollow ugc"), so it is the one thing inserted as HTML. `body` never is.
 */
export function PostBody({ html, id }: { html: string; id?: string }) {
  return <div id={id} className="post-body" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function KindBadge({ kind }: { kind: ThreadKind }) {
  return <Badge tone={kind === 'question' ? 'public' : kind === 'advice' ? 'success' : 'neutral'}>{KIND_LABELS[kind].one}</Badge>;
}

export function LockedBadge() {
  return <Badge tone="warning">Locked</Badge>;
}

/** The thread's tags, as a list (read as "Tags, list, 2 items"). */
export function TagList({ tags, labelFor }: { tags: readonly string[]; labelFor: (slug: string) => string }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label="Tags">
      {tags.map((t) => (
        <li key={t} className="tag">
          {labelFor(t)}
        </li>
      ))}
    </ul>
  );
}

/** A date and time people can read, with the machine-readable value. */
export function PostTime({ iso, id }: { iso: string; id?: string }) {
  return (
    <time id={id} dateTime={iso}>
      {formatDateTime(iso)}
    </time>
  );
}
