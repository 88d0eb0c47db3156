import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Blocks in search: each document records its (non-anonymous) author so the engine can leave out
 * members who blocked each other, inside its own query. A change of author (an account erased,
 * its posts kept under "former member") now re-indexes the post too. Every post is re-sent.
 */
export class BlocksInSearch1764900000000 implements MigrationInterface {
  name = 'BlocksInSearch1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_documents ADD COLUMN author_id uuid`);
    await q.query(`
      CREATE OR REPLACE FUNCTION search_enqueue_thread() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          INSERT INTO search_outbox (doc_type, doc_id) VALUES ('thread', OLD.id);
          RETURN OLD;
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.title IS NOT DISTINCT FROM OLD.title AND NEW.body IS NOT DISTINCT FROM OLD.body
           AND NEW.tags IS NOT DISTINCT FROM OLD.tags AND NEW.deleted_at IS NOT DISTINCT FROM OLD.deleted_at
           AND NEW.helpful_count IS NOT DISTINCT FROM OLD.helpful_count AND NEW.group_id IS NOT DISTINCT FROM OLD.group_id
           AND NEW.kind IS NOT DISTINCT FROM OLD.kind AND NEW.author_id IS NOT DISTINCT FROM OLD.author_id THEN
          RETURN NEW; -- reply counters, activity times, locks: nothing search shows
        END IF;
        INSERT INTO search_outbox (doc_type, doc_id) VALUES ('thread', NEW.id);
        IF TG_OP = 'UPDATE' AND (NEW.title IS DISTINCT FROM OLD.title OR NEW.group_id IS DISTINCT FROM OLD.group_id) THEN
          INSERT INTO search_outbox (doc_type, doc_id) SELECT 'reply', id FROM replies WHERE thread_id = NEW.id;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION search_enqueue_reply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.body IS NOT DISTINCT FROM OLD.body AND NEW.deleted_at IS NOT DISTINCT FROM OLD.deleted_at
           AND NEW.helpful_count IS NOT DISTINCT FROM OLD.helpful_count AND NEW.author_id IS NOT DISTINCT FROM OLD.author_id THEN
          RETURN NEW;
        END IF;
        INSERT INTO search_outbox (doc_type, doc_id) VALUES ('reply', COALESCE(NEW.id, OLD.id));
        RETURN COALESCE(NEW, OLD);
      END $$`);
    await q.query(`INSERT INTO search_outbox (doc_type, doc_id) SELECT 'thread', id FROM threads`);
    await q.query(`INSERT INTO search_outbox (doc_type, doc_id) SELECT 'reply', id FROM replies`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_documents DROP COLUMN author_id`);
  }
}
