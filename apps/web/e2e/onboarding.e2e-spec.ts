import type { BrowserContext, Page } from 'playwright-core';
import { GqlClient } from '../../api/src/testing/gql-client';
import { expectNoAxeViolations, Kindred, PHONE, screenshot, startKindred } from './support/kindred';

/**
 * A new member's first minutes, on a phone: sign up, choose two conditions (one they live with,
 * one they care for), join a suggested group with one click, and see the prompt to say hello.
 * Every page is scanned with axe-core and checked at phone width.
 */
describe('a new member signs up and onboards (browser)', () => {
  let k: Kindred;
  let phone: BrowserContext;
  let page: Page;
  const handle = `onb_${Date.now().toString(36)}`;
  const password = 'a long and memorable passphrase';

  beforeAll(async () => {
    k = await startKindred();
    phone = await k.browser.newContext({ viewport: PHONE });
    page = await phone.newPage();
  });
  afterAll(async () => {
    await k?.close();
  });

  it('signs up and lands on the first step', async () => {
    await page.goto(`${k.url}/sign-up`);
    await page.getByRole('heading', { name: 'Create your Kindred account' }).waitFor();
    await page.getByLabel('Handle').fill(handle);
    await page.getByLabel('Email address').fill(`${handle}@example.test`);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Which conditions matter to you?', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/welcome');
    const steps = page.getByRole('navigation', { name: 'Getting started' });
    expect(await steps.locator('[aria-current="step"]').innerText()).toMatch(/Your conditions/);
    await page.getByText('Only you can see these.', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'onboarding: conditions');
  });

  it('chooses a condition they live with and one they care for', async () => {
    const filter = page.getByLabel('Find a condition');
    await filter.fill('sugar');
    await page.getByRole('status').filter({ hasText: '1 match' }).waitFor();
    await page.getByRole('checkbox', { name: 'Type 2 diabetes' }).check();
    // Living with it is the first answer; it can be changed.
    expect(await page.getByRole('radio', { name: 'I live with it' }).isChecked()).toBe(true);
    await filter.fill('parkinson');
    await page.getByRole('checkbox', { name: "Parkinson's disease" }).check();
    await page.getByRole('group', { name: /Parkinson's disease/ }).getByRole('radio', { name: 'I care for someone who has it' }).check();
    await page.getByRole('status').filter({ hasText: '2 conditions chosen' }).waitFor();
    await expectNoAxeViolations(page, 'onboarding: conditions chosen');
    await screenshot(page, 'onboarding-conditions-phone');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('heading', { name: 'Groups for you', level: 1 }).waitFor();
  });

  it('sees the carers’ group first, and joins a suggested group with one click', async () => {
    const list = page.getByRole('list', { name: 'Suggested groups' });
    await list.waitFor();
    // In the member's order; for the condition they care for, its carers' group before the rest.
    const names = await list.getByRole('heading').allInnerTexts();
    expect(names[0]).toBe('Living with type 2 diabetes');
    expect(names.indexOf("Carers of people with Parkinson's")).toBeGreaterThan(0);
    expect(names.indexOf("Carers of people with Parkinson's")).toBeLessThan(names.indexOf("Living with Parkinson's"));
    const carers = list.getByRole('listitem').filter({ has: page.getByRole('heading', { name: "Carers of people with Parkinson's" }) });
    await carers.getByText('For carers').waitFor();
    await carers.getByText("For you as a carer: Parkinson's disease").waitFor();
    await carers.getByRole('button', { name: /^Ask to join/ }).waitFor();
    await expectNoAxeViolations(page, 'onboarding: suggested groups');

    await list.getByRole('button', { name: 'Join Living with type 2 diabetes' }).click();
    const card = list.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Living with type 2 diabetes' }) });
    await card.getByText('You’re a member').waitFor();
    await page.locator('#live-announcer', { hasText: 'You joined Living with type 2 diabetes.' }).waitFor();
    await expectNoAxeViolations(page, 'onboarding: joined a group');
    await screenshot(page, 'onboarding-groups-phone');
    const [{ n }] = await k.db.query(
      `SELECT count(*)::int AS n FROM group_memberships m JOIN users u ON u.id = m.user_id JOIN groups g ON g.id = m.group_id
        WHERE u.handle = $1 AND g.slug = 'living-with-type-2-diabetes' AND m.status = 'active'`,
      [handle],
    );
    expect(n).toBe(1);
  });

  it('is prompted to introduce themselves, and can skip to home', async () => {
    await page.getByRole('link', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Say hello', level: 1 }).waitFor();
    const intro = page.getByRole('link', { name: 'Introduce yourself in Living with type 2 diabetes' });
    await intro.waitFor();
    expect(await intro.getAttribute('href')).toBe('/groups/living-with-type-2-diabetes/new');
    await expectNoAxeViolations(page, 'onboarding: say hello');
    await page.getByRole('link', { name: 'Go to your home page' }).click();
    await page.waitForURL(`${k.url}/`);
  });

  it('sees another member’s new thread on home with its unread count, reads it, and a second device shows it read', async () => {
    // Another member of the group starts a thread after this member joined.
    const other = new GqlClient(k.url);
    await other.register();
    const [{ id: groupId }] = await k.db.query(`SELECT id FROM groups WHERE slug = 'living-with-type-2-diabetes'`);
    await other.ok(`mutation($g: ID!) { joinGroup(groupId: $g) { id } }`, { g: groupId });
    const title = `Hello from a fellow walker ${Date.now().toString(36)}`;
    await other.ok(`mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`, {
      i: { groupId, kind: 'story', title, body: 'Welcome to everyone who joined this week!', tags: [], anonymous: false },
    });

    await page.goto(`${k.url}/`);
    const groups = page.getByRole('region', { name: 'Your groups' });
    const row = groups.getByRole('listitem').filter({ hasText: 'Living with type 2 diabetes' });
    await row.getByText('1 unread').waitFor();
    const latest = page.getByRole('list', { name: 'Latest threads in your groups' });
    const item = latest.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
    await item.getByText('New thread').waitFor();
    await expectNoAxeViolations(page, 'home with an unread thread');
    await screenshot(page, 'home-unread-phone');

    await item.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await expectNoAxeViolations(page, 'the new thread');
    await page.goto(`${k.url}/`);
    await row.getByText('All read').waitFor();

    // A second device: the same member signs in on a laptop; the thread is read there too.
    const laptop = await k.browser.newContext({ viewport: { width: 1280, height: 860 } });
    const second = await laptop.newPage();
    await second.goto(`${k.url}/sign-in`);
    await second.getByLabel('Email or handle').fill(handle);
    await second.getByLabel('Password').fill(password);
    await second.getByRole('button', { name: 'Sign in' }).click();
    await second.getByText(`Signed in as ${handle}`).waitFor();
    await second.goto(`${k.url}/`);
    const secondRow = second.getByRole('region', { name: 'Your groups' }).getByRole('listitem').filter({ hasText: 'Living with type 2 diabetes' });
    await secondRow.getByText('All read').waitFor();
    expect(await secondRow.getByText(/unread/).count()).toBe(0);
    const secondItem = second.getByRole('list', { name: 'Latest threads in your groups' }).getByRole('listitem').filter({ has: second.getByRole('link', { name: title }) });
    await secondItem.waitFor();
    expect(await secondItem.getByText('New thread').count()).toBe(0);
    await expectNoAxeViolations(second, 'home on a second device');
    await laptop.close();
  });

  it('keeps the conditions private and editable from the profile', async () => {
    await page.goto(`${k.url}/me`);
    const mine = page.getByRole('region', { name: 'Your conditions' });
    await mine.getByText('Type 2 diabetes').waitFor();
    await mine.getByText("Parkinson's disease (you care for someone with it)").waitFor();
    await expectNoAxeViolations(page, 'profile with conditions');
    await mine.getByRole('link', { name: 'Change your conditions' }).click();
    await page.getByRole('heading', { name: 'Which conditions matter to you?', level: 1 }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Type 2 diabetes' }).isChecked()).toBe(true);
    // No one else can read them: another member's view of this member has no such field.
    const other = new GqlClient(k.url);
    await other.register();
    const seen = await other.gql(`{ member(handle: "${handle}") { handle conditions { id } } }`);
    expect(seen.errors?.[0]?.message).toMatch(/Cannot query field "conditions"/);
  });

  it('is installable on a phone: a manifest with icons and theme colours', async () => {
    await page.goto(`${k.url}/`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('/manifest.webmanifest');
    const res = await page.request.get(`${k.url}${href}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/application\/manifest\+json/);
    const manifest = (await res.json()) as { short_name: string; display: string; start_url: string; theme_color: string; background_color: string; icons: { src: string; sizes: string; purpose: string }[] };
    expect(manifest).toMatchObject({ short_name: 'Kindred', display: 'standalone', start_url: '/', theme_color: '#0b6e69', background_color: '#faf7f2' });
    expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe(manifest.theme_color);
    for (const icon of manifest.icons.filter((i) => i.src.endsWith('.png'))) {
      const png = await (await page.request.get(`${k.url}${icon.src}`)).body();
      // PNG signature, then the IHDR chunk's width and height.
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
    }
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    // Chromium's own verdict: nothing about the site stops "Add to home screen" (a test browser's
    // contexts are private windows, which Chromium never installs from: that one reason is expected).
    const cdp = await phone.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    await cdp.detach();
  });

  it('a new member can skip every step', async () => {
    const ctx = await k.browser.newContext({ viewport: PHONE });
    const p = await ctx.newPage();
    const skipper = `skip_${Date.now().toString(36)}`;
    await p.goto(`${k.url}/sign-up`);
    await p.getByLabel('Handle').fill(skipper);
    await p.getByLabel('Email address').fill(`${skipper}@example.test`);
    await p.getByLabel('Password', { exact: true }).fill(password);
    await p.getByRole('button', { name: 'Create account' }).click();
    await p.getByRole('button', { name: 'Skip this step' }).click();
    await p.getByRole('heading', { name: 'Groups for you', level: 1 }).waitFor();
    await p.getByRole('link', { name: 'Choose your conditions' }).waitFor();
    await expectNoAxeViolations(p, 'onboarding: no suggestions');
    await p.getByRole('link', { name: 'Continue' }).click();
    await p.getByRole('heading', { name: 'Say hello', level: 1 }).waitFor();
    await p.getByRole('link', { name: 'Find a group' }).waitFor();
    await ctx.close();
  });
});
