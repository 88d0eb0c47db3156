import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { usePageTitle } from './ui/usePageTitle';

function ErrorContent() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  usePageTitle(notFound ? 'Page not found' : 'Something went wrong');
  if (!notFound) console.error(error);
  return (
    <div className="narrow">
      <h1>{notFound ? 'Page not found' : 'Something went wrong'}</h1>
      <p>
        {notFound ? 'We could not find that page.' : 'Sorry, this page stopped working. Reloading usually helps.'}
      </p>
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

/**
 * Shown inside the page frame if a page fails while rendering: plain words and a way back.
 * Details (never a stack trace) go to the console for developers.
 */
export function RouteErrorPage() {
  return <ErrorContent />;
}

/** The last resort, if the frame itself fails: the same message with its own landmark. */
export function RootErrorPage() {
  return (
    <main id="main-content" className="main" tabIndex={-1}>
      <div className="container">
        <ErrorContent />
      </div>
    </main>
  );
}
