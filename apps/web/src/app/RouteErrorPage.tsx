import { Component } from 'react';
import type { ReactNode } from 'react';
import { usePageTitle } from './ui/usePageTitle';

function ErrorContent() {
  usePageTitle('Something went wrong');
  return (
    <div className="narrow">
      <h1>Something went wrong</h1>
      <p>Sorry, this page stopped working. Reloading usually helps.</p>
      <p className="button-row">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
        <a className="button button--secondary" href="/">
          Go to the home page
        </a>
      </p>
    </div>
  );
}

/** The last resort, if the frame itself fails: the same message with its own landmark. */
function RootErrorPage() {
  return (
    <main id="main-content" className="main" tabIndex={-1}>
      <div className="container">
        <ErrorContent />
      </div>
    </main>
  );
}

type BoundaryProps = { children: ReactNode; root?: boolean };

/**
 * Shown if a page fails while rendering (or its code fails to load): plain words and a way back,
 * inside the page frame, or with a landmark of its own (`root`) if the frame itself fails.
 * Details (never a stack trace) go to the console for developers. Give it a `key` that changes
 * with the page, so moving to another page tries again.
 */
export class RouteErrorBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return this.props.root ? <RootErrorPage /> : <ErrorContent />;
  }
}
