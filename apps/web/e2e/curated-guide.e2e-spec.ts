import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../api/src/database/seed/demo.seed';
import { GqlClient } from '../../api/src/testing/gql-client';
import { expectNoAxeViolations, Kindred, screenshot, startKindred } from './support/kindred';

/**
 * Curated guides in a real browser: a site moderator curates a member's reply into the Type 2
 * diabetes guide from the thread page, opens the guide (the summary, a quote, a link back to
 * the reply, what works, the history), marks it reviewed; then a signed-out visitor finds the
 * guide from the condition page and reads it. axe-core on every page visited.
 */
describe('a moderator curates a reply into a guide, and anyone can read it (browser)', () => {
  let k: Kindred;
  let mod: Page;
  const stamp = Date.now().toString(36);
  const helperHandle = `walker_${stamp}`;
  const title = `What helps after big meals? ${stamp}`;
  const replyText = `A brisk ten-minute walk after dinner brings my readings down ${stamp}.`;
  const heading = `After meals ${stamp}`;
  const summary = `A short walk straight after a meal helps keep blood sugar down ${stamp}.`;
  let threadId = '';
  let replyId = '';

  /** The heading field: the guide's headings to choose from, or (none yet) a text field. */
  async function chooseNewHeading(form: Locator, text: string) {
    const select = form.getByRole('combobox', { name: 'Heading' });
    if (await select.count()) {
      await select.selectOption({ label: 'A new heading…' });
      await form.getByLabel('New heading').fill(text);
    } else {
      await form.getByRole('textbox', { name: 'Heading' }).fill(text);
    }
  }

  beforeAll(async () => {
    k = await startKindred();
    // A member asks, another answers (through the API, as their browsers would).
    const asker = new GqlClient(k.url);
    await asker.register();
    const helper = new GqlClient(k.url);
    await helper.register({ handle: helperHandle });
    const group = await asker.ok(`{ group(slug: "living-with-type-2-diabetes") { id } }`);
    for (const c of [asker, helper]) await c.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { status } }`, { id: group.group.id });
    threadId = (
      await asker.ok(`mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`, {
        i: { groupId: group.group.id, kind: 'question', title, body: 'My readings spike after dinner. What works for you?', tags: [], anonymous: false },
      })
    ).startThread.id;
    replyId = (await helper.ok(`mutation($i: ReplyInput!) { reply(input: $i) { id } }`, { i: { threadId, body: replyText, anonymous: false } })).reply.id;

    mod = await (await k.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await mod.goto(`${k.url}/sign-in`);
    await mod.getByLabel('Email or handle').fill('mo_moderator');
    await mod.getByLabel('Password').fill(DEMO_PASSWORD);
    await mod.getByRole('button', { name: 'Sign in' }).click();
    await mod.getByText('Signed in as mo_moderator').waitFor();
  });
  afterAll(async () => {
    await k?.close();
  });

  it('the moderator curates the reply into the guide from the thread page', async () => {
    await mod.goto(`${k.url}/threads/${threadId}`);
    await mod.getByRole('heading', { name: title, level: 1 }).waitFor();
    const reply = mod.getByRole('article', { name: new RegExp(`^Reply by ${helperHandle}`) });
    await reply.waitFor();
    await reply.getByRole('button', { name: `Curate into guide for the reply by ${helperHandle}` }).click();
    const form = reply.getByRole('form', { name: 'Curate this reply into the Type 2 diabetes guide' });
    await form.waitFor();
    // The form opens with focus in its first field.
    expect(await mod.evaluate(() => document.activeElement?.closest('form')?.getAttribute('aria-label'))).toBe(
      'Curate this reply into the Type 2 diabetes guide',
    );
    // A summary that is too short is explained, and focus goes to it.
    await chooseNewHeading(form, heading);
    await form.getByLabel('Summary').fill('Walk.');
    await form.getByRole('button', { name: 'Add to guide' }).click();
    await form.getByText('Write a summary of at least 10 characters.').waitFor();
    expect(await mod.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('summary');
    await form.getByLabel('Summary').fill(summary);
    await form.getByLabel('Note for the history (optional)').fill('Practical, and many members agreed');
    await expectNoAxeViolations(mod, 'thread page with the curate form open');
    await form.getByRole('button', { name: 'Add to guide' }).click();
    const done = reply.getByText(`Added to the Type 2 diabetes guide under “${heading}”.`);
    await done.waitFor();
    await reply.getByRole('link', { name: 'View the guide' }).click();
    await mod.getByRole('heading', { name: 'Guide to Type 2 diabetes', level: 1 }).waitFor();
  });

  it('the guide shows the advice with its source, what works and the history, and can be marked reviewed', async () => {
    const section = mod.getByRole('region', { name: heading });
    await section.getByRole('heading', { name: heading, level: 3 }).waitFor();
    await section.getByText(summary).waitFor();
    await section.locator('blockquote', { hasText: replyText }).waitFor();
    await section.getByText(helperHandle, { exact: true }).waitFor();
    const source = section.getByRole('link', { name: `Read the original thread “${title}”` });
    expect(await source.getAttribute('href')).toBe(`/threads/${threadId}#reply-${replyId}`);
    await mod.getByRole('heading', { name: 'What works for Type 2 diabetes', level: 2 }).waitFor();
    await mod.getByText('Not reviewed yet').waitFor();

    // Moderators see the editing tools; marking the guide reviewed needs a note.
    await mod.getByRole('heading', { name: 'Edit this guide', level: 2 }).waitFor();
    await mod.getByRole('button', { name: 'Mark as reviewed' }).click();
    const review = mod.getByRole('form', { name: 'Mark the guide as reviewed' });
    await review.getByLabel('What did you check?').fill('Read the entry against its thread');
    await review.getByRole('button', { name: 'Mark as reviewed' }).click();
    await mod.getByText(/^Last reviewed .+ by mo_moderator$/).waitFor();

    // The history lists both edits with their notes.
    await mod.getByRole('button', { name: /^Show the history/ }).click();
    const history = mod.getByRole('list', { name: 'Versions, newest first' });
    await history.getByText('Read the entry against its thread').waitFor();
    await history.getByText('Practical, and many members agreed').waitFor();
    await expectNoAxeViolations(mod, 'guide page (moderator)');
    await mod.evaluate(() => window.scrollTo(0, 0));
    await screenshot(mod, 'guide');
  });

  it('a signed-out visitor finds the guide from the condition page and follows its source', async () => {
    const visitor = await (await k.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await visitor.goto(`${k.url}/conditions/type-2-diabetes`);
    await visitor.getByRole('link', { name: 'Read the guide to Type 2 diabetes' }).click();
    await visitor.getByRole('heading', { name: 'Guide to Type 2 diabetes', level: 1 }).waitFor();
    const section = visitor.getByRole('region', { name: heading });
    await section.getByText(summary).waitFor();
    await visitor.getByText(/^Last reviewed .+ by mo_moderator$/).waitFor();
    await visitor.getByRole('heading', { name: 'What works for Type 2 diabetes', level: 2 }).waitFor();
    expect(await visitor.getByRole('heading', { name: 'Edit this guide' }).count()).toBe(0);
    expect(await visitor.getByRole('button', { name: /^(Edit|Remove|Move)/ }).count()).toBe(0);
    await expectNoAxeViolations(visitor, 'guide page (signed out)');
    await section.getByRole('link', { name: /^Read the original thread/ }).click();
    await visitor.getByRole('heading', { name: title, level: 1 }).waitFor();
    await visitor.getByRole('article', { name: new RegExp(`^Reply by ${helperHandle}`) }).waitFor();
    // Signed out, there is nothing to curate with.
    expect(await visitor.getByRole('button', { name: /^Curate into guide/ }).count()).toBe(0);
  });
});
