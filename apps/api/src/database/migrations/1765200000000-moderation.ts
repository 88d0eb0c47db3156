import { MigrationInterface, QueryRunner } from 'typeorm';

const CONTENT_TABLES = ['threads', 'replies', 'chat_messages', 'experience_reports'];

/** The search outbox triggers (as of 1764900000000-blocks-in-search), now also enqueueing on a change of moderation state. */
const searchTriggers = (withModeration: boolean) => {
  const m = (col: string) => (withModeration ? ` AND NEW.${col} IS NOT DISTINCT FROM OLD.${col}` : '');
  const threadReplies = withModeration
    ? `NEW.title IS DISTINCT FROM OLD.title OR NEW.group_id IS DISTINCT FROM OLD.group_id OR NEW.moderation IS DISTINCT FROM OLD.moderation`
    : `NEW.title IS DISTINCT FROM OLD.title OR NEW.group_id IS DISTINCT FROM OLD.group_id`;
  return [
    `CREATE OR REPLACE FUNCTION search_enqueue_thread() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          INSERT INTO search_outbox (doc_type, doc_id) VALUES ('thread', OLD.id);
          RETURN OLD;
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.title IS NOT DISTINCT FROM OLD.title AND NEW.body IS NOT DISTINCT FROM OLD.body
           AND NEW.tags IS NOT DISTINCT FROM OLD.tags AND NEW.deleted_at IS NOT DISTINCT FROM OLD.deleted_at
           AND NEW.helpful_count IS NOT DISTINCT FROM OLD.helpful_count AND NEW.group_id IS NOT DISTINCT FROM OLD.group_id
           AND NEW.kind IS NOT DISTINCT FROM OLD.kind AND NEW.author_id IS NOT DISTINCT FROM OLD.author_id${m('moderation')} THEN
          RETURN NEW;
        END IF;
        INSERT INTO search_outbox (doc_type, doc_id) VALUES ('thread', NEW.id);
        IF TG_OP = 'UPDATE' AND (${threadReplies}) THEN
          INSERT INTO search_outbox (doc_type, doc_id) SELECT 'reply', id FROM replies WHERE thread_id = NEW.id;
        END IF;
        RETURN NEW;
      END $$`,
    `CREATE OR REPLACE FUNCTION search_enqueue_reply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.body IS NOT DISTINCT FROM OLD.body AND NEW.deleted_at IS NOT DISTINCT FROM OLD.deleted_at
           AND NEW.helpful_count IS NOT DISTINCT FROM OLD.helpful_count AND NEW.author_id IS NOT DISTINCT FROM OLD.author_id${m('moderation')} THEN
          RETURN NEW;
        END IF;
        INSERT INTO search_outbox (doc_type, doc_id) VALUES ('reply', COALESCE(NEW.id, OLD.id));
        RETURN COALESCE(NEW, OLD);
      END $$`,
    `CREATE OR REPLACE FUNCTION search_enqueue_tip() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.tips IS NOT DISTINCT FROM OLD.tips AND NEW.group_id IS NOT DISTINCT FROM OLD.group_id
           AND NEW.user_id IS NOT DISTINCT FROM OLD.user_id${m('moderation')} THEN
          RETURN NEW;
        END IF;
        INSERT INTO search_outbox (doc_type, doc_id) VALUES ('tip', COALESCE(NEW.id, OLD.id));
        RETURN COALESCE(NEW, OLD);
      END $$`,
  ];
};

/**
 * Moderation: a moderation state on every kind of content (visible, pending approval, hidden
 * pending review, removed), account suspension, per-group approval of new members' first posts
 * and watched words, and the review queue: one open case per reported item, with every report
 * and the content as it was when reported.
 */
export class Moderation1765200000000 implements MigrationInterface {
  name = 'Moderation1765200000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of CONTENT_TABLES) {
      await q.query(`
        ALTER TABLE ${table}
          ADD COLUMN moderation text NOT NULL DEFAULT 'visible' CHECK (moderation IN ('visible','pending','hidden','removed')),
          ADD COLUMN moderation_reason text`);
    }
    await q.query(`ALTER TABLE users ADD COLUMN suspended_until timestamptz, ADD COLUMN suspension_reason text`);
    await q.query(`ALTER TABLE groups ADD COLUMN approve_new_members boolean NOT NULL DEFAULT false`);
    await q.query(`
      CREATE TABLE watched_words (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        phrase text NOT NULL CHECK (length(phrase) BETWEEN 2 AND 100),
        action text NOT NULL CHECK (action IN ('block','approve','flag')),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX watched_words_group_phrase_uq ON watched_words (group_id, lower(phrase))`);
    await q.query(`
      CREATE TABLE moderation_cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        target_type text NOT NULL CHECK (target_type IN ('thread','reply','chat_message','experience_report','member')),
        target_id uuid NOT NULL,
        group_id uuid REFERENCES groups(id) ON DELETE CASCADE,
        subject_id uuid REFERENCES users(id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','resolved')),
        crisis boolean NOT NULL DEFAULT false,
        sources text[] NOT NULL DEFAULT '{}',
        reporter_count integer NOT NULL DEFAULT 0,
        snapshot jsonb NOT NULL,
        claimed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        claimed_at timestamptz,
        resolution text,
        resolved_by uuid REFERENCES users(id) ON DELETE SET NULL,
        resolved_at timestamptz,
        opened_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One open case per item: new reports join it.
    await q.query(`CREATE UNIQUE INDEX moderation_cases_open_uq ON moderation_cases (target_type, target_id) WHERE status = 'open'`);
    await q.query(`CREATE INDEX moderation_cases_queue_idx ON moderation_cases (status, crisis DESC, reporter_count DESC, opened_at)`);
    await q.query(`CREATE INDEX moderation_cases_target_idx ON moderation_cases (target_type, target_id)`);
    await q.query(`CREATE INDEX moderation_cases_group_idx ON moderation_cases (group_id, status)`);
    await q.query(`
      CREATE TABLE content_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES moderation_cases(id) ON DELETE CASCADE,
        reporter_id uuid REFERENCES users(id) ON DELETE SET NULL,
        reason text NOT NULL CHECK (reason IN ('misinformation','harassment','spam','crisis','personal_information','other')),
        note text NOT NULL DEFAULT '',
        snapshot jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX content_reports_reporter_uq ON content_reports (case_id, reporter_id)`);
    await q.query(`CREATE INDEX content_reports_reporter_idx ON content_reports (reporter_id)`);
    // Audit search: by target, by actor, by action, and by words in the reason.
    await q.query(`CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id, created_at DESC)`);
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, created_at DESC)`);
    await q.query(`CREATE INDEX audit_log_group_idx ON audit_log ((details->>'groupId'), created_at DESC)`);
    for (const sql of searchTriggers(true)) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of searchTriggers(false)) await q.query(sql);
    await q.query(`DROP INDEX audit_log_group_idx`);
    await q.query(`DROP INDEX audit_log_actor_idx`);
    await q.query(`DROP INDEX audit_log_target_idx`);
    await q.query(`DROP TABLE content_reports`);
    await q.query(`DROP TABLE moderation_cases`);
    await q.query(`DROP TABLE watched_words`);
    await q.query(`ALTER TABLE groups DROP COLUMN approve_new_members`);
    await q.query(`ALTER TABLE users DROP COLUMN suspension_reason, DROP COLUMN suspended_until`);
    for (const table of CONTENT_TABLES) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN moderation_reason, DROP COLUMN moderation`);
    }
  }
}
