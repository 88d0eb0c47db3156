import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router-dom';
import { hasFirstPageData } from './first-page';
import { createQueryClient } from './query-client';
import { RouteErrorBoundary } from './RouteErrorPage';
import { AppRoutes } from './router';

/** Providers and the router; everything else hangs off the routes in router.tsx. */
export function App() {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    const { pathname, search } = window.location;
    if (hasFirstPageData(pathname)) {
      void import('./prefetch').then((m) => m.prefetchFirstPage(client, pathname, search)).catch(() => undefined);
    }
    return client;
  });
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <RouteErrorBoundary root>
          <AppRoutes />
        </RouteErrorBoundary>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
