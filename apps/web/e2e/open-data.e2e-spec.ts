import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { BrowserContext, Page } from 'playwright-core';
import { CSV_COLUMNS } from '../../api/src/modules/open-data/open-data-release';
import { publishDue } from '../../api/src/modules/open-data/open-data-publisher';
import { lastClosedQuarter, versionOf } from '../../api/src/modules/open-data/quarters';
import { expectNoAxeViolations, Kindred, screenshot, startKindred } from './support/kindred';

/**
 * Open data in a real browser, on a phone: a researcher (any visitor; open data is public)
 * follows the footer link to /open-data, reads who is counted and that a withdrawal takes effect
 * from the next release, sees the releases and the data dictionary, and downloads the latest
 * release and an earlier one as CSV, which parse with the published header. The files are the
 * API's even when a browser asks for a page: the web client's page fallback leaves them alone.
 *
 * Set-up: 12 members with the research consent (and 5 without) report on salbutamol for asthma
 * in the first quarter of 2025, written straight into the database; then every quarter that has
 * ended is published, as `npm run open-data:publish` does.
 */
describe('a researcher finds and downloads open data (browser)', () => {
  let k: Kindred;
  let ctx: BrowserContext;
  let page: Page;
  const latest = versionOf(lastClosedQuarter(new Date()));

  beforeAll(async () => {
    k = await startKindred();
    const [{ id: asthma }] = await k.db.query(`SELECT id FROM conditions WHERE slug = 'asthma'`);
    const [{ id: salbutamol }] = await k.db.query(`SELECT id FROM interventions WHERE slug = 'salbutamol'`);
    for (let i = 0; i < 17; i++) {
      const handle = `r${randomUUID().slice(0, 10).replace(/-/g, '')}`;
      const [{ id }] = await k.db.query(
        `INSERT INTO users (handle, email, password_hash) VALUES ($1, $1 || '@example.test', 'x') RETURNING id`,
        [handle],
      );
      if (i < 12) await k.db.query(`INSERT INTO consents (user_id, purpose, granted) VALUES ($1, 'research', true)`, [id]);
      await k.db.query(
        `INSERT INTO experience_reports (user_id, condition_id, intervention_id, effectiveness, adherence, burden, cost_band, duration_weeks, created_at, updated_at)
         VALUES ($1, $2, $3, $4, 'mostly', 'low', 'free', 12, $5, $5)`,
        [id, asthma, salbutamol, i < 10 ? 'major' : 'slight', new Date(Date.UTC(2025, 1, 1 + i))],
      );
    }
    await publishDue(k.db);
    ctx = await k.browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
    page = await ctx.newPage();
  });
  afterAll(async () => {
    await k?.close();
  });

  async function download(name: string): Promise<string> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
    return readFileSync((await file.path())!, 'utf8');
  }

  it('follows the footer link to the open data page: who is counted, the releases, the dictionary', async () => {
    await page.goto(k.url);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Open data' }).click();
    await page.getByRole('heading', { name: 'Open data', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/open-data');
    await page.getByText('Only members who said yes to anonymised research data are counted.').waitFor();
    await page.getByText('Withdrawing your consent takes effect from the next release').waitFor();

    // The latest release with its details, then every earlier quarter, down to the first report's (2025 Q1, or earlier in the demo data).
    const [y, q] = latest.split('-q').map(Number) as [number, number];
    const newest = page.getByRole('article', { name: `${y} Q${q} Latest` });
    await newest.getByText(/SHA-256 of the CSV/).waitFor();
    const [{ n }] = await k.db.query(`SELECT count(*)::int AS n FROM open_data_releases`);
    expect(n).toBeGreaterThanOrEqual((y - 2025) * 4 + q);
    const earlier = page.getByRole('list', { name: 'Earlier releases' }).getByRole('listitem');
    expect(await earlier.count()).toBe(n - 1);
    await earlier.filter({ hasText: '2025 Q1' }).getByText('1 January 2025 to 31 March 2025').waitFor();
    await page.getByText(/The next release will cover/).waitFor();

    await page.getByRole('heading', { name: 'Data dictionary' }).waitFor();
    await page.getByRole('definition').filter({ hasText: 'A count from 1 to 7 is suppressed' }).waitFor();
    for (const column of ['release', 'condition', 'measure', 'count', 'suppressed']) {
      await page.getByRole('term').filter({ hasText: new RegExp(`^${column}$`) }).first().waitFor();
    }
    await expectNoAxeViolations(page, 'open data (phone)');
    await screenshot(page, 'open-data-phone');
  });

  it('downloads the latest release and an earlier one as CSV, which parse with the published header', async () => {
    const text = await download(`Download ${latest.replace('-q', ' Q')} as CSV`);
    const header = text.split('\r\n')[0];
    expect(header).toBe(CSV_COLUMNS.join(','));
    const rows: Record<string, string>[] = parse(text, { columns: true });
    expect(rows.every((r) => r.release === latest)).toBe(true);

    const first: Record<string, string>[] = parse(await download('Download 2025 Q1 as CSV'), { columns: true });
    const salbutamol = first.filter((r) => r.condition === 'asthma' && r.intervention === 'salbutamol');
    // 12 consenting members → 10; 10 major → 10; 2 slight hidden, and so is the smallest other shown answer.
    expect(salbutamol.find((r) => r.measure === 'members')).toMatchObject({ release: '2025-q1', period_start: '2025-01-01', period_end: '2025-03-31', count: '10', suppressed: 'false' });
    expect(salbutamol.find((r) => r.measure === 'effectiveness' && r.category === 'slight')).toMatchObject({ count: '', suppressed: 'true' });
    expect(salbutamol.find((r) => r.measure === 'effectiveness' && r.category === 'none')).toMatchObject({ count: '0', suppressed: 'false' });
  });

  it('serves the files, not the page, when a browser opens their addresses', async () => {
    const res = await page.goto(`${k.url}/open-data/latest.json`);
    expect(res!.headers()['content-type']).toMatch(/^application\/json/);
    expect(res!.headers()['cache-control']).toBe('public, max-age=300, must-revalidate');
    const json = JSON.parse(await res!.text());
    expect(json.version).toBe(latest);
    const versioned = await page.goto(`${k.url}/open-data/releases/2025-q1.json`);
    expect(versioned!.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(JSON.parse(await versioned!.text()).period).toEqual({ start: '2025-01-01', end: '2025-03-31' });
    const index = await page.goto(`${k.url}/open-data/releases.json`);
    expect(JSON.parse(await index!.text()).releases[0].version).toBe(latest);
    // The page itself is the web client's.
    await page.goto(`${k.url}/open-data`);
    await page.getByRole('heading', { name: 'Open data', level: 1 }).waitFor();
  });
});
