import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moderators teach the crisis check: when a moderator decides that text the check flagged is not
 * a crisis, or that text it missed is one, the text is kept here as a labelled example — the
 * words only, with no author, no content id and no group — until `npm run safety:export` writes
 * it into the corpus (apps/api/src/modules/moderation/safety/corpus/moderator.jsonl) for review.
 */
export class SafetyExamples1765700000000 implements MigrationInterface {
  name = 'SafetyExamples1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE safety_examples (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        text text NOT NULL,
        crisis boolean NOT NULL,
        origin text NOT NULL CHECK (origin IN ('moderator-not-crisis', 'moderator-crisis')),
        target_type text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        exported_at timestamptz
      )`);
    await q.query(`CREATE INDEX safety_examples_created_idx ON safety_examples (created_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE safety_examples`);
  }
}
