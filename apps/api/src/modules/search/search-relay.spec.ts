import type { DataSource } from 'typeorm';
import type { SearchEngine } from './search-engine.port';
import { SearchRelay } from './search-relay';

describe('SearchRelay setup', () => {
  it('calls setup again after it rejected, and only then sends batches', async () => {
    let setups = 0;
    const engine = {
      setup: jest.fn(async () => {
        setups++;
        if (setups === 1) throw new Error('Meilisearch did not update the settings of index kindred: invalid_settings_typo_tolerance');
      }),
      upsert: jest.fn(),
      remove: jest.fn(),
    } as unknown as SearchEngine;
    const batches: number[] = [];
    // The outbox is empty: a batch takes no rows.
    const db = {
      transaction: async (fn: (tx: unknown) => Promise<unknown>) => {
        batches.push(setups);
        return fn({ query: async () => [] });
      },
    } as unknown as DataSource;
    const errors: unknown[] = [];
    const relay = new SearchRelay(db, engine, { intervalMs: 5, batch: 10, onError: (e) => errors.push(e) });
    relay.start();
    const until = Date.now() + 2_000;
    while (batches.length < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
    await relay.stop();
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toMatch(/invalid_settings_typo_tolerance/);
    expect(setups).toBe(2);
    // No batch before setup succeeded, and setup is not repeated once it has.
    expect(batches.length).toBeGreaterThanOrEqual(2);
    expect(batches.every((s) => s === 2)).toBe(true);
  });
});
