import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router-dom';
import { RouteErrorBoundary } from './RouteErrorPage';
import { AppRoutes } from './router';

/**
 * Providers and the router; everything else hangs off the routes in router.tsx. The query client
 * is made in main.tsx, which fills it with a first page's data before the first render.
 */
export function App({ queryClient }: { queryClient: QueryClient }) {
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
