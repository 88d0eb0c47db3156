import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The trust layer's data:
 *  - `groups.private_until`: when a private group is made public, what was written until then
 *    stays members-only (the access module's `membersOnly` rule reads it);
 *  - `group_memberships.status = 'removed'`: a member a moderator removed is not re-admitted by
 *    joining again; they may ask, and a moderator decides;
 *  - `chat_mutes.concealed` and `case_id`: a mute of "the author of this anonymous post" is
 *    listed to moderators without saying who it is, under the case it came from;
 *  - clinician activity counts leave out hidden posts, so a change of moderation state marks
 *    the weeks it touches for recounting.
 */
export class TrustLayer1765600000000 implements MigrationInterface {
  name = 'TrustLayer1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE groups ADD COLUMN private_until timestamptz`);
    await q.query(`ALTER TABLE group_memberships DROP CONSTRAINT IF EXISTS group_memberships_status_check`);
    await q.query(
      `ALTER TABLE group_memberships ADD CONSTRAINT group_memberships_status_check CHECK (status IN ('active','pending','declined','removed'))`,
    );
    // Kept while a removed member asks to come back, so withdrawing the request does not clear it.
    await q.query(`ALTER TABLE group_memberships ADD COLUMN removed_at timestamptz`);
    await q.query(`ALTER TABLE chat_mutes ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid()`);
    await q.query(`CREATE UNIQUE INDEX chat_mutes_id_uq ON chat_mutes (id)`);
    await q.query(`ALTER TABLE chat_mutes ADD COLUMN concealed boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE chat_mutes ADD COLUMN case_id uuid REFERENCES moderation_cases(id) ON DELETE SET NULL`);
    await q.query(`
      CREATE OR REPLACE FUNCTION insight_mark_thread() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.deleted_at IS NOT DISTINCT FROM OLD.deleted_at AND NEW.tags IS NOT DISTINCT FROM OLD.tags
           AND NEW.group_id IS NOT DISTINCT FROM OLD.group_id AND NEW.author_id IS NOT DISTINCT FROM OLD.author_id
           AND NEW.moderation IS NOT DISTINCT FROM OLD.moderation THEN
          RETURN NEW;
        END IF;
        IF TG_OP <> 'INSERT' THEN
          INSERT INTO insight_dirty_activity SELECT g.condition_id, insight_week(OLD.created_at) FROM groups g WHERE g.id = OLD.group_id ON CONFLICT DO NOTHING;
        END IF;
        IF TG_OP <> 'DELETE' THEN
          INSERT INTO insight_dirty_activity SELECT g.condition_id, insight_week(NEW.created_at) FROM groups g WHERE g.id = NEW.group_id ON CONFLICT DO NOTHING;
        END IF;
        -- A thread hidden or shown again takes its replies' counts with it.
        IF TG_OP = 'UPDATE' AND NEW.moderation IS DISTINCT FROM OLD.moderation THEN
          INSERT INTO insight_dirty_activity
            SELECT DISTINCT g.condition_id, insight_week(r.created_at) FROM replies r JOIN groups g ON g.id = NEW.group_id WHERE r.thread_id = NEW.id
            ON CONFLICT DO NOTHING;
        END IF;
        RETURN COALESCE(NEW, OLD);
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION insight_mark_reply() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE r replies;
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.deleted_at IS NOT DISTINCT FROM OLD.deleted_at AND NEW.author_id IS NOT DISTINCT FROM OLD.author_id
           AND NEW.moderation IS NOT DISTINCT FROM OLD.moderation THEN
          RETURN NEW;
        END IF;
        r := COALESCE(NEW, OLD);
        INSERT INTO insight_dirty_activity
          SELECT g.condition_id, insight_week(r.created_at) FROM threads t JOIN groups g ON g.id = t.group_id WHERE t.id = r.thread_id
          ON CONFLICT DO NOTHING;
        RETURN r;
      END $$`);
    // Counts already rolled up may include hidden posts: recount every week that has any.
    await q.query(`
      INSERT INTO insight_dirty_activity
        SELECT DISTINCT g.condition_id, insight_week(t.created_at) FROM threads t JOIN groups g ON g.id = t.group_id WHERE t.moderation <> 'visible'
        UNION SELECT DISTINCT g.condition_id, insight_week(r.created_at) FROM replies r JOIN threads t ON t.id = r.thread_id JOIN groups g ON g.id = t.group_id
         WHERE r.moderation <> 'visible' OR t.moderation <> 'visible'
      ON CONFLICT DO NOTHING`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE chat_mutes DROP COLUMN case_id, DROP COLUMN concealed, DROP COLUMN id`);
    await q.query(`DELETE FROM group_memberships WHERE status = 'removed'`);
    await q.query(`ALTER TABLE group_memberships DROP COLUMN removed_at`);
    await q.query(`ALTER TABLE group_memberships DROP CONSTRAINT IF EXISTS group_memberships_status_check`);
    await q.query(`ALTER TABLE group_memberships ADD CONSTRAINT group_memberships_status_check CHECK (status IN ('active','pending','declined'))`);
    await q.query(`ALTER TABLE groups DROP COLUMN private_until`);
  }
}
