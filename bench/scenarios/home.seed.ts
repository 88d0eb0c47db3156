import { renderMarkdown } from '../../apps/api/src/common/markdown/render-markdown';
import { Progress } from '../lib/progress';
import { Rng } from '../lib/rng';
import * as talk from '../lib/search-text';
import { insertRows, type Sql } from '../lib/sql';
import * as text from '../lib/text';

export interface SeededHome {
  /** The member whose home is measured. */
  memberId: string;
  groupIds: string[];
  threads: number;
  replies: number;
  readPositions: number;
  follows: number;
  hidden: number;
  blockedAuthors: number;
}

const MINUTE = 60_000;
/** Fixed clock: the data is the same on every run. */
const EPOCH = Date.UTC(2025, 4, 5, 9, 0, 0);
const PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$YmVuY2hiZW5jaA$bm90LWEtcmVhbC1wYXNzd29yZC1oYXNo';
const segment = (n: number) => n.toString(36).padStart(6, '0');

/**
 * Three groups (two public, one private) on three conditions, `members` members, and `threads`
 * threads among the groups over 90 days (0-8 replies each, some nested, a few anonymous), as a
 * busy member's home sees them. The measured member belongs to all three (joined before any of
 * it was written, so everything can be new to them), has read about half the threads at some
 * point (often before their latest replies), follows 150, blocks two members, and 1 % of the
 * threads are hidden by moderators. Straight SQL in batches.
 */
