import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Group chat: one room per group with a message counter, messages numbered per room, mutes,
 * members' blocks of each other, and each member's presence and typing preferences.
 */
export class Chat1764500000000 implements MigrationInterface {
  name = 'Chat1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE chat_rooms (
        group_id uuid PRIMARY KEY REFERENCES groups(id) ON DELETE CASCADE,
        last_seq bigint NOT NULL DEFAULT 0
      )`);
    await q.query(`
      CREATE TABLE chat_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        seq bigint NOT NULL,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        client_id text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz,
        deleted_by uuid REFERENCES users(id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX chat_messages_room_seq_uq ON chat_messages (group_id, seq)`);
    // A retried send (same author, room and client id) is stored once.
    await q.query(`CREATE UNIQUE INDEX chat_messages_client_uq ON chat_messages (group_id, author_id, client_id)`);
    await q.query(`CREATE INDEX chat_messages_author_idx ON chat_messages (author_id)`);
    await q.query(`
      CREATE TABLE chat_mutes (
        group_id uuid NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        until timestamptz NOT NULL,
        reason text NOT NULL,
        muted_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (group_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE member_blocks (
        blocker_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        blocked_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (blocker_id, blocked_id),
        CHECK (blocker_id <> blocked_id)
      )`);
    await q.query(`CREATE INDEX member_blocks_blocked_idx ON member_blocks (blocked_id)`);
    await q.query(`ALTER TABLE users ADD COLUMN share_presence boolean NOT NULL DEFAULT true`);
    await q.query(`ALTER TABLE users ADD COLUMN share_typing boolean NOT NULL DEFAULT true`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN share_typing`);
    await q.query(`ALTER TABLE users DROP COLUMN share_presence`);
    await q.query(`DROP TABLE member_blocks`);
    await q.query(`DROP TABLE chat_mutes`);
    await q.query(`DROP TABLE chat_messages`);
    await q.query(`DROP TABLE chat_rooms`);
  }
}
