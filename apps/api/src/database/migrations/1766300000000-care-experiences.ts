import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Experiences of care: a member's story of how a service treated them (the kind of service from
 * the catalogue in `seed/catalogue/service-kinds.data.ts`, a coarse area from
 * `seed/catalogue/areas.data.ts`, the month it happened, what was good, what could be better and
 * three ratings from 1 to 5), the organisations that run services (verified by an admin, as
 * clinicians are) with the members who answer for them, and their public responses.
 *
 * Service kinds and areas are checked by the API against the catalogue files, not by the
 * database, so the catalogue can grow without a migration. Stories and responses carry the same
 * moderation state as threads and replies (`visible`, `pending`, `hidden`, `removed`).
 */
export class CareExperiences1766300000000 implements MigrationInterface {
  name = 'CareExperiences1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE care_experiences (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        anonymous boolean NOT NULL DEFAULT false,
        service_kind text NOT NULL CHECK (service_kind ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        area_code text NOT NULL CHECK (area_code ~ '^[A-Z][0-9]{8}$'),
        condition_id uuid REFERENCES conditions(id) ON DELETE SET NULL,
        occurred_on date NOT NULL CHECK (extract(day FROM occurred_on) = 1),
        what_was_good text NOT NULL DEFAULT '',
        could_be_better text NOT NULL DEFAULT '',
        rating_seen smallint NOT NULL CHECK (rating_seen BETWEEN 1 AND 5),
        rating_listened smallint NOT NULL CHECK (rating_listened BETWEEN 1 AND 5),
        rating_involved smallint NOT NULL CHECK (rating_involved BETWEEN 1 AND 5),
        moderation text NOT NULL DEFAULT 'visible' CHECK (moderation IN ('visible','pending','hidden','removed')),
        moderation_reason text,
        deleted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (length(what_was_good) + length(could_be_better) > 0)
      )`);
    await q.query(`CREATE INDEX care_experiences_area_kind_idx ON care_experiences (service_kind, area_code, created_at DESC, id)`);
    await q.query(`CREATE INDEX care_experiences_author_idx ON care_experiences (author_id)`);
    await q.query(`CREATE INDEX care_experiences_recent_idx ON care_experiences (created_at DESC, id)`);
    await q.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 160),
        service_kind text NOT NULL,
        area_code text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','verified','declined')),
        website text NOT NULL DEFAULT '',
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX organisations_kind_area_idx ON organisations (service_kind, area_code) WHERE status = 'verified'`);
    await q.query(`CREATE INDEX organisations_status_idx ON organisations (status, created_at)`);
    await q.query(`
      CREATE TABLE organisation_members (
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, user_id)
      )`);
    await q.query(`CREATE INDEX organisation_members_user_idx ON organisation_members (user_id)`);
    await q.query(`
      CREATE TABLE care_experience_responses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        experience_id uuid NOT NULL REFERENCES care_experiences(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
        changed_something boolean NOT NULL DEFAULT false,
        what_changed text NOT NULL DEFAULT '',
        moderation text NOT NULL DEFAULT 'visible' CHECK (moderation IN ('visible','pending','hidden','removed')),
        moderation_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (NOT changed_something OR length(what_changed) > 0)
      )`);
    // One response per organisation per story; the organisation edits it.
    await q.query(`CREATE UNIQUE INDEX care_experience_responses_uq ON care_experience_responses (experience_id, organisation_id)`);
    await q.query(`CREATE INDEX care_experience_responses_org_idx ON care_experience_responses (organisation_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE care_experience_responses`);
    await q.query(`DROP TABLE organisation_members`);
    await q.query(`DROP TABLE organisations`);
    await q.query(`DROP TABLE care_experiences`);
  }
}
