/**
 * What the viewer may do in a group comes from the API (`Group.viewerCanRead`,
 * `viewerCanPost`, `viewerCanModerate`), which applies the access rules; the client never
 * re-derives them from visibility and membership.
 */
interface GroupAbilities {
  viewerCanRead: boolean;
  viewerCanPost: boolean;
}

/** Whether to ask for a group's threads at all (the API answers FORBIDDEN otherwise). */
export function canReadThreads(group: GroupAbilities): boolean {
  return group.viewerCanRead;
}

/** Starting threads and replying. */
export function canPostIn(group: GroupAbilities): boolean {
  return group.viewerCanPost;
}
