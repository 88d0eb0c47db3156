import type { Page } from 'playwright-core';
import { XSS_CORPUS } from '../../api/src/common/markdown/xss-corpus';
import { GqlClient } from '../../api/src/testing/gql-client';
import { Kindred, startKindred } from './support/kindred';

/**
 * A thread whose body, replies and experience-report tips hold every payload of the XSS
 * corpus is rendered in a real browser: no dialog opens, no script runs, nothing loads
 * from elsewhere, and no active element reaches the page.
 */
describe('user text is rendered inert in the browser (XSS)', () => {
  let k: Kindred;
  let page: Page;
  let threadId: string;
  const dialogs: string[] = [];
  const foreignRequests: string[] = [];

  beforeAll(async () => {
    k = await startKindred();
    const member = new GqlClient(k.url);
    await member.register();
    const g = await member.ok(`{ group(slug: "living-with-type-2-diabetes") { id condition { id } } }`);
    await member.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { status } }`, { id: g.group.id });
    const body = XSS_CORPUS.join('\n\n').slice(0, 19_000);
    const th = await member.ok(`mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`, {
      i: { groupId: g.group.id, kind: 'story', title: '<img src=x onerror=alert(1)> title', body, tags: [], anonymous: false },
    });
    threadId = th.startThread.id;
    const replier = new GqlClient(k.url);
    await replier.register();
    await replier.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { status } }`, { id: g.group.id });
    for (const payload of XSS_CORPUS.slice(0, 20)) {
      await replier.ok(`mutation($i: ReplyInput!) { reply(input: $i) { id } }`, { i: { threadId, body: payload, anonymous: false } });
    }
    const iv = await member.ok(`{ intervention(slug: "walking") { id } }`);
    await member.ok(`mutation($i: FileExperienceReportInput!) { fileExperienceReport(input: $i) { id } }`, {
      i: {
        conditionId: g.group.condition.id, interventionId: iv.intervention.id, threadId,
        effectiveness: 'major', sideEffects: [{ name: '<script>alert(1)</script>', severity: 'mild' }],
        adherence: 'mostly', burden: 'low', costBand: 'free', durationWeeks: 4, stillUsing: true,
        tips: XSS_CORPUS.slice(20, 40).join('\n\n').slice(0, 1_900),
      },
    });
    const context = await k.browser.newContext();
    page = await context.newPage();
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(k.url)) foreignRequests.push(r.url());
    });
  });
  afterAll(async () => {
    await k?.close();
  });

  it('opens the thread holding every payload and nothing runs', async () => {
    await page.goto(`${k.url}/threads/${threadId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(1_000);
    const active = await page.evaluate(() => {
      const inPosts = Array.from(document.querySelectorAll('main *'));
      return {
        scripts: document.querySelectorAll('main script, main iframe, main object, main embed, main svg script').length,
        images: document.querySelectorAll('main img').length,
        handlers: inPosts.filter((el) => Array.from(el.attributes).some((a) => a.name.toLowerCase().startsWith('on'))).length,
        badLinks: Array.from(document.querySelectorAll('main a[href]')).filter(
          (a) => !/^(https?:|mailto:|\/)/i.test(a.getAttribute('href') ?? '') && !(a.getAttribute('href') ?? '').startsWith('#'),
        ).length,
      };
    });
    expect(dialogs).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(active).toEqual({ scripts: 0, images: 0, handlers: 0, badLinks: 0 });
  });

  it('shows the payloads as text, so nothing the member wrote is silently lost', async () => {
    const text = await page.getByRole('main').innerText();
    expect(text).toContain('<script>alert(1)</script>');
  });
});
