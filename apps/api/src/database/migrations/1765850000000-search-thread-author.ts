import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reply's search document carries its thread's title, so it also carries the thread's author
 * (when the thread is not anonymous): a searcher in a block with that author no longer finds
 * "Re: <their title>" through other members' replies. Every reply document is rebuilt, and a
 * thread whose author changes (an account deleted) has its replies' documents rebuilt too.
 */

/** The thread trigger of 1765200000000-moderation, with a change of author also reaching the replies. */
const threadTrigger = (repliesWhen: string) => `CREATE OR REPLACE FUNCTION search_enqueue_thread() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          INSERT INTO search_outbox (doc_type, doc_id) VALUES ('thread', OLD.id);
          RETURN OLD;
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.title IS NOT DISTINCT FROM OLD.title AND NEW.body IS NOT DISTINCT FROM OLD.body
           AND NEW.tags IS NOT DISTINCT FROM OLD.tags AND NEW.deleted_at IS NOT DISTINCT FROM OLD.deleted_at
           AND NEW.helpful_count IS NOT DISTINCT FROM OLD.helpful_count AND NEW.group_id IS NOT DISTINCT FROM OLD.group_id
           AND NEW.kind IS NOT DISTINCT FROM OLD.kind AND NEW.author_id IS NOT DISTINCT FROM OLD.author_id
           AND NEW.moderation IS NOT DISTINCT FROM OLD.moderation THEN
          RETURN NEW;
        END IF;
        INSERT INTO search_outbox (doc_type, doc_id) VALUES ('thread', NEW.id);
        IF TG_OP = 'UPDATE' AND (${repliesWhen}) THEN
          INSERT INTO search_outbox (doc_type, doc_id) SELECT 'reply', id FROM replies WHERE thread_id = NEW.id;
        END IF;
        RETURN NEW;
      END $$`;
const BEFORE = `NEW.title IS DISTINCT FROM OLD.title OR NEW.group_id IS DISTINCT FROM OLD.group_id OR NEW.moderation IS DISTINCT FROM OLD.moderation`;
export class SearchThreadAuthor1765850000000 implements MigrationInterface {
  name = 'SearchThreadAuthor1765850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_documents ADD COLUMN thread_author_id uuid`);
    await q.query(threadTrigger(`${BEFORE} OR NEW.author_id IS DISTINCT FROM OLD.author_id`));
    await q.query(`INSERT INTO search_outbox (doc_type, doc_id) SELECT 'reply', id FROM replies`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(threadTrigger(BEFORE));
    await q.query(`ALTER TABLE search_documents DROP COLUMN thread_author_id`);
  }
}
