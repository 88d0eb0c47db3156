#!/usr/bin/env node
// `npm run dev`: the API (recompiled and restarted on change) on :3000 and the Vite dev
// server with hot reload on :4200, which proxies /graphql, /health and /socket.io to the API.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
const sh = (cmd) => spawnSync(cmd, { cwd: root, env, stdio: 'inherit', shell: true }).status ?? 1;

if (sh('npx tsc -p libs/contracts/tsconfig.lib.json') !== 0) process.exit(1);
if (sh('npx tsc -p apps/api/tsconfig.app.json') !== 0) process.exit(1);
console.log('\nAPI on http://localhost:3000, web client with hot reload on http://localhost:4200\n');
process.exit(
  sh(
    [
      'npx concurrently -k -n api-build,api,web -c gray,blue,magenta',
      '"tsc -p apps/api/tsconfig.app.json --watch --preserveWatchOutput"',
      '"node --watch-path=dist/apps/api dist/apps/api/main.js"',
      '"vite --config apps/web/vite.config.ts"',
    ].join(' '),
  ),
);
