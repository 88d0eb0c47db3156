import type { GroupQuery, ViewerFragment } from '../../../generated/graphql';

type Group = GroupQuery['group'];

/**
 * Whether to ask for the member list at all. The API answers `members` with UNAUTHENTICATED
 * for visitors and FORBIDDEN for non-members of a private group, so we only ask when allowed:
 * signed in, and the group is public, or the viewer is an active member, or moderates it.
 */
export function canSeeMembers(group: Group, viewer: ViewerFragment | null): boolean {
  if (!viewer) return false;
  return group.visibility === 'public' || group.viewerMembership?.status === 'active' || group.viewerCanModerate;
}
