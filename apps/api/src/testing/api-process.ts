import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The built API (`npm test` builds it before the integration tier). */
export const API_MAIN = join(__dirname, '..', '..', '..', '..', 'dist', 'apps', 'api', 'main.js');
export const API_SCRIPTS = join(__dirname, '..', '..', '..', '..', 'dist', 'apps', 'api', 'scripts');

export function assertApiBuilt(): void {
  if (!existsSync(API_MAIN)) throw new Error(`Build the API first (npm test does): ${API_MAIN} is missing`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

export interface ApiProcess {
  url: string;
  proc: ChildProcess;
  output: string[];
}

/** Starts the built API as its own process on a free port and waits until it is ready. */
export async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const port = await freePort();
  const output: string[] = [];
  const proc = spawn(process.execPath, [API_MAIN], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO_DATA: 'never',
      TRUST_PROXY: 'true',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout!.on('data', (d: Buffer) => output.push(d.toString()));
  proc.stderr!.on('data', (d: Buffer) => output.push(d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`API exited during start:\n${output.join('')}`);
    const ok = await fetch(`${url}/health/ready`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`API did not become ready:\n${output.join('')}`);
    await sleep(200);
  }
  return { url, proc, output };
}

