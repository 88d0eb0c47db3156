import { createHash } from 'node:crypto';
import { CONDITIONS } from '../../apps/api/src/database/seed/catalogue/conditions.data';
import { Progress } from '../lib/progress';
import { Rng } from '../lib/rng';
import { insertRows, type Sql } from '../lib/sql';
import * as text from '../lib/text';

/** One member with a signed-in session: what a chat client needs to connect. */
export interface ChatMember {
  id: string;
  handle: string;
  /** The `kindred_session` cookie value (the database holds only its SHA-256). */
  token: string;
}

export interface SeededRoom {
  groupId: string;
  members: ChatMember[];
}

const BATCH = 100;
const MINUTE = 60_000;
/** Fixed clock: the data is the same on every run (sessions excepted: they must not have expired). */
const EPOCH = Date.UTC(2025, 2, 3, 9, 0, 0);

/** As apps/api/src/modules/auth/session.service.ts stores it: sha256 of the cookie token, hex. */
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const hex = (rng: Rng, bytes: number) => Array.from({ length: bytes }, () => rng.int(0, 255).toString(16).padStart(2, '0')).join('');

/**
 * A private group with `members` active members, each with one live session (expires in a
 * day). Plain, batched SQL; no password hashing (nobody signs in with a password here).
 */
export async function seedChatRoom(sql: Sql, opts: { seed: number; members: number }): Promise<SeededRoom> {
  const rng = new Rng(opts.seed);

  const condition = rng.pick(CONDITIONS);
  const conditionId = rng.uuid();
  await sql(
    `INSERT INTO conditions (id, slug, name, icd10_code, family, synonyms, description) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [conditionId, condition.slug, condition.name, condition.icd10, condition.family, condition.synonyms, condition.description],
  );

  const taken = new Set<string>();
  const users = Array.from({ length: opts.members }, (_, i) => {
    const h = text.handle(rng, taken);
    return [
      rng.uuid(),
      h,
      `${h}@example.org`,
      'not-a-password-hash (seeded by the chat-fanout benchmark)',
      text.bio(rng),
      new Date(EPOCH - (400 - (i % 400)) * 24 * 60 * MINUTE).toISOString(),
    ];
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

  const groupId = rng.uuid();
  await sql(
    `INSERT INTO groups (id, condition_id, slug, name, description, visibility, allow_anonymous, member_count, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, 'private', false, $6, $7, $8)`,
    [
      groupId,
      conditionId,
      `bench-chat-${groupId.slice(0, 8)}`,
      `Benchmark chat: ${condition.name}`,
      'A private group seeded by the chat-fanout benchmark.',
      users.length,
      users[0]?.[0],
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
    BATCH,
  );

  const members: ChatMember[] = users.map((u) => ({ id: u[0] as string, handle: u[1] as string, token: hex(rng, 32) }));
  const expires = new Date(Date.now() + 24 * 60 * MINUTE).toISOString();
  await insertRows(
    sql,
    'sessions',
    [
      { name: 'id', type: 'uuid' },
      { name: 'user_id', type: 'uuid' },
      { name: 'token_hash', type: 'text' },
      { name: 'user_agent', type: 'text' },
      { name: 'expires_at', type: 'timestamptz' },
    ],
    members.map((m) => [rng.uuid(), m.id, hashToken(m.token), 'kindred-bench chat-fanout', expires]),
    new Progress('sessions', members.length),
    BATCH,
  );

  await sql(`ANALYZE`);
  return { groupId, members };
}
