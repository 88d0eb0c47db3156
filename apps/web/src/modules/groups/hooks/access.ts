import type { GroupQuery, ViewerFragment } from '../../../generated/graphql';

type Group = GroupQuery['group'];

/**
 * Whether to ask for the member list at all: visitors never see member lists, and otherwise
 * the API says whether the viewer may read the group (`viewerCanRead`).
 */
export function canSeeMembers(group: Group, viewer: ViewerFragment | null): boolean {
  return !!viewer && group.viewerCanRead;
}
