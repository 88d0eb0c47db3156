import type { BrowserContext, Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../api/src/database/seed/demo.seed';
import { GqlClient } from '../../api/src/testing/gql-client';
import { expectNoAxeViolations, Kindred, screenshot, startKindred } from './support/kindred';

/**
 * Group chat in two real browser sessions: two members of one group talk live, one of them
 * drops off the network (the browser goes offline) and comes back to find every message
 * exactly once and in order, then writes while offline and the message is delivered once when
 * the network returns. axe-core on the group page with the chat open, online and offline.
 */
describe('two members chat live, through a lost connection (browser)', () => {
  let k: Kindred;
  let ctxA: BrowserContext;
  let ctxB: BrowserContext;
  let a: Page;
  let b: Page;
  let groupId = '';
  let apiA: GqlClient;
  const stamp = Date.now().toString(36);
  const handleA = `ana_${stamp}`;
  const handleB = `ben_${stamp}`;
  const password = 'a long and memorable passphrase';
  const slug = 'living-with-type-2-diabetes';
  const said = {
    hello: `Hello from Ana ${stamp}`,
    reply: `Hi Ana, Ben here ${stamp}`,
    missed1: `First while Ben was away ${stamp}`,
    missed2: `Second while Ben was away ${stamp}`,
    queued: `Written while offline ${stamp}`,
  };

  async function signUpAndJoin(page: Page, handle: string): Promise<GqlClient> {
    const api = new GqlClient(k.url);
    await api.register({ handle, password });
    const g = await api.ok(`{ group(slug: "${slug}") { id } }`);
    groupId = g.group.id;
    await api.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { status } }`, { id: groupId });
    await page.goto(`${k.url}/sign-in`);
    await page.getByLabel('Email or handle').fill(handle);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(`Signed in as ${handle}`).waitFor();
    return api;
  }

  const log = (page: Page): Locator => page.getByRole('log', { name: /^Chat messages/ });
  const connection = (page: Page): Locator => page.getByRole('status').filter({ hasText: 'Chat connection:' });
  const bodies = (page: Page): Promise<string[]> => log(page).locator('.chat-message__body').allInnerTexts();
  const pending = (page: Page): Locator => log(page).locator('.chat-message--pending');

  async function waitForStatus(page: Page, label: 'Live' | 'Offline' | 'Reconnecting…', detail?: RegExp) {
    await connection(page).filter({ hasText: new RegExp(`Chat connection: ${label}`) }).waitFor();
    if (detail) await connection(page).filter({ hasText: detail }).waitFor();
  }

  async function openChat(page: Page) {
    await page.goto(`${k.url}/groups/${slug}`);
    await page.getByRole('heading', { name: 'Chat', level: 2 }).waitFor();
    await log(page).waitFor();
    await waitForStatus(page, 'Live');
  }

  async function send(page: Page, text: string) {
    const box = page.getByRole('textbox', { name: 'Your message' });
    await box.fill(text);
    await box.press('Enter');
    // On the page (pending or sent) before anyone waits for "nothing pending": otherwise that
    // wait can pass in the moment before the message is drawn at all.
    await log(page).getByText(text, { exact: true }).waitFor();
  }

  /** Until the server has stored (and acknowledged) everything this page wrote. */
  async function allSent(page: Page) {
    await page.waitForFunction(() => document.querySelectorAll('#chat-log .chat-message--pending').length === 0);
  }

  const benSockets = { opened: 0, closed: 0 };

  async function eventually(check: () => boolean, what: string, timeoutMs = 10_000) {
    const end = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  const occurrences = (list: string[], text: string) => list.filter((t) => t === text).length;

  beforeAll(async () => {
    k = await startKindred();
    ctxA = await k.browser.newContext({ viewport: { width: 1280, height: 900 } });
    ctxB = await k.browser.newContext({ viewport: { width: 1280, height: 900 } });
    a = await ctxA.newPage();
    b = await ctxB.newPage();
    // Ben's WebSocket connections, to show that going offline really drops and renews his.
    b.on('websocket', (ws) => {
      benSockets.opened += 1;
      ws.on('close', () => (benSockets.closed += 1));
    });
    apiA = await signUpAndJoin(a, handleA);
    await signUpAndJoin(b, handleB);
  });
  afterAll(async () => {
    await k?.close();
  });

  it('a visitor is told the chat is for members', async () => {
    const visitor = await (await k.browser.newContext()).newPage();
    await visitor.goto(`${k.url}/groups/${slug}`);
    await visitor.getByRole('heading', { name: 'Chat', level: 2 }).waitFor();
    await visitor.getByText('The live chat is for members of this group.').waitFor();
    expect(await visitor.getByRole('log').count()).toBe(0);
    await visitor.context().close();
  });

  it('both members open the chat; Ana writes and Ben sees it live, then Ben replies', async () => {
    await openChat(a);
    await openChat(b);
    // The log is a named log region, and not itself a live region (the app's announcer speaks).
    expect(await log(a).getAttribute('aria-live')).toBe('off');
    // Presence: each sees the other online.
    await a.getByText(new RegExp(`2 online: .*${handleB}`)).waitFor();
    await b.getByText(new RegExp(`2 online: .*${handleA}`)).waitFor();

    await send(a, said.hello);
    await log(b).getByText(said.hello).waitFor();
    await allSent(a);
    // Ben hears it once, as "<handle>: <text>", through the polite live region.
    await b.locator('#live-announcer').filter({ hasText: `${handleA}: ${said.hello}` }).waitFor();

    // Shift+Enter is a new line, not a send.
    const boxA = a.getByRole('textbox', { name: 'Your message' });
    await boxA.press('Shift+Enter');
    await boxA.pressSequentially('x');
    expect(await boxA.inputValue()).toBe('\nx');
    expect(await pending(a).count()).toBe(0);
    await boxA.fill('');

    // Typing: Ben starts writing, Ana sees it; sending ends it.
    const box = b.getByRole('textbox', { name: 'Your message' });
    await box.pressSequentially('Hi Ana');
    await a.getByText(`${handleB} is typing…`).waitFor();
    await box.fill(said.reply);
    await box.press('Enter');
    await log(a).getByText(said.reply).waitFor();
    await a.getByText(`${handleB} is typing…`).waitFor({ state: 'detached' });
    await allSent(b);

    expect(await bodies(a)).toEqual([said.hello, said.reply]);
    expect(await bodies(b)).toEqual([said.hello, said.reply]);
  });

  it('Ben goes offline, Ana writes twice, and Ben catches up with both exactly once, in order', async () => {
    const before = { ...benSockets };
    await ctxB.setOffline(true);
    await waitForStatus(b, 'Offline');
    await eventually(() => benSockets.closed > before.closed, 'Ben’s WebSocket to close');

    await send(a, said.missed1);
    await allSent(a);
    await send(a, said.missed2);
    await allSent(a);
    expect(await bodies(a)).toEqual([said.hello, said.reply, said.missed1, said.missed2]);
    // Nothing reaches Ben while he is offline.
    await b.waitForTimeout(500);
    expect(await log(b).getByText(said.missed1).count()).toBe(0);

    await ctxB.setOffline(false);
    await waitForStatus(b, 'Live');
    await eventually(() => benSockets.opened > before.opened, 'Ben’s new WebSocket');
    await log(b).getByText(said.missed2).waitFor();
    // Give any repeated delivery (live events replayed, catch-up pages) time to arrive.
    await b.waitForTimeout(1_500);
    const seen = await bodies(b);
    expect(occurrences(seen, said.missed1)).toBe(1);
    expect(occurrences(seen, said.missed2)).toBe(1);
    expect(seen).toEqual([said.hello, said.reply, said.missed1, said.missed2]);
    // Told once, politely: either each missed message, or how many arrived.
    await b.locator('#live-announcer').filter({ hasText: new RegExp(`arrived while you were away|${said.missed2}`) }).waitFor();
    await b.locator('#chat-title').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(b, 'group-chat');
  });

  it('the group page with the chat open passes axe, on a phone too', async () => {
    await expectNoAxeViolations(a, 'group page with chat (Ana)');
    await expectNoAxeViolations(b, 'group page with chat (Ben)');
    await b.setViewportSize({ width: 375, height: 800 });
    await expectNoAxeViolations(b, 'group page with chat (phone)');
    const scrollsSideways = await b.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(scrollsSideways).toBe(false);
    await b.setViewportSize({ width: 1280, height: 900 });
  });

  it('Ben writes while offline: the message waits, then is delivered exactly once', async () => {
    await ctxB.setOffline(true);
    await waitForStatus(b, 'Offline');
    await send(b, said.queued);
    const queued = pending(b).filter({ hasText: said.queued });
    await queued.getByText(/Not sent yet/).waitFor();
    await waitForStatus(b, 'Offline', /1 unsent/);
    await expectNoAxeViolations(b, 'group page with chat (offline, one unsent)');
    await a.waitForTimeout(500);
    expect(await log(a).getByText(said.queued).count()).toBe(0);

    await ctxB.setOffline(false);
    await waitForStatus(b, 'Live');
    await allSent(b);
    await log(a).getByText(said.queued).waitFor();
    await a.waitForTimeout(1_500);
    const seenByA = await bodies(a);
    expect(occurrences(seenByA, said.queued)).toBe(1);
    expect(seenByA).toEqual([said.hello, said.reply, said.missed1, said.missed2, said.queued]);
    expect(occurrences(await bodies(b), said.queued)).toBe(1);

    // And it is stored once.
    const page = await apiA.ok(`query($g: ID!) { chatMessages(groupId: $g) { messages { body author { handle } } } }`, { g: groupId });
    const stored = (page.chatMessages.messages as { body: string | null }[]).filter((m) => m.body === said.queued);
    expect(stored).toHaveLength(1);
  });

  it('Ana edits and deletes her own message, and Ben sees both changes', async () => {
    const mine = log(a).locator('li', { hasText: said.missed1 });
    await mine.getByRole('button', { name: /^Edit/ }).click();
    const edit = a.getByRole('textbox', { name: 'Edit your message' });
    await edit.fill(`${said.missed1} (edited)`);
    await edit.press('Enter');
    await log(b).getByText(`${said.missed1} (edited)`).waitFor();

    const second = log(a).locator('li', { hasText: said.missed2 });
    await second.getByRole('button', { name: /^Delete/ }).click();
    await second.getByRole('button', { name: 'Yes, delete' }).click();
    await log(a).getByText('Message deleted').waitFor();
    await log(b).getByText('Message deleted').waitFor();
    expect(await log(b).getByText(said.missed2).count()).toBe(0);
  });

  it('a group moderator deletes a message with a reason, and both members see it removed', async () => {
    const ctx = await k.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const mod = await ctx.newPage();
    await mod.goto(`${k.url}/sign-in`);
    await mod.getByLabel('Email or handle').fill('sam_t2d');
    await mod.getByLabel('Password').fill(DEMO_PASSWORD);
    await mod.getByRole('button', { name: 'Sign in' }).click();
    await mod.getByText('Signed in as sam_t2d').waitFor();
    await openChat(mod);
    const bens = log(mod).locator('li', { hasText: said.reply });
    await bens.getByRole('button', { name: new RegExp(`^Delete message from ${handleB}`) }).click();
    await bens.getByRole('button', { name: 'Delete message' }).click();
    // A reason is required, and the field says so.
    await bens.getByText(/Give a reason/).waitFor();
    await bens.getByLabel(`Why delete this message from ${handleB}?`).fill('Shares a phone number');
    await bens.getByRole('button', { name: 'Delete message' }).click();
    await log(mod).getByText('Removed by a moderator').waitFor();
    await log(a).getByText('Removed by a moderator').waitFor();
    await log(b).getByText('Removed by a moderator').waitFor();
    expect(await log(a).getByText(said.reply).count()).toBe(0);
    await expectNoAxeViolations(mod, 'group page with chat (group moderator)');
    await ctx.close();
  });

  it('chat privacy and blocking live on the profile', async () => {
    // Ben blocks Ana from the chat: her messages go from his log.
    const hers = log(b).locator('li', { hasText: said.hello });
    await hers.getByRole('button', { name: `Block ${handleA}` }).click();
    await hers.getByRole('button', { name: `Yes, block ${handleA}` }).click();
    await log(b).getByText(said.hello).waitFor({ state: 'detached' });
    expect(await log(b).getByText(said.queued).count()).toBe(1);

    await b.goto(`${k.url}/me`);
    await b.getByRole('heading', { name: 'Your profile', level: 1 }).waitFor();
    const presence = b.getByRole('checkbox', { name: 'Show me as online in chat' });
    const typing = b.getByRole('checkbox', { name: 'Show when I am typing' });
    expect(await presence.isChecked()).toBe(true);
    expect(await typing.isChecked()).toBe(true);
    await typing.uncheck();
    await b.getByRole('button', { name: 'Save chat privacy' }).click();
    await b.getByText('Your chat privacy settings have been saved.').waitFor();
    await b.getByRole('listitem').filter({ hasText: handleA }).waitFor();
    await expectNoAxeViolations(b, 'profile with chat privacy and a blocked member');
    await b.getByRole('button', { name: `Unblock ${handleA}` }).click();
    await b.getByText('You haven’t blocked anyone.').waitFor();

    await b.reload();
    await b.getByRole('heading', { name: 'Your profile', level: 1 }).waitFor();
    expect(await b.getByRole('checkbox', { name: 'Show when I am typing' }).isChecked()).toBe(false);
  });
});
