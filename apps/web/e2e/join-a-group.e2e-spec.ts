import type { Page } from 'playwright-core';
import { expectNoAxeViolations, Kindred, screenshot, startKindred } from './support/kindred';

/**
 * The foundation journey: a visitor reads the home page, signs up, finds a condition by a
 * lay synonym, opens its group and joins it, then sees the group on their profile.
 * Every page visited is scanned with axe-core, on a desktop and on a phone-sized screen.
 */
describe('a new member signs up, finds a condition and joins its group (browser)', () => {
  let k: Kindred;
  let page: Page;
  const handle = `e2e_${Date.now().toString(36)}`;

  beforeAll(async () => {
    k = await startKindred();
    const context = await k.browser.newContext({ viewport: { width: 1280, height: 860 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await k?.close();
  });

  it('home page says what Kindred is and leads to the conditions', async () => {
    await page.goto(k.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.title()).toMatch(/Kindred/);
    await expectNoAxeViolations(page, 'home');
    await screenshot(page, 'home');
  });

  it('signs up with field errors announced first, then for real', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign up' }).click();
    await page.getByRole('heading', { name: 'Create your Kindred account' }).waitFor();
    await page.getByLabel('Handle').fill('x');
    await page.getByLabel('Email address').fill('not-an-email');
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    expect(await page.getByLabel('Handle').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'sign up (with errors)');

    await page.getByLabel('Handle').fill(handle);
    await page.getByLabel('Email address').fill(`${handle}@example.test`);
    await page.getByLabel('Password', { exact: true }).fill('a long and memorable passphrase');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText(`Signed in as ${handle}`).waitFor();
  });

  it('finds type 2 diabetes by typing "sugar"', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Conditions' }).click();
    await page.getByRole('heading', { name: 'Conditions', level: 1 }).waitFor();
    await page.getByLabel('Search conditions').fill('sugar');
    await page.getByText(/1 condition found/).waitFor();
    await expectNoAxeViolations(page, 'conditions (filtered)');
    await page.getByLabel('Search conditions').fill('');
    await page.getByText(/conditions found/).waitFor();
    await screenshot(page, 'conditions');
    await page.getByLabel('Search conditions').fill('sugar');
    await page.getByText(/1 condition found/).waitFor();
    await page.getByRole('link', { name: 'Type 2 diabetes', exact: true }).click();
    await page.getByRole('heading', { name: 'Type 2 diabetes', level: 1 }).waitFor();
    await expectNoAxeViolations(page, 'condition page');
  });

  it('joins the public group and the member count goes up', async () => {
    await page.getByRole('link', { name: /Living with type 2 diabetes/ }).first().click();
    await page.getByRole('heading', { name: 'Living with type 2 diabetes', level: 1 }).waitFor();
    const before = await memberCount(page);
    await expectNoAxeViolations(page, 'group page (not a member)');
    await page.getByRole('button', { name: 'Join group' }).click();
    await page.getByText(/Welcome! You have joined Living with type 2 diabetes/).waitFor();
    await page.getByRole('button', { name: 'Leave group' }).waitFor();
    await page.getByRole('heading', { name: /^Members \(\d+\)$/ }).waitFor();
    expect(await memberCount(page)).toBe(before + 1);
    await expectNoAxeViolations(page, 'group page (member)');
    await screenshot(page, 'group');
  });

  it('shows the group on the profile, on a phone too', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${k.url}/me`);
    await page.getByRole('heading', { name: 'Your profile', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Living with type 2 diabetes' }).waitFor();
    await expectNoAxeViolations(page, 'profile (phone)');
    const scrollsSideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(scrollsSideways).toBe(false);
    await screenshot(page, 'profile-phone');
  });

  it('keeps the header to one row on a phone, with Quick exit in view and the menu and search a tap away', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${k.url}/me`);
    await page.getByRole('heading', { name: 'Your profile', level: 1 }).waitFor();
    const header = await page.getByRole('banner').boundingBox();
    expect(header).not.toBeNull();
    expect((header?.height ?? 844) / 844).toBeLessThanOrEqual(0.15);
    const quickExit = page.getByRole('button', { name: 'Quick exit' });
    expect(await quickExit.isVisible()).toBe(true);
    const exitBox = await quickExit.boundingBox();
    expect(exitBox && exitBox.y >= 0 && exitBox.y + exitBox.height <= 844 && exitBox.x + exitBox.width <= 390).toBe(true);
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.isVisible()).toBe(false);
    await expectNoAxeViolations(page, 'header (phone, folded)');

    // The menu: a disclosure button; Escape closes it and gives focus back.
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.getAttribute('aria-controls')).toBe('site-menu');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await nav.getByRole('link', { name: 'My profile' }).waitFor();
    expect(await page.getByText(`Signed in as ${handle}`).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'header (phone, menu open)');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await nav.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe('site-menu');

    // Search: the button opens the box with the cursor in it; a link in the menu closes the menu.
    await page.keyboard.press('Enter');
    await nav.getByRole('link', { name: 'Conditions' }).click();
    await page.getByRole('heading', { name: 'Conditions', level: 1 }).waitFor();
    expect(await nav.isVisible()).toBe(false);
    const search = page.getByRole('button', { name: 'Site search' });
    await search.click();
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('search', { name: 'Site' }).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe('site-search-panel');
    const scrollsSideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(scrollsSideways).toBe(false);
    await screenshot(page, 'header-phone');
  });
});

async function memberCount(page: Page): Promise<number> {
  const text = await page.getByRole('main').innerText();
  const m = text.match(/(\d+)\s+members?/i);
  if (!m) throw new Error(`no member count on the page: ${text.slice(0, 300)}`);
  return Number(m[1]);
}
