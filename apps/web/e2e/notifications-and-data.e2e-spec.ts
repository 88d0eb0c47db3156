import { NOTIFICATION_KINDS } from '../../../libs/contracts/src/enums';
import { readFileSync, statSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { GqlClient } from '../../api/src/testing/gql-client';
import { expectNoAxeViolations, Kindred, screenshot, startKindred } from './support/kindred';

/**
 * Notifications, member profiles and the member's own account, in two real browser sessions:
 * Ben follows a group and is told live when Ana starts a thread in it; Ben replies mentioning
 * @Ana and Ana's bell rises live (no reload) and is announced; Ana follows the notification to
 * Ben's reply (scrolled into view and focused), marks everything read, changes her settings,
 * signs out another session, downloads her data and deletes her account keeping her posts;
 * Ben then sees her thread under "former member". axe-core on every page visited.
 */
describe('notifications, a member’s data and leaving Kindred (browser)', () => {
  let k: Kindred;
  let ctxA: BrowserContext;
  let ctxB: BrowserContext;
  let a: Page;
  let b: Page;
  const stamp = Date.now().toString(36);
  const handleA = `ana_${stamp}`;
  const handleB = `ben_${stamp}`;
  const password = 'a long and memorable passphrase';
  const slug = 'living-with-type-2-diabetes';
  const groupName = 'Living with type 2 diabetes';
  const title = `Snacks before bed for night lows? ${stamp}`;
  const replyText = `Thanks @${handleA}, a small snack helps me ${stamp}`;
  let threadUrl = '';
  let replyElementId = '';
  /** WebSocket frames Ana's page has received: her live connection is up once there are some. */
  const anaSocket = { frames: 0 };

  async function signUpAndJoin(page: Page, handle: string): Promise<GqlClient> {
    const api = new GqlClient(k.url);
    await api.register({ handle, password });
    const g = await api.ok(`{ group(slug: "${slug}") { id } }`);
    await api.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { status } }`, { id: g.group.id });
    await page.goto(`${k.url}/sign-in`);
    await page.getByLabel('Email or handle').fill(handle);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(`Signed in as ${handle}`).waitFor();
    return api;
  }

  const bell = (page: Page, unread?: number): Locator =>
    page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: unread ? `Notifications, ${unread} unread` : 'Notifications', exact: true });
  const announcer = (page: Page): Locator => page.locator('#live-announcer');

  async function eventually(check: () => boolean, what: string, timeoutMs = 10_000) {
    const end = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  beforeAll(async () => {
    k = await startKindred();
    ctxA = await k.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    ctxB = await k.browser.newContext({ viewport: { width: 1280, height: 900 } });
    a = await ctxA.newPage();
    b = await ctxB.newPage();
    a.on('websocket', (ws) => ws.on('framereceived', () => (anaSocket.frames += 1)));
    await signUpAndJoin(a, handleA);
    await signUpAndJoin(b, handleB);
  });
  afterAll(async () => {
    await k?.close();
  });

  it('Ben follows the group from its page', async () => {
    await b.goto(`${k.url}/groups/${slug}`);
    await b.getByRole('heading', { name: groupName, level: 1 }).waitFor();
    await bell(b).waitFor();
    const follow = b.getByRole('button', { name: 'Follow this group' });
    expect(await follow.getAttribute('aria-pressed')).toBe('false');
    await follow.click();
    await b.getByRole('status').filter({ hasText: `You are following ${groupName}.` }).waitFor();
    expect(await follow.getAttribute('aria-pressed')).toBe('true');
    await expectNoAxeViolations(b, 'group page (following)');
  });

  it('Ana starts a thread, and Ben (following the group) is told live', async () => {
    await a.goto(`${k.url}/groups/${slug}`);
    await a.getByRole('link', { name: 'Start a thread' }).click();
    await a.getByRole('heading', { name: 'Start a thread', level: 1 }).waitFor();
    await a.getByRole('radio', { name: 'Question' }).check();
    await a.getByLabel('Title').fill(title);
    await a.getByLabel('Message').fill('My sugar drops at night. Does a snack before bed help anyone?');
    await a.getByRole('button', { name: 'Post thread' }).click();
    await a.getByRole('heading', { name: title, level: 1 }).waitFor();
    threadUrl = a.url();

    // Ben never left the group page.
    await bell(b, 1).waitFor();
    await announcer(b).filter({ hasText: `New notification: New in ${groupName}: “${title}”` }).waitFor();
  });

  it('Ben replies mentioning @Ana; Ana’s bell rises live, without a reload, and is announced', async () => {
    // Ana stays on her thread, with her live connection up and nothing unread.
    await bell(a).waitFor();
    await eventually(() => anaSocket.frames > 0, 'Ana’s live connection');
    await a.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

    await b.goto(threadUrl);
    await b.getByRole('heading', { name: title, level: 1 }).waitFor();
    await b.getByLabel('Your reply', { exact: true }).fill(replyText);
    await b.getByRole('button', { name: 'Post reply' }).last().click();
    const reply = b.getByRole('article', { name: new RegExp(`^Reply by ${handleB}`) }).first();
    await reply.waitFor();
    replyElementId = (await reply.getAttribute('id')) ?? '';
    expect(replyElementId).toMatch(/^reply-/);
    // The mention links to Ana's profile.
    expect(await reply.locator('a.mention').getAttribute('href')).toBe(`/members/${handleA}`);

    // A reply to her thread and a mention: two notifications, both live.
    await bell(a, 2).waitFor();
    await announcer(a).filter({ hasText: `${handleB} mentioned you in “${title}”` }).waitFor();
    expect(await announcer(a).innerText()).toContain(`${handleB} replied to your thread “${title}”`);
    expect(await a.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  });

  it('Ana opens her notifications and follows the mention to Ben’s reply, in view and focused', async () => {
    await bell(a, 2).click();
    await a.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    const list = a.getByRole('list', { name: /^All notifications/ });
    await list.getByRole('listitem').first().waitFor();
    // Newest first: the mention and the reply (same moment), both unread.
    expect(await list.getByRole('link', { name: /^Unread: / }).count()).toBe(2);
    await expectNoAxeViolations(a, 'notifications');
    await screenshot(a, 'notifications');

    await list.getByRole('link', { name: `Unread: ${handleB} mentioned you in “${title}”` }).click();
    await a.getByRole('heading', { name: title, level: 1 }).waitFor();
    expect(a.url()).toContain(`#${replyElementId}`);
    await a.waitForFunction((id) => document.activeElement?.id === id, replyElementId);
    const inView = await a.locator(`#${replyElementId}`).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight && r.bottom > 0;
    });
    expect(inView).toBe(true);
    // Opening it marked it read.
    await bell(a, 1).waitFor();

    await a.goBack();
    await a.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    await list.getByRole('link', { name: `${handleB} mentioned you in “${title}”`, exact: true }).waitFor();
    await a.getByRole('button', { name: 'Mark all as read' }).click();
    await announcer(a).filter({ hasText: '1 notification marked as read.' }).waitFor();
    await bell(a).waitFor();
    expect(await list.getByRole('link', { name: /^Unread: / }).count()).toBe(0);
  });

  it('Ben visits Ana’s profile from the mention, blocks and unblocks her', async () => {
    await b.locator(`#${replyElementId} a.mention`).click();
    await b.getByRole('heading', { name: handleA, level: 1 }).waitFor();
    await b.getByText(/^Member since /).waitFor();
    await b.getByRole('button', { name: `Block ${handleA}` }).click();
    await b.getByRole('button', { name: `Yes, block ${handleA}` }).click();
    await b.getByRole('status').filter({ hasText: `You have blocked ${handleA}.` }).waitFor();
    await expectNoAxeViolations(b, 'member profile (blocked)');
    await b.getByRole('button', { name: `Unblock ${handleA}` }).click();
    await b.getByRole('status').filter({ hasText: `You have unblocked ${handleA}.` }).waitFor();
    await b.getByRole('button', { name: `Block ${handleA}` }).waitFor();
  });

  it('Ana chooses which notifications she gets and a weekly summary', async () => {
    await a.goto(`${k.url}/me`);
    await a.getByRole('heading', { name: 'Your profile', level: 1 }).waitFor();
    await a.getByRole('region', { name: 'Settings' }).getByRole('link', { name: 'Notification settings' }).click();
    await a.getByRole('heading', { name: 'Notification settings', level: 1 }).waitFor();
    const kinds = a.getByRole('group', { name: 'Tell me about' });
    await kinds.getByRole('checkbox').first().waitFor();
    expect(await kinds.getByRole('checkbox').count()).toBe(NOTIFICATION_KINDS.length);
    await kinds.getByRole('checkbox', { name: 'Helpful marks' }).uncheck();
    await a.getByRole('radio', { name: 'Once a week' }).check();
    await a.getByRole('button', { name: 'Save notification settings' }).click();
    await a.getByRole('status').filter({ hasText: 'Your notification settings have been saved.' }).waitFor();
    await expectNoAxeViolations(a, 'notification settings');

    await a.reload();
    await a.getByRole('heading', { name: 'Notification settings', level: 1 }).waitFor();
    await a.getByRole('checkbox', { name: 'Mentions' }).waitFor();
    expect(await a.getByRole('checkbox', { name: 'Helpful marks' }).isChecked()).toBe(false);
    expect(await a.getByRole('checkbox', { name: 'Mentions' }).isChecked()).toBe(true);
    expect(await a.getByRole('radio', { name: 'Once a week' }).isChecked()).toBe(true);
  });

  it('Ana sees where she is signed in and signs out her other sessions', async () => {
    // Signed in from elsewhere too (besides the API client that registered her).
    const elsewhere = new GqlClient(k.url);
    expect((await elsewhere.signIn(handleA, password)).errors).toBeUndefined();

    await a.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Where you are signed in' }).click();
    await a.getByRole('heading', { name: 'Where you are signed in', level: 1 }).waitFor();
    const devices = a.getByRole('list', { name: 'Signed-in devices' });
    await devices.getByText('This device').waitFor();
    expect(await devices.getByRole('listitem').count()).toBe(3);
    // Only the others can be signed out from here.
    expect(await devices.getByRole('button', { name: /^Sign out / }).count()).toBe(2);
    await expectNoAxeViolations(a, 'sessions');

    await devices.getByRole('button', { name: /^Sign out / }).first().click();
    await announcer(a).filter({ hasText: /^Signed out of / }).waitFor();
    await a.waitForFunction(() => document.querySelectorAll('.session-list > li').length === 2);
    await devices.getByRole('button', { name: /^Sign out / }).click();
    await a.getByText('You are not signed in anywhere else.').waitFor();
    expect(await devices.getByRole('listitem').count()).toBe(1);
    expect((await elsewhere.ok<{ me: unknown }>('{ me { id } }')).me).toBeNull();
    // This page is still signed in.
    await bell(a).waitFor();
  });

  it('Ana downloads her data: progress, then a zip archive', async () => {
    await a.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Download your data' }).click();
    await a.getByRole('heading', { name: 'Download your data', level: 1 }).waitFor();
    await a.getByText('You haven’t asked for an archive yet.').waitFor();
    await expectNoAxeViolations(a, 'download your data');

    // Remember whether the progress bar was ever shown (it may not last long).
    await a.evaluate(() => {
      const w = window as unknown as { sawProgress: boolean };
      w.sawProgress = false;
      new MutationObserver(() => {
        if (document.querySelector('progress#export-progress')) w.sawProgress = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await a.getByRole('button', { name: 'Download my data' }).click();
    const link = a.getByRole('link', { name: 'Download your archive' });
    await link.waitFor({ timeout: 30_000 });
    expect(await a.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)).toBe(true);
    await announcer(a).filter({ hasText: 'Your archive is ready.' }).waitFor();
    await a.getByRole('list', { name: 'Recent archives' }).getByText('Ready').waitFor();
    await expectNoAxeViolations(a, 'download your data (ready)');

    const [download] = await Promise.all([a.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^kindred-data-\d{4}-\d{2}-\d{2}\.zip$/);
    const file = await download.path();
    expect(statSync(file).size).toBeGreaterThan(0);
    // A zip file starts "PK".
    expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('Ana deletes her account, keeping her posts under “former member”', async () => {
    await a.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Delete your account' }).click();
    await a.getByRole('heading', { name: 'Delete your account', level: 1 }).waitFor();
    await expectNoAxeViolations(a, 'delete account');

    // Nothing chosen: both problems are listed first.
    await a.getByRole('button', { name: 'Continue' }).click();
    const summary = a.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByText('Choose what should happen to your posts').waitFor();
    await summary.getByText('Enter your password').waitFor();
    await expectNoAxeViolations(a, 'delete account (with errors)');

    // A wrong password is caught after the confirm step.
    await a.getByRole('radio', { name: 'Keep my posts, under “former member”' }).check();
    await a.getByLabel('Your password').fill('not my password at all');
    await a.getByRole('button', { name: 'Continue' }).click();
    await a.getByRole('heading', { name: 'Delete your account for good?' }).waitFor();
    await a.getByRole('button', { name: 'Yes, delete my account' }).click();
    await summary.getByText('That password is not right').waitFor();
    expect(await a.getByLabel('Your password').getAttribute('aria-invalid')).toBe('true');

    await a.getByLabel('Your password').fill(password);
    await a.getByRole('button', { name: 'Continue' }).click();
    await a.getByRole('heading', { name: 'Delete your account for good?' }).waitFor();
    await expectNoAxeViolations(a, 'delete account (confirm)');
    await a.getByRole('button', { name: 'Yes, delete my account' }).click();
    // The goodbye page, or the form's problem summary (whose text then says what went wrong).
    const goodbye = a.getByRole('heading', { name: 'Your account has been deleted', level: 1 });
    await goodbye.or(summary).first().waitFor();
    if (!(await goodbye.isVisible())) throw new Error(`The account was not deleted: ${await summary.innerText()}`);
    // Signed out here too: no bell, and a sign-in link instead.
    await a.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await a.getByRole('link', { name: /^Notifications/ }).count()).toBe(0);
    await expectNoAxeViolations(a, 'goodbye');
  });

  it('Ben reloads the thread and sees Ana’s thread under “former member”', async () => {
    await b.goto(threadUrl);
    await b.getByRole('heading', { name: title, level: 1 }).waitFor();
    await b.locator('.post-meta__author', { hasText: 'former member' }).first().waitFor();
    expect(await b.getByText(handleA).count()).toBe(0);
    expect(await b.locator(`a[href="/members/${handleA}"]`).count()).toBe(0);

    await b.goto(`${k.url}/members/${handleA}`);
    await b.getByRole('heading', { name: 'Member not found', level: 1 }).waitFor();
  });
});
