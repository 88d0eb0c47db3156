import type { ReactNode } from 'react';

export type BadgeTone = 'public' | 'private' | 'neutral' | 'success' | 'warning';

export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}

/** "Public" / "Private" with a word, not only a colour. */
export function VisibilityBadge({ visibility }: { visibility: 'public' | 'private' }) {
  return visibility === 'public' ? (
    <Badge tone="public">Public group</Badge>
  ) : (
    <Badge tone="private">
      <LockIcon /> Private group
    </Badge>
  );
}

function LockIcon() {
  return (
    <svg className="badge__icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm-2 6V4.5a2 2 0 1 1 4 0V7H6Z"
      />
    </svg>
  );
}
