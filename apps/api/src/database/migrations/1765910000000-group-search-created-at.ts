import { MigrationInterface, QueryRunner } from 'typeorm';

const groupTrigger = (watchCreatedAt: boolean) => `
  CREATE OR REPLACE FUNCTION search_enqueue_group() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'UPDATE' AND NEW.name IS NOT DISTINCT FROM OLD.name AND NEW.description IS NOT DISTINCT FROM OLD.description
       AND NEW.visibility IS NOT DISTINCT FROM OLD.visibility AND NEW.slug IS NOT DISTINCT FROM OLD.slug
       AND NEW.condition_id IS NOT DISTINCT FROM OLD.condition_id${watchCreatedAt ? ' AND NEW.created_at IS NOT DISTINCT FROM OLD.created_at' : ''} THEN
      RETURN NEW; -- member counts
    END IF;
    INSERT INTO search_outbox (doc_type, doc_id) VALUES ('group', COALESCE(NEW.id, OLD.id));
    IF TG_OP = 'UPDATE' AND (NEW.visibility IS DISTINCT FROM OLD.visibility OR NEW.name IS DISTINCT FROM OLD.name
                             OR NEW.slug IS DISTINCT FROM OLD.slug) THEN
      INSERT INTO search_outbox (doc_type, doc_id) SELECT 'thread', id FROM threads WHERE group_id = NEW.id;
      INSERT INTO search_outbox (doc_type, doc_id)
        SELECT 'reply', r.id FROM replies r JOIN threads t ON t.id = r.thread_id WHERE t.group_id = NEW.id;
      INSERT INTO search_outbox (doc_type, doc_id) SELECT 'tip', id FROM experience_reports WHERE group_id = NEW.id;
    END IF;
    RETURN COALESCE(NEW, OLD);
  END $$`;

/**
 * A group's search document carries its created_at, but the trigger skipped updates that
 * changed nothing else it watched, so backdating groups (the demo seed does, `npm run seed`)
 * left all 66 seeded group documents stale and `npm run search:check` failing on a fresh
 * database. The trigger now watches created_at too, and every group is sent through the relay
 * once so databases seeded before this migration heal.
 */
export class GroupSearchCreatedAt1765910000000 implements MigrationInterface {
  name = 'GroupSearchCreatedAt1765910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(groupTrigger(true));
    await q.query(`INSERT INTO search_outbox (doc_type, doc_id) SELECT 'group', id FROM groups`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(groupTrigger(false));
  }
}
