import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Open data releases: one row per published quarter, holding the release exactly as it is served
 * (CSV and JSON text) with their SHA-256 checksums. A release is immutable: a trigger refuses
 * UPDATE, DELETE and TRUNCATE, so a published file can never change under its URL, and one
 * quarter is published at most once (its cells are frozen from then on).
 */
export class OpenData1766400000000 implements MigrationInterface {
  name = 'OpenData1766400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE open_data_releases (
        version text PRIMARY KEY CHECK (version ~ '^[0-9]{4}-q[1-4]$'),
        period_start date NOT NULL UNIQUE,
        period_end date NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        dictionary_version int NOT NULL,
        cell_count int NOT NULL CHECK (cell_count >= 0),
        csv text NOT NULL,
        json text NOT NULL,
        csv_sha256 text NOT NULL CHECK (csv_sha256 ~ '^[0-9a-f]{64}$'),
        json_sha256 text NOT NULL CHECK (json_sha256 ~ '^[0-9a-f]{64}$'),
        CHECK (period_end > period_start)
      )`);
    await q.query(`CREATE INDEX open_data_releases_published ON open_data_releases (period_start DESC)`);
    await q.query(`
      CREATE FUNCTION open_data_release_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'open data releases are immutable (% refused)', TG_OP USING ERRCODE = 'restrict_violation';
        END $$`);
    await q.query(`
      CREATE TRIGGER open_data_releases_immutable BEFORE UPDATE OR DELETE ON open_data_releases
        FOR EACH ROW EXECUTE FUNCTION open_data_release_immutable()`);
    await q.query(`
      CREATE TRIGGER open_data_releases_no_truncate BEFORE TRUNCATE ON open_data_releases
        FOR EACH STATEMENT EXECUTE FUNCTION open_data_release_immutable()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE open_data_releases`);
    await q.query(`DROP FUNCTION open_data_release_immutable()`);
  }
}
