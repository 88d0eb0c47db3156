import {
  ConditionDocument,
  ConditionGroupsDocument,
  GroupDocument,
  GroupThreadsDocument,
  MeDocument,
  TagsDocument,
  ThreadDocument,
  ThreadExperienceReportsDocument,
} from '../generated/graphql';
import type { GroupQuery } from '../generated/graphql';
import { filtersFrom, groupThreadsVariables, threadPageVariables } from '../modules/threads/hooks/page-variables';
import { PAGE_SIZES } from './page-sizes';

/**
 * The GraphQL requests a condition, group or thread page opened by address starts with, as the
 * page's queries and the prefetch (prefetch.ts) send them: same documents, same variables. The
 * script in the page's <head> (early-data.ts) sends them before the app's code has loaded;
 * graphql-client.ts then takes their answers instead of asking again. A unit test checks that
 * these are the requests the prefetch makes.
 */
export interface FirstPageRequest {
  query: string;
  variables: Record<string, unknown>;
}

/** The path's page and its address parameter, as the router matches it (case-insensitive, trailing slash allowed). */
export function firstPageOf(pathname: string): { page: 'condition' | 'group' | 'thread'; param: string } | null {
  const m = /^\/(conditions|groups|threads)\/([^/]+)\/?$/i.exec(pathname);
  if (!m) return null;
  let param: string;
  try {
    param = decodeURIComponent(m[2] as string);
  } catch {
    return null;
  }
  const page = ({ conditions: 'condition', groups: 'group', threads: 'thread' } as const)[(m[1] as string).toLowerCase() as 'conditions'];
  return { page, param };
}

/** The requests that need nothing but the address. */
export function firstPageRequests(pathname: string): FirstPageRequest[] {
  const first = firstPageOf(pathname);
  if (!first) return [];
  const { page, param } = first;
  if (page === 'condition') {
    return [
      { query: String(ConditionDocument), variables: { slug: param } },
      { query: String(ConditionGroupsDocument), variables: { conditionSlug: param, first: PAGE_SIZES.conditionGroups } },
    ];
  }
  if (page === 'group') return [{ query: String(GroupDocument), variables: { slug: param } }];
  return [{ query: String(ThreadDocument), variables: threadPageVariables(param) }];
}

/** Who is signed in (the page frame's `me` query, asked on every page as it starts). */
export const viewerRequest = (): FirstPageRequest => ({ query: String(MeDocument), variables: {} });

/** What the thread page's other parts ask for as they mount: the tag list and the thread's what-works reports. */
export const threadPageExtras = (id: string): FirstPageRequest[] => [
  { query: String(TagsDocument), variables: {} },
  { query: String(ThreadExperienceReportsDocument), variables: { id } },
];

/** The query texts groupPageRequests may send. */
export const groupPageLaterQueries = (): string[] => [String(GroupThreadsDocument), String(TagsDocument)];

/** Once the group has arrived: its threads (as filtered in the address) and the tag list, if the viewer may read them. */
export function groupPageRequests(group: GroupQuery['group'], search: string): FirstPageRequest[] {
  if (!group.viewerCanRead) return [];
  return [
    { query: String(GroupThreadsDocument), variables: groupThreadsVariables(group.id, filtersFrom(new URLSearchParams(search))) },
    { query: String(TagsDocument), variables: {} },
  ];
}
