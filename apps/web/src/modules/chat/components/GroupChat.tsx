import { lazy, Suspense } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { GroupQuery, ViewerFragment } from '../../../generated/graphql';
import { signInPath } from '../../../app/ui/navigation';

// The live chat (and the Socket.IO client under it) is for members: a chunk of its own, loaded
// when a member opens the group, never for a visitor.
const ChatPanel = lazy(() => import('./ChatPanel').then((m) => ({ default: m.ChatPanel })));

type Group = GroupQuery['group'];

/** Those who may post in a group may use its chat (the API's rule, `viewerCanPost`). */
export function canUseChat(group: Group, viewer: ViewerFragment | null): boolean {
  return !!viewer && group.viewerCanPost;
}

/** The group page's "Chat" section: the live chat for members, a short note for everyone else. */
export function GroupChat({
  group,
  viewer,
  viewerLoading,
}: {
  group: Group;
  viewer: ViewerFragment | null;
  viewerLoading: boolean;
}) {
  const location = useLocation();
  if (viewerLoading) return null;
  if (viewer && canUseChat(group, viewer)) {
    return (
      <Suspense fallback={<ChatLoading />}>
        <ChatPanel
          groupId={group.id}
          groupName={group.name}
          viewerId={viewer.id}
          viewerHandle={viewer.handle}
          canModerate={group.viewerCanModerate}
        />
      </Suspense>
    );
  }
  return (
    <section className="section" aria-labelledby="chat-title">
      <h2 id="chat-title">Chat</h2>
      {viewer ? (
        <p>The live chat is for members of this group. Join the group to chat with them.</p>
      ) : (
        <p>
          The live chat is for members of this group. <Link to={signInPath(`${location.pathname}${location.search}`)}>Sign in</Link>{' '}
          and join the group to chat.
        </p>
      )}
    </section>
  );
}

/** The chat section while its code loads: its heading in place, below the discussions. */
function ChatLoading() {
  return (
    <section className="section chat" aria-labelledby="chat-title" aria-busy="true">
      <div className="section-header chat__header">
        <h2 id="chat-title">Chat</h2>
      </div>
      <p className="muted">Loading the chat…</p>
    </section>
  );
}
