import { memberSince } from '../access/access.sql';

/**
 * Where a member has read a group up to, as SQL: the later of the moment they marked it all
 * read (the `group_reads` row `gr`) and when they joined it (what was written before they
 * joined is not new to them). NULL when neither applies. `group` and `user` are SQL expressions.
 */
export const groupReadPointSql = (gr: string, group: string, user: string) => `greatest(${gr}.read_before, ${memberSince(group, user)})`;

/**
 * Where a member has read a thread up to: the later of their own read position in it (the
 * `thread_reads` row `tr`) and its group's read point (`groupReadPointSql`). NULL when none
 * applies: then everything in the thread is new to them. One rule for the thread page's "New"
 * badges (the `viewerThreadState` DataLoader), the home feed and the groups' unread counts.
 */
export const readPointSql = (tr: string, gr: string, group: string, user: string) => `greatest(${tr}.last_read_at, ${groupReadPointSql(gr, group, user)})`;
