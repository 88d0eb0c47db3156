import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import pretty from 'pino-pretty';
import { REQUEST_ID_HEADER } from '@kindred/contracts';
import type { AppConfig } from '../../config/app-config';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Nest's start-up wiring (a line per module, route and resolver): left out of readable output. */
const NEST_WIRING = /"context":"(InstanceLoader|RoutesResolver|RouterExplorer|GraphQLModule|WebSocketsController|NestFactory|NestApplication)"/;

/**
 * Readable lines for a person at a terminal: "[12:03:04] INFO: [Context] message",
 * "[12:03:05] INFO: POST /graphql 200 12 ms", without Nest's start-up wiring.
 */
function readableLines(destination?: NodeJS.WritableStream): { write(line: string): void } {
  const out = pretty({
    ...(destination ? { destination } : {}),
    sync: true,
    translateTime: 'HH:MM:ss',
    ignore: 'pid,hostname,context,req,res,responseTime,reqId',
    singleLine: true,
    messageFormat: (log, key) => {
      const req = log['req'] as { method?: string; path?: string } | undefined;
      const res = log['res'] as { statusCode?: number } | undefined;
      if (req?.method) return `${req.method} ${req.path ?? ''} ${res?.statusCode ?? ''} ${String(log['responseTime'] ?? '')} ms`;
      return `${log['context'] ? `[${String(log['context'])}] ` : ''}${String(log[key] ?? '')}`;
    },
  });
  return { write: (line: string) => void (NEST_WIRING.test(line) || out.write(line)) };
}

/**
 * Structured JSON logs (readable lines instead in development: LOG_FORMAT), one line per request, with a request id (taken from an incoming
 * x-request-id when it looks safe, otherwise generated, and echoed back). Bodies are never
 * logged, so passwords and message text cannot reach the log; cookies and auth headers
 * are redacted.
 */
export function loggerOptions(config: AppConfig, readableTo?: NodeJS.WritableStream): Params {
  const options = {
    level: config.logLevel,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const incoming = req.headers[REQUEST_ID_HEADER];
      const id = typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.token',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        // Query strings can carry search text; keep the path only.
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health/live' },
  };
  return { pinoHttp: config.logFormat === 'pretty' ? [options, readableLines(readableTo)] : options };
}
