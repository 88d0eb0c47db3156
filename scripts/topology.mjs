#!/usr/bin/env node
// The production topology on this machine, driven by real browsers:
//   PostgreSQL (the server at DATABASE_URL, a fresh database) and a private Redis, checked as CI
//   does; N API replicas (the built dist/apps/api/main.js, with docker/compose.yml's api
//   environment and replica count); nginx with docker/nginx.conf (only its upstream servers,
//   listen port, root and resolver replaced); two Chromium sessions through nginx that sign in,
//   post a thread and chat on different replicas while a replica is killed (-9) and Redis is
//   killed (-9), then both are started again. Ends with one JSON line of counts and exit code 0
//   when nothing acknowledged was lost or duplicated and both pages recovered without a reload.
//
//   npm run topology [-- --replicas=3 --no-build --keep]
//
// Needs: PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres),
// redis-server, nginx and chromium (apt-get install -y nginx chromium). No Docker engine needed.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { parse: parseYaml } = require('yaml');
const { Client } = require('pg');
const { chromium } = require('playwright-core');

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const say = (line) => process.stdout.write(`[topology] ${line}\n`);

// ---- settings shared with docker/compose.yml ---------------------------------------------------

/** `${NAME:-default}` / `${NAME:?msg}` / `${NAME}` as compose expands them (from our environment). */
function expand(value, env) {
  return String(value).replace(/\$\{([A-Z0-9_]+)(?::?([-?])([^}]*))?\}/g, (_, name, kind, rest) => {
    if (env[name] !== undefined && env[name] !== '') return env[name];
    if (kind === '-') return rest;
    return '';
  });
}

export function composeSettings(env = process.env) {
  const compose = parseYaml(readFileSync(join(root, 'docker/compose.yml'), 'utf8'));
  const api = compose.services.api;
  const redis = compose.services.redis;
  const apiEnv = {};
  for (const [k, v] of Object.entries(api.environment)) {
    // Addresses of the other services (and their secrets) are this machine's here.
    if (['DATABASE_URL', 'REDIS_URL', 'MEILI_HOST', 'MEILI_API_KEY', 'PORT'].includes(k)) continue;
    apiEnv[k] = expand(v, env);
  }
  return {
    replicas: Number(expand(api.deploy?.replicas ?? 2, env)),
    apiEnv,
    readinessPath: '/health/ready',
    redisArgs: redis.command.slice(1), // after "redis-server"
  };
}

const NGINX_ANCHORS = {
  server: /^(\s*)server api:3000 resolve( [^;]*)?;$/gm,
  listen: /^(\s*)listen 80;$/m,
  root: /^(\s*)root \/usr\/share\/nginx\/html;$/m,
  resolver: /^resolver 127\.0\.0\.11[^;]*;$/m,
};

/**
 * docker/nginx.conf for local upstreams: every `server api:3000 resolve ...;` line becomes one
 * line per replica (same parameters), `listen 80` the local port, `root` the local build, and
 * Docker's resolver goes. Anything else is the file as it is; a missing anchor is an error.
 */
export function localNginxConf(source, { ports, listen, webRoot }) {
  for (const [name, re] of Object.entries(NGINX_ANCHORS)) {
    re.lastIndex = 0;
    if (!re.test(source)) throw new Error(`docker/nginx.conf: no ${name} line to adapt (${re})`);
    re.lastIndex = 0;
  }
  return source
    .replace(NGINX_ANCHORS.server, (_, indent, params = '') => ports.map((p) => `${indent}server 127.0.0.1:${p}${params};`).join('\n'))
    .replace(NGINX_ANCHORS.listen, (_, indent) => `${indent}listen 127.0.0.1:${listen};`)
    .replace(NGINX_ANCHORS.root, (_, indent) => `${indent}root ${webRoot};`)
    .replace(NGINX_ANCHORS.resolver, '# (Docker resolver removed: local upstreams)');
}

// ---- processes --------------------------------------------------------------------------------

const children = new Set();
function run(cmd, argv, opts = {}) {
  const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  children.add(child);
  child.output = [];
  child.stdout?.on('data', (d) => child.output.push(d.toString()));
  child.stderr?.on('data', (d) => child.output.push(d.toString()));
  child.once('exit', () => children.delete(child));
  return child;
}
function cleanup() {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
}
process.on('exit', cleanup);
process.on('SIGINT', () => process.exit(130));

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function until(check, what, timeoutMs = 30_000, everyMs = 100) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

const exitedOf = (child) => new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r() : child.once('exit', r)));

// ---- the run ----------------------------------------------------------------------------------

