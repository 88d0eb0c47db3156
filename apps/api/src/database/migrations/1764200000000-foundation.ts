import { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, sessions, the condition catalogue, groups and memberships. */
export class Foundation1764200000000 implements MigrationInterface {
  name = 'Foundation1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        handle text NOT NULL,
        email text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL DEFAULT 'member' CHECK (role IN ('member','moderator','clinician','admin')),
        clinician_status text CHECK (clinician_status IN ('pending','verified')),
        clinician_registration text,
        clinician_organisation text,
        clinician_verified_at timestamptz,
        bio text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX users_handle_lower_uq ON users (lower(handle))`);
    await q.query(`CREATE UNIQUE INDEX users_email_lower_uq ON users (lower(email))`);
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        user_agent text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX sessions_token_hash_uq ON sessions (token_hash)`);
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (user_id) WHERE revoked_at IS NULL`);
    await q.query(`
      CREATE TABLE conditions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL,
        name text NOT NULL,
        icd10_code text NOT NULL,
        family text NOT NULL,
        synonyms text[] NOT NULL DEFAULT '{}',
        description text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX conditions_slug_uq ON conditions (slug)`);
    await q.query(`CREATE INDEX conditions_name_idx ON conditions (lower(name), id)`);
    await q.query(`
      CREATE TABLE groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        condition_id uuid NOT NULL REFERENCES conditions(id) ON DELETE RESTRICT,
        slug text NOT NULL,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        visibility text NOT NULL CHECK (visibility IN ('public','private')),
        allow_anonymous boolean NOT NULL DEFAULT false,
        member_count integer NOT NULL DEFAULT 0 CHECK (member_count >= 0),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX groups_slug_uq ON groups (slug)`);
    await q.query(`CREATE INDEX groups_condition_idx ON groups (condition_id, lower(name), id)`);
    await q.query(`
      CREATE TABLE group_memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role text NOT NULL DEFAULT 'member' CHECK (role IN ('member','moderator')),
        status text NOT NULL CHECK (status IN ('active','pending','declined')),
        requested_at timestamptz NOT NULL DEFAULT now(),
        joined_at timestamptz,
        decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_at timestamptz
      )`);
    await q.query(
      `CREATE UNIQUE INDEX group_memberships_group_user_uq ON group_memberships (group_id, user_id)`,
    );
    await q.query(
      `CREATE INDEX group_memberships_user_idx ON group_memberships (user_id, status)`,
    );
    await q.query(
      `CREATE INDEX group_memberships_group_status_idx ON group_memberships (group_id, status, joined_at, id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE group_memberships`);
    await q.query(`DROP TABLE groups`);
    await q.query(`DROP TABLE conditions`);
    await q.query(`DROP TABLE sessions`);
    await q.query(`DROP TABLE users`);
  }
}
