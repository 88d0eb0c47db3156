import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router-dom';
import { prefetchFirstPage } from './prefetch';
import { createQueryClient } from './query-client';
import { RouteErrorBoundary } from './RouteErrorPage';
import { AppRoutes } from './router';

/** Providers and the router; everything else hangs off the routes in router.tsx. */
export function App() {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    prefetchFirstPage(client, window.location.pathname);
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
