import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search filters read the newest matches first: a condition, or a type (and kind), walks its own
 * (column, created_at) index instead of the whole date index; a tag is one more bitmap to AND
 * with the full-text index's.
 */
export class SearchSpeed1765400000000 implements MigrationInterface {
  name = 'SearchSpeed1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX search_documents_condition_created_idx ON search_documents (condition_id, created_at DESC)`);
    await q.query(`CREATE INDEX search_documents_type_kind_created_idx ON search_documents (type, kind, created_at DESC)`);
    await q.query(`CREATE INDEX search_documents_tags_idx ON search_documents USING gin (tags)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX search_documents_tags_idx`);
    await q.query(`DROP INDEX search_documents_type_kind_created_idx`);
    await q.query(`DROP INDEX search_documents_condition_created_idx`);
  }
}
