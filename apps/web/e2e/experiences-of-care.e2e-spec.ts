import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../api/src/database/seed/demo.seed';
import { DEMO_ORGANISATION_ACCOUNT } from '../../api/src/database/seed/care-experiences.seed';
import { GqlClient } from '../../api/src/testing/gql-client';
import { expectNoAxeViolations, Kindred, screenshot, startKindred } from './support/kindred';

/**
 * Experiences of care in a real browser: a member on a phone writes a story of the demo's
 * pulmonary rehabilitation service in Devon (a postcode in the text is pointed out and must go
 * first); the demo's verified organisation answers it from its console with "we changed
 * something"; the member is notified and sees the response under the story; the service-area
 * page lists the story, with its charts and data tables. axe-core on every page visited.
 */
describe('a story of care, a service’s response and what services hear (browser)', () => {
  let k: Kindred;
  let phone: BrowserContext;
  let desk: BrowserContext;
  let member: Page;
  let org: Page;
  const stamp = Date.now().toString(36);
  const handle = `rae_${stamp}`;
  const password = 'a long and memorable passphrase';
  const good = `The physio made breathing exercises make sense ${stamp}`;
  let storyUrl = '';

  async function signIn(page: Page, login: string, pass: string, who = login) {
    await page.goto(`${k.url}/sign-in`);
    await page.getByLabel('Email or handle').fill(login);
    await page.getByLabel('Password').fill(pass);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(`Signed in as ${who}`).waitFor({ state: 'attached' });
  }

  beforeAll(async () => {
    k = await startKindred();
    await new GqlClient(k.url).register({ handle, password });
    phone = await k.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    desk = await k.browser.newContext({ viewport: { width: 1280, height: 900 } });
    member = await phone.newPage();
    org = await desk.newPage();
  });
  afterAll(async () => {
    await k?.close();
  });

  it('a member writes a story on a phone; a postcode is pointed out before it is sent', async () => {
    await signIn(member, handle, password);
    await member.goto(`${k.url}/care`);
    await member.getByRole('heading', { name: 'How services treated you', level: 1 }).waitFor();
    await expectNoAxeViolations(member, 'experiences of care');
    await member.getByRole('link', { name: 'Share your story' }).click();
    await member.getByRole('heading', { name: 'Share your experience of care', level: 1 }).waitFor();
    await member.getByLabel('Kind of service').selectOption({ label: 'Pulmonary rehabilitation' });
    await member.getByLabel('Area', { exact: true }).selectOption({ label: 'NHS Devon ICB' });
    await member.getByLabel('What was good?').fill(good);
    await member.getByLabel('What could be better?').fill('The course was at the hospital near EX2 5DW and parking was hard.');
    for (const [legend, choice] of [
      ['Getting seen', '2 – Poor'],
      ['Being listened to', '5 – Very good'],
      ['Involvement in decisions', '4 – Good'],
    ] as const) {
      await member.getByRole('group', { name: legend }).getByLabel(choice).check();
    }
    await member.getByLabel('Count my story in what services hear and in open data').check();
    await expectNoAxeViolations(member, 'story form');
    await member.getByRole('button', { name: 'Share your story' }).click();
    const summary = member.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByText(/Remove the personal information \(“EX2 5DW”\)/).waitFor();
    await expectNoAxeViolations(member, 'story form with an error');
    await member.getByLabel('What could be better?').fill('Parking at the venue was hard, and nobody said when the next course starts.');
    await member.getByRole('button', { name: 'Share your story' }).click();
    await member.getByRole('heading', { name: 'Pulmonary rehabilitation in NHS Devon ICB', level: 1 }).waitFor();
    await member.getByText(good).waitFor();
    storyUrl = member.url();
    expect(storyUrl).toMatch(/\/care\/stories\/[0-9a-f-]{36}$/);
    await expectNoAxeViolations(member, 'story page');
    await screenshot(member, 'care-story-phone');
  });

  it('the verified organisation answers from its console with “we changed something”', async () => {
    await signIn(org, DEMO_ORGANISATION_ACCOUNT.handle, DEMO_PASSWORD);
    await org.goto(`${k.url}/organisation`);
    await org.getByRole('heading', { name: 'Organisation console', level: 1 }).waitFor();
    await org.getByText(good).waitFor();
    await expectNoAxeViolations(org, 'organisation console');
    await org.goto(storyUrl);
    await org.getByRole('heading', { name: 'Respond as a service' }).waitFor();
    await org.getByLabel('Your response').fill('Thank you. We now send the next course dates with every referral letter.');
    await org.getByLabel('We changed something').check();
    await org.getByLabel('What changed?').fill('Course dates go out with every referral, and there is drop-off parking by the door.');
    await org.getByRole('button', { name: 'Publish response' }).click();
    await org.getByRole('status').filter({ hasText: 'Your response is published under the story, with what changed.' }).waitFor();
    await org.locator('.care-response').filter({ hasText: `Response from ${DEMO_ORGANISATION_ACCOUNT.organisation}` }).getByText('We changed something:').waitFor();
    await expectNoAxeViolations(org, 'story page with the response form');
  });

  it('the member is notified and reads the response under their story', async () => {
    await member.goto(`${k.url}/notifications`);
    const note = member.getByRole('link', { name: new RegExp(`${DEMO_ORGANISATION_ACCOUNT.organisation.replace(/[()]/g, '\\$&')} responded to your story and says it changed something`) });
    await note.waitFor();
    await expectNoAxeViolations(member, 'notifications');
    await note.click();
    await member.getByText('Course dates go out with every referral, and there is drop-off parking by the door.').waitFor();
    expect(member.url()).toContain(storyUrl.replace(k.url, ''));
  });

  it('the service-area page shows the story, with accessible charts and their data tables', async () => {
    await member.goto(`${k.url}/care/pulmonary-rehabilitation/E54000037`);
    await member.getByRole('heading', { name: 'Pulmonary rehabilitation in NHS Devon ICB', level: 1 }).waitFor();
    await member.getByText(good).waitFor();
    await member.getByRole('table', { name: 'Getting seen: members’ ratings per quarter' }).waitFor();
    await member.getByRole('table', { name: 'Being listened to: members’ ratings per quarter' }).waitFor();
    await member.getByRole('table', { name: 'Involvement in decisions: members’ ratings per quarter' }).waitFor();
    // The demo's twelve consenting members' stories of this service: a rounded count, never a small one.
    const counted = await member.locator('.care-figures div').filter({ hasText: 'Stories counted' }).locator('dd').innerText();
    expect(counted === 'fewer than 8' || Number(counted) % 5 === 0).toBe(true);
    await expectNoAxeViolations(member, 'service-area page');
    await screenshot(member, 'care-area-phone');
  });
});
