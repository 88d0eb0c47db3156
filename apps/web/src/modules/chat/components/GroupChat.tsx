import { Link, useLocation } from 'react-router-dom';
import type { GroupQuery, ViewerFragment } from '../../../generated/graphql';
import { signInPath } from '../../../app/ui/navigation';
import { ChatPanel } from './ChatPanel';

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
      <ChatPanel
        groupId={group.id}
        groupName={group.name}
        viewerId={viewer.id}
        viewerHandle={viewer.handle}
        canModerate={group.viewerCanModerate}
      />
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
