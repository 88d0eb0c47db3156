import { renderMarkdown } from '../../apps/api/src/common/markdown/render-markdown';
import { TAGS } from '../../apps/api/src/database/seed/catalogue/tags.data';
import { Progress } from '../lib/progress';
import { insertRows, type Sql } from '../lib/sql';
import { Rng } from '../lib/rng';
import * as text from '../lib/text';

export type { Sql } from '../lib/sql';

export interface SeededThread {
  id: string;
  replies: number;
  maxDepth: number;
  depthCounts: number[];
  helpfulMarks: number;
}

export interface Seeded {
  groupId: string;
  members: number;
  threads: SeededThread[];
  helpfulMarks: number;
}

const MINUTE = 60_000;
/** Fixed clock: the data is the same on every run. */
const EPOCH = Date.UTC(2025, 2, 3, 9, 0, 0);

/** Each level of the tree is a 6-character base-36 counter, as the API writes it. */
const segment = (n: number) => n.toString(36).padStart(6, '0');

interface ReplyRow {
  id: string;
  parentId: string | null;
  path: string;
  depth: number;
  authorId: string | null;
  anonymous: boolean;
  body: string;
  bodyHtml: string;
  helpfulCount: number;
  helpedAsker: boolean;
  deletedAt: string | null;
  createdAt: string;
}

/**
 * A public group (anonymous posting allowed) with `members` active members, and one thread
 * per entry of `sizes` with that many nested replies and helpful marks. Straight SQL, batched.
 */
