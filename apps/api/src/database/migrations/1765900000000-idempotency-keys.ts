import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotent creates: a client sends one key per submission (threads, replies, experience
 * reports); the key is claimed in the creating transaction, so a retry of the same submission —
 * after a dropped connection, a killed instance, a double click — returns what was stored rather
 * than storing it twice. The primary key is the unique index on (author, scope, key). Keys go
 * with their member's account.
 */
export class IdempotencyKeys1765900000000 implements MigrationInterface {
  name = 'IdempotencyKeys1765900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_keys (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        scope text NOT NULL CHECK (scope IN ('thread', 'reply', 'experience_report')),
        key text NOT NULL CHECK (length(key) BETWEEN 8 AND 100),
        result_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, scope, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
  }
}
