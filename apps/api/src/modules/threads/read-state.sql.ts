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

/**
 * A member's state of the threads row `t`, as the columns `read_point` (readPointSql), `follows`
 * and `saved` (the ids of the posts they saved in it; the thread's own id for the thread), with the
 * joins they need: for the `viewerThreadState` DataLoader and the thread page's statement alike.
 */
export const threadStateSql = (t: string, user: string) => ({
  columns: `${readPointSql('tr', 'gr', `${t}.group_id`, user)} AS read_point,
            EXISTS (SELECT 1 FROM thread_follows f WHERE f.user_id = ${user} AND f.thread_id = ${t}.id) AS follows,
            ARRAY(SELECT coalesce(s.reply_id, s.thread_id) FROM saved_posts s WHERE s.user_id = ${user} AND s.thread_id = ${t}.id) AS saved`,
  joins: `LEFT JOIN thread_reads tr ON tr.user_id = ${user} AND tr.thread_id = ${t}.id
           LEFT JOIN group_reads gr ON gr.user_id = ${user} AND gr.group_id = ${t}.group_id`,
});
