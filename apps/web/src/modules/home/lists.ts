import type { QueryClient } from '@tanstack/react-query';
import { LIMITS } from '@kindred/contracts';

/** Items per page of each home list (the API's default; at most LIMITS.homePageMax). */
export const HOME_PAGE_SIZE = LIMITS.homePageDefault;

/** A new-reply or unread count as shown: the API stops counting at its cap, shown as "99+". */
export const countLabel = (n: number) => (n >= LIMITS.homeUnreadCap ? `${LIMITS.homeUnreadCap - 1}+` : n.toLocaleString('en-GB'));

/** After marking something read, following or saving: the home lists ask again when next shown. */
export function refreshHome(queryClient: QueryClient): void {
  for (const key of ['HomeGroups', 'HomeThreads.infinite', 'HomeReplies.infinite', 'SavedPosts.infinite']) {
    void queryClient.invalidateQueries({ queryKey: [key] });
  }
}
