import { Client, type QueryResult } from 'pg';

/**
 * pg's Client, with one difference: a query called without a callback (how TypeORM calls it)
 * is given its callback when it is built, and the promise is made around that callback.
 *
 * pg's own promise form builds the query first and sets its callback afterwards. On Node 20
 * (V8 11.3), answers to queries built that way often outlived minor garbage collections: in a
 * loop of queries answering ~50 KB each, about half of everything allocated was promoted to the
 * old generation, against almost nothing with the callback given at construction. In Kindred's
 * search benchmark the promoted share fell from ~14 % to ~8 % of all allocation, and with it
 * the length of each minor GC pause and the GC threads' CPU. Results, errors and query
 * timeouts are pg's own.
 */
export class KindredPgClient extends Client {}

const pgQuery = Client.prototype.query as (this: Client, config: unknown, values?: unknown, callback?: unknown) => unknown;

// Assigned rather than declared as a method, so callers keep pg's own overloads.
KindredPgClient.prototype.query = function query(this: Client, config: unknown, values?: unknown, callback?: unknown): unknown {
  const given = typeof config === 'object' && config !== null ? (config as { submit?: unknown; callback?: unknown }) : {};
  const usesCallback =
    typeof callback === 'function' || typeof values === 'function' || typeof given.submit === 'function' || typeof given.callback === 'function';
  if (usesCallback) return pgQuery.call(this, config, values, callback);
  return new Promise<QueryResult>((resolve, reject) => {
    pgQuery.call(this, config, values, (err: Error | null, res: QueryResult) => (err ? reject(err) : resolve(res)));
  }).catch((err: Error) => {
    // As pg does: a stack that leads back to the caller rather than to the socket.
    Error.captureStackTrace(err);
    throw err;
  });
} as Client['query'];
