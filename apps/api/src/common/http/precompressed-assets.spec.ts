import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import express from 'express';
import { precompressedAssets } from './precompressed-assets';

describe('precompressedAssets', () => {
  const dist = mkdtempSync(join(tmpdir(), 'kindred-web-'));
  const script = 'console.log("kindred");'.repeat(50);
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'assets', 'app-abc.js'), script);
    writeFileSync(join(dist, 'assets', 'app-abc.js.br'), brotliCompressSync(script));
    writeFileSync(join(dist, 'assets', 'plain-abc.css'), 'body{}');
    const app = express();
    app.use(precompressedAssets(dist));
    app.use(express.static(dist));
    server = app.listen(0, '127.0.0.1');
    await new Promise((ok) => server.once('listening', ok));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((ok) => server.close(ok));
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends the build’s brotli file to a client that accepts brotli, as the script it is', async () => {
    const res = await fetch(`${origin}/assets/app-abc.js`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(await res.text()).toBe(script);
  });

  it('leaves the file as it is to a client without brotli, and a file without a .br to the rest', async () => {
    const gzipOnly = await fetch(`${origin}/assets/app-abc.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzipOnly.headers.get('content-encoding')).toBeNull();
    expect(await gzipOnly.text()).toBe(script);
    const noBr = await fetch(`${origin}/assets/plain-abc.css`, { headers: { 'accept-encoding': 'br' } });
    expect(noBr.headers.get('content-encoding')).toBeNull();
    expect(await noBr.text()).toBe('body{}');
    const refused = await fetch(`${origin}/assets/app-abc.js`, { headers: { 'accept-encoding': 'br;q=0, gzip' } });
    expect(refused.headers.get('content-encoding')).toBeNull();
  });
});
