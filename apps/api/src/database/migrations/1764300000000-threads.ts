import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Threads, nested replies (materialised path), helpful marks, read positions, the tag list,
 * and the append-only audit log (first used to reveal anonymous authors).
 */
export class Threads1764300000000 implements MigrationInterface {
  name = 'Threads1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tags (
        slug text PRIMARY KEY,
        label text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE threads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        anonymous boolean NOT NULL DEFAULT false,
        kind text NOT NULL CHECK (kind IN ('question','advice','story')),
        title text NOT NULL,
        body text NOT NULL,
        body_html text NOT NULL,
        tags text[] NOT NULL DEFAULT '{}',
        locked_at timestamptz,
        locked_by uuid REFERENCES users(id) ON DELETE SET NULL,
        deleted_at timestamptz,
        helpful_count integer NOT NULL DEFAULT 0 CHECK (helpful_count >= 0),
        reply_count integer NOT NULL DEFAULT 0 CHECK (reply_count >= 0),
        reply_seq integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        last_activity_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX threads_group_activity_idx ON threads (group_id, last_activity_at DESC, id DESC)`);
    await q.query(`CREATE INDEX threads_group_created_idx ON threads (group_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX threads_group_helpful_idx ON threads (group_id, helpful_count DESC, id DESC)`);
    await q.query(`CREATE INDEX threads_tags_idx ON threads USING gin (tags)`);
    await q.query(`CREATE INDEX threads_author_idx ON threads (author_id)`);
    await q.query(`
      CREATE TABLE thread_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        title text NOT NULL,
        body text NOT NULL,
        tags text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX thread_revisions_thread_idx ON thread_revisions (thread_id, created_at)`);
    await q.query(`
      CREATE TABLE replies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        parent_id uuid REFERENCES replies(id) ON DELETE CASCADE,
        path text NOT NULL,
        depth integer NOT NULL CHECK (depth >= 0),
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        anonymous boolean NOT NULL DEFAULT false,
        body text NOT NULL,
        body_html text NOT NULL,
        helpful_count integer NOT NULL DEFAULT 0 CHECK (helpful_count >= 0),
        helped_asker boolean NOT NULL DEFAULT false,
        deleted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX replies_thread_path_uq ON replies (thread_id, path)`);
    await q.query(`CREATE INDEX replies_author_idx ON replies (author_id)`);
    await q.query(`
      CREATE TABLE reply_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reply_id uuid NOT NULL REFERENCES replies(id) ON DELETE CASCADE,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX reply_revisions_reply_idx ON reply_revisions (reply_id, created_at)`);
    await q.query(`
      CREATE TABLE helpful_marks (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        target_type text NOT NULL CHECK (target_type IN ('thread','reply')),
        target_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, target_type, target_id)
      )`);
    await q.query(`CREATE INDEX helpful_marks_target_idx ON helpful_marks (target_type, target_id)`);
    await q.query(`
      CREATE TABLE thread_reads (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        last_read_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, thread_id)
      )`);
    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        action text NOT NULL,
        target_type text NOT NULL,
        target_id text NOT NULL,
        reason text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX audit_log_created_idx ON audit_log (created_at DESC, id DESC)`);
    // Append-only: the database itself refuses to change or delete an entry.
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_append_only`);
    await q.query(`DROP TABLE thread_reads`);
    await q.query(`DROP TABLE helpful_marks`);
    await q.query(`DROP TABLE reply_revisions`);
    await q.query(`DROP TABLE replies`);
    await q.query(`DROP TABLE thread_revisions`);
    await q.query(`DROP TABLE threads`);
    await q.query(`DROP TABLE tags`);
  }
}
