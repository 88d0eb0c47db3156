import type { QueryClient } from '@tanstack/react-query';

/** Queries whose answers change when the member gives or withdraws consent. */
const CONSENT_QUERIES = new Set(['MyConsents', 'ConsentHistory']);

export function invalidateConsents(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (q) => CONSENT_QUERIES.has(String(q.queryKey[0])) });
}
