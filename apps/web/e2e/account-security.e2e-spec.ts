import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../api/src/database/seed/demo.seed';
import { startMailServer, type MailServer } from '../../api/src/testing/mail-server';
import { totpFor } from '../../api/src/modules/auth/two-factor.service';
import { expectNoAxeViolations, Kindred, startKindred } from './support/kindred';

/**
 * Account security in a real browser, with real mail: a member signs up and confirms their
 * address from the mail the in-process SMTP server received; forgets their password, resets it
 * from the mailed link and signs in with the new one. A clinician (the demo's dr_clare) turns on
 * two-factor sign-in (QR code and key, a code, recovery codes shown once), signs out, signs in
 * with a code from the app, then elsewhere with a recovery code, which leads to setting it up
 * again. Every page visited is scanned with axe.
 */
describe('verified email, password reset and two-factor sign-in (browser)', () => {
  let k: Kindred;
  let mail: MailServer;
  let ctx: BrowserContext;
  let page: Page;
  const stamp = Date.now().toString(36);
  const handle = `sam_${stamp}`;
  const email = `${handle}@example.test`;
  const password = 'a long and memorable passphrase';
  const newPassword = 'an even longer new passphrase';

  /** The link in a mail, opened on the server under test (mail links use PUBLIC_URL). */
  const open = async (p: Page, link: string) => {
    const u = new URL(link);
    await p.goto(`${k.url}${u.pathname}${u.search}`);
  };

  async function signInWithPassword(p: Page, login: string, pass: string) {
    await p.goto(`${k.url}/sign-in`);
    await p.getByLabel('Email or handle').fill(login);
    await p.getByLabel('Password').fill(pass);
    await p.getByRole('button', { name: 'Sign in' }).click();
  }

  beforeAll(async () => {
    mail = await startMailServer();
    k = await startKindred({ SMTP_URL: mail.url });
    ctx = await k.browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await ctx.newPage();
  });
  afterAll(async () => {
    await k?.close();
    await mail?.close();
  });

  it('signs up, receives the verification mail and follows its link', async () => {
    await page.goto(`${k.url}/sign-up`);
    await page.getByLabel('Handle').fill(handle);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText(`Signed in as ${handle}`).waitFor();

    await page.goto(`${k.url}/settings/security`);
    await page.getByRole('heading', { name: 'Sign-in and security', level: 1 }).waitFor();
    await page.getByText('Not confirmed yet').waitFor();
    await expectNoAxeViolations(page, 'sign-in and security (unconfirmed)');

    const m = await mail.next(email, (x) => /Confirm your email/.test(x.subject));
    expect(m.html).toContain('<html lang="en">');
    await open(page, m.linkTo('http://localhost:3000/verify-email')!);
    await page.getByRole('heading', { name: 'Your email address is confirmed', level: 1 }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    await expectNoAxeViolations(page, 'verify email');
    await page.goto(`${k.url}/settings/security`);
    await page.getByText('Confirmed', { exact: true }).waitFor();
  });

  it('forgets the password, resets it from the mailed link, and signs in with the new one', async () => {
    const fresh = await k.browser.newContext();
    const p = await fresh.newPage();
    await p.goto(`${k.url}/sign-in`);
    await p.getByRole('link', { name: 'Forgot your password?' }).click();
    await p.getByRole('heading', { name: 'Forgot your password?', level: 1 }).waitFor();
    await expectNoAxeViolations(p, 'forgot password');
    // An empty form is explained, keyboard first.
    await p.getByRole('button', { name: 'Send me a link' }).click();
    await p.getByRole('link', { name: 'Enter the email address you signed up with.' }).waitFor();
    await p.getByLabel('Email address').fill(email);
    await p.keyboard.press('Enter');
    await p.getByText(`If an account uses ${email}, we have sent it a link`).waitFor();
    await expectNoAxeViolations(p, 'forgot password (sent)');

    const m = await mail.next(email, (x) => /Reset your Kindred password/.test(x.subject));
    await open(p, m.linkTo('http://localhost:3000/reset-password')!);
    await p.getByRole('heading', { name: 'Choose a new password', level: 1 }).waitFor();
    await expectNoAxeViolations(p, 'reset password');
    await p.getByLabel('New password').fill(newPassword);
    await p.getByRole('button', { name: 'Save my new password' }).click();
    await p.getByText('Your password is changed, and you were signed out everywhere.').waitFor();
    await mail.next(email, (x) => /password was changed/.test(x.subject));

    // The first browser's session ended with the reset.
    await page.goto(`${k.url}/settings/security`);
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();

    await signInWithPassword(p, email, newPassword);
    await p.getByText(`Signed in as ${handle}`).waitFor();
    await fresh.close();
  });

  it('a clinician turns on two-factor sign-in, signs out, and signs in with a code, then with a recovery code', async () => {
    const clin = await k.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await clin.newPage();
    await signInWithPassword(p, 'dr_clare', DEMO_PASSWORD);
    await p.getByText('Signed in as dr_clare').waitFor();
    await p.goto(`${k.url}/settings/security`);
    await p.getByText(/two-factor sign-in is needed to keep using those powers/).waitFor();
    await p.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    await p.getByRole('heading', { name: 'Set up your authenticator app' }).waitFor();
    await p.getByRole('img', { name: /QR code/ }).waitFor();
    await expectNoAxeViolations(p, 'two-factor setup');
    const secret = (await p.locator('code.secret-key').innerText()).replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const totp = totpFor(secret, 'dr_clare');
    const setup = p.getByRole('form', { name: 'Turn on two-factor sign-in' });
    await setup.getByLabel('Code from your app').fill(totp.generate());
    await setup.getByLabel('Your password').fill(DEMO_PASSWORD);
    await setup.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    await p.getByRole('heading', { name: 'Save your recovery codes' }).waitFor();
    const codes = await p.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').allInnerTexts();
    expect(codes).toHaveLength(10);
    await expectNoAxeViolations(p, 'recovery codes');
    await p.getByRole('button', { name: 'I have saved my recovery codes' }).click();
    await p.getByText('10 of 10 recovery codes left.').waitFor();

    // Sign out, then in again: the password, then a code from the app.
    await p.goto(`${k.url}/me`);
    await p.getByRole('button', { name: 'Sign out', exact: true }).click();
    await p.getByText('You have signed out.').waitFor();
    await signInWithPassword(p, 'clinician@demo.kindred.local', DEMO_PASSWORD);
    await p.getByRole('heading', { name: 'Enter your sign-in code' }).waitFor();
    await expectNoAxeViolations(p, 'sign-in second step');
    await p.getByLabel('Code from your authenticator app').fill('000000');
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByRole('link', { name: /That code is not right/ }).waitFor();
    // The next step's code (the one just used to turn it on is never accepted twice).
    await p.getByLabel('Code from your authenticator app').fill(totp.generate({ timestamp: Date.now() + 30_000 }));
    await p.keyboard.press('Enter');
    await p.getByText('Signed in as dr_clare').waitFor();

    // Another browser, the phone lost: a recovery code, then set it up again.
    const other = await k.browser.newContext({ viewport: { width: 390, height: 844 } });
    const q = await other.newPage();
    await signInWithPassword(q, 'dr_clare', DEMO_PASSWORD);
    await q.getByRole('heading', { name: 'Enter your sign-in code' }).waitFor();
    await q.getByRole('button', { name: 'Lost your phone? Use a recovery code' }).click();
    await q.getByRole('heading', { name: 'Use a recovery code' }).waitFor();
    await expectNoAxeViolations(q, 'sign-in with a recovery code');
    await q.getByRole('textbox', { name: 'Recovery code' }).fill(codes[0]!);
    await q.getByRole('button', { name: 'Sign in' }).click();
    await q.getByRole('heading', { name: 'Sign-in and security', level: 1 }).waitFor();
    await q.getByText('You signed in with a recovery code').waitFor();
    await q.getByText('9 of 10 recovery codes left.').waitFor();
    await q.getByRole('button', { name: 'Move to a new phone' }).click();
    await q.getByRole('heading', { name: 'Set up your authenticator app' }).waitFor();
    await mail.next('clinician@demo.kindred.local', (x) => /recovery code was used/.test(x.subject));
    await other.close();
    await clin.close();
  });
});
