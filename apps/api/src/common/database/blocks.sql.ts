/**
 * True when the member in `viewerParam` and the author in `authorColumn` have blocked each
 * other, either way. Anonymous posts are never hidden this way: hiding one from exactly the
 * people in a block with its author would tell them who wrote it.
 */
export const blockedBetween = (viewerParam: string, authorColumn: string) =>
  `EXISTS (SELECT 1 FROM member_blocks b WHERE (b.blocker_id = ${viewerParam} AND b.blocked_id = ${authorColumn})
                                            OR (b.blocker_id = ${authorColumn} AND b.blocked_id = ${viewerParam}))`;

/** The ids of everyone the member in `userParam` blocked or was blocked by. */
export const hiddenAuthorIds = (userParam: string) =>
  `SELECT blocked_id FROM member_blocks WHERE blocker_id = ${userParam} UNION SELECT blocker_id FROM member_blocks WHERE blocked_id = ${userParam}`;
