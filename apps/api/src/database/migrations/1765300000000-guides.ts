import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Curated guides: one guide per condition (an intro, when it was last reviewed and by whom),
 * its entries (a thread or reply curated under a heading, with a moderator's summary), and
 * every version of it (a snapshot of the whole guide after each edit, with the editor's note).
 */
export class Guides1765300000000 implements MigrationInterface {
  name = 'Guides1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE guides (
        condition_id uuid PRIMARY KEY REFERENCES conditions(id) ON DELETE CASCADE,
        intro text NOT NULL DEFAULT '' CHECK (length(intro) <= 4000),
        version integer NOT NULL DEFAULT 0 CHECK (version >= 0),
        reviewed_at timestamptz,
        reviewed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE guide_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        condition_id uuid NOT NULL REFERENCES guides(condition_id) ON DELETE CASCADE,
        heading text NOT NULL CHECK (length(heading) BETWEEN 1 AND 80),
        position integer NOT NULL CHECK (position >= 0),
        source_type text NOT NULL CHECK (source_type IN ('thread','reply')),
        source_id uuid NOT NULL,
        summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 500),
        curated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        curated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT guide_entries_source_uq UNIQUE (condition_id, source_type, source_id)
      )`);
    await q.query(`CREATE INDEX guide_entries_order_idx ON guide_entries (condition_id, position)`);
    // Which guides quote a post (moderation looks this up when content is hidden or removed).
    await q.query(`CREATE INDEX guide_entries_source_idx ON guide_entries (source_type, source_id)`);
    await q.query(`
      CREATE TABLE guide_versions (
        id bigserial PRIMARY KEY,
        condition_id uuid NOT NULL REFERENCES guides(condition_id) ON DELETE CASCADE,
        version integer NOT NULL,
        editor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        note text NOT NULL DEFAULT '',
        snapshot jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT guide_versions_version_uq UNIQUE (condition_id, version)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE guide_versions`);
    await q.query(`DROP TABLE guide_entries`);
    await q.query(`DROP TABLE guides`);
  }
}
