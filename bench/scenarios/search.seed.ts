import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { TAGS } from '../../apps/api/src/database/seed/catalogue/tags.data';
import { renderMarkdown } from '../../apps/api/src/common/markdown/render-markdown';
import { hashToken } from '../../apps/api/src/modules/auth/session.service';
import type { SearchEngine } from '../../apps/api/src/modules/search/search-engine.port';
import { relayBatch } from '../../apps/api/src/modules/search/search-relay';
import { Progress } from '../lib/progress';
import { Rng } from '../lib/rng';
import * as posts from '../lib/search-text';
import { insertRows, type Sql } from '../lib/sql';
import * as text from '../lib/text';

/** A member with a live session: the `kindred_session` cookie value (the database holds its SHA-256). */
export interface SignedIn {
  id: string;
  handle: string;
  token: string;
}

export interface SeededGroup {
  id: string;
  name: string;
  conditionId: string;
  conditionSlug: string;
  visibility: 'public' | 'private';
  threads: number;
  posts: number;
}

export interface Corpus {
  threads: number;
  replies: number;
  users: number;
  memberships: number;
  groups: SeededGroup[];
  conditions: { id: string; slug: string; name: string }[];
  /** A plain member (no moderator role) of some public and some private groups. */
  searcher: SignedIn & { groupIds: string[]; privateGroupIds: string[] };
  /** A member of the searcher's first private group (index-lag posts there). */
  writer: SignedIn & { groupId: string };
}

const BATCH = 500;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Fixed clock: the data is the same on every run (sessions excepted: they must not have expired). */
const EPOCH = Date.UTC(2025, 2, 3, 9, 0, 0);
/** Posts span two years before EPOCH. */
const SPAN_DAYS = 730;

/** The conditions the groups are for (their medication vocabulary is in search-text.ts). */
const CONDITION_SLUGS = Object.keys(posts.MEDICATION_BY_CONDITION);
/** Six groups per condition; two of them private. `weight`: share of the posts. */
const FLAVOURS: { name: (c: string) => string; visibility: 'public' | 'private'; weight: number }[] = [
  { name: (c) => `Living with ${c}`, visibility: 'public', weight: 4 },
  { name: (c) => `${c}: newly diagnosed`, visibility: 'public', weight: 2 },
  { name: (c) => `${c} at work`, visibility: 'public', weight: 1.5 },
  { name: (c) => `${c}: parents and carers`, visibility: 'public', weight: 1 },
  { name: (c) => `${c}: the quiet room`, visibility: 'private', weight: 2 },
  { name: (c) => `${c}: under 30s`, visibility: 'private', weight: 1.5 },
];

