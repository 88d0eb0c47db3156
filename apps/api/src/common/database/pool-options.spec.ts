import type { DataSource } from 'typeorm';
import { plansEveryExecution, poolOptions } from './pool-options';

const source = (url: string, extra: Record<string, unknown>) => ({ options: { type: 'postgres', url, extra } }) as unknown as DataSource;

describe('pool options', () => {
  it('plan every execution on a PostgreSQL server, and say so', () => {
    const extra = poolOptions(10, false);
    expect(extra).toMatchObject({ max: 10, options: '-c plan_cache_mode=force_custom_plan' });
    expect(plansEveryExecution(source('postgres://db.example:5432/kindred', extra))).toBe(true);
  });

  it('leave the embedded PGlite alone: no connection options, nothing named', () => {
    const extra = poolOptions(1, true);
    expect(extra).not.toHaveProperty('options');
    expect(plansEveryExecution(source('postgres://postgres@127.0.0.1:40000/postgres', extra))).toBe(false);
  });

  it('name nothing when told not to (a pooler in transaction mode)', () => {
    const extra = poolOptions(10, false, false);
    expect(extra).not.toHaveProperty('options');
    expect(plansEveryExecution(source('postgres://db.example:5432/kindred', extra))).toBe(false);
  });

  it('name nothing when the URL brings its own options, which replace the pool’s', () => {
    const extra = poolOptions(10, false);
    expect(plansEveryExecution(source('postgres://db.example/kindred?options=-c%20search_path%3Dkindred', extra))).toBe(false);
  });
});
