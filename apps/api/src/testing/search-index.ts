import type { DataSource } from 'typeorm';

/** Waits until the search relay has emptied the outbox (tests run it every 50 ms). */
export async function searchIndexed(db: DataSource, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM search_outbox`);
    if (n === 0) return;
    if (Date.now() > end) throw new Error('the relay did not empty the outbox');
    await new Promise((r) => setTimeout(r, 25));
  }
}
