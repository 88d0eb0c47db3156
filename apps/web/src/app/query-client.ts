import { QueryClient } from '@tanstack/react-query';
import { isErrorCode } from './graphql-client';

/**
 * One QueryClient for the app. Queries are retried only when a retry could help (the network
 * or the server hiccuped); "not found", "forbidden" and validation errors are final.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          failureCount < 2 && isErrorCode(error, 'NETWORK_ERROR', 'INTERNAL_ERROR', 'UNKNOWN'),
      },
      mutations: { retry: false },
    },
  });
}
