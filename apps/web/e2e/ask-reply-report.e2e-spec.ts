import type { BrowserContext, Page } from 'playwright-core';
import { GqlClient } from '../../api/src/testing/gql-client';
import { expectNoAxeViolations, Kindred, screenshot, startKindred } from './support/kindred';

/**
 * The heart of Kindred: a member asks a question, another answers in a nested branch, the
 * asker marks the answer as helpful and files a what-works report, and the condition's
 * what-works page shows it. Two real browser sessions; axe-core on every page.
 */
describe('ask, answer in a branch, mark helpful, report what works (browser)', () => {
  let k: Kindred;
  let askerCtx: BrowserContext;
  let helperCtx: BrowserContext;
  let asker: Page;
  let helper: Page;
  const stamp = Date.now().toString(36);
  const askerHandle = `asker_${stamp}`;
  const helperHandle = `helper_${stamp}`;
  const title = `Does walking after dinner help your readings? ${stamp}`;
  let threadUrl = '';

  async function signUpAndJoin(page: Page, handle: string) {
    const api = new GqlClient(k.url);
    await api.register({ handle, password: 'a long and memorable passphrase' });
    const g = await api.ok(`{ group(slug: "living-with-type-2-diabetes") { id } }`);
    await api.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { status } }`, { id: g.group.id });
    await page.goto(`${k.url}/sign-in`);
    await page.getByLabel('Email or handle').fill(handle);
    await page.getByLabel('Password').fill('a long and memorable passphrase');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(`Signed in as ${handle}`).waitFor();
  }

  beforeAll(async () => {
    k = await startKindred();
    askerCtx = await k.browser.newContext({ viewport: { width: 1280, height: 900 } });
    helperCtx = await k.browser.newContext({ viewport: { width: 1280, height: 900 } });
    asker = await askerCtx.newPage();
    helper = await helperCtx.newPage();
    await signUpAndJoin(asker, askerHandle);
    await signUpAndJoin(helper, helperHandle);
  });
  afterAll(async () => {
    await k?.close();
  });

  it('the asker starts a question with a preview', async () => {
    await asker.goto(`${k.url}/groups/living-with-type-2-diabetes`);
    await asker.getByRole('link', { name: 'Start a thread' }).click();
    await asker.getByRole('heading', { name: 'Start a thread', level: 1 }).waitFor();
    await asker.getByRole('radio', { name: 'Question' }).check();
    await asker.getByLabel('Title').fill(title);
    await asker.getByLabel('Message').fill('My readings are **high** after dinner. Has walking helped anyone?');
    await asker.getByRole('button', { name: 'Preview' }).click();
    await asker.locator('.preview .post-body strong', { hasText: 'high' }).waitFor();
    await expectNoAxeViolations(asker, 'thread composer');
    await asker.getByRole('button', { name: 'Post thread' }).click();
    await asker.getByRole('heading', { name: title, level: 1 }).waitFor();
    await asker.getByText('Your thread has been posted.').waitFor();
    threadUrl = asker.url();
  });

  it('another member answers, and answers again in a nested branch', async () => {
    await helper.goto(threadUrl);
    await helper.getByRole('heading', { name: title, level: 1 }).waitFor();
    await helper.getByLabel('Your reply', { exact: true }).fill('Yes! Ten minutes after dinner brings mine down.');
    await helper.getByRole('button', { name: 'Post reply' }).last().click();
    const first = helper.getByRole('article', { name: new RegExp(`^Reply by ${helperHandle}`) }).first();
    await first.waitFor();
    await first.getByRole('button', { name: new RegExp(`^Reply to ${helperHandle}`) }).click();
    await first.getByLabel(new RegExp(`^Your reply to ${helperHandle}`)).fill('Adding: a steady pace is enough, no need to rush.');
    await first.getByRole('button', { name: 'Post reply' }).click();
    await helper.getByText('Reply posted.').waitFor();
    // The answer to the answer sits one level down the tree (a list inside the list item).
    await helper.locator('li li').getByRole('article', { name: new RegExp(`^Reply by ${helperHandle}`) }).first().waitFor();
    expect(await helper.getByRole('article', { name: new RegExp(`^Reply by ${helperHandle}`) }).count()).toBe(2);
    await expectNoAxeViolations(helper, 'thread with nested replies');
  });

  it('the asker marks the answer helpful and as one that helped them', async () => {
    await asker.goto(threadUrl);
    const answer = asker.getByRole('article', { name: new RegExp(`^Reply by ${helperHandle}`) }).first();
    await answer.waitFor();
    await answer.getByText('New', { exact: true }).first().waitFor();
    const helpful = answer.getByRole('button', { name: 'Helpful' }).first();
    await helpful.click();
    await asker.getByText('Marked as helpful.').waitFor();
    expect(await helpful.getAttribute('aria-pressed')).toBe('true');
    await answer.getByRole('button', { name: 'Helped me' }).first().click();
    await answer.getByText('Helped the asker').first().waitFor();
    await expectNoAxeViolations(asker, 'thread (asker view)');
    await screenshot(asker, 'thread');
  });

  it('the asker files a what-works report from the thread', async () => {
    await asker.getByRole('link', { name: 'Add a what-works report' }).click();
    await asker.getByRole('heading', { name: 'Share what works for you', level: 1 }).waitFor();
    await asker.getByRole('searchbox', { name: 'Search by name' }).or(asker.getByLabel('Search by name')).first().fill('walk');
    await asker.getByText(/match(es)? for “walk”/).waitFor();
    await asker.getByRole('radio', { name: 'Walking', exact: true }).check();
    await asker.getByRole('radio', { name: 'Moderate' }).check();
    await asker.getByRole('button', { name: 'Add a side effect' }).click();
    await asker.getByLabel('Side effect 1', { exact: true }).fill('Tired legs');
    await asker.getByLabel('How bad was side effect 1?').selectOption('mild');
    await asker.getByLabel('How closely could you stick to it?').selectOption('mostly');
    await asker.getByLabel('How much effort or hassle is it?').selectOption('low');
    await asker.getByLabel('What does it cost you each month?').selectOption('free');
    await asker.getByLabel('How long have you used it?').fill('12');
    await asker.getByLabel('Tips for others (optional)').fill(`Ten minutes straight after dinner ${stamp}.`);
    await expectNoAxeViolations(asker, 'experience report form');
    await asker.getByRole('button', { name: 'Save report' }).click();
    await asker.getByText('Thank you — your report has been saved.').waitFor();
    await asker.getByRole('heading', { name: 'Walking for Type 2 diabetes', level: 1 }).waitFor();
    await expectNoAxeViolations(asker, 'report page');
  });

  it('the what-works page shows the report, its tip and a link back to the thread', async () => {
    await asker.goto(`${k.url}/conditions/type-2-diabetes/what-works`);
    await asker.getByRole('heading', { name: 'What works for Type 2 diabetes', level: 1 }).waitFor();
    const card = asker.locator('#what-works-walking');
    await card.getByText(`Ten minutes straight after dinner ${stamp}.`).waitFor();
    await card.getByRole('table', { name: /How much Walking helped/ }).waitFor();
    await expectNoAxeViolations(asker, 'what works');
    await screenshot(asker, 'what-works');
    const tip = card.locator('li', { hasText: `Ten minutes straight after dinner ${stamp}.` });
    await tip.getByRole('link', { name: /Read the thread/ }).click();
    await asker.getByRole('heading', { name: title, level: 1 }).waitFor();
  });
});
