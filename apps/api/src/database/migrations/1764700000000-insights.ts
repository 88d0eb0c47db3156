import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consent per purpose (with its history) and the clinician-insights rollups: weekly aggregates per
 * condition and intervention, kept up to date incrementally. Triggers mark the (condition,
 * intervention) pairs and (condition, week) cells a change touches as dirty, in the change's own
 * transaction; the refresher recomputes just those from the raw tables.
 */
export class Insights1764700000000 implements MigrationInterface {
  name = 'Insights1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE consents (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('clinician-insights','research')),
        granted boolean NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, purpose)
      )`);
    await q.query(`
      CREATE TABLE consent_events (
        id bigserial PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        purpose text NOT NULL,
        granted boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX consent_events_user_idx ON consent_events (user_id, created_at)`);

    await q.query(`CREATE TABLE insight_dirty_pairs (condition_id uuid NOT NULL, intervention_id uuid NOT NULL, PRIMARY KEY (condition_id, intervention_id))`);
    await q.query(`CREATE TABLE insight_dirty_activity (condition_id uuid NOT NULL, week date NOT NULL, PRIMARY KEY (condition_id, week))`);
    await q.query(`
      CREATE TABLE insight_report_weeks (
        condition_id uuid NOT NULL,
        intervention_id uuid NOT NULL,
        week date NOT NULL,
        members integer NOT NULL,
        eff_major integer NOT NULL, eff_moderate integer NOT NULL, eff_slight integer NOT NULL, eff_none integer NOT NULL,
        eff_cant_tell integer NOT NULL,
        adh_as_intended integer NOT NULL, adh_mostly integer NOT NULL, adh_sometimes integer NOT NULL, adh_rarely integer NOT NULL,
        adh_stopped integer NOT NULL,
        burden_none integer NOT NULL, burden_low integer NOT NULL, burden_moderate integer NOT NULL, burden_high integer NOT NULL,
        duration integer[] NOT NULL,
        PRIMARY KEY (condition_id, week, intervention_id)
      )`);
    await q.query(`
      CREATE TABLE insight_side_effect_weeks (
        condition_id uuid NOT NULL,
        intervention_id uuid NOT NULL,
        week date NOT NULL,
        name text NOT NULL,
        members integer NOT NULL,
        mild integer NOT NULL, moderate integer NOT NULL, severe integer NOT NULL,
        PRIMARY KEY (condition_id, week, intervention_id, name)
      )`);
    await q.query(`
      CREATE TABLE insight_activity_weeks (
        condition_id uuid NOT NULL,
        week date NOT NULL,
        threads integer NOT NULL,
        replies integer NOT NULL,
        reports integer NOT NULL,
        PRIMARY KEY (condition_id, week)
      )`);
    await q.query(`
      CREATE TABLE insight_tag_weeks (
        condition_id uuid NOT NULL,
        week date NOT NULL,
        tag text NOT NULL,
        threads integer NOT NULL,
        PRIMARY KEY (condition_id, week, tag)
      )`);
    await q.query(`CREATE FUNCTION insight_week(t timestamptz) RETURNS date LANGUAGE sql IMMUTABLE AS $$ SELECT date_trunc('week', t AT TIME ZONE 'UTC')::date $$`);

    await q.query(`
      CREATE FUNCTION insight_mark_report() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          INSERT INTO insight_dirty_pairs VALUES (OLD.condition_id, OLD.intervention_id) ON CONFLICT DO NOTHING;
          INSERT INTO insight_dirty_activity VALUES (OLD.condition_id, insight_week(OLD.created_at)) ON CONFLICT DO NOTHING;
        END IF;
        IF TG_OP <> 'DELETE' THEN
          INSERT INTO insight_dirty_pairs VALUES (NEW.condition_id, NEW.intervention_id) ON CONFLICT DO NOTHING;
          INSERT INTO insight_dirty_activity VALUES (NEW.condition_id, insight_week(NEW.created_at)) ON CONFLICT DO NOTHING;
        END IF;
        RETURN COALESCE(NEW, OLD);
      END $$`);
    await q.query(`CREATE TRIGGER experience_reports_insights AFTER INSERT OR UPDATE OR DELETE ON experience_reports FOR EACH ROW EXECUTE FUNCTION insight_mark_report()`);

    await q.query(`
      CREATE FUNCTION insight_mark_thread() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.deleted_at IS NOT DISTINCT FROM OLD.deleted_at AND NEW.tags IS NOT DISTINCT FROM OLD.tags
           AND NEW.group_id IS NOT DISTINCT FROM OLD.group_id AND NEW.author_id IS NOT DISTINCT FROM OLD.author_id THEN
          RETURN NEW;
        END IF;
        IF TG_OP <> 'INSERT' THEN
          INSERT INTO insight_dirty_activity SELECT g.condition_id, insight_week(OLD.created_at) FROM groups g WHERE g.id = OLD.group_id ON CONFLICT DO NOTHING;
        END IF;
        IF TG_OP <> 'DELETE' THEN
          INSERT INTO insight_dirty_activity SELECT g.condition_id, insight_week(NEW.created_at) FROM groups g WHERE g.id = NEW.group_id ON CONFLICT DO NOTHING;
        END IF;
        RETURN COALESCE(NEW, OLD);
      END $$`);
    await q.query(`CREATE TRIGGER threads_insights AFTER INSERT OR UPDATE OR DELETE ON threads FOR EACH ROW EXECUTE FUNCTION insight_mark_thread()`);

    await q.query(`
      CREATE FUNCTION insight_mark_reply() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE r replies;
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.deleted_at IS NOT DISTINCT FROM OLD.deleted_at AND NEW.author_id IS NOT DISTINCT FROM OLD.author_id THEN
          RETURN NEW;
        END IF;
        r := COALESCE(NEW, OLD);
        INSERT INTO insight_dirty_activity
          SELECT g.condition_id, insight_week(r.created_at) FROM threads t JOIN groups g ON g.id = t.group_id WHERE t.id = r.thread_id
          ON CONFLICT DO NOTHING;
        RETURN r;
      END $$`);
    await q.query(`CREATE TRIGGER replies_insights AFTER INSERT OR UPDATE OR DELETE ON replies FOR EACH ROW EXECUTE FUNCTION insight_mark_reply()`);

    // A change of consent touches everything that member ever contributed.
    await q.query(`
      CREATE FUNCTION insight_mark_consent() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE uid uuid := COALESCE(NEW.user_id, OLD.user_id);
      BEGIN
        IF COALESCE(NEW.purpose, OLD.purpose) <> 'clinician-insights' THEN RETURN COALESCE(NEW, OLD); END IF;
        IF TG_OP = 'UPDATE' AND NEW.granted = OLD.granted THEN RETURN NEW; END IF;
        INSERT INTO insight_dirty_pairs SELECT DISTINCT condition_id, intervention_id FROM experience_reports WHERE user_id = uid ON CONFLICT DO NOTHING;
        INSERT INTO insight_dirty_activity SELECT DISTINCT condition_id, insight_week(created_at) FROM experience_reports WHERE user_id = uid ON CONFLICT DO NOTHING;
        INSERT INTO insight_dirty_activity
          SELECT DISTINCT g.condition_id, insight_week(t.created_at) FROM threads t JOIN groups g ON g.id = t.group_id WHERE t.author_id = uid
          ON CONFLICT DO NOTHING;
        INSERT INTO insight_dirty_activity
          SELECT DISTINCT g.condition_id, insight_week(r.created_at) FROM replies r JOIN threads t ON t.id = r.thread_id JOIN groups g ON g.id = t.group_id
           WHERE r.author_id = uid
          ON CONFLICT DO NOTHING;
        RETURN COALESCE(NEW, OLD);
      END $$`);
    await q.query(`CREATE TRIGGER consents_insights AFTER INSERT OR UPDATE OR DELETE ON consents FOR EACH ROW EXECUTE FUNCTION insight_mark_consent()`);

    // The raw-table index the recomputation uses (threads and replies by author and by group and
    // date are indexed already).
    await q.query(`CREATE INDEX experience_reports_pair_idx ON experience_reports (condition_id, intervention_id, user_id, updated_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER consents_insights ON consents`);
    await q.query(`DROP TRIGGER replies_insights ON replies`);
    await q.query(`DROP TRIGGER threads_insights ON threads`);
    await q.query(`DROP TRIGGER experience_reports_insights ON experience_reports`);
    for (const fn of ['insight_mark_consent()', 'insight_mark_reply()', 'insight_mark_thread()', 'insight_mark_report()', 'insight_week(timestamptz)']) {
      await q.query(`DROP FUNCTION ${fn}`);
    }
    await q.query(`DROP INDEX experience_reports_pair_idx`);
    for (const t of ['insight_tag_weeks', 'insight_activity_weeks', 'insight_side_effect_weeks', 'insight_report_weeks', 'insight_dirty_activity', 'insight_dirty_pairs', 'consent_events', 'consents']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
