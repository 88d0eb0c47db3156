/**
 * Rows from `UPDATE … RETURNING` / `DELETE … RETURNING` through `DataSource.query`: the
 * PostgreSQL driver answers `[rows, affected]`, the embedded one the rows alone.
 */
export function returnedRows<T>(result: unknown): T[] {
  const r = result as unknown[];
  if (r.length === 2 && Array.isArray(r[0]) && typeof r[1] === 'number') return r[0] as T[];
  return r as T[];
}
