import type { ReactNode } from 'react';
import { describeError } from './errors';

/** A polite "loading" message with a spinner; never a blank page. */
export function Loading({ label = 'Loading…', className }: { label?: string; className?: string }) {
  return (
    <div className={`loading${className ? ` ${className}` : ''}`} role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

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
