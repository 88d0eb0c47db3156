import type { DataSource, EntityManager } from 'typeorm';
import { buildDocuments, CatalogueMatcher, catalogueNames, docId, DOC_TYPES, type DocType } from './search-documents';
import type { SearchEngine } from './search-engine.port';

export interface RelayBatchResult {
  /** Outbox rows taken (several rows may name one document). */
  rows: number;
  upserted: number;
  removed: number;
}

/**
 * Moves changes from the outbox to the engine. One batch is one transaction:
 *  1. take up to `batch` outbox rows, oldest first, locking them (SKIP LOCKED, so several
 *     API instances never send the same rows at once);
 *  2. build the *current* document for each named source row (none if it is gone or not
 *     searchable, which removes it);
 *  3. write them to the engine, then delete the rows and commit.
 * A crash anywhere before the commit leaves the rows where they were, and sending a batch
 * again only writes the same current documents again: replaying is harmless, so the index
 * converges once the relay and the engine are both back.
 */
export async function relayBatch(db: DataSource, engine: SearchEngine, batch: number): Promise<RelayBatchResult> {
  return db.transaction(async (tx) => {
    const rows: { id: string; doc_type: DocType; doc_id: string }[] = await tx.query(
      `SELECT id, doc_type, doc_id FROM search_outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [batch],
    );
    if (!rows.length) return { rows: 0, upserted: 0, removed: 0 };
    const result = await syncDocuments(tx, engine, rows.map((r) => ({ type: r.doc_type, id: r.doc_id })));
    await tx.query(`DELETE FROM search_outbox WHERE id = ANY($1)`, [rows.map((r) => r.id)]);
    return { rows: rows.length, ...result };
  });
}

/** Writes the current documents for these source rows to the engine, removing those that no longer have one. */
export async function syncDocuments(
  tx: EntityManager,
  engine: SearchEngine,
  refs: { type: DocType; id: string }[],
): Promise<{ upserted: number; removed: number }> {
  const byType = new Map<DocType, Set<string>>();
  for (const r of refs) {
    if (!byType.has(r.type)) byType.set(r.type, new Set());
    byType.get(r.type)!.add(r.id);
  }
  const docs = [];
  const gone: string[] = [];
  // The catalogue's names, read once for the batch (each document's `related` names).
  let catalogue: CatalogueMatcher | undefined;
  for (const type of DOC_TYPES) {
    const ids = [...(byType.get(type) ?? [])];
    if (!ids.length) continue;
    if (type !== 'condition') catalogue ??= new CatalogueMatcher(await catalogueNames(tx));
    const built = await buildDocuments(tx, type, ids, catalogue);
    const present = new Set(built.map((d) => d.sourceId));
    docs.push(...built);
    for (const id of ids) if (!present.has(id)) gone.push(docId(type, id));
  }
  await engine.upsert(docs, tx);
  await engine.remove(gone, tx);
  return { upserted: docs.length, removed: gone.length };
}

/**
 * Runs relay batches in the background: at once while batches come back full, otherwise every
 * `intervalMs`; after a failure (engine down, database gone) it waits longer each time, from
 * one interval up to 30 seconds, and tries again.
 */
export class SearchRelay {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  private failures = 0;
  private ready = false;

  constructor(
    private readonly db: DataSource,
    private readonly engine: SearchEngine,
    private readonly opts: { intervalMs: number; batch: number; onError?: (e: unknown, retryInMs: number) => void },
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => (this.running = null));
    }, ms);
    this.timer.unref?.();
  }

  private async tick(): Promise<void> {
    try {
      if (!this.ready) {
        await this.engine.setup(); // idempotent; retried here until the engine answers
        this.ready = true;
      }
      const r = await relayBatch(this.db, this.engine, this.opts.batch);
      this.failures = 0;
      this.schedule(r.rows >= this.opts.batch ? 0 : this.opts.intervalMs);
    } catch (e) {
      this.failures++;
      const wait = Math.min(30_000, this.opts.intervalMs * 2 ** Math.min(this.failures, 10));
      this.opts.onError?.(e, wait);
      this.schedule(wait);
    }
  }
}
