import type { BrowserContext, Page } from 'playwright-core';
import { GqlClient } from '../../api/src/testing/gql-client';
import { expectNoAxeViolations, Kindred, screenshot, startKindred } from './support/kindred';

/**
 * The member's home and read state on a phone (390 px): Ana signs in and lands on her home, which
 * shows her group with its unread count and Ben's new thread; she follows and saves it on the
 * thread page; Ben replies; her home counts the reply as new and the thread page marks it "New",
 * and once read it is new no more (the same on a second device); the Saved page lists what she
 * saved and forgets it; "Mark all read" empties the unread count. axe-core on every page visited.
 */
describe('the member home, follows, saved posts and read state (browser)', () => {
  let k: Kindred;
  let ctx: BrowserContext;
  let page: Page;
  let ben: GqlClient;
  let threadId = '';
  const stamp = Date.now().toString(36);
  const handleA = `ana_${stamp}`;
  const password = 'a long and memorable passphrase';
  const slug = 'living-with-type-2-diabetes';
  const groupName = 'Living with type 2 diabetes';
  const title = `Walking after meals, worth it? ${stamp}`;

  async function signIn(p: Page) {
    await p.goto(`${k.url}/sign-in`);
    await p.getByLabel('Email or handle').fill(handleA);
    await p.getByLabel('Password').fill(password);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByRole('heading', { name: 'Your home', level: 1 }).waitFor();
    await p.getByText(`Hello, ${handleA}.`).waitFor();
  }
  const homeItem = (p: Page) => p.getByRole('list', { name: 'Latest threads in your groups' }).getByRole('listitem').filter({ hasText: title });

  beforeAll(async () => {
    k = await startKindred();
    const ana = new GqlClient(k.url);
    await ana.register({ handle: handleA, password });
    ben = new GqlClient(k.url);
    await ben.register({ handle: `ben_${stamp}` });
    const g = await ana.ok(`{ group(slug: "${slug}") { id } }`);
    for (const c of [ana, ben]) await c.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { status } }`, { id: g.group.id });
    const t = await ben.ok(`mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`, {
      i: { groupId: g.group.id, kind: 'question', title, body: 'Ten minutes after dinner seems to help my readings.', tags: [], anonymous: false },
    });
    threadId = t.startThread.id;
    ctx = await k.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    page = await ctx.newPage();
  });
  afterAll(async () => {
    await k?.close();
  });

  it('after signing in, the home shows her group with its unread count and the new thread', async () => {
    await signIn(page);
    const groups = page.getByRole('region', { name: 'Your groups' });
    await groups.getByRole('link', { name: groupName }).waitFor();
    await homeItem(page).getByText('New thread').waitFor();
    await expectNoAxeViolations(page, 'member home');
    await screenshot(page, 'member-home-phone');
  });

  it('she follows and saves the thread on its page; a reply then shows as new, once', async () => {
    await homeItem(page).getByRole('link', { name: title }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    const follow = page.getByRole('button', { name: 'Follow this thread' });
    expect(await follow.getAttribute('aria-pressed')).toBe('false');
    await follow.click();
    await page.getByRole('button', { name: 'Following this thread' }).waitFor();
    await page.getByRole('button', { name: 'Save this thread' }).click();
    await page.getByRole('button', { name: 'Saved this thread' }).waitFor();
    expect(await page.getByRole('button', { name: 'Saved this thread' }).getAttribute('aria-pressed')).toBe('true');
    await expectNoAxeViolations(page, 'thread page with follow and save');

    await ben.ok(`mutation($i: ReplyInput!) { reply(input: $i) { id } }`, { i: { threadId, body: `Same here, ${stamp}: twenty minutes works best.`, anonymous: false } });
    await page.goto(`${k.url}/`);
    await homeItem(page).getByText('1 new reply').waitFor();
    await page.getByRole('button', { name: 'Following', exact: true }).click();
    await page.getByRole('list', { name: 'Threads you follow' }).getByRole('link', { name: title }).waitFor();

    // A second device of hers sees the same: the reply is new there too, until one of them reads it.
    const other = await (await k.browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await signIn(other);
    await homeItem(other).getByText('1 new reply').waitFor();
    await other.goto(`${k.url}/threads/${threadId}`);
    await other.locator('.reply').filter({ hasText: 'twenty minutes works best' }).getByText('New', { exact: true }).waitFor();
    await other.context().close();
    await page.goto(`${k.url}/`);
    await homeItem(page).waitFor();
    expect(await homeItem(page).getByText('1 new reply').count()).toBe(0);
  });

  it('the Saved page lists what she saved, and forgets it', async () => {
    await page.goto(`${k.url}/saved`);
    await page.getByRole('heading', { name: 'Saved posts', level: 1 }).waitFor();
    await page.getByRole('link', { name: title }).waitFor();
    await expectNoAxeViolations(page, 'saved posts');
    await page.getByRole('button', { name: 'Remove from saved posts' }).click();
    await page.getByText('You have not saved anything yet.').waitFor();
  });

  it('"Mark all read" on the home page empties the group’s unread count', async () => {
    await ben.ok(`mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`, {
      i: { groupId: (await ben.ok(`{ group(slug: "${slug}") { id } }`)).group.id, kind: 'story', title: `Another new thread ${stamp}`, body: 'More news.', tags: [], anonymous: false },
    });
    await page.goto(`${k.url}/`);
    const groups = page.getByRole('region', { name: 'Your groups' });
    await groups.getByText(/unread/).waitFor();
    await groups.getByRole('button', { name: `Mark all read in ${groupName}` }).click();
    await groups.getByText('All read').waitFor();
  });
});
