import type { MembershipStatus, ViewerFragment } from '../../../generated/graphql';

interface GroupAccess {
  visibility?: 'public' | 'private';
  viewerCanModerate: boolean;
  viewerMembership?: { status: MembershipStatus } | null;
}

/**
 * Whether to ask for a group's threads at all. The API answers FORBIDDEN for non-members of
 * a private group, so we only ask when it will answer: the group is public, or the viewer is
 * an active member, or moderates it.
 */
export function canReadThreads(group: GroupAccess): boolean {
  return group.visibility === 'public' || group.viewerMembership?.status === 'active' || group.viewerCanModerate;
}

/** Site moderators and admins may post in any group (the API's assertCanPost). */
export function isSiteModerator(viewer: ViewerFragment | null): boolean {
  return viewer?.role === 'moderator' || viewer?.role === 'admin';
}

/** Starting threads and replying needs active membership of the group. */
export function canPostIn(group: GroupAccess, viewer: ViewerFragment | null): boolean {
  if (!viewer) return false;
  return group.viewerMembership?.status === 'active' || isSiteModerator(viewer);
}