async function main() {
  const settings = composeSettings();
  const replicas = Number(option('replicas') ?? settings.replicas);
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  for (const [bin, hint] of [['redis-server', 'apt-get install -y redis-server'], ['nginx', 'apt-get install -y nginx']]) {
    if (spawnSync('sh', ['-c', `command -v ${bin}`]).status !== 0) throw new Error(`${bin} is missing (${hint})`);
  }
  if (!existsSync(chromiumPath)) throw new Error(`Chromium is missing at ${chromiumPath} (apt-get install -y chromium, or CHROMIUM_PATH)`);

  if (!flag('no-build')) {
    say('building the API and the web client');
    execFileSync('npx', ['tsc', '-p', 'libs/contracts/tsconfig.lib.json'], { cwd: root, stdio: 'inherit' });
    spawnSync('npx', ['tsc', '-p', 'apps/api/tsconfig.app.json'], { cwd: root, stdio: 'inherit' }); // emits even with type errors elsewhere
    execFileSync('npx', ['vite', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  }
  const apiMain = join(root, 'dist/apps/api/main.js');
  const webRoot = join(root, 'dist/apps/web');
  if (!existsSync(apiMain) || !existsSync(join(webRoot, 'index.html'))) throw new Error('build first (without --no-build)');

  // PostgreSQL: as CI checks it; a database of our own, dropped at the end.
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query('SELECT 1');
  const dbName = `kindred_topology_${Date.now().toString(36)}`;
  await admin.query(`CREATE DATABASE ${dbName}`);
  const dbUrl = new URL(serverUrl);
  dbUrl.pathname = `/${dbName}`;
  say(`PostgreSQL up; database ${dbName}`);

  const work = mkdtempSync(join(tmpdir(), 'kindred-topology-'));
  let nginx;
  try {
    // Redis: our own, with compose's command line, on a free port (the shared one is never touched).
    const redisPort = await freePort();
    let redis;
    const startRedis = async () => {
      redis = run('redis-server', [...settings.redisArgs, '--port', String(redisPort), '--bind', '127.0.0.1']);
      await until(() => spawnSync('redis-cli', ['-p', String(redisPort), 'ping']).stdout?.toString().includes('PONG'), 'redis');
    };
    await startRedis();
    say(`Redis up on ${redisPort} (${settings.redisArgs.join(' ')})`);

    // API replicas, compose's environment; the first one runs the migrations.
    const ports = await Promise.all(Array.from({ length: replicas }, () => freePort()));
    const api = [];
    const startApi = async (i) => {
      const env = {
        PATH: process.env.PATH,
        ...settings.apiEnv,
        DATABASE_URL: dbUrl.toString(),
        REDIS_URL: `redis://127.0.0.1:${redisPort}`,
        HOST: '127.0.0.1',
        PORT: String(ports[i]),
        COOKIE_SECURE: 'false', // plain http on this machine
        PUBLIC_URL: 'http://127.0.0.1',
        LOG_LEVEL: 'debug',
        WEB_DIST_DIR: webRoot,
      };
      const child = run(process.execPath, [apiMain], { env, cwd: root });
      api[i] = child;
      await until(async () => {
        if (child.exitCode !== null) throw new Error(`replica ${i} exited:\n${child.output.join('').slice(-3000)}`);
        return fetch(`http://127.0.0.1:${ports[i]}${settings.readinessPath}`).then((r) => r.ok, () => false);
      }, `replica ${i}`, 90_000, 200);
    };
    await startApi(0);
    await Promise.all(ports.slice(1).map((_, i) => startApi(i + 1)));
    say(`${replicas} API replicas ready on ${ports.join(', ')}`);

    // nginx with the repository's own configuration.
    const listen = await freePort();
    const site = localNginxConf(readFileSync(join(root, 'docker/nginx.conf'), 'utf8'), { ports, listen, webRoot });
    const confFile = join(work, 'nginx.conf');
    writeFileSync(
      confFile,
      `worker_processes 1;\npid ${work}/nginx.pid;\nerror_log ${work}/error.log warn;\nevents { worker_connections 1024; }\n` +
        `http {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log ${work}/access.log;\n` +
        `  client_body_temp_path ${work}/body; proxy_temp_path ${work}/proxy; fastcgi_temp_path ${work}/fastcgi; uwsgi_temp_path ${work}/uwsgi; scgi_temp_path ${work}/scgi;\n` +
        `${site}\n}\n`,
    );
    const t = spawnSync('nginx', ['-t', '-c', confFile, '-p', work, '-e', `${work}/error.log`]);
    if (t.status !== 0) throw new Error(`nginx -t failed:\n${t.stderr}`);
    nginx = run('nginx', ['-c', confFile, '-p', work, '-e', `${work}/error.log`, '-g', 'daemon off;']);
    const site_ = `http://127.0.0.1:${listen}`;
    await until(() => fetch(`${site_}/health/ready`).then((r) => r.ok, () => false), 'nginx');
    say(`nginx up on ${site_} (docker/nginx.conf, ${ports.length} upstream servers)`);

    const counts = await drive({ site: site_, chromiumPath, api, ports, startApi, redisKill: async () => { redis.kill('SIGKILL'); await exitedOf(redis); }, startRedis, db: dbUrl.toString() });
    const ok = counts.lost === 0 && counts.duplicated === 0 && counts.recovered && counts.apiDeaths === 0;
    process.stdout.write(`${JSON.stringify(counts)}\n`);
    say(ok ? 'OK: nothing acknowledged lost or duplicated; both pages recovered without a reload' : 'FAILED');
    process.exitCode = ok ? 0 : 1;
  } finally {
    nginx?.kill('SIGQUIT');
    cleanup();
    await sleep(300);
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    if (!flag('keep')) rmSync(work, { recursive: true, force: true });
    else say(`kept ${work}`);
  }
}

// ---- the browsers -------------------------------------------------------------------------------

async function drive({ site, chromiumPath, api, ports, startApi, redisKill, startRedis, db }) {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const pg = new Client({ connectionString: db });
  await pg.connect();
  const stamp = Date.now().toString(36);
  const slug = 'living-with-type-2-diabetes';
  const password = 'a long and memorable passphrase';
  const members = [];
  try {
    for (const name of ['ana', 'ben']) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await ctx.newPage();
      const handle = `${name}_${stamp}`;
      await page.goto(`${site}/sign-up`);
      await page.getByLabel('Handle').fill(handle);
      await page.getByLabel('Email address').fill(`${handle}@example.test`);
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByRole('button', { name: /create account/i }).click();
      await page.getByText(`Signed in as ${handle}`).waitFor({ timeout: 20_000 });
      const [{ id }] = (await pg.query(`SELECT id FROM users WHERE handle = $1`, [handle])).rows;
      members.push({ name, handle, id, ctx, page, sent: [], reloads: 0 });
    }
    const [ana, ben] = members;
    say('signed up and signed in through nginx: ana, ben');

    // Both join the group (through the page), Ana posts a thread, Ben reads it.
    for (const m of members) {
      await m.page.goto(`${site}/groups/${slug}`);
      await m.page.getByRole('button', { name: 'Join group' }).click();
      await m.page.getByRole('heading', { name: 'Chat', level: 2 }).waitFor({ timeout: 20_000 });
    }
    const title = `Walking after dinner ${stamp}`;
    await ana.page.getByRole('link', { name: 'Start a thread' }).click();
    await ana.page.getByRole('radio', { name: 'Question' }).check();
    await ana.page.getByLabel('Title').fill(title);
    await ana.page.getByLabel('Message').fill('Has walking after dinner helped anyone with readings?');
    await ana.page.getByRole('button', { name: 'Post thread' }).click();
    await ana.page.getByRole('heading', { name: title, level: 1 }).waitFor({ timeout: 20_000 });
    const threadUrl = ana.page.url();
    await ben.page.goto(threadUrl);
    await ben.page.getByRole('heading', { name: title, level: 1 }).waitFor();
    const threads = (await pg.query(`SELECT count(*)::int AS n FROM threads WHERE title = $1`, [title])).rows[0].n;
    say(`thread posted by ana, read by ben (${threads} row)`);

    // The chat, each on a different replica (WebSocket connections are balanced, not sticky).
    /** The replica holding a member's latest chat connection (from its "chat connected" log line). */
    const replicaOf = (m) => {
      let found = -1;
      let latest = 0;
      api.forEach((child, i) => {
        if (!child || child.exitCode !== null || child.signalCode !== null) return;
        for (const line of child.output.join('').split('\n')) {
          if (!line.includes('"chat connected"') || !line.includes(m.id)) continue;
          const time = JSON.parse(line).time;
          if (time >= latest) [latest, found] = [time, i];
        }
      });
      return found;
    };
    const log = (p) => p.getByRole('log', { name: /^Chat messages/ });
    const status = (p) => p.locator('.chat-status').getAttribute('data-status');
    const openChat = async (m) => {
      await m.page.goto(`${site}/groups/${slug}`);
      await log(m.page).waitFor({ timeout: 20_000 });
      await until(async () => (await status(m.page)) === 'live', `${m.name}'s chat live`);
    };
    await openChat(ana);
    await openChat(ben);
    for (let tries = 0; replicaOf(ana) === replicaOf(ben) && tries < 6; tries++) {
      ben.reloads++; // setting up only: a new connection goes to the next replica
      await openChat(ben);
      await openChat(ana);
    }
    const onA = replicaOf(ana);
    const onB = replicaOf(ben);
    say(`ana's chat on replica ${onA}, ben's on replica ${onB}`);
    if (onA < 0 || onB < 0 || onA === onB) throw new Error('could not put the two members on different replicas');

    let n = 0;
    const send = async (m) => {
      const text = `${m.name} says ${++n} (${stamp})`;
      const box = m.page.getByRole('textbox', { name: 'Your message' });
      await box.fill(text);
      await box.press('Enter');
      m.sent.push(text);
    };
    const round = async () => {
      await send(ana);
      await send(ben);
      await sleep(1_100); // the per-member rate: 1 a second
    };
    for (let i = 0; i < 3; i++) await round();

    // Kill Ana's replica (-9) mid-chat: her page reconnects through nginx to another one.
    const killed = onA;
    api[killed].kill('SIGKILL');
    await exitedOf(api[killed]);
    say(`replica ${killed} killed (-9) mid-chat`);
    await until(async () => replicaOf(ana) >= 0 && replicaOf(ana) !== killed, "ana's page reconnected to another replica", 30_000, 250);
    say(`ana's chat moved to replica ${replicaOf(ana)} without a reload`);
    for (let i = 0; i < 4; i++) await round();

    // Kill Redis (-9) mid-chat: every replica keeps going; pages show "live updates delayed".
    await redisKill();
    say('Redis killed (-9) mid-chat');
    let sawDelayed = false;
    for (let i = 0; i < 4; i++) {
      await round();
      for (const m of members) if ((await m.page.locator('.chat-status').innerText()).includes('live updates delayed')) sawDelayed = true;
    }

    // Both back: Redis, then the killed replica.
    await startRedis();
    await startApi(killed);
    say(`Redis and replica ${killed} started again`);
    for (let i = 0; i < 3; i++) await round();

    // Everything acknowledged (stored) reaches both pages exactly once, without a reload.
    const all = [...ana.sent, ...ben.sent];
    await Promise.all(members.map((m) => m.page.waitForFunction(() => document.querySelectorAll('#chat-log .chat-message--pending').length === 0, null, { timeout: 60_000 })));
    const stored = (await pg.query(`SELECT body FROM chat_messages WHERE body = ANY($1)`, [all])).rows.map((r) => r.body);
    const acknowledged = new Set(stored);
    let lost = 0;
    let duplicated = stored.length - acknowledged.size;
    let shown = 0;
    await Promise.all(
      members.map((m) =>
        until(async () => {
          const bodies = await log(m.page).locator('.chat-message__body').allInnerTexts();
          return [...acknowledged].every((b) => bodies.includes(b));
        }, `every message on ${m.name}'s page`, 30_000, 250).catch(() => undefined),
      ),
    );
    for (const m of members) {
      const bodies = await log(m.page).locator('.chat-message__body').allInnerTexts();
      for (const b of acknowledged) {
        const copies = bodies.filter((x) => x === b).length;
        if (copies === 0) lost++;
        if (copies > 1) duplicated++;
        shown += copies ? 1 : 0;
      }
    }
    await until(async () => (await Promise.all(members.map((m) => status(m.page)))).every((s) => s === 'live'), 'both pages live', 20_000);
    const stillDelayed = (await Promise.all(members.map((m) => m.page.locator('.chat-status').innerText()))).some((t) => t.includes('live updates delayed'));
    const apiDeaths = api.filter((c, i) => i !== killed && (c.exitCode !== null || c.signalCode !== null)).length;
    const lastResort = api.some((c) => c.output.join('').includes('LAST-RESORT'));
    return {
      replicas: ports.length,
      threads,
      sent: all.length,
      acknowledged: acknowledged.size,
      lost,
      duplicated,
      deliveries: shown,
      sawDelayed,
      recovered: !stillDelayed, // both pages live again (waited for above), with no reload since the chat began
      setupReloads: ben.reloads,
      apiDeaths,
      lastResort,
    };
  } finally {
    await pg.end();
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    process.stderr.write(`[topology] ${e.stack ?? e}\n`);
    process.exitCode = 1;
  });
}
