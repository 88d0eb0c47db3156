import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';

/** A script or stylesheet of the web client's build (named by its content's hash). */
const ASSET_PATH = /^\/assets\/[\w.~-]+\.(js|css)$/;
const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * The web client's scripts and stylesheets as the build compressed them, for clients that accept
 * brotli: `<file>.br` beside each (apps/web/precompress.ts), brotli at its highest level, ~14 %
 * smaller than the compression middleware's (level 4, to keep per-request work small). Anything
 * else (no .br file, a client without brotli) goes on to express.static and the middleware.
 */
export function precompressedAssets(webDist: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !ASSET_PATH.test(req.path)) return next();
    res.vary('Accept-Encoding');
    if (req.acceptsEncodings('br', 'identity') !== 'br') return next();
    const file = join(webDist, `${req.path}.br`);
    if (!existsSync(file)) return next();
    res.setHeader('Content-Type', TYPES[req.path.slice(req.path.lastIndexOf('.') + 1)] as string);
    res.setHeader('Content-Encoding', 'br');
    res.sendFile(file, { maxAge: YEAR_MS, immutable: true }, (err?: Error) => {
      if (!err) return;
      if (res.headersSent) return next(err);
      res.removeHeader('Content-Encoding');
      res.removeHeader('Content-Type');
      next();
    });
  };
}
