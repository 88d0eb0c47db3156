import type { IncomingMessage, ServerResponse } from 'node:http';

type HeaderValue = number | string | readonly string[];
type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/** The headers a middleware sets and removes for one request, recorded on a stand-in response. */
function record(middleware: Middleware): { set: [string, HeaderValue][]; removed: string[] } | null {
  const set: [string, HeaderValue][] = [];
  const removed: string[] = [];
  const res = {
    setHeader(name: string, value: HeaderValue) {
      set.push([name, value]);
      return res;
    },
    removeHeader(name: string) {
      removed.push(name);
    },
    getHeader: () => undefined,
  };
  let passed = false;
  const req = { method: 'GET', url: '/', headers: {} };
  try {
    middleware(req as unknown as IncomingMessage, res as unknown as ServerResponse, (err?: unknown) => {
      passed = err === undefined;
    });
  } catch {
    return null;
  }
  return passed ? { set, removed } : null;
}

/**
 * A header-only middleware (helmet's: eleven middlewares, one `next` each, on every request)
 * replaced by one that applies the same headers, recorded once at boot. When the middleware does
 * anything else (answers, calls next later or with an error, or sets headers that vary between
 * requests), it is returned unchanged.
 */
export function precomputedHeaders<M extends Middleware>(middleware: M): M | Middleware {
  const first = record(middleware);
  const second = record(middleware);
  if (!first || !second || JSON.stringify(first) !== JSON.stringify(second)) return middleware;
  const { set, removed } = first;
  return (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of set) res.setHeader(name, value);
    next();
  };
}
