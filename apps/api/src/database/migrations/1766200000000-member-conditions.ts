import { MigrationInterface, QueryRunner } from 'typeorm';

/** Groups for the families, partners and carers of people with a condition (catalogue slugs). */
export const CARERS_GROUP_SLUGS = [
  'parents-of-children-with-type-1-diabetes',
  'heart-failure-partners-and-carers',
  'carers-of-people-with-parkinsons',
  'parents-of-children-with-epilepsy',
  'bipolar-families-and-partners',
  'parents-of-children-with-eczema',
];

/**
 * The conditions a member lives with or cares for (chosen when they join, editable later, seen
 * by no one else), and which groups are meant for carers, so suggestions can offer carers theirs.
 */
export class MemberConditions1766200000000 implements MigrationInterface {
  name = 'MemberConditions1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE member_conditions (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        condition_id uuid NOT NULL REFERENCES conditions(id) ON DELETE CASCADE,
        relation text NOT NULL CHECK (relation IN ('self','carer')),
        position integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, condition_id, relation)
      )`);
    await q.query(`CREATE INDEX member_conditions_condition_idx ON member_conditions (condition_id)`);
    await q.query(`ALTER TABLE groups ADD COLUMN for_carers boolean NOT NULL DEFAULT false`);
    await q.query(`UPDATE groups SET for_carers = true WHERE slug = ANY($1)`, [CARERS_GROUP_SLUGS]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE groups DROP COLUMN for_carers`);
    await q.query(`DROP TABLE member_conditions`);
  }
}
