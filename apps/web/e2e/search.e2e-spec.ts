import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../api/src/database/seed/demo.seed';
import { GqlClient } from '../../api/src/testing/gql-client';
import { expectNoAxeViolations, Kindred, screenshot, startKindred } from './support/kindred';

const SEARCH = `query($i: SearchInput!) { search(input: $i) { total hits { title } } }`;

/**
 * Search in a real browser: a member searches from the header box with a misspelling, is told
 * what was searched instead, narrows the results with a facet, opens the thread, and Back
 * brings the search (filters included) back. A private group's thread is never found by
 * someone outside the group. A query over the limit is explained with the server's message.
 * axe-core on the search page with results, with an error, and on a phone.
 *
 * The search index is fed by a relay every 250 ms, so the set-up waits until the API finds
 * what was posted (polling the API, never a fixed sleep) before the browser searches.
 */
describe('a member searches, narrows with a facet and opens the thread (browser)', () => {
  let k: Kindred;
  let page: Page;
  const stamp = Date.now().toString(36);
  // A word the index has never seen (letters only, so it is one plain word to the engine), and
  // nothing like the private group's name, which anyone may find (only its posts are private).
  const secret = `quillwort${randomBytes(6).toString('hex').replace(/[0-9]/g, (d) => 'ghijklmnop'[Number(d)]!)}`;
  const circleNumber = String(Date.now() % 1_000_000);
  const handle = `seeker_${stamp}`;
  const password = 'a long and memorable passphrase';
  const title = `Inhaler technique with a spacer ${stamp}`;
  const otherTitle = `Cold mornings and my blue inhaler ${stamp}`;
  const privateTitle = `Circle notes on ${secret} and my inhaler`;

  /** Polls the API until `done` holds (the relay indexes within a second or so). */
  async function until(what: string, check: () => Promise<boolean>, timeoutMs = 15_000) {
    const started = Date.now();
    while (!(await check())) {
      if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting until ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  const announcer = (p: Page) => p.locator('#live-announcer');
  const results = (p: Page) => p.locator('#search-results');
  const typeFilter = (p: Page) => p.getByRole('group', { name: 'Type of result' });

  /** Every result on the page is settled (not loading) and passes `test`. */
  async function waitForHits(p: Page, test: 'all-threads' | 'any') {
    await p.waitForFunction((t) => {
      if (document.querySelector('#search-results[aria-busy]')) return false;
      const badges = [...document.querySelectorAll('.search-hit .search-hit__badges .badge:first-child')].map((b) => b.textContent);
      return badges.length > 0 && (t === 'any' || badges.every((b) => b === 'Thread'));
    }, test);
  }

  beforeAll(async () => {
    k = await startKindred();

    // The member who searches: two public threads (and a reply) about inhalers.
    const member = new GqlClient(k.url);
    await member.register({ handle, password });
    const asthma = await member.ok(`{ group(slug: "living-with-asthma") { id } }`);
    await member.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { status } }`, { id: asthma.group.id });
    const start = async (c: GqlClient, groupId: string, kind: string, t: string, body: string) =>
      (
        await c.ok(`mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`, {
          i: { groupId, kind, title: t, body, tags: ['medication'], anonymous: false },
        })
      ).startThread.id as string;
    const threadId = await start(member, asthma.group.id, 'question', title, 'Does a **spacer** really help with inhaler technique?');
    await start(member, asthma.group.id, 'advice', otherTitle, 'Breathing through a scarf before the inhaler helps me.');
    await member.ok(`mutation($i: ReplyInput!) { reply(input: $i) { id } }`, {
      i: { threadId, body: 'Update: the spacer made my inhaler far easier to use.', anonymous: false },
    });

    // A private group the member is not in, and one of its members posting there.
    const mod = new GqlClient(k.url);
    await mod.ok(`mutation($i: SignInInput!) { signIn(input: $i) { id } }`, { i: { login: 'mo_moderator', password: DEMO_PASSWORD } });
    const condition = await mod.ok(`{ condition(slug: "asthma") { id } }`);
    const circle = await mod.ok(`mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`, {
      i: { conditionId: condition.condition.id, slug: `quiet-circle-${circleNumber}`, name: `Quiet circle ${circleNumber}`, description: 'Members only.', visibility: 'private', allowAnonymous: false },
    });
    const insider = new GqlClient(k.url);
    await insider.register();
    const request = await insider.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { id status } }`, { id: circle.createGroup.id });
    await mod.ok(`mutation($id: ID!) { decideJoinRequest(requestId: $id, approve: true) { status } }`, { id: request.joinGroup.id });
    await start(insider, circle.createGroup.id, 'story', privateTitle, `Only the circle should read about ${secret}.`);

    // Wait for the relay to index all of it, seen by someone allowed to see it.
    const titles = async (c: GqlClient, input: Record<string, unknown>) =>
      ((await c.ok(SEARCH, { i: input })).search.hits as { title: string }[]).map((h) => h.title);
    await until('the public threads are indexed', async () => {
      const found = await titles(member, { query: stamp, types: ['thread', 'reply'] });
      return found.includes(title) && found.includes(otherTitle) && found.length >= 3;
    });
    await until('the private thread is indexed', async () => (await titles(insider, { query: secret })).includes(privateTitle));

    const context = await k.browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.goto(`${k.url}/sign-in`);
    await page.getByLabel('Email or handle').fill(handle);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(`Signed in as ${handle}`).waitFor();
  });
  afterAll(async () => {
    await k?.close();
  });

  it('searches from the header with a misspelling and is told what was searched instead', async () => {
    await page.goto(`${k.url}/conditions`);
    await page.getByRole('heading', { name: 'Conditions', level: 1 }).waitFor();
    const box = page.getByRole('search', { name: 'Site' }).getByRole('searchbox', { name: 'Search Kindred' });
    expect(await box.getAttribute('aria-keyshortcuts')).toBe('/');
    await box.fill('inhaller');
    await box.press('Enter');
    await page.getByRole('heading', { name: 'Search', level: 1 }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('inhaller');
    expect(await page.getByRole('searchbox', { name: 'Search for' }).inputValue()).toBe('inhaller');

    const corrected = page.locator('.search-results__corrected');
    await corrected.waitFor();
    expect((await corrected.innerText()).trim()).toBe('Showing results for inhaler');
    await page.getByRole('heading', { level: 2, name: /^\d+ results?$/ }).waitFor();
    await page.getByRole('link', { name: title, exact: true }).waitFor();
    // The outcome is said once, politely: the count, the text searched for and the correction.
    await page.waitForFunction(
      () => /results? for “inhaller”\. Showing results for “inhaler”\./.test(document.getElementById('live-announcer')?.textContent ?? ''),
    );
    expect(await announcer(page).getAttribute('aria-live')).toBe('polite');
    // Matched words are highlighted in the title, as <mark> and nothing else.
    const link = page.getByRole('link', { name: title, exact: true });
    expect(await link.locator('mark').first().innerText()).toMatch(/inhaler/i);
    expect(await results(page).locator('script, img, iframe').count()).toBe(0);

    await waitForHits(page, 'any');
    await expectNoAxeViolations(page, 'search results');
    await screenshot(page, 'search');
  });

  it('narrows to threads with the type facet, opens the thread, and Back brings the search back', async () => {
    // Before narrowing there is more than threads: replies, treatments …
    const threads = typeFilter(page).getByRole('checkbox', { name: /^Threads \(\d+\)$/ });
    await threads.waitFor();
    expect(await typeFilter(page).getByRole('checkbox').count()).toBeGreaterThan(1);

    await threads.check();
    await page.waitForURL((url) => url.searchParams.getAll('type').join() === 'thread');
    await waitForHits(page, 'all-threads');
    expect(await typeFilter(page).getByRole('checkbox').count()).toBe(1);
    expect(await threads.isChecked()).toBe(true);
    await page.getByRole('link', { name: otherTitle, exact: true }).waitFor();
    await page.getByText('1 filter on.').waitFor();

    await page.getByRole('link', { name: title, exact: true }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();

    await page.goBack();
    await page.getByRole('heading', { name: 'Search', level: 1 }).waitFor();
    await waitForHits(page, 'all-threads');
    expect(await typeFilter(page).getByRole('checkbox', { name: /^Threads/ }).isChecked()).toBe(true);
    expect(await page.getByRole('searchbox', { name: 'Search for' }).inputValue()).toBe('inhaller');

    // One more step back is the search before the filter.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.getAll('type').length === 0 && url.pathname === '/search');
    await typeFilter(page).getByRole('checkbox', { name: /^Replies/ }).waitFor();
    expect(await typeFilter(page).getByRole('checkbox', { name: /^Threads/ }).isChecked()).toBe(false);
  });

  it('never finds a private group’s thread for someone outside the group', async () => {
    const field = page.getByRole('searchbox', { name: 'Search for' });
    await field.fill(secret);
    await results(page).getByText(`No results for “${secret}”.`).waitFor();
    await page.waitForFunction((s) => document.getElementById('live-announcer')?.textContent === `No results for “${s}”.`, secret);
    expect(await page.getByRole('link', { name: privateTitle }).count()).toBe(0);

    // Nor among everything about inhalers, however the results are cut. Typing it key by key
    // runs one search, and the count is said once (not on every keystroke).
    await page.evaluate(() => {
      const region = document.getElementById('live-announcer')!;
      const said: string[] = ((window as unknown as { said: string[] }).said = []);
      new MutationObserver(() => {
        if (region.textContent) said.push(region.textContent);
      }).observe(region, { childList: true, characterData: true, subtree: true });
    });
    await field.fill('');
    await field.pressSequentially('inhaler', { delay: 30 });
    await page.waitForURL((url) => url.searchParams.get('q') === 'inhaler');
    await page.getByRole('link', { name: title, exact: true }).waitFor();
    await page.waitForFunction(() => /for “inhaler”/.test(document.getElementById('live-announcer')?.textContent ?? ''));
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
    expect(said).toEqual([expect.stringMatching(/^\d+ results for “inhaler”\.$/)]);
    await page.getByLabel('Sort by').selectOption('newest');
    await page.waitForURL((url) => url.searchParams.get('sort') === 'newest');
    await waitForHits(page, 'any');
    expect(await page.getByRole('link', { name: privateTitle }).count()).toBe(0);
    expect(await page.getByText(secret).count()).toBe(0);
  });

  it('explains a query over the limit with the server’s message, and stops typing at the limit', async () => {
    await page.goto(`${k.url}/search?q=${'breathless '.repeat(28)}`);
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    await summary.getByRole('link', { name: 'Search for at most 200 characters at a time.' }).waitFor();
    const field = page.getByRole('searchbox', { name: 'Search for' });
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await page.getByText(/You have \d+ characters too many\./).waitFor();
    expect(await summary.innerText()).not.toMatch(/at \S+\.(js|ts):\d+/);
    await expectNoAxeViolations(page, 'search (query too long)');

    // Following the summary's link lands in the field; typing stops at 200 characters.
    await summary.getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    await field.fill('');
    await field.pressSequentially('x'.repeat(205));
    expect((await field.inputValue()).length).toBe(200);
    await page.getByText('You have 0 characters remaining.').waitFor();
    await summary.waitFor({ state: 'detached' });
  });

  it('pages through results with Previous and Next, and explains a date range the wrong way round', async () => {
    await page.goto(`${k.url}/search?type=condition`);
    await page.getByRole('heading', { level: 2, name: /^\d+ results$/ }).waitFor();
    const pages = page.getByRole('navigation', { name: 'Result pages' });
    await pages.getByText(/^Page 1 of \d+$/).waitFor();
    expect(await pages.getByRole('link', { name: 'Previous page' }).count()).toBe(0);
    await pages.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL((url) => url.searchParams.get('page') === '2');
    await page.getByText(/^Results 21–40 of \d+$/).waitFor();
    // The new page is announced by moving to its heading, as a new page would be.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-results-title');
    await pages.getByRole('link', { name: 'Previous page' }).waitFor();
    await page.goBack();
    await page.getByText(/^Results 1–20 of \d+$/).waitFor();

    await page.goto(`${k.url}/search?q=inhaler&from=2026-02-01&to=2026-01-01`);
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByRole('link', { name: 'The end date is before the start date.' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-to');
    expect(await page.getByLabel('To (including that day)').getAttribute('aria-invalid')).toBe('true');
  });

  it('works on a phone: "/" focuses the header box, and the filters fold away', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${k.url}/conditions`);
    await page.getByRole('heading', { name: 'Conditions', level: 1 }).waitFor();
    await page.locator('body').press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('spacer');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Search', level: 1 }).waitFor();
    await page.getByRole('link', { name: title, exact: true }).waitFor();
    await waitForHits(page, 'any');

    const toggle = page.getByRole('button', { name: 'Show filters' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await typeFilter(page).isVisible()).toBe(false);
    await toggle.click();
    await typeFilter(page).waitFor();
    expect(await page.getByRole('button', { name: 'Hide filters' }).getAttribute('aria-expanded')).toBe('true');

    const scrollsSideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(scrollsSideways).toBe(false);
    await expectNoAxeViolations(page, 'search (phone)');
    await screenshot(page, 'search-phone');
  });
});
