import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read state and the member's home: threads a member follows (replying or starting one follows
 * it), posts they saved for later, and per group the moment they marked everything read (read
 * positions per thread are `thread_reads`, since the threads migration). Indexes for the home
 * feed's counts: a thread's replies by time (new replies since a read position) and replies by
 * the reply they answer (replies to me).
 */
export class ReadState1766100000000 implements MigrationInterface {
  name = 'ReadState1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE thread_follows (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, thread_id)
      )`);
    await q.query(`CREATE INDEX thread_follows_thread_idx ON thread_follows (thread_id)`);
    await q.query(`
      CREATE TABLE saved_posts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        reply_id uuid REFERENCES replies(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One save per post: a thread (reply_id NULL) or one of its replies.
    await q.query(`CREATE UNIQUE INDEX saved_posts_uq ON saved_posts (user_id, thread_id, coalesce(reply_id, '00000000-0000-0000-0000-000000000000'::uuid))`);
    await q.query(`CREATE INDEX saved_posts_user_idx ON saved_posts (user_id, created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE group_reads (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        group_id uuid NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        read_before timestamptz NOT NULL,
        PRIMARY KEY (user_id, group_id)
      )`);
    await q.query(`CREATE INDEX replies_thread_created_idx ON replies (thread_id, created_at)`);
    await q.query(`CREATE INDEX replies_parent_idx ON replies (parent_id) WHERE parent_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX replies_parent_idx`);
    await q.query(`DROP INDEX replies_thread_created_idx`);
    await q.query(`DROP TABLE group_reads`);
    await q.query(`DROP TABLE saved_posts`);
    await q.query(`DROP TABLE thread_follows`);
  }
}
