import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../api/src/database/seed/demo.seed';
import { GqlClient } from '../../api/src/testing/gql-client';
import { expectNoAxeViolations, Kindred, screenshot, startKindred } from './support/kindred';

const DAY = 86_400_000;

/**
 * Clinician insights in real browsers: a clinician signs up and is told they are waiting for
 * verification; an admin (the demo seed's ada_admin) verifies them; the clinician opens the
 * dashboard for asthma, reads the effectiveness table (rounded, with "fewer than 8" where a
 * count is hidden), compares two interventions and downloads the CSV. A member who has not
 * answered the consent question is asked it on the report form and finds the answer, with its
 * history, on their profile; the dashboard tells them it is for clinicians.
 *
 * The reports the dashboard counts are written straight into the test database in set-up:
 * consenting members' reports on salbutamol and montelukast for asthma, dated inside the
 * default range (the last 12 weeks). The dashboard refreshes its rollups when it is opened.
 */
describe('a verified clinician reads, compares and exports insights (browser)', () => {
  let k: Kindred;
  let clinicianCtx: BrowserContext;
  let adminCtx: BrowserContext;
  let memberCtx: BrowserContext;
  let clinician: Page;
  let admin: Page;
  let member: Page;
  const stamp = Date.now().toString(36);
  const clinicianHandle = `dr_${stamp}`;
  const memberHandle = `asthma_${stamp}`;
  const password = 'a long and memorable passphrase';

  /** `n` consenting members made straight in the database, each with one report. */
  async function consentingReports(
    conditionId: string,
    interventionId: string,
    answers: { effectiveness: string; sideEffects?: { name: string; severity: string }[] }[],
  ) {
    for (const [i, a] of answers.entries()) {
      const handle = `m${randomUUID().slice(0, 10).replace(/-/g, '')}`;
      const [{ id }] = await k.db.query(
        `INSERT INTO users (handle, email, password_hash) VALUES ($1, $1 || '@example.test', 'x') RETURNING id`,
        [handle],
      );
      await k.db.query(`INSERT INTO consents (user_id, purpose, granted) VALUES ($1, 'clinician-insights', true)`, [id]);
      // Spread over the last weeks (inside the default 12), most of them in one week.
      const at = new Date(Date.now() - (i % 3 === 0 ? (2 + (i % 5)) * 7 * DAY : 10 * DAY));
      await k.db.query(
        `INSERT INTO experience_reports (user_id, condition_id, intervention_id, effectiveness, side_effects, adherence, burden,
                                         cost_band, duration_weeks, tips, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, 'free', $8, '', $9, $9)`,
        [id, conditionId, interventionId, a.effectiveness, JSON.stringify(a.sideEffects ?? []), i % 2 ? 'mostly' : 'as_intended', i % 4 ? 'low' : 'moderate', 20 + i, at],
      );
    }
  }
  const times = <T,>(n: number, value: T): T[] => Array.from({ length: n }, () => value);

  async function signIn(page: Page, login: string, pass: string, handle = login) {
    await page.goto(`${k.url}/sign-in`);
    await page.getByLabel('Email or handle').fill(login);
    await page.getByLabel('Password').fill(pass);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(`Signed in as ${handle}`).waitFor();
  }

  const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

  beforeAll(async () => {
    k = await startKindred();
    const [{ id: asthma }] = await k.db.query(`SELECT id FROM conditions WHERE slug = 'asthma'`);
    const [{ id: salbutamol }] = await k.db.query(`SELECT id FROM interventions WHERE slug = 'salbutamol'`);
    const [{ id: montelukast }] = await k.db.query(`SELECT id FROM interventions WHERE slug = 'montelukast'`);
    const tremor = [{ name: 'Tremor', severity: 'mild' }];
    // Salbutamol: 22 members → 20; 10 major → 10; 8 slight and 4 moderate → both hidden.
    // 9 of them name a tremor → 10.
    await consentingReports(asthma, salbutamol, [
      ...times(9, { effectiveness: 'major', sideEffects: tremor }),
      { effectiveness: 'major' },
      ...times(8, { effectiveness: 'slight' }),
      ...times(4, { effectiveness: 'moderate' }),
    ]);
    // Montelukast: 12 members → 10; 9 moderate, 3 none (hidden, and so is the other shown cell).
    await consentingReports(asthma, montelukast, [...times(9, { effectiveness: 'moderate' }), ...times(3, { effectiveness: 'none' })]);

    clinicianCtx = await k.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    adminCtx = await k.browser.newContext({ viewport: { width: 1280, height: 900 } });
    memberCtx = await k.browser.newContext({ viewport: { width: 1280, height: 900 } });
    clinician = await clinicianCtx.newPage();
    admin = await adminCtx.newPage();
    member = await memberCtx.newPage();
  });
  afterAll(async () => {
    await k?.close();
  });

  it('a clinician signs up and is told the dashboard waits for verification', async () => {
    await clinician.goto(`${k.url}/sign-up`);
    await clinician.getByRole('heading', { name: 'Create your Kindred account' }).waitFor();
    await clinician.getByLabel('Handle').fill(clinicianHandle);
    await clinician.getByLabel('Email address').fill(`${clinicianHandle}@example.test`);
    await clinician.getByLabel('Password', { exact: true }).fill(password);
    await clinician.getByLabel('I am a clinician').check();
    await clinician.getByLabel('Professional registration number').fill('GMC 7654321');
    await clinician.getByLabel('Organisation').fill('Riverside Respiratory Service');
    await clinician.getByRole('button', { name: 'Create account' }).click();
    await clinician.getByText(`Signed in as ${clinicianHandle}`).waitFor();

    await nav(clinician).getByRole('link', { name: 'Insights' }).click();
    await clinician.getByRole('heading', { name: 'Clinician insights', level: 1 }).waitFor();
    await clinician.getByRole('heading', { name: 'Waiting for verification' }).waitFor();
    expect(await clinician.getByRole('button', { name: 'Show insights' }).count()).toBe(0);
    await expectNoAxeViolations(clinician, 'insights (waiting for verification)');
  });

  it('an admin verifies the clinician, and it is announced', async () => {
    // Only a confirmed address can be verified (account-security.e2e-spec.ts follows the real mail).
    await k.db.query(`UPDATE users SET email_verified_at = now() WHERE handle = $1`, [clinicianHandle]);
    await signIn(admin, 'ada_admin', DEMO_PASSWORD);
    await nav(admin).getByRole('link', { name: 'Verify clinicians' }).click();
    await admin.getByRole('heading', { name: 'Verify clinicians', level: 1 }).waitFor();
    const table = admin.getByRole('table', { name: /Clinician applications/ });
    const row = table.getByRole('row', { name: new RegExp(clinicianHandle) });
    await row.getByRole('cell', { name: 'GMC 7654321' }).waitFor();
    await row.getByRole('cell', { name: 'Riverside Respiratory Service' }).waitFor();
    await expectNoAxeViolations(admin, 'verify clinicians');
    await row.getByRole('button', { name: `Verify ${clinicianHandle}` }).click();
    await admin.locator('#live-announcer', { hasText: `${clinicianHandle} is now a verified clinician.` }).waitFor();
    await row.getByText('Verified', { exact: true }).waitFor();
    // Reloaded, the list holds only those still waiting.
    await admin.reload();
    await table.waitFor();
    expect(await table.getByRole('row', { name: new RegExp(clinicianHandle) }).count()).toBe(0);
  });

  it('the verified clinician picks asthma and reads rounded numbers, with small ones hidden', async () => {
    await clinician.goto(`${k.url}/insights`);
    await clinician.getByRole('heading', { name: 'Clinician insights', level: 1 }).waitFor();
    // Nothing chosen, and the period the wrong way round: both explained in the error summary.
    await clinician.getByLabel('First day').fill('2026-05-24');
    await clinician.getByLabel('Last day').fill('2026-03-02');
    await clinician.getByRole('button', { name: 'Show insights' }).click();
    const problems = clinician.getByRole('alert').filter({ hasText: 'There is a problem' });
    await problems.getByRole('link', { name: 'Choose a condition.' }).waitFor();
    await problems.getByRole('link', { name: 'The last day must be the same as or after the first day.' }).waitFor();
    expect(await clinician.getByLabel('Last day').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(clinician, 'insights (with errors)');

    await clinician.reload();
    await clinician.getByLabel('Condition', { exact: true }).selectOption({ label: 'Asthma' });
    await clinician.getByRole('button', { name: 'Show insights' }).click();
    await clinician.getByRole('heading', { name: /^Asthma: 12 whole weeks, / }).waitFor();
    await clinician.getByText('Counts from 1 to 7 are shown as “fewer than 8”; others are rounded to the nearest 5.').waitFor();

    const card = clinician.getByRole('article', { name: /^Salbutamol/ });
    await card.getByRole('definition').filter({ hasText: /^20$/ }).waitFor();
    const effect = card.getByRole('table', { name: 'How much Salbutamol helped' });
    const cells = async (name: string) => effect.getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell').allInnerTexts();
    expect(await cells('Major improvement')).toEqual(['10', '50%']);
    expect((await cells('Moderate'))[0]).toBe('fewer than 8');
    expect((await cells('Slight'))[0]).toBe('fewer than 8');
    expect((await cells('No effect'))[0]).toBe('0');
    const side = card.getByRole('table', { name: 'Side effects of Salbutamol' });
    expect((await side.getByRole('row', { name: /^tremor/ }).getByRole('cell').allInnerTexts()).slice(0, 2)).toEqual(['10', '50%']);
    // The charts are drawn for sighted readers only; their tables carry the numbers.
    expect(await card.locator('.insight-chart__plot[aria-hidden="true"] svg').count()).toBeGreaterThanOrEqual(2);
    await card.getByText(/Hatched bar: fewer than 8/).first().waitFor();
    await clinician.getByRole('table', { name: 'Activity each week' }).waitFor();
    await clinician.getByRole('table', { name: /^Reporting members: this period against/ }).getByRole('row', { name: /^Salbutamol/ }).waitFor();

    await expectNoAxeViolations(clinician, 'insights dashboard');
    // The period, the rules and the first intervention's charts.
    await clinician.locator('.insights-period').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(clinician, 'insights');
  });

  it('compares salbutamol with montelukast side by side', async () => {
    const compare = clinician.locator('#insights-compare');
    await compare.getByLabel('First').selectOption({ label: 'Salbutamol' });
    await compare.getByLabel('Second').selectOption({ label: 'Salbutamol' });
    await compare.getByRole('button', { name: 'Compare' }).click();
    await compare.getByRole('alert').filter({ hasText: 'Choose two different treatments or approaches to compare.' }).waitFor();

    await compare.getByLabel('Second').selectOption({ label: 'Montelukast' });
    await compare.getByRole('button', { name: 'Compare' }).click();
    await compare.getByRole('heading', { name: 'Salbutamol compared with Montelukast' }).waitFor();
    const helped = compare.getByRole('table', { name: 'How much it helped: Salbutamol and Montelukast' });
    const row = async (name: string) => helped.getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell').allInnerTexts();
    expect(await row('Major improvement')).toEqual(['10 (50%)', '0 (0%)']);
    expect((await row('Moderate'))[1]).toMatch(/^fewer than 8/);
    const glance = compare.getByRole('table', { name: /^At a glance/ });
    expect(await glance.getByRole('row', { name: /^Reporting members/ }).getByRole('cell').allInnerTexts()).toEqual(['20', '10']);
    await glance.getByRole('row', { name: /^Median time using it/ }).waitFor();
    await compare.getByRole('table', { name: /^Sticking to it|How closely members could stick to it/ }).waitFor();
    await compare.getByRole('table', { name: /effort or hassle/ }).waitFor();
    await expectNoAxeViolations(clinician, 'insights compare');
  });

  it('exports the dashboard as a CSV file', async () => {
    const [download] = await Promise.all([
      clinician.waitForEvent('download'),
      clinician.getByRole('button', { name: 'Download as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kindred-insights-asthma-\d{4}-\d\d-\d\d-\d{4}-\d\d-\d\d\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    const [first] = text.split('\n');
    expect(first!.startsWith('# Kindred clinician insights')).toBe(true);
    expect(text).toContain('"intervention","Salbutamol","effectiveness","Moderate","fewer than 8",""');
  });

  it('fits a phone screen without scrolling sideways', async () => {
    await clinician.setViewportSize({ width: 375, height: 800 });
    await clinician.getByRole('table', { name: 'How much Salbutamol helped' }).waitFor();
    // The charts follow their container's width (a ResizeObserver): wait for them to settle.
    await clinician
      .waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, undefined, { timeout: 5_000 })
      .catch(() => undefined);
    const scrollsSideways = await clinician.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(scrollsSideways).toBe(false);
    await expectNoAxeViolations(clinician, 'insights (phone)');
    await clinician.setViewportSize({ width: 1280, height: 900 });
  });

  it('a member is asked for consent on the report form and finds the answer on their profile', async () => {
    const api = new GqlClient(k.url);
    await api.register({ handle: memberHandle, password });
    await signIn(member, memberHandle, password);
    expect(await nav(member).getByRole('link', { name: 'Insights' }).count()).toBe(0);
    await member.goto(`${k.url}/insights`);
    await member.getByRole('heading', { name: 'This page is for clinicians' }).waitFor();

    await member.goto(`${k.url}/conditions/asthma/report?intervention=salbutamol`);
    await member.getByRole('heading', { name: 'Share what works for you', level: 1 }).waitFor();
    const question = member.getByRole('group', { name: /^May this report count, without your name, in anonymised summaries for verified clinicians\?/ });
    await question.waitFor();
    await member.getByRole('radio', { name: 'Major' }).check();
    await member.getByLabel('How closely could you stick to it?').selectOption('mostly');
    await member.getByLabel('How much effort or hassle is it?').selectOption('low');
    await member.getByLabel('What does it cost you each month?').selectOption('free');
    await member.getByLabel('How long have you used it?').fill('30');
    await question.getByRole('radio', { name: 'Yes' }).check();
    await expectNoAxeViolations(member, 'report form with the consent question');
    await member.getByRole('button', { name: 'Save report' }).click();
    await member.getByText('Thank you — your report has been saved.').waitFor();

    await member.goto(`${k.url}/me`);
    const privacy = member.getByRole('region', { name: 'Privacy and consent' });
    await privacy.waitFor();
    const insights = privacy.getByRole('checkbox', { name: 'Count my reports in anonymised summaries for verified clinicians' });
    expect(await insights.isChecked()).toBe(true);
    expect(await privacy.getByRole('checkbox', { name: 'Count my reports in anonymised research data' }).isChecked()).toBe(false);
    await privacy.getByText(/^Last changed /).waitFor();
    await privacy.getByRole('listitem').filter({ hasText: 'Said yes to anonymised summaries for verified clinicians' }).waitFor();

    // Changing one's mind is kept in the history too.
    await insights.uncheck();
    await privacy.getByRole('button', { name: 'Save consent choices' }).click();
    await privacy.getByText('Your choices have been saved.').waitFor();
    await privacy.getByRole('listitem').filter({ hasText: 'Said no to anonymised summaries for verified clinicians' }).waitFor();
    expect(await privacy.getByRole('checkbox', { name: 'Count my reports in anonymised summaries for verified clinicians' }).isChecked()).toBe(false);
    await expectNoAxeViolations(member, 'profile with privacy and consent');

    // Answered once, the report form no longer asks.
    await member.goto(`${k.url}/conditions/asthma/report?intervention=montelukast`);
    await member.getByRole('heading', { name: 'Share what works for you', level: 1 }).waitFor();
    expect(await member.getByRole('group', { name: /^May this report count/ }).count()).toBe(0);
  });
});
