import type { Progress } from './progress';

/** Runs one SQL statement (the app's DataSource.query, or a pg client). */
export type Sql = (sql: string, params?: unknown[]) => Promise<unknown>;

/** Inserts rows column-wise through unnest(): one statement per batch of `batch` rows. */
export async function insertRows(
  sql: Sql,
  table: string,
  columns: { name: string; type: string }[],
  rows: unknown[][],
  progress?: Progress,
  batch = 25,
): Promise<void> {
  const list = columns.map((c) => c.name).join(', ');
  const unnest = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  for (let start = 0; start < rows.length; start += batch) {
    const chunk = rows.slice(start, start + batch);
    await sql(
      `INSERT INTO ${table} (${list}) SELECT * FROM unnest(${unnest})`,
      columns.map((_, i) => chunk.map((r) => r[i])),
    );
    progress?.tick(Math.min(start + batch, rows.length));
  }
  if (rows.length === 0) progress?.tick(0);
}
