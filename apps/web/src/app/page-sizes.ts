/**
 * Page sizes for every list, chosen to stay under the API's query-cost limit
 * (LIMITS.graphqlMaxComplexity = 2,000). The API prices a connection at `first` × the cost of
 * one item, and prices the item's `nodes` list (and any scalar list such as `synonyms`) at 20
 * more each, so a page of 20 conditions with their synonyms costs 10,080. These sizes keep
 * each query at roughly 1,500–1,900; see the report on the API's cost estimator.
 */
export const PAGE_SIZES = {
  /** conditions { nodes { id slug name icd10Code family } }: 104 per item. */
  conditions: 15,
  /** groups(conditionSlug) { nodes { …6 fields, viewerMembership { id status } } }: 184 per item. */
  conditionGroups: 10,
  /** group { members { nodes { role joinedAt member { …4 } } } }: 144 per item. */
  members: 12,
  /** group { joinRequests { nodes { id requestedAt member { …3 } } } }: 124 per item. */
  joinRequests: 15,
  /** myGroups { nodes { …5 fields, condition { …3 } } }: 184 per item. */
  myGroups: 10,
  /** threads(groupId) { nodes { ...ThreadSummary } }: 17 per item (measured against the API). */
  threads: 20,
  /**
   * thread { replies { edges { cursor } nodes { ...ReplyFields } } }: 24 per reply plus 35 for
   * the thread, so 150 cost about 3,635 of the 5,000 allowed (LIMITS.graphqlMaxComplexity).
   * The API would send 300 if `first` were left out, but it prices a missing `first` as 20,
   * so relying on that would break as soon as the pricing is fixed.
   */
  replies: 150,
  /** interventions(conditionSlug, filter) { nodes { ...InterventionSummary, synonyms } }: the picker. */
  interventionOptions: 20,
  /** myExperienceReports { nodes { id effectiveness updatedAt condition { …3 } intervention { …2 } } }. */
  myReports: 10,
} as const;

interface PageInfoLike {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** getNextPageParam for the generated infinite-query hooks: `{ after }` or no more pages. */
export function nextPageParam(connection: PageInfoLike): { after: string } | undefined {
  const { hasNextPage, endCursor } = connection.pageInfo;
  return hasNextPage && endCursor ? { after: endCursor } : undefined;
}
