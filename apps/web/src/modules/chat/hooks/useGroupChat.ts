import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { ChatRoom } from './chat-room';
import type { ChatRoomHooks, ChatRoomState } from './chat-room';

/**
 * A group's chat for the signed-in member: live while the component is mounted, over the tab's
 * one Socket.IO connection. Returns the room's state and the room itself (send, edit, remove,
 * loadEarlier, typing …). `hooks` may change on every render.
 */
export function useGroupChat(groupId: string, viewerId: string, hooks: ChatRoomHooks): { state: ChatRoomState; room: ChatRoom } {
  const room = useMemo(() => new ChatRoom(groupId, viewerId), [groupId, viewerId]);

  useEffect(() => {
    room.hooks = hooks;
  });

  useEffect(() => {
    room.start();
    return () => room.stop();
  }, [room]);

  const state = useSyncExternalStore(room.subscribe, room.getSnapshot);
  return { state, room };
}
