/**
 * Stand-ins for React Query and the GraphQL client in the bundle of the early-data script
 * (early-data.ts, built on its own by apps/web/route-preload.ts): the generated modules it takes
 * its documents from also define their hooks, which it never calls. Without these it would carry
 * React Query and React.
 */
const unused = (): never => {
  throw new Error('not available in the early-data script');
};

export const useQuery = unused;
export const useInfiniteQuery = unused;
export const useMutation = unused;
export const fetcher = unused;
