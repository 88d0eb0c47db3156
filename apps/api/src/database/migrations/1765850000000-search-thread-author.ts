import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reply's search document carries its thread's title, so it also carries the thread's author
 * (when the thread is not anonymous): a searcher in a block with that author no longer finds
 * "Re: <their title>" through other members' replies. Every reply document is rebuilt.
 */
export class SearchThreadAuthor1765850000000 implements MigrationInterface {
  name = 'SearchThreadAuthor1765850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_documents ADD COLUMN thread_author_id uuid`);
    await q.query(`INSERT INTO search_outbox (doc_type, doc_id) SELECT 'reply', id FROM replies`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_documents DROP COLUMN thread_author_id`);
  }
}
