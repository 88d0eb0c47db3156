import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import type { EntityManager } from 'typeorm';

/** What a key identifies: one kind of created thing (a key may be reused across kinds). */
export type IdempotentScope = 'thread' | 'reply' | 'experience_report';

/** A client-generated key: a UUID, or any 8–100 letters, digits, `-` and `_`. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;

/**
 * The optional `idempotencyKey` field of a create input: the client generates one per form
 * submission and sends the same one with every retry of it.
 */
export function IdempotencyKeyField(): PropertyDecorator {
  return applyDecorators(
    Field(() => String, {
      nullable: true,
      description:
        'Client-generated key, one per submission (a UUID). A retry with the same key returns what the first attempt stored instead of storing it again.',
    }),
    IsOptional(),
    Matches(IDEMPOTENCY_KEY_PATTERN, { context: { code: 'INVALID_VALUE' }, message: 'The idempotency key must be 8–100 letters, digits, - or _.' }),
  );
}

/**
 * Claims (user, scope, key) inside the creating transaction, before anything is created.
 *
 * - Returns null when the key is new (or absent): create, then `recordIdempotentResult` in the
 *   same transaction. If the transaction rolls back, the claim goes with it.
 * - Returns the id stored by an earlier attempt: return that, create nothing.
 *
 * Concurrent attempts with the same key meet on the primary key of `idempotency_keys`
 * (user_id, scope, key): the second INSERT waits for the first transaction, then finds its row
 * (committed: its id is returned; rolled back: the second claims the key itself). So however the
 * retries interleave, one row is created.
 */
export async function claimIdempotencyKey(
  tx: EntityManager,
  userId: string,
  scope: IdempotentScope,
  key: string | null | undefined,
): Promise<string | null> {
  if (!key) return null;
  const claimed: unknown[] = await tx.query(
    `INSERT INTO idempotency_keys (user_id, scope, key) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
    [userId, scope, key],
  );
  if (claimed.length) return null;
  const [row] = (await tx.query(`SELECT result_id FROM idempotency_keys WHERE user_id = $1 AND scope = $2 AND key = $3`, [
    userId,
    scope,
    key,
  ])) as { result_id: string | null }[];
  if (!row?.result_id) throw new Error(`idempotency key ${scope}/${key} claimed without a result`);
  return row.result_id;
}

/** Records what the claimed key created (same transaction as the claim and the creation). */
export async function recordIdempotentResult(
  tx: EntityManager,
  userId: string,
  scope: IdempotentScope,
  key: string | null | undefined,
  resultId: string,
): Promise<void> {
  if (!key) return;
  await tx.query(`UPDATE idempotency_keys SET result_id = $4 WHERE user_id = $1 AND scope = $2 AND key = $3`, [
    userId,
    scope,
    key,
    resultId,
  ]);
}

/**
 * What an earlier attempt with this key stored, if it committed (read before any checks, so a
 * retry of a submission that succeeded returns its result even if, say, the thread was locked
 * since). The claim in the transaction still decides under concurrency.
 */
export async function storedIdempotentResult(
  db: Pick<EntityManager, 'query'>,
  userId: string,
  scope: IdempotentScope,
  key: string | null | undefined,
): Promise<string | null> {
  if (!key) return null;
  const [row] = (await db.query(`SELECT result_id FROM idempotency_keys WHERE user_id = $1 AND scope = $2 AND key = $3`, [
    userId,
    scope,
    key,
  ])) as { result_id: string | null }[];
  return row?.result_id ?? null;
}
