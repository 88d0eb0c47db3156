import type { EntityManager } from 'typeorm';
import type { ReportTarget } from '@kindred/contracts';
import { checkCrisis } from './crisis';

/** The longest text kept as an example (longer posts are cut; the start carries the signal). */
export const SAFETY_EXAMPLE_MAX_CHARS = 5_000;

/** The words of reported content that the crisis check reads: a thread's title and body, otherwise the body. */
export function judgedText(targetType: ReportTarget, snapshot: { title: string | null; body: string }): string {
  return (targetType === 'thread' && snapshot.title ? `${snapshot.title}\n${snapshot.body}` : snapshot.body).trim();
}

/**
 * Moderators teach the crisis check. A moderator acting on a case may say whether its text
 * signals a crisis; when that differs from what the check says about the same words (a flagged
 * post that is not a crisis, or a missed one that is), the words are kept in `safety_examples`
 * as a labelled example — only the text and its kind (thread, reply…), no author, no ids — for
 * `npm run safety:export` to add to the corpus for review. Returns whether an example was kept.
 */
export async function recordModeratorJudgement(
  tx: EntityManager,
  judgement: { text: string; targetType: ReportTarget; crisis: boolean },
): Promise<boolean> {
  const text = judgement.text.trim().slice(0, SAFETY_EXAMPLE_MAX_CHARS);
  if (!text || checkCrisis(text).crisis === judgement.crisis) return false;
  await tx.query(`INSERT INTO safety_examples (text, crisis, origin, target_type) VALUES ($1, $2, $3, $4)`, [
    text,
    judgement.crisis,
    judgement.crisis ? 'moderator-crisis' : 'moderator-not-crisis',
    judgement.targetType,
  ]);
  return true;
}
