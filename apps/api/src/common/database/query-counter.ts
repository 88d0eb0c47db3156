import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * Counts SQL statements per HTTP request, so tests and the thread-read benchmark can prove
 * that a page costs a fixed number of queries however many items it holds. Outside
 * production the count is sent back in the `x-sql-queries` header.
 */
const store = new AsyncLocalStorage<{ count: number }>();

export const SQL_COUNT_HEADER = 'x-sql-queries';

export function countQueriesMiddleware(exposeHeader: boolean) {
  return (_req: Request, res: Response, next: NextFunction) => {
    const counter = { count: 0 };
    if (exposeHeader) {
      const writeHead = res.writeHead;
      res.writeHead = function (this: Response, ...args: Parameters<Response['writeHead']>) {
        if (!res.headersSent) res.setHeader(SQL_COUNT_HEADER, String(counter.count));
        return writeHead.apply(this, args);
      } as Response['writeHead'];
    }
    store.run(counter, next);
  };
}

/** Counts one statement for the current request (statements sent without TypeORM call this themselves). */
export function countQuery(): void {
  const counter = store.getStore();
  if (counter) counter.count++;
}

/** TypeORM logger that only counts; errors still surface as exceptions. */
export class QueryCountingLogger implements TypeOrmLogger {
  logQuery(): void {
    countQuery();
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