/** Picks an index with probability ∝ weights[i] (cumulative weights, binary search). */
function weightedPicker(rng: Rng, weights: number[]): () => number {
  let acc = 0;
  const cdf = weights.map((w) => (acc += w));
  return () => {
    const u = rng.next() * acc;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cdf[mid] as number) <= u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const segment = (n: number) => n.toString(36).padStart(6, '0');

const THREAD_COLUMNS = [
  { name: 'id', type: 'uuid' },
  { name: 'group_id', type: 'uuid' },
  { name: 'author_id', type: 'uuid' },
  { name: 'anonymous', type: 'boolean' },
  { name: 'kind', type: 'text' },
  { name: 'title', type: 'text' },
  { name: 'body', type: 'text' },
  { name: 'body_html', type: 'text' },
  // A '{a,b}' literal per row: unnest() cannot take ragged arrays of arrays (cast back below).
  { name: 'tags', type: 'text' },
  { name: 'helpful_count', type: 'int' },
  { name: 'reply_count', type: 'int' },
  { name: 'reply_seq', type: 'int' },
  { name: 'created_at', type: 'timestamptz' },
  { name: 'last_activity_at', type: 'timestamptz' },
];
const REPLY_COLUMNS = [
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
  { name: 'created_at', type: 'timestamptz' },
];

const tagsLiteral = (tags: string[]) => `{${tags.join(',')}}`;

/** Threads through unnest(), like insertRows, with each row's tags literal cast to text[]. */
async function insertThreads(sql: Sql, rows: unknown[][]): Promise<void> {
  const names = THREAD_COLUMNS.map((c) => c.name);
  const unnest = THREAD_COLUMNS.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const select = names.map((n) => (n === 'tags' ? 'u.tags::text[]' : `u.${n}`)).join(', ');
  for (let start = 0; start < rows.length; start += BATCH) {
    const chunk = rows.slice(start, start + BATCH);
    await sql(
      `INSERT INTO threads (${names.join(', ')}) SELECT ${select} FROM unnest(${unnest}) AS u(${names.join(', ')})`,
      THREAD_COLUMNS.map((_, i) => chunk.map((r) => r[i])),
    );
  }
}

/**
 * The search benchmarks' forum: `groupsPerCondition` × 8 conditions' groups (a third of them
 * private), `users` members in one to four groups each, `threads` threads and `replies`
 * replies in them (skewed: most threads have a few replies, some have dozens), with
 * health-forum text. Plain SQL in batches of 500 rows; the search triggers fill the outbox as
 * they would for posts made through the API.
 */
export async function seedCorpus(sql: Sql, opts: { seed: number; threads: number; replies: number; users: number }): Promise<Corpus> {
  const rng = new Rng(opts.seed);

  const conditionRows = (await sql(`SELECT id, slug, name FROM conditions WHERE slug = ANY($1) ORDER BY slug`, [CONDITION_SLUGS])) as {
    id: string;
    slug: string;
    name: string;
  }[];
  if (conditionRows.length !== CONDITION_SLUGS.length) throw new Error('the condition catalogue lacks some of the benchmark’s conditions');

  // Members (no password hashing: nobody signs in with a password here).
  const taken = new Set<string>();
  const users = Array.from({ length: opts.users }, (_, i) => {
    const h = text.handle(rng, taken);
    return [rng.uuid(), h, `${h}@example.org`, 'not-a-password-hash (seeded by the search benchmark)', text.bio(rng), new Date(EPOCH - (SPAN_DAYS + 30 - (i % 700)) * DAY).toISOString()];
  });
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
    BATCH,
  );
  const userIds = users.map((u) => u[0] as string);

  // Groups: six per condition, conditions themselves skewed (the first is the busiest).
  const groups: SeededGroup[] = [];
  const groupWeights: number[] = [];
  for (const [ci, c] of conditionRows.entries()) {
    for (const [fi, f] of FLAVOURS.entries()) {
      groups.push({
        id: rng.uuid(),
        name: f.name(c.name),
        conditionId: c.id,
        conditionSlug: c.slug,
        visibility: f.visibility,
        threads: 0,
        posts: 0,
      });
      groupWeights.push(f.weight / (ci + 2) + (fi === 0 ? 0.2 : 0));
    }
  }
  const pickGroup = weightedPicker(rng, groupWeights);

  // Memberships: each member in one to four groups, busy groups drawing more members.
  const members = groups.map(() => new Set<string>());
  for (const u of userIds) for (let k = rng.int(1, 4); k > 0; k--) members[pickGroup()]?.add(u);
  for (const m of members) while (m.size < 5) m.add(rng.pick(userIds));
  // The searcher: a plain member of four private and four public groups of different conditions;
  // the writer: a member of the searcher's first private group.
  const searcherId = userIds[0] as string;
  const writerId = userIds[1] as string;
  for (const m of members) {
    m.delete(searcherId);
    m.delete(writerId);
  }
  const privateIdx = [0, 2, 4, 6].map((c) => c * FLAVOURS.length + (c % 2 === 0 ? 4 : 5));
  const publicIdx = [1, 3, 5, 7].map((c) => c * FLAVOURS.length + (c % 4));
  for (const i of [...privateIdx, ...publicIdx]) members[i]?.add(searcherId);
  members[privateIdx[0] as number]?.add(writerId);

  await insertRows(
    sql,
    'groups',
    [
      { name: 'id', type: 'uuid' },
      { name: 'condition_id', type: 'uuid' },
      { name: 'slug', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'description', type: 'text' },
      { name: 'visibility', type: 'text' },
      { name: 'allow_anonymous', type: 'boolean' },
      { name: 'member_count', type: 'int' },
      { name: 'created_at', type: 'timestamptz' },
    ],
    groups.map((g, i) => [
      g.id,
      g.conditionId,
      `bench-search-${i}`,
      g.name,
      `A ${g.visibility} peer-support group seeded by the search benchmark.`,
      g.visibility,
      g.visibility === 'private',
      members[i]?.size ?? 0,
      new Date(EPOCH - (SPAN_DAYS + 60) * DAY).toISOString(),
    ]),
    new Progress('groups', groups.length),
    BATCH,
  );
  const membershipRows: unknown[][] = [];
  for (const [i, g] of groups.entries()) {
    for (const u of members[i] ?? []) {
      membershipRows.push([rng.uuid(), g.id, u, 'member', 'active', new Date(EPOCH - (SPAN_DAYS + 20) * DAY).toISOString()]);
    }
  }
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
    membershipRows,
    new Progress('memberships', membershipRows.length),
    BATCH,
  );
  const memberLists = members.map((m) => [...m]);

  // Replies per thread: exponential weights, so a few threads draw dozens and many none.
  const threadWeights = Array.from({ length: opts.threads }, () => -Math.log(1 - rng.next() * 0.999));
  const pickThread = weightedPicker(rng, threadWeights);
  const replyCounts = new Int32Array(opts.threads);
  for (let i = 0; i < opts.replies; i++) {
    const t = pickThread();
    replyCounts[t] = (replyCounts[t] as number) + 1;
  }

  // Threads and their replies, a chunk of threads at a time (written as they are generated).
  const progress = new Progress('threads and replies', opts.threads + opts.replies);
  const tagSlugs = TAGS.map((t) => t.slug);
  let written = 0;
  const CHUNK = 500;
  for (let start = 0; start < opts.threads; start += CHUNK) {
    const threadRows: unknown[][] = [];
    const replyRows: unknown[][] = [];
    for (let t = start; t < Math.min(opts.threads, start + CHUNK); t++) {
      const gi = pickGroup();
      const g = groups[gi] as SeededGroup;
      const authors = memberLists[gi] as string[];
      const threadId = rng.uuid();
      // Spread over two years, later threads newer.
      const created = EPOCH - SPAN_DAYS * DAY + Math.floor(((t + rng.next()) / opts.threads) * SPAN_DAYS * DAY);
      const body = posts.threadPost(rng, g.conditionSlug);
      const count = replyCounts[t] as number;
      const replies: { id: string; path: string; depth: number }[] = [];
      let clock = created;
      for (let r = 0; r < count; r++) {
        const seq = r + 1;
        const parent = r > 0 && rng.chance(0.3) ? rng.pick(replies) : null;
        const id = rng.uuid();
        const reply = { id, path: parent ? `${parent.path}.${segment(seq)}` : segment(seq), depth: parent ? parent.depth + 1 : 0 };
        replies.push(reply);
        clock += rng.int(5, 600) * MINUTE;
        const replyBody = posts.replyPost(rng, g.conditionSlug);
        replyRows.push([
          id,
          threadId,
          parent?.id ?? null,
          reply.path,
          reply.depth,
          rng.pick(authors),
          g.visibility === 'private' && rng.chance(0.05),
          replyBody,
          renderMarkdown(replyBody),
          rng.chance(0.5) ? 0 : rng.int(1, 12),
          new Date(clock).toISOString(),
        ]);
      }
      threadRows.push([
        threadId,
        g.id,
        rng.pick(authors),
        g.visibility === 'private' && rng.chance(0.05),
        rng.pick(['question', 'question', 'advice', 'story'] as const),
        posts.threadTitle(rng, g.conditionSlug),
        body,
        renderMarkdown(body),
        tagsLiteral(rng.sample(tagSlugs, rng.int(1, 3))),
        rng.int(0, 25),
        count,
        count,
        new Date(created).toISOString(),
        new Date(clock).toISOString(),
      ]);
      g.threads++;
      g.posts += 1 + count;
    }
    await insertThreads(sql, threadRows);
    written += threadRows.length;
    progress.tick(written);
    for (let r = 0; r < replyRows.length; r += BATCH) {
      await insertRows(sql, 'replies', REPLY_COLUMNS, replyRows.slice(r, r + BATCH), undefined, BATCH);
      written += Math.min(BATCH, replyRows.length - r);
      progress.tick(written);
    }
  }

  // Sessions for the searcher and the writer (real tokens; they expire in a day).
  const signedIn = (id: string): SignedIn => ({
    id,
    handle: users[userIds.indexOf(id)]?.[1] as string,
    token: randomBytes(32).toString('base64url'),
  });
  const searcher = signedIn(searcherId);
  const writer = signedIn(writerId);
  const expires = new Date(Date.now() + DAY).toISOString();
  for (const s of [searcher, writer]) {
    await sql(`INSERT INTO sessions (user_id, token_hash, user_agent, expires_at) VALUES ($1, $2, $3, $4)`, [
      s.id,
      hashToken(s.token),
      'kindred-bench search',
      expires,
    ]);
  }

  return {
    threads: opts.threads,
    replies: opts.replies,
    users: users.length,
    memberships: membershipRows.length,
    groups,
    conditions: conditionRows,
    searcher: {
      ...searcher,
      groupIds: [...privateIdx, ...publicIdx].map((i) => (groups[i] as SeededGroup).id),
      privateGroupIds: privateIdx.map((i) => (groups[i] as SeededGroup).id),
    },
    writer: { ...writer, groupId: (groups[privateIdx[0] as number] as SeededGroup).id },
  };
}

/**
 * Builds the PostgreSQL engine's index from the outbox with the relay's own batch function
 * (`relayBatch`: build the documents, upsert them, delete the outbox rows, one transaction per
 * batch) until the outbox is empty, then VACUUM ANALYZE the index tables, as autovacuum would
 * have by the time a real index reached this size.
 */
export async function buildIndex(db: DataSource, engine: SearchEngine, batch = 1_000): Promise<{ documents: number; words: number }> {
  const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM search_outbox`)) as { n: number }[];
  const progress = new Progress('indexing (relay)', n);
  let done = 0;
  progress.tick(0);
  for (;;) {
    const r = await relayBatch(db, engine, batch);
    if (r.rows === 0) break;
    done += r.rows;
    progress.tick(Math.min(done, n));
  }
  if (done < n) progress.tick(n);
  await db.query(`VACUUM ANALYZE search_documents`);
  await db.query(`VACUUM ANALYZE search_words`);
  await db.query(`ANALYZE`);
  const [counts] = (await db.query(
    `SELECT (SELECT count(*)::int FROM search_documents) AS documents, (SELECT count(*)::int FROM search_words) AS words`,
  )) as { documents: number; words: number }[];
  return counts as { documents: number; words: number };
}
