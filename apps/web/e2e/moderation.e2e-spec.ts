import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../api/src/database/seed/demo.seed';
import { GqlClient } from '../../api/src/testing/gql-client';
import { expectNoAxeViolations, Kindred, screenshot, startKindred } from './support/kindred';

/**
 * Moderation and safety in real browser sessions: the quick exit leaves the site at once; a
 * member is warned before posting a phone number and posts anyway; another member reports the
 * thread; the seeded site moderator opens the queue, claims the case and hides the thread with
 * a reason; the thread is gone for other members, and its author is told why, in a
 * notification and on the thread itself. axe-core on every page (and dialog) visited.
 */
describe('moderation: quick exit, safety check, report, review and hide (browser)', () => {
  let k: Kindred;
  let ctxAuthor: BrowserContext;
  let ctxReporter: BrowserContext;
  let ctxModerator: BrowserContext;
  let ctxVisitor: BrowserContext;
  let author: Page;
  let reporter: Page;
  let moderator: Page;
  let visitor: Page;
  const stamp = Date.now().toString(36);
  const authorHandle = `ana_${stamp}`;
  const reporterHandle = `ben_${stamp}`;
  const password = 'a long and memorable passphrase';
  const slug = 'living-with-type-2-diabetes';
  const title = `Selling my spare test strips ${stamp}`;
  const phone = '07700 900123';
  const reason = `Selling medical supplies is not allowed here ${stamp}`;
  let threadUrl = '';

  async function signIn(page: Page, login: string, pass: string, handle: string) {
    await page.goto(`${k.url}/sign-in`);
    await page.getByLabel('Email or handle').fill(login);
    await page.getByLabel('Password').fill(pass);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(`Signed in as ${handle}`).waitFor();
  }

  async function signUpAndJoin(page: Page, handle: string) {
    const api = new GqlClient(k.url);
    await api.register({ handle, password });
    const g = await api.ok(`{ group(slug: "${slug}") { id } }`);
    await api.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { status } }`, { id: g.group.id });
    await signIn(page, handle, password, handle);
  }

  /** The neutral site quick exit goes to, answered locally (the tests have no internet). */
  async function fakeNeutralSite(ctx: BrowserContext) {
    await ctx.route(/^https:\/\/www\.bbc\.co\.uk\//, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
    );
  }

  beforeAll(async () => {
    k = await startKindred();
    const viewport = { width: 1280, height: 900 };
    ctxAuthor = await k.browser.newContext({ viewport });
    ctxReporter = await k.browser.newContext({ viewport });
    ctxModerator = await k.browser.newContext({ viewport });
    ctxVisitor = await k.browser.newContext({ viewport });
    await fakeNeutralSite(ctxVisitor);
    author = await ctxAuthor.newPage();
    reporter = await ctxReporter.newPage();
    moderator = await ctxModerator.newPage();
    visitor = await ctxVisitor.newPage();
    await signUpAndJoin(author, authorHandle);
    await signUpAndJoin(reporter, reporterHandle);
    await signIn(moderator, 'mo_moderator', DEMO_PASSWORD, 'mo_moderator');
  });
  afterAll(async () => {
    await k?.close();
  });

  it('quick exit is the first Tab stop and leaves the site, replacing the page in history', async () => {
    await visitor.goto(`${k.url}/conditions`);
    await visitor.getByRole('heading', { name: 'Conditions', level: 1 }).waitFor();
    await expectNoAxeViolations(visitor, 'conditions page with the quick exit');
    await visitor.keyboard.press('Tab');
    const focused = await visitor.evaluate(() => document.activeElement?.textContent?.trim());
    expect(focused).toBe('Quick exit');
    const button = visitor.getByRole('button', { name: 'Quick exit' });
    expect(await button.getAttribute('title')).toBe('Leave this site quickly');
    await button.click();
    await visitor.waitForURL(/bbc\.co\.uk\/weather/);
    // The Kindred page was replaced, not left behind: Back does not return to it.
    await visitor.goBack().catch(() => null);
    expect(visitor.url()).not.toBe(`${k.url}/conditions`);
  });

  it('pressing Escape three times quickly also leaves', async () => {
    const page = await ctxVisitor.newPage();
    await page.goto(`${k.url}/conditions`);
    await page.getByRole('heading', { name: 'Conditions', level: 1 }).waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(/bbc\.co\.uk\/weather/);
    await page.close();
  });

  it('the author is warned about a phone number, and can post anyway', async () => {
    await author.goto(`${k.url}/groups/${slug}`);
    await author.getByRole('link', { name: 'Start a thread' }).click();
    await author.getByRole('heading', { name: 'Start a thread', level: 1 }).waitFor();
    await author.getByRole('radio', { name: 'Advice' }).check();
    await author.getByLabel('Title').fill(title);
    await author.getByLabel('Message').fill(`I have spare strips. Text me on ${phone} if you want them.`);
    await author.getByRole('button', { name: 'Post thread' }).click();
    const warning = author.getByRole('alert').filter({ hasText: 'Check before you post' });
    await warning.getByText(`This looks like a phone number: ${phone}`).waitFor();
    // Focus goes to the warning (moved just after it renders), so it is read out at once.
    await author.waitForFunction(() => document.activeElement?.classList.contains('safety-warning') === true, undefined, { timeout: 5_000 });
    await expectNoAxeViolations(author, 'thread composer with the personal information warning');
    await screenshot(author, 'safety-check');

    // "Edit" goes back to the message, with the number selected.
    await warning.getByRole('button', { name: 'Edit' }).click();
    // Focus moves to the message just after the click is handled (as it did to the warning).
    await author.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA', undefined, { timeout: 5_000 });
    const selected = await author.evaluate(() => {
      const field = document.activeElement as HTMLTextAreaElement | null;
      return field ? field.value.slice(field.selectionStart, field.selectionEnd) : '';
    });
    expect(selected).toBe(phone);

    await author.getByRole('button', { name: 'Post thread' }).click();
    await author.getByRole('button', { name: 'Post anyway' }).click();
    await author.getByRole('heading', { name: title, level: 1 }).waitFor();
    await author.getByText('Your thread has been posted.').waitFor();
    threadUrl = author.url();
  });

  it('another member reports the thread in an accessible dialog', async () => {
    await reporter.goto(threadUrl);
    await reporter.getByRole('heading', { name: title, level: 1 }).waitFor();
    const report = reporter.getByRole('button', { name: `Report thread by ${authorHandle}` });
    await report.click();
    const dialog = reporter.getByRole('dialog', { name: 'Report this thread' });
    await dialog.waitFor();
    await expectNoAxeViolations(reporter, 'report dialog');
    // Sending without a reason says what is missing.
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await dialog.getByText('Choose what is wrong with this thread.').waitFor();
    await dialog.getByRole('radio', { name: 'Spam or advertising' }).check();
    await dialog.getByLabel('Anything moderators should know? (optional)').fill('Selling test strips with a phone number.');
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await dialog
      .getByText('Thanks — moderators will review this. The person you reported won’t be told who reported it.')
      .waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
    // Focus returns to the Report button.
    expect(await reporter.evaluate(() => document.activeElement?.textContent)).toContain('Report');

    // Reporting it again is answered kindly.
    await report.click();
    await dialog.getByRole('radio', { name: 'Spam or advertising' }).check();
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await dialog.getByText(/You have already reported this thread/).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('the moderator opens the queue, opens the case, claims it and hides the thread with a reason', async () => {
    await moderator.goto(`${k.url}/`);
    const link = moderator.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Moderation/ });
    await link.click();
    await moderator.getByRole('heading', { name: 'Moderation queue', level: 1 }).waitFor();
    const item = moderator.getByRole('link', { name: new RegExp(`Thread: ${title}`) });
    await item.waitFor();
    await expectNoAxeViolations(moderator, 'moderation queue');
    await screenshot(moderator, 'moderation-queue');

    // The filters live in the address.
    await moderator.getByLabel('Reason').selectOption('spam');
    await moderator.waitForURL(/reason=spam/);
    await item.waitFor();

    await item.click();
    await moderator.getByRole('heading', { name: `Thread by ${authorHandle}`, level: 1 }).waitFor();
    await moderator.getByText('Selling test strips with a phone number.').waitFor();
    await moderator.getByText(reporterHandle, { exact: false }).first().waitFor();
    await expectNoAxeViolations(moderator, 'moderation case');

    await moderator.getByRole('button', { name: 'Claim this case' }).click();
    await moderator.getByText(/^You claimed this case/).waitFor();

    await moderator.getByRole('radio', { name: 'Hide' }).check();
    // A reason is required.
    await moderator.getByRole('button', { name: 'Confirm: Hide' }).click();
    await moderator.getByRole('alert').filter({ hasText: 'Give a reason' }).waitFor();
    await moderator.getByLabel('Reason').fill(reason);
    await moderator.getByRole('button', { name: 'Confirm: Hide' }).click();
    await moderator.locator('.page-header__meta').getByText('Resolved', { exact: true }).waitFor();
    await moderator.locator('.case-history').getByText(reason).waitFor();
    await expectNoAxeViolations(moderator, 'moderation case (resolved)');
    await screenshot(moderator, 'moderation-case');
  });

  it('the audit log lists the action and can be searched', async () => {
    await moderator.goto(`${k.url}/moderation/audit`);
    await moderator.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    await moderator.getByLabel('Words').fill(stamp);
    await moderator.getByRole('button', { name: 'Search the log' }).click();
    await moderator.waitForURL(/q=/);
    await moderator.getByRole('table', { name: 'Audit log, newest first' }).getByText(reason).waitFor();
    await expectNoAxeViolations(moderator, 'audit log');
  });

  it('the hidden thread is gone for other members', async () => {
    await reporter.goto(threadUrl);
    await reporter.getByRole('heading', { name: 'This thread isn’t available', level: 1 }).waitFor();
    await expectNoAxeViolations(reporter, 'hidden thread (another member)');
  });

  it('the author is told why, in a notification and on the thread', async () => {
    await author.goto(`${k.url}/notifications`);
    await author.getByText(new RegExp(`hid your thread.*${reason}`)).first().waitFor();
    await author.goto(threadUrl);
    await author.getByRole('heading', { name: title, level: 1 }).waitFor();
    await author.getByText(`Hidden by moderators: ${reason}`).waitFor();
    await expectNoAxeViolations(author, 'hidden thread (its author)');
  });

  it('a reply that signals a crisis still posts, and its author is shown help lines privately', async () => {
    await reporter.goto(`${k.url}/groups/${slug}`);
    const firstThread = reporter.locator('#thread-results a[href^="/threads/"]').first();
    await firstThread.waitFor();
    await firstThread.click();
    await reporter.getByLabel('Your reply', { exact: true }).waitFor();
    await reporter.getByLabel('Your reply', { exact: true }).fill(`Some days I feel like I can't go on anymore ${stamp}`);
    await reporter.getByRole('button', { name: 'Post reply' }).last().click();
    const support = reporter.getByRole('dialog', { name: 'You don’t have to go through this alone' });
    await support.waitFor();
    expect(await support.getByRole('link', { name: 'Samaritans' }).getAttribute('href')).toBe('tel:116123');
    await support.getByText('Only you can see this message.').waitFor();
    await expectNoAxeViolations(reporter, 'support dialog');
    await support.getByRole('button', { name: 'Close' }).click();
    await support.waitFor({ state: 'detached' });
    await reporter.getByRole('article', { name: new RegExp(`^Reply by ${reporterHandle}`) }).first().waitFor();
  });
});
