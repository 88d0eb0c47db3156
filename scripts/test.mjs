#!/usr/bin/env node
// Runs Kindred's test tiers in one jest run and ends with one line: "N passed, N failed".
//   node scripts/test.mjs                 all tiers (unit, integration, e2e)
//   node scripts/test.mjs --tier unit     one tier (repeatable: --tier unit --tier integration)
// Integration tests use DATABASE_URL (a fresh database per test file) or PGlite when it is unset;
// e2e tests need Chromium (/usr/bin/chromium or CHROMIUM_PATH) and build the web client first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const tiers = [];
const passThrough = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--tier') tiers.push(args[++i]);
  else passThrough.push(args[i]);
}
const selected = tiers.length ? tiers : ['unit', 'integration', 'e2e'];
const env = {
  ...process.env,
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  // PGlite loads its WebAssembly through dynamic import, which jest's VM allows only with this flag.
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings=ExperimentalWarning`.trim(),
};

function run(cmd, cmdArgs) {
  const r = spawnSync(cmd, cmdArgs, { cwd: root, env, stdio: 'inherit' });
  return r.status ?? 1;
}

console.log(`Test tiers: ${selected.join(', ')}; database: ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite'}`);

if (selected.includes('e2e')) {
  console.log('Building the web client for the browser tests…');
  if (run('npx', ['vite', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn']) !== 0) {
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

if (selected.includes('integration')) {
  // The multi-instance chat test runs the built API (dist/apps/api/main.js) as real processes.
  console.log('Building the API for the multi-process tests…');
  if (run('npx', ['tsc', '-p', 'libs/contracts/tsconfig.lib.json']) !== 0 || run('npx', ['tsc', '-p', 'apps/api/tsconfig.app.json']) !== 0) {
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

mkdirSync(join(root, 'tmp'), { recursive: true });
const resultsFile = join(root, 'tmp', 'jest-results.json');
const status = run('npx', [
  'jest',
  '-c',
  'jest.config.cjs',
  '--selectProjects',
  ...selected,
  '--maxWorkers=2',
  '--forceExit',
  '--json',
  `--outputFile=${resultsFile}`,
  ...passThrough,
]);

let passed = 0;
let failed = 0;
if (existsSync(resultsFile)) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(status);
