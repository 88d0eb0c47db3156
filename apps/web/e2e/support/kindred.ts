import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../../api/src/config/app-config';
import { startServer, type RunningServer } from '../../../api/src/server';
import { createTestDatabase, type TestDatabase } from '../../../api/src/testing/test-database';

export const ROOT = resolve(__dirname, '../../../..');
export const WEB_DIST = join(ROOT, 'dist/apps/web');
export const SCREENSHOTS = join(ROOT, 'docs/screenshots');

export interface Kindred {
  url: string;
  browser: Browser;
  /** The server's own database connection, for test set-up (works with PGlite too). */
  db: DataSource;
  close(): Promise<void>;
}

/**
 * Starts the real server (API + built web client on one port) on a fresh database with the
 * catalogue and demo data, and a headless Chromium (Debian's package, never a downloaded one).
 * `env` adds to the server's environment (e.g. SMTP_URL for an in-process mail server).
 */
export async function startKindred(env: Record<string, string> = {}): Promise<Kindred> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(`The web client is not built (${WEB_DIST}); run npm test, which builds it first.`);
  }
  const database: TestDatabase = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    DB_POOL_SIZE: String(database.poolSize),
    // The embedded PGlite is reached here through its socket, as a server would be, but it takes one
    // connection and keeps one session: nothing may open a second pool or name a statement on it.
    ...(database.embedded ? { DB_NAMED_STATEMENTS: 'false' } : {}),
    SEED_DEMO_DATA: 'always',
    // The small fixture: quick to write for every test file, and its numbers are what the tests read.
    SEED_DEMO_SIZE: 'small',
    WEB_DIST_DIR: WEB_DIST,
    ...env,
  });
  let server: RunningServer;
  try {
    server = await startServer(config);
  } catch (e) {
    await database.drop();
    throw e;
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    url: server.url.replace('localhost', '127.0.0.1'),
    browser,
    db: server.app.get<DataSource>(getDataSourceToken()),
    async close() {
      await browser.close();
      await server.close();
      await database.drop();
    },
  };
}

/** A phone's screen (an iPhone 12–15): every page the browser tests visit is checked at this width. */
export const PHONE = { width: 390, height: 844 } as const;

/**
 * Fails when the page scrolls sideways at phone width. A wider page is narrowed to PHONE for the
 * check and given its size back after (its content reflows; nothing else changes).
 */
export async function expectFitsPhone(page: Page, label: string): Promise<void> {
  const size = page.viewportSize();
  const resize = !!size && size.width > PHONE.width;
  if (resize) await page.setViewportSize({ width: PHONE.width, height: size.height });
  try {
    const overflow = await page.evaluate(
      () =>
        new Promise<{ scrollWidth: number; width: number; widest: string }>((done) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const width = window.innerWidth;
              let widest = '';
              for (const el of Array.from(document.body.querySelectorAll('*'))) {
                const r = el.getBoundingClientRect();
                if (r.right > width + 1 && getComputedStyle(el).position !== 'fixed') {
                  widest = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`;
                  break;
                }
              }
              done({ scrollWidth: document.documentElement.scrollWidth, width, widest });
            }),
          ),
        ),
    );
    if (overflow.scrollWidth > overflow.width) {
      throw new Error(`${label} scrolls sideways at ${PHONE.width} px: ${overflow.scrollWidth} px wide (first too wide: ${overflow.widest})`);
    }
  } finally {
    if (resize && size) await page.setViewportSize(size);
  }
}

/**
 * Runs axe-core on the page and fails with a readable list if anything is found; then checks the
 * page fits a phone's width (expectFitsPhone), so every page the tests visit is checked at both.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  await expectAxeClean(page, label);
  await expectFitsPhone(page, label);
}

async function expectAxeClean(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  if (summary.length) throw new Error(`axe found ${summary.length} violation(s) on ${label}:\n  ${summary.join('\n  ')}`);
}

/** Saves a screenshot for the README (docs/screenshots/<name>.png). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}
