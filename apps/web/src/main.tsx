import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import './app/styles.css';
// The dialogs' styles (0.5 KB) with the app's: as a stylesheet of the chunk that holds Dialog, it
// was one more file for the condition, group and thread pages to fetch before showing.
import './app/ui/dialog.css';

const root = document.getElementById('root');
if (!root) throw new Error('Kindred: #root is missing from index.html');

/** How long a first page opened by address waits for its code and data before showing anyway (with its loading states). */
const FIRST_PAGE_WAIT_MS = 1_500;

const queryClient = createQueryClient();
// The first render is a transition: React builds the page in slices of a few milliseconds,
// yielding to the browser between them, instead of in one task (on a phone a 200-reply thread's
// first render was one 500–750 ms task, the page's longest). Nothing is on screen before it, and
// a part that suspends still shows its fallback (its Suspense boundary is new), so what is shown,
// and when it is complete, do not change.
const render = () =>
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    ),
  );

// A condition, group or thread page opened by address: its code is preloaded and its data asked
// for by the page's <head> script (app/early-data.ts), so both are usually in by the time the app
// has loaded. The first render waits for them (briefly), so the page appears in one go, without a
// "Loading page…" and a "Loading thread…" frame before it (each a render and a paint the phone
// pays for before the content).
// Such a page is served with that script (apps/api/src/common/http/web-index.ts); nothing else is.
const { pathname, search } = window.location;
if (document.querySelector('script[src*="/early-data-"]')) {
  const ready = import('./app/first-page-ready').then((m) => m.firstPageReady(queryClient, pathname, search));
  void Promise.race([ready, new Promise((wait) => window.setTimeout(wait, FIRST_PAGE_WAIT_MS))])
    .catch(() => undefined)
    .then(render);
} else {
  render();
}
