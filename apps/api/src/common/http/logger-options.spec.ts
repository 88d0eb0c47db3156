import { Writable } from 'node:stream';
import pino from 'pino';
import pinoHttp, { type Options as PinoHttpOptions } from 'pino-http';
import { loadConfig } from '../../config/app-config';
import { loggerOptions } from './logger-options';

const SECRETS = ['SECRET-TOKEN', 'CSRF-TOKEN', 'hunter2-password', 'my+secret+search', 'signIn'];

/** One POST /graphql through the request logger; returns what it wrote and the response headers. */
function logOneRequest(http: (req: never, res: never) => void) {
    const req = {
      method: 'POST',
      url: '/graphql?q=my+secret+search',
      headers: { cookie: 'kindred_session=SECRET-TOKEN', 'x-csrf-token': 'CSRF-TOKEN', 'x-request-id': 'req-42' },
      body: { query: 'mutation { signIn(input: { login: "a", password: "hunter2-password" }) { id } }' },
      socket: { remoteAddress: '127.0.0.1' },
    };
    const headers: Record<string, string> = {};
    const res = Object.assign(new Writable({ write: (_c, _e, d) => d() }), {
      statusCode: 200,
      setHeader: (k: string, v: string) => (headers[k] = v),
      getHeader: (k: string) => headers[k],
      getHeaders: () => headers,
      headersSent: true,
    });
    http(req as never, res as never);
    res.emit('finish');
    return headers;
}

function sink() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, stream };
}

describe('request logging', () => {
  it('logs one JSON line per request with an id, and never bodies, cookies, tokens or query text', () => {
    const { lines, stream } = sink();
    const options = loggerOptions(loadConfig({ LOG_LEVEL: 'info', NODE_ENV: 'production', DATABASE_URL: 'postgres://x@127.0.0.1/x' })).pinoHttp as PinoHttpOptions;
    const headers = logOneRequest(pinoHttp({ ...options, logger: pino({ level: 'info' }, stream) }));
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!);
    expect(entry.req).toEqual({ id: 'req-42', method: 'POST', path: '/graphql' });
    expect(headers['x-request-id']).toBe('req-42');
    for (const secret of SECRETS) expect(lines[0]).not.toContain(secret);
  });

  it('writes readable lines in development, with the same redaction, and leaves out Nest’s start-up wiring', () => {
    const { lines, stream } = sink();
    const config = loadConfig({ LOG_LEVEL: 'info' });
    expect(config.logFormat).toBe('pretty');
    const [options, readable] = loggerOptions(config, stream).pinoHttp as [PinoHttpOptions, { write(line: string): void }];
    const logger = pino({ level: 'info' }, readable);
    logOneRequest(pinoHttp({ ...options, logger }));
    logger.info({ context: 'InstanceLoader' }, 'AppModule dependencies initialized');
    logger.info({ context: 'SearchRelay' }, 'search relay started');
    const text = lines.join('');
    expect(text).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: POST \/graphql 200 \d+ ms$/m);
    expect(text).toMatch(/INFO: \[SearchRelay\] search relay started/);
    expect(text).not.toContain('dependencies initialized');
    expect(text).not.toContain('{');
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(loadConfig({ LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(loadConfig({ NODE_ENV: 'test' }).logFormat).toBe('json');
  });
});
