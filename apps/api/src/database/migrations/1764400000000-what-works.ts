import { MigrationInterface, QueryRunner } from 'typeorm';

/** The intervention catalogue and members' experience reports ("what works"), with history. */
export class WhatWorks1764400000000 implements MigrationInterface {
  name = 'WhatWorks1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE interventions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL,
        name text NOT NULL,
        category text NOT NULL CHECK (category IN ('medication','therapy','device','lifestyle','self-management','service')),
        synonyms text[] NOT NULL DEFAULT '{}',
        description text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'accepted' CHECK (status IN ('pending','accepted','merged','declined')),
        merged_into_id uuid REFERENCES interventions(id) ON DELETE SET NULL,
        proposed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX interventions_slug_uq ON interventions (slug)`);
    await q.query(`CREATE INDEX interventions_name_idx ON interventions (lower(name), id)`);
    await q.query(`
      CREATE TABLE intervention_conditions (
        intervention_id uuid NOT NULL REFERENCES interventions(id) ON DELETE CASCADE,
        condition_id uuid NOT NULL REFERENCES conditions(id) ON DELETE CASCADE,
        PRIMARY KEY (condition_id, intervention_id)
      )`);
    await q.query(`
      CREATE TABLE experience_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid REFERENCES users(id) ON DELETE CASCADE,
        condition_id uuid NOT NULL REFERENCES conditions(id) ON DELETE RESTRICT,
        intervention_id uuid NOT NULL REFERENCES interventions(id) ON DELETE RESTRICT,
        group_id uuid REFERENCES groups(id) ON DELETE SET NULL,
        effectiveness text NOT NULL CHECK (effectiveness IN ('major','moderate','slight','none','cant_tell')),
        side_effects jsonb NOT NULL DEFAULT '[]',
        adherence text NOT NULL CHECK (adherence IN ('as_intended','mostly','sometimes','rarely','stopped')),
        burden text NOT NULL CHECK (burden IN ('none','low','moderate','high')),
        cost_band text NOT NULL CHECK (cost_band IN ('free','under_10','10_to_50','over_50','unknown')),
        duration_weeks integer NOT NULL CHECK (duration_weeks BETWEEN 0 AND 2600),
        still_using boolean NOT NULL DEFAULT true,
        tips text NOT NULL DEFAULT '',
        tips_html text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX experience_reports_condition_idx ON experience_reports (condition_id, intervention_id, created_at DESC)`);
    await q.query(`CREATE INDEX experience_reports_user_idx ON experience_reports (user_id)`);
    await q.query(`
      CREATE TABLE experience_report_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES experience_reports(id) ON DELETE CASCADE,
        snapshot jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX experience_report_revisions_report_idx ON experience_report_revisions (report_id, created_at)`);
    await q.query(`
      CREATE TABLE thread_experience_reports (
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        report_id uuid NOT NULL REFERENCES experience_reports(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (thread_id, report_id)
      )`);
    await q.query(`CREATE INDEX thread_experience_reports_report_idx ON thread_experience_reports (report_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE thread_experience_reports`);
    await q.query(`DROP TABLE experience_report_revisions`);
    await q.query(`DROP TABLE experience_reports`);
    await q.query(`DROP TABLE intervention_conditions`);
    await q.query(`DROP TABLE interventions`);
  }
}
