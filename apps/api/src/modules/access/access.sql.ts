/**
 * The access rules as SQL, for read paths that decide inside their own query (lists, search,
 * notifications, what-works, chat). Each argument is an SQL expression — a parameter (`$1`,
 * `:viewer`) or a column (`t.author_id`) — never a value. The same rules in TypeScript are in
 * `AccessService`; `access.int-spec.ts` and the leak test hold the two to each other.
 *
 * Nothing outside this file writes membership, moderator or block SQL by hand.
 */

/** The member `user` is an active member of the group `group`. */
export const activeMember = (group: string, user: string) =>
  `EXISTS (SELECT 1 FROM group_memberships am WHERE am.group_id = ${group} AND am.user_id = ${user} AND am.status = 'active')`;

/**
 * The users row `u` may use its powers: two-factor is on, or its grace period has not run out
 * (an account needing two-factor gets `two_factor_due_at` when the need is first seen).
 */
export const powersActive = (u: string) => `(${u}.totp_enabled_at IS NOT NULL OR ${u}.two_factor_due_at IS NULL OR ${u}.two_factor_due_at > now())`;

/**
 * The users row `u` holds a power that needs two-factor sign-in: site moderator or admin,
 * verified clinician, or moderator of a group that is not public.
 */
export const needsTwoFactor = (u: string) =>
  `(${u}.role IN ('moderator','admin') OR (${u}.role = 'clinician' AND ${u}.clinician_status = 'verified')
    OR EXISTS (SELECT 1 FROM group_memberships tm JOIN groups tg ON tg.id = tm.group_id
                WHERE tm.user_id = ${u}.id AND tm.status = 'active' AND tm.role = 'moderator' AND tg.visibility <> 'public'))`;

/** The member `user` is an active moderator of the group `group` (site roles are checked apart). */
export const groupModerator = (group: string, user: string) =>
  `EXISTS (SELECT 1 FROM group_memberships am JOIN users au ON au.id = am.user_id WHERE am.group_id = ${group} AND am.user_id = ${user} AND am.status = 'active' AND am.role = 'moderator' AND ${powersActive('au')})`;

/** The ids of the groups the member `user` is an active member of. */
export const memberGroupIds = (user: string) => `SELECT am.group_id FROM group_memberships am WHERE am.user_id = ${user} AND am.status = 'active'`;

/** When the member `user` joined the group `group`: NULL unless they are an active member. */
export const memberSince = (group: string, user: string) =>
  `(SELECT am.joined_at FROM group_memberships am WHERE am.group_id = ${group} AND am.user_id = ${user} AND am.status = 'active')`;

/** The ids of the groups the member `user` moderates (as a group moderator). */
export const moderatedGroupIds = (user: string) =>
  `SELECT am.group_id FROM group_memberships am JOIN users au ON au.id = am.user_id WHERE am.user_id = ${user} AND am.status = 'active' AND am.role = 'moderator' AND ${powersActive('au')}`;

/** The member `user` is a site moderator or an admin. */
export const siteModerator = (user: string) => `EXISTS (SELECT 1 FROM users su WHERE su.id = ${user} AND su.role IN ('moderator','admin') AND ${powersActive('su')})`;

/**
 * True when the member `viewer` and the member `author` have blocked each other, either way.
 * Anonymous posts are never hidden this way (hiding one from exactly the people in a block with
 * its author would tell them who wrote it): callers pass the author of non-anonymous posts only,
 * or use `authorHiddenFrom`.
 */
export const blockedBetween = (viewer: string, author: string) =>
  `EXISTS (SELECT 1 FROM member_blocks b WHERE (b.blocker_id = ${viewer} AND b.blocked_id = ${author})
                                            OR (b.blocker_id = ${author} AND b.blocked_id = ${viewer}))`;

/** The ids of everyone the member `user` blocked or was blocked by. */
export const hiddenAuthorIds = (user: string) =>
  `SELECT blocked_id FROM member_blocks WHERE blocker_id = ${user} UNION SELECT blocker_id FROM member_blocks WHERE blocked_id = ${user}`;

/** A post (its `anonymous` and `author_id` columns) whose named author is in a block with `viewer`. */
export const authorHiddenFrom = (post: { anonymous: string; authorId: string }, viewer: string) =>
  `(NOT ${post.anonymous} AND ${post.authorId} IS NOT NULL AND ${blockedBetween(viewer, post.authorId)})`;

/**
 * Content of the group row `g` written at `createdAt` is for members only: the group is private,
 * or the content was written while it was (a group made public does not publish its past).
 */
export const membersOnly = (g: string, createdAt: string) =>
  `(${g}.visibility <> 'public' OR coalesce(${createdAt} <= ${g}.private_until, false))`;

/**
 * The member `viewer` (NULL for a visitor) may read content of the group row `g` written at
 * `createdAt`: it is not members-only, or they are a site moderator or an active member.
 */
export const canReadGroupContent = (g: string, createdAt: string, viewer: string) =>
  `(NOT ${membersOnly(g, createdAt)} OR ${siteModerator(viewer)} OR ${activeMember(`${g}.id`, viewer)})`;

/**
 * Content in moderation state `moderation`, by `authorId`, in the group `group`: visible, or the
 * viewer wrote it, or moderates the group (site moderators included).
 */
export const moderationVisible = (row: { moderation: string; authorId: string; group: string }, viewer: string) =>
  `(${row.moderation} = 'visible' OR ${row.authorId} = ${viewer} OR ${siteModerator(viewer)} OR ${groupModerator(row.group, viewer)})`;

/**
 * A story of care (row `e`) the member `viewer` (NULL for a visitor) may read: visible, or theirs,
 * or they are a site moderator; and its named author is not in a block with them (anonymous
 * stories are never hidden this way, as with posts).
 */
export const careStoryReadable = (e: string, viewer: string) =>
  `(((${e}.moderation = 'visible' AND ${e}.deleted_at IS NULL) OR ${e}.author_id = ${viewer} OR ${siteModerator(viewer)})
    AND NOT ${authorHiddenFrom({ anonymous: `${e}.anonymous`, authorId: `${e}.author_id` }, viewer)})`;

/** The member `user` answers for the organisation `org`, and it is verified: they may respond for it. */
export const organisationResponder = (org: string, user: string) =>
  `EXISTS (SELECT 1 FROM organisation_members om JOIN organisations oo ON oo.id = om.organisation_id
            WHERE om.organisation_id = ${org} AND om.user_id = ${user} AND oo.status = 'verified')`;

/** A service's response (row `r`) the member `viewer` may read: visible, or they moderate the site or answer for its organisation. */
export const careResponseReadable = (r: string, viewer: string) =>
  `(${r}.moderation = 'visible' OR ${siteModerator(viewer)}
    OR EXISTS (SELECT 1 FROM organisation_members rm WHERE rm.organisation_id = ${r}.organisation_id AND rm.user_id = ${viewer}))`;
