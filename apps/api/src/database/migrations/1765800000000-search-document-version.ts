import { MigrationInterface, QueryRunner } from 'typeorm';

const TSV = (related: boolean) => `
  setweight(to_tsvector('english', title), 'A') ||
  setweight(to_tsvector('english', synonyms), 'A') ||
  setweight(to_tsvector('english', tag_text), 'B') ||
  setweight(to_tsvector('english', coalesce(group_name, '') || ' ' || coalesce(condition_name, '')), 'D') ||
  setweight(to_tsvector('english', body), 'C')${related ? ` ||
  setweight(to_tsvector('english', related), 'C')` : ''}`;

/**
 * Search documents get:
 *  - `version`: when the document was built (the xmax of the snapshot that read its rows). A
 *    write only replaces a stored copy whose version is not newer, so of two relays sending the
 *    same document the later build wins whatever order their writes arrive in;
 *  - `related`: the other names of the catalogue conditions a document mentions ("COPD" ↔
 *    "chronic obstructive pulmonary disease"), searchable like the body, so both engines find a
 *    condition's posts by any of its names, however many words they have.
 * The full-text vector is rebuilt with `related` in it; every document is sent through the
 * relay again to fill both columns.
 */
export class SearchDocumentVersion1765800000000 implements MigrationInterface {
  name = 'SearchDocumentVersion1765800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_documents ADD COLUMN version bigint NOT NULL DEFAULT 0, ADD COLUMN related text NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE search_documents DROP COLUMN tsv`);
    await q.query(`ALTER TABLE search_documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS (${TSV(true)}) STORED`);
    await q.query(`ALTER TABLE search_documents ALTER COLUMN tsv SET STORAGE MAIN`);
    await q.query(`CREATE INDEX search_documents_tsv_idx ON search_documents USING gin (tsv)`);
    for (const [type, table] of [
      ['condition', 'conditions'],
      ['group', 'groups'],
      ['intervention', 'interventions'],
      ['thread', 'threads'],
      ['reply', 'replies'],
      ['tip', 'experience_reports'],
    ]) {
      await q.query(`INSERT INTO search_outbox (doc_type, doc_id) SELECT '${type}', id FROM ${table}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_documents DROP COLUMN tsv`);
    await q.query(`ALTER TABLE search_documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS (${TSV(false)}) STORED`);
    await q.query(`ALTER TABLE search_documents ALTER COLUMN tsv SET STORAGE MAIN`);
    await q.query(`CREATE INDEX search_documents_tsv_idx ON search_documents USING gin (tsv)`);
    await q.query(`ALTER TABLE search_documents DROP COLUMN version, DROP COLUMN related`);
  }
}
