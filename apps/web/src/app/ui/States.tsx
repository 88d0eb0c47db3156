import type { ReactNode } from 'react';
import { describeError } from './errors';

// In a module of its own: the page frame shows it while a page's code loads, and the rest of
// this module (with the error descriptions) is then not part of the first page's download.
export { Loading } from './Loading';

type HeadingLevel = 'h1' | 'h2' | 'h3';

/** A request failed: a calm explanation, the server's message (never a stack), and a retry. */
export function ErrorPanel({
  title,
  error,
  onRetry,
  as: Heading = 'h2',
  children,
}: {
  title: string;
  error?: unknown;
  onRetry?: () => void;
  as?: HeadingLevel;
  children?: ReactNode;
}) {
  return (
    <div className="notice notice--error" role="alert">
      <Heading className="notice__title">{title}</Heading>
      {error !== undefined ? <p>{describeError(error)}</p> : null}
      {children}
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

/** An empty list, said kindly. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <div className="empty-state">{children}</div>;
}
