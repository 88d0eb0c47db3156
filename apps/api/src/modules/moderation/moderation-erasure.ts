import type { EntityManager } from 'typeorm';
import { FORMER_MEMBER_LABEL } from '../threads/post.mapper';

/**
 * When a member deletes their account, the moderation records about them keep what was decided
 * (cases, reasons, who acted) but stop naming them, as their posts do:
 *  - the copies of their content kept for moderators (the case's and each report's snapshot) say
 *    "former member" instead of their handle (anonymous copies already say nothing);
 *  - a case about the member themself goes, with its reports: there is no one left to act on,
 *    and its copy is their handle and bio (the audit log keeps the actions taken, unnamed);
 *  - with `removeWords` ("remove my content") those copies lose the member's words too, as the
 *    posts themselves do;
 *  - mentions of their handle in other members' copied content and in report notes become
 *    `@former-member`, as in the posts.
 * Runs inside the deletion's transaction, before the account row goes (which unlinks `subject_id`).
 */
export async function forgetMemberInModerationRecords(
  tx: EntityManager,
  member: { id: string; handle: string; mentionPattern: string; removeWords: boolean },
): Promise<void> {
  const { id, handle, mentionPattern, removeWords } = member;
  const former = JSON.stringify(FORMER_MEMBER_LABEL);
  await tx.query(`DELETE FROM moderation_cases WHERE target_type = 'member' AND target_id = $1`, [id]);
  // The snapshot columns of both tables, with how to reach the case's subject from each row.
  const tables = [
    { table: 'moderation_cases', alias: 'c', from: '', where: 'c.subject_id = $1' },
    { table: 'content_reports', alias: 'r', from: 'FROM moderation_cases c', where: 'c.id = r.case_id AND c.subject_id = $1' },
  ];
  for (const { table, alias, from, where } of tables) {
    const s = `${alias}.snapshot`;
    await tx.query(
      `UPDATE ${table} ${alias} SET snapshot = ${s} || jsonb_build_object('authorLabel', $3::jsonb) ${from}
        WHERE ${where} AND ${s}->>'authorLabel' = $2`,
      [id, handle, former],
    );
    if (removeWords) {
      await tx.query(
        `UPDATE ${table} ${alias}
            SET snapshot = ${s} || jsonb_build_object('title', CASE WHEN ${s}->>'title' IS NULL THEN NULL ELSE '[deleted]' END, 'body', '') ${from}
          WHERE ${where}`,
        [id],
      );
    }
    for (const field of ['title', 'body']) {
      await tx.query(
        `UPDATE ${table} SET snapshot = snapshot || jsonb_build_object('${field}', regexp_replace(snapshot->>'${field}', $1, '@former-member', 'gi'))
          WHERE snapshot->>'${field}' ~* $1`,
        [mentionPattern],
      );
    }
  }
  await tx.query(`UPDATE content_reports SET note = regexp_replace(note, $1, '@former-member', 'gi') WHERE note ~* $1`, [mentionPattern]);
}
