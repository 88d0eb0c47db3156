import { Writable } from 'node:stream';
import pino from 'pino';
import pinoHttp, { type Options as PinoHttpOptions } from 'pino-http';
import { loadConfig } from '../../config/app-config';
import { loggerOptions } from './logger-options';

describe('request logging', () => {
  it('logs one JSON line per request with an id, and never bodies, cookies, tokens or query text', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const options = loggerOptions(loadConfig({ LOG_LEVEL: 'info' })).pinoHttp as PinoHttpOptions;
    const http = pinoHttp({ ...options, logger: pino({ level: 'info' }, sink) });
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
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!);
    expect(entry.req).toEqual({ id: 'req-42', method: 'POST', path: '/graphql' });
    expect(headers['x-request-id']).toBe('req-42');
    for (const secret of ['SECRET-TOKEN', 'CSRF-TOKEN', 'hunter2-password', 'my+secret+search', 'signIn']) {
      expect(lines[0]).not.toContain(secret);
    }
  });
});
