import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The trigram index for misspelt names covers only the documents whose names are matched that
 * way (conditions, interventions, groups); thread and reply titles no longer crowd it.
 */
export class SearchNameIndex1765000000000 implements MigrationInterface {
  name = 'SearchNameIndex1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX search_documents_title_trgm_idx`);
    await q.query(
      `CREATE INDEX search_documents_name_trgm_idx ON search_documents USING gin (lower(title) gin_trgm_ops)
        WHERE type IN ('condition','intervention','group')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX search_documents_name_trgm_idx`);
    await q.query(`CREATE INDEX search_documents_title_trgm_idx ON search_documents USING gin (lower(title) gin_trgm_ops)`);
  }
}
