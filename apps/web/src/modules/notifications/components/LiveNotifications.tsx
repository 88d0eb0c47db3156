import { useLiveNotifications } from '../hooks/useLiveNotifications';

/**
 * Listens for live notifications (see useLiveNotifications) and renders nothing. Its own chunk,
 * with the Socket.IO client, loaded after the page shows and only for signed-in members.
 */
export function LiveNotifications({ viewerId }: { viewerId: string }) {
  useLiveNotifications(viewerId);
  return null;
}
