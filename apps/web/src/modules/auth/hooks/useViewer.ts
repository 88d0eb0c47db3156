import { useMeQuery } from '../../../generated/graphql';
import type { ViewerFragment } from '../../../generated/graphql';

export interface ViewerState {
  /** The signed-in member, or null for a visitor (also null while loading). */
  viewer: ViewerFragment | null;
  /** True until we know whether someone is signed in. */
  isLoading: boolean;
  error: Error | null;
}

/** How long the `me` answer is used without asking again. */
export const VIEWER_STALE_MS = 5 * 60_000;

/** Who is signed in, from the `me` query (cached; refreshed after sign-in and sign-out). */
export function useViewer(): ViewerState {
  const q = useMeQuery(undefined, { staleTime: VIEWER_STALE_MS });
  return { viewer: q.data?.me ?? null, isLoading: q.isPending, error: q.error };
}

export const meQueryKey = useMeQuery.getKey();
