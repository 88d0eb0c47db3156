import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications (with each member's settings and the groups they follow), data exports, and the
 * one change the append-only audit log accepts: when an account is erased, its actor id becomes
 * NULL (the foreign key's ON DELETE SET NULL); nothing else about an entry can change.
 */
export class Notifications1764800000000 implements MigrationInterface {
  name = 'Notifications1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('reply','mention','helpful','join_decided','moderation','new_thread')),
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        group_id uuid REFERENCES groups(id) ON DELETE CASCADE,
        thread_id uuid REFERENCES threads(id) ON DELETE CASCADE,
        reply_id uuid REFERENCES replies(id) ON DELETE CASCADE,
        message text NOT NULL,
        url text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL`);
    await q.query(`CREATE INDEX notifications_actor_idx ON notifications (actor_id)`);
    await q.query(`
      CREATE TABLE notification_settings (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        disabled_kinds text[] NOT NULL DEFAULT '{}',
        digest text NOT NULL DEFAULT 'off' CHECK (digest IN ('off','daily','weekly')),
        digest_sent_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE group_follows (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        group_id uuid NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, group_id)
      )`);
    await q.query(`CREATE INDEX group_follows_group_idx ON group_follows (group_id)`);
    await q.query(`
      CREATE TABLE data_exports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','running','ready','failed')),
        progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        archive bytea,
        bytes integer,
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        expires_at timestamptz NOT NULL DEFAULT now() + interval '7 days'
      )`);
    await q.query(`CREATE INDEX data_exports_user_idx ON data_exports (user_id, created_at DESC)`);
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- The only change allowed: an erased account's id leaves the log (ON DELETE SET NULL).
        IF TG_OP = 'UPDATE' AND OLD.actor_id IS NOT NULL AND NEW.actor_id IS NULL
           AND NEW.id = OLD.id AND NEW.action = OLD.action AND NEW.target_type = OLD.target_type
           AND NEW.target_id = OLD.target_id AND NEW.reason = OLD.reason AND NEW.details = OLD.details
           AND NEW.created_at = OLD.created_at THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await q.query(`DROP TABLE data_exports`);
    await q.query(`DROP TABLE group_follows`);
    await q.query(`DROP TABLE notification_settings`);
    await q.query(`DROP TABLE notifications`);
  }
}
