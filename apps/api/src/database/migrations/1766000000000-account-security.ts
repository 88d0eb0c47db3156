import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Account security: verified email addresses, single-use emailed links (verification, password
 * reset, change of email; only a SHA-256 of each link's token is stored), two-factor sign-in
 * (TOTP) with hashed single-use recovery codes, and the second step of a sign-in.
 *
 * Accounts that existed before this release keep working as they did: their address counts as
 * verified (they had no way to verify it), and those that already hold a power that now needs
 * two-factor (site moderators, admins, verified clinicians, moderators of private groups) get
 * 7 days from this release to turn it on.
 */
export class AccountSecurity1766000000000 implements MigrationInterface {
  name = 'AccountSecurity1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        ADD COLUMN email_verified_at timestamptz,
        ADD COLUMN totp_secret text,
        ADD COLUMN totp_pending_secret text,
        ADD COLUMN totp_enabled_at timestamptz,
        ADD COLUMN totp_last_step bigint,
        ADD COLUMN two_factor_due_at timestamptz`);
    await q.query(`UPDATE users SET email_verified_at = created_at`);
    await q.query(`
      UPDATE users u SET two_factor_due_at = now() + interval '7 days'
       WHERE u.role IN ('moderator', 'admin')
          OR (u.role = 'clinician' AND u.clinician_status = 'verified')
          OR EXISTS (SELECT 1 FROM group_memberships m JOIN groups g ON g.id = m.group_id
                      WHERE m.user_id = u.id AND m.status = 'active' AND m.role = 'moderator' AND g.visibility <> 'public')`);
    await q.query(`
      CREATE TABLE account_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('verify_email', 'change_email', 'reset_password', 'sign_in')),
        token_hash text NOT NULL UNIQUE,
        email text,
        attempts int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX account_tokens_user ON account_tokens (user_id, purpose)`);
    await q.query(`
      CREATE TABLE recovery_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX recovery_codes_user ON recovery_codes (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE recovery_codes`);
    await q.query(`DROP TABLE account_tokens`);
    await q.query(`
      ALTER TABLE users DROP COLUMN email_verified_at, DROP COLUMN totp_secret, DROP COLUMN totp_pending_secret,
        DROP COLUMN totp_enabled_at, DROP COLUMN totp_last_step, DROP COLUMN two_factor_due_at`);
  }
}
