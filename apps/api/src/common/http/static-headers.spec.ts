import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import { precomputedHeaders } from './static-headers';

/** A response that keeps its headers in a map, as node's does. */
function response() {
  const headers = new Map<string, unknown>([['x-powered-by', 'Express']]);
  const res = {
    headers,
    setHeader: (name: string, value: unknown) => headers.set(name.toLowerCase(), value),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
    getHeader: (name: string) => headers.get(name.toLowerCase()),
  };
  return res;
}

function apply(middleware: (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void) {
  const res = response();
  let nexted = 0;
  middleware({ method: 'POST', url: '/graphql', headers: {} } as unknown as IncomingMessage, res as unknown as ServerResponse, () => {
    nexted += 1;
  });
  return { headers: Object.fromEntries(res.headers), nexted };
}

describe('precomputedHeaders', () => {
  it.each([
    ['development (no CSP)', { contentSecurityPolicy: false, crossOriginEmbedderPolicy: false }],
    ['production (CSP)', { contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], connectSrc: ["'self'", 'ws:'] } }, crossOriginEmbedderPolicy: false }],
  ] as const)('sets exactly the headers helmet sets, %s', (_label, options) => {
    const original = apply(helmet(options as Parameters<typeof helmet>[0]));
    const fast = precomputedHeaders(helmet(options as Parameters<typeof helmet>[0]));
    expect(fast).not.toBe(helmet);
    expect(apply(fast)).toEqual(original);
    expect(original.nexted).toBe(1);
    expect(Object.keys(original.headers).length).toBeGreaterThan(8);
  });

  it('leaves a middleware alone when its headers vary between requests', () => {
    let n = 0;
    const varying = (_req: IncomingMessage, res: ServerResponse, next: () => void) => {
      res.setHeader('x-n', String((n += 1)));
      next();
    };
    expect(precomputedHeaders(varying)).toBe(varying);
  });

  it('leaves a middleware alone when it does not call next at once', () => {
    const later = (_req: IncomingMessage, _res: ServerResponse, next: () => void) => void setTimeout(next, 0);
    expect(precomputedHeaders(later)).toBe(later);
  });
});