export async function seedHome(sql: Sql, opts: { seed: number; members: number; threads: number }): Promise<SeededHome> {
  const rng = new Rng(opts.seed);
  const conditions = (await sql(`SELECT id, slug, name FROM conditions ORDER BY slug LIMIT 3`)) as { id: string; slug: string; name: string }[];
  if (conditions.length < 3) throw new Error('the condition catalogue is empty');

  const taken = new Set<string>();
  const users = Array.from({ length: opts.members }, (_, i) => {
    const h = text.handle(rng, taken);
    return [rng.uuid(), h, `${h}@example.org`, PASSWORD_HASH, text.bio(rng), new Date(EPOCH - (400 - i) * 24 * 60 * MINUTE).toISOString()];
  });
  const userIds = users.map((u) => u[0] as string);
  const memberId = userIds[0] as string;
  await insertRows(
    sql,
    'users',
    ['id:uuid', 'handle:text', 'email:text', 'password_hash:text', 'bio:text', 'created_at:timestamptz'].map(column),
    users,
    new Progress('members', users.length),
    200,
  );

  const groupIds: string[] = [];
  for (const [i, c] of conditions.entries()) {
    const id = rng.uuid();
    groupIds.push(id);
    await sql(
      `INSERT INTO groups (id, condition_id, slug, name, description, visibility, allow_anonymous, member_count, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, true, $7, $8, $9)`,
      [id, c.id, `home-bench-${i}`, `Living with ${c.name.toLowerCase()}`, 'Seeded by the home benchmark.', i === 2 ? 'private' : 'public', users.length, memberId, new Date(EPOCH - 420 * 24 * 60 * MINUTE).toISOString()],
    );
  }
  const memberships: unknown[][] = [];
  for (const g of groupIds) {
    for (const [i, u] of users.entries()) memberships.push([rng.uuid(), g, u[0], i === 1 ? 'moderator' : 'member', 'active', u[5]]);
  }
  await insertRows(sql, 'group_memberships', ['id:uuid', 'group_id:uuid', 'user_id:uuid', 'role:text', 'status:text', 'joined_at:timestamptz'].map(column), memberships, new Progress('memberships', memberships.length), 500);

  // Threads and replies over the 90 days before EPOCH; the busiest group has half of them.
  const threadRows: unknown[][] = [];
  const replyRows: unknown[][] = [];
  const reads: unknown[][] = [];
  const follows: unknown[][] = [];
  let hidden = 0;
  const progress = new Progress('threads and replies generated', opts.threads);
  for (let t = 0; t < opts.threads; t++) {
    const g = rng.chance(0.5) ? 0 : rng.chance(0.6) ? 1 : 2;
    const condition = conditions[g] as { slug: string };
    const id = rng.uuid();
    const author = rng.pick(userIds.slice(1));
    const created = EPOCH - rng.int(60, 90 * 24 * 60) * MINUTE;
    const body = talk.threadPost(rng, condition.slug);
    const n = rng.chance(0.25) ? 0 : rng.int(1, 8);
    let clock = created;
    const paths: string[] = [];
    for (let i = 0; i < n; i++) {
      clock += rng.int(5, 600) * MINUTE;
      const parent = i > 0 && rng.chance(0.4) ? rng.int(0, paths.length - 1) : -1;
      const path = parent >= 0 ? `${paths[parent]}.${segment(i + 1)}` : segment(i + 1);
      paths.push(path);
      const replyBody = talk.replyPost(rng, condition.slug);
      replyRows.push([rng.uuid(), id, path, path.split('.').length - 1, rng.pick(userIds), rng.chance(0.05), replyBody, renderMarkdown(replyBody), new Date(clock).toISOString()]);
    }
    const moderation = rng.chance(0.01) ? 'hidden' : 'visible';
    if (moderation === 'hidden') hidden++;
    threadRows.push([id, groupIds[g], author, rng.chance(0.05), rng.pick(['question', 'advice', 'story']), talk.threadTitle(rng, condition.slug), body, renderMarkdown(body), moderation, n, new Date(created).toISOString(), new Date(clock).toISOString()]);
    if (rng.chance(0.5)) reads.push([memberId, id, new Date(rng.int(created, clock + 60 * MINUTE)).toISOString()]);
    if (follows.length < 150 && rng.chance(0.05)) follows.push([memberId, id]);
    if (t % 500 === 0) progress.tick(t);
  }
  progress.tick(opts.threads);
  await insertRows(
    sql,
    'threads',
    ['id:uuid', 'group_id:uuid', 'author_id:uuid', 'anonymous:boolean', 'kind:text', 'title:text', 'body:text', 'body_html:text', 'moderation:text', 'reply_count:int', 'created_at:timestamptz', 'last_activity_at:timestamptz'].map(column),
    threadRows,
    new Progress('threads', threadRows.length),
    500,
  );
  await sql(`UPDATE threads SET reply_seq = reply_count`);
  await insertRows(
    sql,
    'replies',
    ['id:uuid', 'thread_id:uuid', 'path:text', 'depth:int', 'author_id:uuid', 'anonymous:boolean', 'body:text', 'body_html:text', 'created_at:timestamptz'].map(column),
    replyRows,
    new Progress('replies', replyRows.length),
    500,
  );
  await insertRows(sql, 'thread_reads', ['user_id:uuid', 'thread_id:uuid', 'last_read_at:timestamptz'].map(column), reads, new Progress('read positions', reads.length), 500);
  await insertRows(sql, 'thread_follows', ['user_id:uuid', 'thread_id:uuid'].map(column), follows, new Progress('follows', follows.length), 500);
  const blocked = rng.sample(userIds.slice(2), 2);
  for (const b of blocked) await sql(`INSERT INTO member_blocks (blocker_id, blocked_id) VALUES ($1, $2)`, [memberId, b]);
  // The search outbox filled up through the triggers: the relay is off and nothing reads it here.
  await sql(`TRUNCATE search_outbox`);
  await sql(`ANALYZE`);
  return {
    memberId,
    groupIds,
    threads: threadRows.length,
    replies: replyRows.length,
    readPositions: reads.length,
    follows: follows.length,
    hidden,
    blockedAuthors: blocked.length,
  };
}

function column(spec: string): { name: string; type: string } {
  const [name, type] = spec.split(':') as [string, string];
  return { name, type };
}
