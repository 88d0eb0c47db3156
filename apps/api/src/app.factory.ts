import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { API_PATHS, CSRF_COOKIE, LIMITS, OPEN_DATA_PATHS, SESSION_COOKIE } from '@kindred/contracts';
import { AppModule, DatabaseTarget } from './app.module';
import { countQueriesMiddleware } from './common/database/query-counter';
import { precomputedHeaders } from './common/http/static-headers';
import { precompressedAssets } from './common/http/precompressed-assets';
import { webIndex } from './common/http/web-index';
import type { KindredRequest } from './common/graphql/context';
import type { RedisLink } from './common/redis/redis-link';
import { REDIS_LINK } from './common/redis/redis.module';
import { KindredIoAdapter } from './common/socket/io-adapter';
import { createValidationPipe } from './common/validation/validation.pipe';
import type { AppConfig } from './config/app-config';
import { SessionService } from './modules/auth/session.service';
import { LifecycleState } from './modules/health/lifecycle.state';

const errorBody = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

/** Builds the Nest application with every HTTP concern wired in; used by main.ts and the tests. */
export async function createApp(config: AppConfig, database: DatabaseTarget): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, database), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // No ETag on answers sent from memory (GraphQL is POST: a hash of every 100 KiB answer that no
  // cache uses). Static files keep theirs (express.static computes its own).
  app.set('etag', false);
  // No enableShutdownHooks(): main.ts owns SIGTERM/SIGINT and shuts down within a deadline.
  const lifecycle = app.get(LifecycleState);
  app.use((_req: Request, res: Response, next: NextFunction) => {
    // Shutting down: answer what is in progress, but have keep-alive clients reconnect elsewhere.
    if (lifecycle.draining) res.setHeader('Connection', 'close');
    next();
  });

  // gzip or brotli for anything compressible the client accepts (the web client's files, GraphQL answers).
  app.use(compression());

  // Helmet's headers are the same for every request: set from a list recorded at boot.
  const securityHeaders = helmet({
    contentSecurityPolicy: config.isProduction
      ? {
          directives: {
            defaultSrc: ["'self'"],
            imgSrc: ["'self'", 'data:'],
            styleSrc: ["'self'", "'unsafe-inline'"],
            connectSrc: ["'self'", 'ws:', 'wss:'],
          },
        }
      : false,
    crossOriginEmbedderPolicy: false,
  });
  app.use(precomputedHeaders(securityHeaders));

  // Body: JSON only, at most LIMITS.bodyBytes; errors answered as GraphQL-shaped JSON.
  const json = express.json({ limit: LIMITS.bodyBytes });
  app.use((req: Request, res: Response, next: NextFunction) => {
    json(req, res, (err?: { type?: string }) => {
      if (!err) return next();
      if (err.type === 'entity.too.large') {
        return res
          .status(413)
          .json(errorBody('PAYLOAD_TOO_LARGE', `The request body is larger than ${LIMITS.bodyBytes / 1024} KiB.`));
      }
      return res.status(400).json(errorBody('BAD_REQUEST', 'The request body is not valid JSON.'));
    });
  });
  app.use(cookieParser());
  app.use(countQueriesMiddleware(!config.isProduction));

  // CSRF: a random token in a readable SameSite=Strict cookie; mutations must echo it in a header.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!req.cookies?.[CSRF_COOKIE]) {
      res.cookie(CSRF_COOKIE, randomBytes(24).toString('base64url'), {
        httpOnly: false,
        sameSite: 'strict',
        secure: config.cookieSecure,
        path: '/',
      });
    }
    next();
  });

  // Session: resolve the cookie to a user once per API request (static files need no user).
  const sessions = app.get(SessionService);
  app.use([API_PATHS.graphql, '/account'], async (req: KindredRequest, res: Response, next: NextFunction) => {
    try {
      req.user = await sessions.resolve(req.cookies?.[SESSION_COOKIE]);
      next();
    } catch {
      res.status(503).json(errorBody('INTERNAL_ERROR', 'Kindred cannot reach its database right now.'));
    }
  });

  // The web client, built by Vite, served on the same port with a single-page fallback.
  const webDist = config.webDistDir ?? resolve(__dirname, '..', 'web');
  if (existsSync(join(webDist, 'index.html'))) {
    // Vite names the files under assets/ by their content's hash: cached for a year, never revalidated.
    const hashed = `${join(webDist, 'assets')}/`;
    // Its scripts and stylesheets compressed once by the build, at brotli's highest level.
    app.use(precompressedAssets(webDist));
    app.use(
      express.static(webDist, {
        index: false,
        maxAge: '1h',
        setHeaders: (res, path) => {
          if (path.startsWith(hashed)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        },
      }),
    );
    // The open data files are the API's; the page /open-data is the web client's.
    const reserved = [
      API_PATHS.graphql,
      API_PATHS.health,
      API_PATHS.socket,
      '/account/exports',
      OPEN_DATA_PATHS.latestCsv,
      OPEN_DATA_PATHS.latestJson,
      OPEN_DATA_PATHS.index,
      OPEN_DATA_PATHS.releases,
    ];
    const indexFor = webIndex(webDist);
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || reserved.some((p) => req.path === p || req.path.startsWith(`${p}/`))) {
        return next();
      }
      if (!req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.type('html').send(indexFor(req.path));
    });
  }

  app.useGlobalPipes(createValidationPipe());

  // Chat: Socket.IO on this same server at /socket.io, across instances through Redis when set.
  const io = new KindredIoAdapter(app, app.get<RedisLink>(REDIS_LINK));
  await io.connectRedis();
  app.useWebSocketAdapter(io);
  return app;
}