export async function seedThreads(sql: Sql, opts: { seed: number; members: number; sizes: number[] }): Promise<Seeded> {
  const rng = new Rng(opts.seed);

  const [condition] = (await sql(`SELECT id, name FROM conditions ORDER BY slug LIMIT 1`)) as { id: string; name: string }[];
  if (!condition) throw new Error('the condition catalogue is empty');

  // Members.
  const taken = new Set<string>();
  const users = Array.from({ length: opts.members }, (_, i) => {
    const h = text.handle(rng, taken);
    return [
      rng.uuid(),
      h,
      `${h}@example.org`,
      '$argon2id$v=19$m=19456,t=2,p=1$YmVuY2hiZW5jaA$bm90LWEtcmVhbC1wYXNzd29yZC1oYXNo',
      text.bio(rng),
      new Date(EPOCH - (400 - i) * 24 * 60 * MINUTE).toISOString(),
    ];
  });
  const userIds = users.map((u) => u[0] as string);
  await insertRows(
    sql,
    'users',
    [
      { name: 'id', type: 'uuid' },
      { name: 'handle', type: 'text' },
      { name: 'email', type: 'text' },
      { name: 'password_hash', type: 'text' },
      { name: 'bio', type: 'text' },
      { name: 'created_at', type: 'timestamptz' },
    ],
    users,
    new Progress('members', users.length),
  );

  // The group and its memberships.
  const groupId = rng.uuid();
  await sql(
    `INSERT INTO groups (id, condition_id, slug, name, description, visibility, allow_anonymous, member_count, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, 'public', true, $6, $7, $8)`,
    [
      groupId,
      condition.id,
      `bench-${groupId.slice(0, 8)}`,
      `Benchmark: living with ${condition.name.toLowerCase()}`,
      'A public group seeded by the thread-read benchmark.',
      users.length,
      userIds[0],
      new Date(EPOCH - 420 * 24 * 60 * MINUTE).toISOString(),
    ],
  );
  await insertRows(
    sql,
    'group_memberships',
    [
      { name: 'id', type: 'uuid' },
      { name: 'group_id', type: 'uuid' },
      { name: 'user_id', type: 'uuid' },
      { name: 'role', type: 'text' },
      { name: 'status', type: 'text' },
      { name: 'joined_at', type: 'timestamptz' },
    ],
    users.map((u, i) => [rng.uuid(), groupId, u[0], i < 2 ? 'moderator' : 'member', 'active', u[5]]),
    new Progress('memberships', users.length),
  );

  // Threads, replies and helpful marks.
  const threads: SeededThread[] = [];
  let totalMarks = 0;
  for (const [t, size] of opts.sizes.entries()) {
    const threadId = rng.uuid();
    const askerId = rng.pick(userIds);
    const kind = size >= 50 ? 'question' : 'advice';
    const threadCreated = EPOCH + t * 3 * 24 * 60 * MINUTE;
    const title =
      kind === 'question'
        ? 'How do you manage fatigue at work after a new diagnosis?'
        : 'What finally helped my sleep (after years of trying)';
    const body = text.threadBody(rng);

    const replies: ReplyRow[] = [];
    let clock = threadCreated;
    for (let i = 0; i < size; i++) {
      const seq = i + 1;
      let parent: ReplyRow | null = null;
      if (i > 0 && !rng.chance(0.3)) {
        // Mostly answering the recent conversation, sometimes an older reply.
        parent = rng.chance(0.6) ? rng.pick(replies.slice(-6)) : rng.pick(replies);
      }
      clock += rng.int(1, 90) * MINUTE;
      const deleted = size >= 50 && i === Math.floor(size / 3);
      const formerMember = size >= 50 && i === Math.floor(size / 2);
      const replyBody = deleted ? '' : text.replyBody(rng);
      replies.push({
        id: rng.uuid(),
        parentId: parent?.id ?? null,
        path: parent ? `${parent.path}.${segment(seq)}` : segment(seq),
        depth: parent ? parent.depth + 1 : 0,
        authorId: formerMember ? null : rng.chance(0.1) ? askerId : rng.pick(userIds),
        anonymous: !formerMember && rng.chance(0.05),
        body: replyBody,
        bodyHtml: deleted ? '' : renderMarkdown(replyBody),
        helpfulCount: 0,
        helpedAsker: false,
        deletedAt: deleted ? new Date(clock + 5 * MINUTE).toISOString() : null,
        createdAt: new Date(clock).toISOString(),
      });
    }

    // Helpful marks: most replies have none or a few, a handful are very popular.
    const marks: [string, string, string, string][] = [];
    const mark = (targetType: 'thread' | 'reply', targetId: string, authorId: string | null, n: number, at: number) => {
      const markers = rng.sample(
        userIds.filter((u) => u !== authorId),
        n,
      );
      for (const u of markers) marks.push([u, targetType, targetId, new Date(at + rng.int(1, 600) * MINUTE).toISOString()]);
      return markers.length;
    };
    const threadHelpful = mark('thread', threadId, askerId, Math.min(15, userIds.length - 1), threadCreated);
    for (const r of replies) {
      if (r.deletedAt) continue;
      const roll = rng.next();
      const n = roll < 0.5 ? 0 : roll < 0.75 ? 1 : roll < 0.9 ? rng.int(2, 3) : rng.int(4, 12);
      r.helpfulCount = mark('reply', r.id, r.authorId, n, Date.parse(r.createdAt));
    }
    if (kind === 'question') {
      const candidates = replies.filter((r) => r.depth === 0 && !r.deletedAt && r.authorId && r.authorId !== askerId);
      for (const r of rng.sample(candidates, 3)) r.helpedAsker = true;
    }

    const depthCounts: number[] = [];
    for (const r of replies) depthCounts[r.depth] = (depthCounts[r.depth] ?? 0) + 1;
    const lastActivity = replies.length ? (replies[replies.length - 1] as ReplyRow).createdAt : new Date(threadCreated).toISOString();

    await sql(
      `INSERT INTO threads (id, group_id, author_id, anonymous, kind, title, body, body_html, tags,
                            helpful_count, reply_count, reply_seq, created_at, last_activity_at)
       VALUES ($1, $2, $3, false, $4, $5, $6, $7, $8, $9, $10, $10, $11, $12)`,
      [
        threadId,
        groupId,
        askerId,
        kind,
        title,
        body,
        renderMarkdown(body),
        rng.sample(
          TAGS.map((tag) => tag.slug),
          3,
        ),
        threadHelpful,
        replies.length,
        new Date(threadCreated).toISOString(),
        lastActivity,
      ],
    );
    await insertRows(
      sql,
      'replies',
      [
        { name: 'id', type: 'uuid' },
        { name: 'thread_id', type: 'uuid' },
        { name: 'parent_id', type: 'uuid' },
        { name: 'path', type: 'text' },
        { name: 'depth', type: 'int' },
        { name: 'author_id', type: 'uuid' },
        { name: 'anonymous', type: 'boolean' },
        { name: 'body', type: 'text' },
        { name: 'body_html', type: 'text' },
        { name: 'helpful_count', type: 'int' },
        { name: 'helped_asker', type: 'boolean' },
        { name: 'deleted_at', type: 'timestamptz' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      replies.map((r) => [
        r.id,
        threadId,
        r.parentId,
        r.path,
        r.depth,
        r.authorId,
        r.anonymous,
        r.body,
        r.bodyHtml,
        r.helpfulCount,
        r.helpedAsker,
        r.deletedAt,
        r.createdAt,
      ]),
      new Progress(`replies (thread ${t + 1})`, replies.length),
    );
    await insertRows(
      sql,
      'helpful_marks',
      [
        { name: 'user_id', type: 'uuid' },
        { name: 'target_type', type: 'text' },
        { name: 'target_id', type: 'uuid' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      marks,
      new Progress(`helpful marks (thread ${t + 1})`, marks.length),
    );
    totalMarks += marks.length;
    threads.push({
      id: threadId,
      replies: replies.length,
      maxDepth: depthCounts.length - 1,
      depthCounts: Array.from(depthCounts, (c) => c ?? 0),
      helpfulMarks: marks.length,
    });
  }

  await sql(`ANALYZE`);
  return { groupId, members: users.length, threads, helpfulMarks: totalMarks };
}
