import { SESSION_COOKIE, TWO_FACTOR_COOKIE } from '@kindred/contracts';
import { errorCode, GqlClient, uniqueHandle } from '../../testing/gql-client';
import { startMailServer, type MailServer, type ReceivedMail } from '../../testing/mail-server';
import { promote } from '../../testing/promote';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { DigestService } from '../notifications/digest.service';
import { totpFor } from './two-factor.service';

const ME = `{ me { id handle email emailVerified security { emailVerified pendingEmail twoFactorEnabled twoFactorRequired twoFactorDueAt powersWaiting recoveryCodesLeft } } }`;
const VERIFY = `mutation($t: String!) { verifyEmail(token: $t) { email changed } }`;
const FORGOT = `mutation($e: String!) { requestPasswordReset(input: { email: $e }) }`;
const RESET = `mutation($t: String!, $p: String!) { resetPassword(input: { token: $t, newPassword: $p }) }`;
const BEGIN = `mutation { beginTwoFactorSetup { secret otpauthUrl qrCodeDataUrl } }`;
const CONFIRM = `mutation($c: String!, $p: String!) { confirmTwoFactorSetup(input: { code: $c, password: $p }) { codes } }`;
const SECOND = `mutation($i: TwoFactorSignInInput!) { signInWithTwoFactor(input: $i) { id handle } }`;

const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;
const code = (secret: string, offsetSteps = 0) => totpFor(secret, 'x').generate({ timestamp: Date.now() + offsetSteps * 30_000 });

/** Every mail: a plain-text part and an accessible HTML part (language, title, one heading, real links). */
function expectWellFormed(m: ReceivedMail) {
  expect(m.text.length).toBeGreaterThan(20);
  expect(m.html).toMatch(/<html lang="en">/);
  expect(m.html).toMatch(/<title>[^<]+<\/title>/);
  expect(m.html.match(/<h1/g)).toHaveLength(1);
  expect(m.html).not.toMatch(/<img|<script/i);
  for (const [, label] of m.html.matchAll(/<a [^>]*>([^<]*)<\/a>/g)) expect(label!.trim().length).toBeGreaterThan(3);
  expect(m.from).toContain('Kindred');
}

describe('account security: verified email, password reset, two-factor sign-in (integration, real SMTP)', () => {
  let t: TestApp;
  let mail: MailServer;

  beforeAll(async () => {
    mail = await startMailServer();
    t = await startTestApp({ SMTP_URL: mail.url, PUBLIC_URL: 'https://kindred.example' });
  });
  afterAll(async () => {
    await t?.close();
    await mail?.close();
  });

  async function member() {
    const c = new GqlClient(t.url);
    const acct = await c.register();
    const m = await mail.next(acct.email, (x) => /Confirm your email/.test(x.subject));
    return { c, ...acct, verification: m };
  }

  async function verified() {
    const m = await member();
    await m.c.ok(VERIFY, { t: tokenOf(m.verification.linkTo('https://kindred.example/verify-email')!) });
    return m;
  }

  async function enrol(c: GqlClient, password: string) {
    const setup = (await c.ok(BEGIN)).beginTwoFactorSetup;
    const codes: string[] = (await c.ok(CONFIRM, { c: code(setup.secret), p: password })).confirmTwoFactorSetup.codes;
    return { secret: setup.secret as string, codes };
  }

  describe('email verification', () => {
    it('sends a single-use link on sign-up, stored only as a hash; following it verifies the address', async () => {
      const { c, email, handle, verification } = await member();
      expect(verification.to).toEqual([email]);
      expectWellFormed(verification);
      expect(verification.text).toContain(handle);
      const link = verification.linkTo('https://kindred.example/verify-email?token=')!;
      expect(link).toBeTruthy();
      expect(verification.html).toContain(link);
      const token = tokenOf(link);
      const rows = await t.db.query(`SELECT token_hash FROM account_tokens t JOIN users u ON u.id = t.user_id WHERE u.handle = $1`, [handle]);
      expect(JSON.stringify(rows)).not.toContain(token);
      expect((await c.ok(ME)).me).toMatchObject({ emailVerified: false, security: { emailVerified: false } });
      // The link works signed out too (opened on another device).
      const elsewhere = new GqlClient(t.url);
      expect((await elsewhere.ok(VERIFY, { t: token })).verifyEmail).toEqual({ email, changed: false });
      expect((await c.ok(ME)).me.emailVerified).toBe(true);
      expect(errorCode(await elsewhere.gql(VERIFY, { t: token }))).toBe('LINK_USED');
      expect(errorCode(await elsewhere.gql(VERIFY, { t: 'not-a-real-token' }))).toBe('LINK_INVALID');
    });

    it('refuses an expired link (24 hours), and a resend replaces the older link', async () => {
      const { c, handle, verification } = await member();
      const first = tokenOf(verification.linkTo('https://kindred.example/verify-email')!);
      const [{ hours }] = await t.db.query(
        `SELECT round(extract(epoch FROM expires_at - created_at) / 3600)::int AS hours FROM account_tokens WHERE user_id = (SELECT id FROM users WHERE handle = $1)`,
        [handle],
      );
      expect(hours).toBe(24);
      await t.db.query(`UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = (SELECT id FROM users WHERE handle = $1)`, [handle]);
      expect(errorCode(await c.gql(VERIFY, { t: first }))).toBe('LINK_EXPIRED');
      expect((await c.ok(`mutation { resendVerificationEmail }`)).resendVerificationEmail).toBe(true);
      const again = await mail.next(verification.to[0]!, (x) => /Confirm your email/.test(x.subject));
      const second = tokenOf(again.linkTo('https://kindred.example/verify-email')!);
      expect(second).not.toBe(first);
      expect((await c.ok(VERIFY, { t: second })).verifyEmail.changed).toBe(false);
    });

    it('rate limits "send the link again": 3 an hour, then TOO_MANY_REQUESTS', async () => {
      const { c } = await member();
      for (let i = 0; i < 3; i++) expect((await c.ok(`mutation { resendVerificationEmail }`)).resendVerificationEmail).toBe(true);
      const r = await c.gql(`mutation { resendVerificationEmail }`);
      expect(errorCode(r)).toBe('TOO_MANY_REQUESTS');
      expect(r.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    });

    it('an unverified account cannot be made a moderator or verified as a clinician until it verifies', async () => {
      const admin = await verified();
      await promote(t.db, admin.id, 'admin');
      const m = await member();
      const clin = new GqlClient(t.url);
      const clinAcct = await clin.register({ asClinician: true });
      const clinMail = await mail.next(clinAcct.email, (x) => /Confirm your email/.test(x.subject));
      expect(errorCode(await admin.c.gql(`mutation($h: String!) { setRole(input: { handle: $h, role: moderator }) { handle } }`, { h: m.handle }))).toBe('EMAIL_NOT_VERIFIED');
      expect(errorCode(await admin.c.gql(`mutation($h: String!) { verifyClinician(handle: $h) { status } }`, { h: clinAcct.handle }))).toBe('EMAIL_NOT_VERIFIED');
      await m.c.ok(VERIFY, { t: tokenOf(m.verification.linkTo('https://kindred.example/verify-email')!) });
      await clin.ok(VERIFY, { t: tokenOf(clinMail.linkTo('https://kindred.example/verify-email')!) });
      expect((await admin.c.ok(`mutation($h: String!) { setRole(input: { handle: $h, role: moderator }) { isModerator } }`, { h: m.handle })).setRole.isModerator).toBe(true);
      expect((await admin.c.ok(`mutation($h: String!) { verifyClinician(handle: $h) { status } }`, { h: clinAcct.handle })).verifyClinician.status).toBe('verified');
      // The power came with a grace period for two-factor sign-in.
      expect((await m.c.ok(ME)).me.security).toMatchObject({ twoFactorRequired: true, powersWaiting: false, twoFactorDueAt: expect.any(String) });
    });

    it('sends email digests only to verified addresses, as delivered mail naming others by handle', async () => {
      const site = await verified();
      await promote(t.db, site.id, 'moderator');
      const [{ id: conditionId }] = await t.db.query(`SELECT id FROM conditions WHERE slug = 'asthma'`);
      const slug = `d-${uniqueHandle()}`.slice(0, 30).toLowerCase();
      const group = (
        await site.c.ok(`mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`, {
          i: { conditionId, slug, name: `Digest ${slug}`, description: '', visibility: 'public', allowAnonymous: false },
        })
      ).createGroup.id;
      const asker = await verified();
      const unverified = await member();
      const helper = await verified();
      const ask = async (who: GqlClient) =>
        (
          await who.ok(`mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`, {
            i: { groupId: group, kind: 'question', title: 'My inhaler and the night cough', body: 'Any tips?', tags: [], anonymous: false },
          })
        ).startThread.id;
      for (const who of [asker, unverified]) {
        await who.c.ok(`mutation($g: ID!) { joinGroup(groupId: $g) { id } }`, { g: group });
        await who.c.ok(`mutation { updateNotificationSettings(input: { enabledKinds: [reply, mention, helpful, join_decided, moderation, new_thread], digest: daily }) { digest } }`);
      }
      await helper.c.ok(`mutation($g: ID!) { joinGroup(groupId: $g) { id } }`, { g: group });
      for (const who of [asker, unverified]) {
        const thread = await ask(who.c);
        await helper.c.ok(`mutation($i: ReplyInput!) { reply(input: $i) { id } }`, { i: { threadId: thread, body: 'Try a spacer.', anonymous: false } });
      }
      await new Promise((r) => setTimeout(r, 300));
      const sent = await t.app.get(DigestService).sendDue(new Date());
      expect(sent.map((s) => s.to)).toContain(asker.email);
      expect(sent.map((s) => s.to)).not.toContain(unverified.email);
      const digest = await mail.next(asker.email, (x) => /new notification/.test(x.subject));
      expectWellFormed(digest);
      expect(digest.subject).toBe('Kindred: 1 new notification');
      expect(digest.text).toContain(helper.handle);
      expect(digest.text).not.toContain(helper.email);
      expect(digest.html).not.toContain(helper.email);
      expect(digest.text).toMatch(/https:\/\/kindred\.example\/threads\//);
      expect(mail.to(unverified.email).filter((x) => /notification/.test(x.subject))).toEqual([]);
    });
  });

  describe('change of email address', () => {
    it('takes effect only once the new address is confirmed, and tells the old one', async () => {
      const m = await verified();
      const next = `${uniqueHandle('n')}@example.test`;
      const wrong = await m.c.gql(`mutation($e: String!, $p: String!) { changeEmail(input: { newEmail: $e, password: $p }) }`, { e: next, p: 'not my password' });
      expect(errorCode(wrong)).toBe('INVALID_CREDENTIALS');
      expect(wrong.errors![0]!.extensions!.fields).toEqual([expect.objectContaining({ field: 'password' })]);
      const other = await member();
      expect(errorCode(await m.c.gql(`mutation($e: String!, $p: String!) { changeEmail(input: { newEmail: $e, password: $p }) }`, { e: other.email, p: m.password }))).toBe('EMAIL_TAKEN');

      await m.c.ok(`mutation($e: String!, $p: String!) { changeEmail(input: { newEmail: $e, password: $p }) }`, { e: next, p: m.password });
      const confirm = await mail.next(next, (x) => /Confirm your new email/.test(x.subject));
      const notice = await mail.next(m.email, (x) => /change of email address/.test(x.subject));
      expectWellFormed(confirm);
      expectWellFormed(notice);
      expect(notice.text).not.toContain(next); // masked
      expect(notice.text).toMatch(/n\*+@e\*+\.test/);
      expect(notice.text).not.toMatch(/verify-email/);
      expect((await m.c.ok(ME)).me).toMatchObject({ email: m.email, security: { pendingEmail: next } });

      const r = await new GqlClient(t.url).ok(VERIFY, { t: tokenOf(confirm.linkTo('https://kindred.example/verify-email')!) });
      expect(r.verifyEmail).toEqual({ email: next, changed: true });
      expect((await m.c.ok(ME)).me).toMatchObject({ email: next, emailVerified: true, security: { pendingEmail: null } });
      const done = await mail.next(m.email, (x) => /was changed/.test(x.subject));
      expectWellFormed(done);
      expect((await new GqlClient(t.url).signIn(next, m.password)).errors).toBeUndefined();
      expect(errorCode(await new GqlClient(t.url).signIn(m.email, m.password))).toBe('INVALID_CREDENTIALS');
    });
  });

  describe('password reset', () => {
    it('mails a single-use link (1 hour, hashed); a reset ends every session and is told by mail', async () => {
      const m = await verified();
      const laptop = new GqlClient(t.url);
      expect((await laptop.signIn(m.email, m.password)).errors).toBeUndefined();
      const asker = new GqlClient(t.url);
      expect((await asker.ok(FORGOT, { e: m.email.toUpperCase() })).requestPasswordReset).toBe(true);
      const resetMail = await mail.next(m.email, (x) => /Reset your Kindred password/.test(x.subject));
      expectWellFormed(resetMail);
      const link = resetMail.linkTo('https://kindred.example/reset-password?token=')!;
      const token = tokenOf(link);
      const [row] = await t.db.query(
        `SELECT token_hash, round(extract(epoch FROM expires_at - created_at) / 60)::int AS minutes FROM account_tokens WHERE purpose = 'reset_password' AND user_id = $1`,
        [m.id],
      );
      expect(row.minutes).toBe(60);
      expect(row.token_hash).not.toBe(token);

      const short = await asker.gql(RESET, { t: token, p: 'short' });
      expect(errorCode(short)).toBe('VALIDATION_FAILED');
      expect(await asker.ok(RESET, { t: token, p: 'a brand new password' })).toEqual({ resetPassword: true });
      expect((await m.c.ok(ME)).me).toBeNull();
      expect((await laptop.ok(ME)).me).toBeNull();
      const [{ live }] = await t.db.query(`SELECT count(*)::int AS live FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`, [m.id]);
      expect(live).toBe(0);
      const told = await mail.next(m.email, (x) => /password was changed/.test(x.subject));
      expectWellFormed(told);
      expect(told.text).not.toContain('a brand new password');

      expect(errorCode(await asker.gql(RESET, { t: token, p: 'another new password' }))).toBe('LINK_USED');
      expect(errorCode(await new GqlClient(t.url).signIn(m.email, m.password))).toBe('INVALID_CREDENTIALS');
      expect((await new GqlClient(t.url).signIn(m.email, 'a brand new password')).errors).toBeUndefined();
    });

    it('refuses an expired reset link', async () => {
      const m = await verified();
      await new GqlClient(t.url).ok(FORGOT, { e: m.email });
      const token = tokenOf((await mail.next(m.email, (x) => /Reset your/.test(x.subject))).linkTo('https://kindred.example/reset-password')!);
      await t.db.query(`UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE purpose = 'reset_password' AND user_id = $1`, [m.id]);
      expect(errorCode(await new GqlClient(t.url).gql(RESET, { t: token, p: 'a brand new password' }))).toBe('LINK_EXPIRED');
      expect((await new GqlClient(t.url).signIn(m.email, m.password)).errors).toBeUndefined();
    });

    it('answers the same, in similar time, whether or not the email is registered', async () => {
      const m = await verified();
      const unknown = `${uniqueHandle('nobody')}@example.test`;
      const time = async (email: string) => {
        const c = await new GqlClient(t.url).visit();
        const started = process.hrtime.bigint();
        const r = await c.gql(FORGOT, { e: email });
        return { r, ms: Number(process.hrtime.bigint() - started) / 1e6 };
      };
      const known: number[] = [];
      const missing: number[] = [];
      for (let i = 0; i < 6; i++) {
        const a = await time(i % 2 ? m.email : unknown);
        const b = await time(i % 2 ? unknown : m.email);
        for (const x of [a, b]) {
          expect(x.r.errors).toBeUndefined();
          expect(x.r.data).toEqual({ requestPasswordReset: true });
        }
        (i % 2 ? known : missing).push(a.ms);
        (i % 2 ? missing : known).push(b.ms);
      }
      const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)]!;
      // The mail is sent after the answer, so a registered address costs no more time.
      expect(Math.abs(median(known) - median(missing))).toBeLessThan(Math.max(25, median(missing)));
      expect(mail.to(unknown)).toEqual([]);
    });

    it('rate limits per account (silently: still the same answer) and per IP', async () => {
      const m = await verified();
      for (let i = 0; i < 5; i++) expect((await new GqlClient(t.url).ok(FORGOT, { e: m.email })).requestPasswordReset).toBe(true);
      await new Promise((r) => setTimeout(r, 1000));
      expect(mail.to(m.email).filter((x) => /Reset your/.test(x.subject))).toHaveLength(3);
      const ip = new GqlClient(t.url);
      for (let i = 0; i < 10; i++) expect((await ip.ok(FORGOT, { e: `${uniqueHandle()}@example.test` })).requestPasswordReset).toBe(true);
      const r = await ip.gql(FORGOT, { e: `${uniqueHandle()}@example.test` });
      expect(errorCode(r)).toBe('TOO_MANY_REQUESTS');
    });
  });

  describe('change of password', () => {
    it('asks for the current password; other sessions end, this one stays unless asked', async () => {
      const m = await verified();
      const phone = new GqlClient(t.url);
      await phone.signIn(m.email, m.password);
      const CHANGE = `mutation($c: String!, $n: String!, $k: Boolean) { changePassword(input: { currentPassword: $c, newPassword: $n, keepThisSession: $k }) }`;
      const wrong = await m.c.gql(CHANGE, { c: 'not the password', n: 'a new long password' });
      expect(errorCode(wrong)).toBe('INVALID_CREDENTIALS');
      expect(wrong.errors![0]!.extensions!.fields).toEqual([expect.objectContaining({ field: 'currentPassword' })]);
      expect((await m.c.ok(CHANGE, { c: m.password, n: 'a new long password' })).changePassword).toBe(1);
      expect((await m.c.ok(ME)).me).not.toBeNull();
      expect((await phone.ok(ME)).me).toBeNull();
      await mail.next(m.email, (x) => /password was changed/.test(x.subject));
      const tablet = new GqlClient(t.url);
      await tablet.signIn(m.email, 'a new long password');
      expect((await m.c.ok(CHANGE, { c: 'a new long password', n: 'a third long password', k: false })).changePassword).toBe(1);
      expect((await m.c.ok(ME)).me).toBeNull();
      expect((await tablet.ok(ME)).me).toBeNull();
    });
  });

  describe('two-factor sign-in', () => {
    it('sets up with a QR code and the secret as text, then asks for a code at every sign-in', async () => {
      const m = await verified();
      const setup = (await m.c.ok(BEGIN)).beginTwoFactorSetup;
      expect(setup.secret).toMatch(/^[A-Z2-7]{32}$/);
      expect(setup.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Kindred:.+secret=/);
      expect(setup.qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
      expect(Buffer.from(setup.qrCodeDataUrl.split(',')[1], 'base64').toString()).toContain('<svg');
      // A wrong code does not turn it on.
      expect(errorCode(await m.c.gql(CONFIRM, { c: '000000', p: m.password }))).toBe('INVALID_TWO_FACTOR_CODE');
      expect((await m.c.ok(ME)).me.security.twoFactorEnabled).toBe(false);
      const codes: string[] = (await m.c.ok(CONFIRM, { c: code(setup.secret), p: m.password })).confirmTwoFactorSetup.codes;
      expect(codes).toHaveLength(10);
      expect(new Set(codes).size).toBe(10);
      expect((await m.c.ok(ME)).me.security).toMatchObject({ twoFactorEnabled: true, recoveryCodesLeft: 10 });
      const stored = JSON.stringify(await t.db.query(`SELECT code_hash FROM recovery_codes WHERE user_id = $1`, [m.id]));
      for (const c of codes) expect(stored).not.toContain(c.replace(/-/g, ''));
      await mail.next(m.email, (x) => /Two-factor sign-in is on/.test(x.subject));

      // Password alone no longer signs in.
      const d = new GqlClient(t.url);
      const first = await d.signIn(m.handle, m.password);
      expect(errorCode(first)).toBe('TWO_FACTOR_CODE_REQUIRED');
      expect(d.cookies.has(SESSION_COOKIE)).toBe(false);
      expect(d.cookies.has(TWO_FACTOR_COOKIE)).toBe(true);
      expect((await d.ok(ME)).me).toBeNull();
      expect(errorCode(await d.gql(SECOND, { i: { code: '123456' } }))).toBe('INVALID_TWO_FACTOR_CODE');
      const next = code(setup.secret, 1);
      expect((await d.ok(SECOND, { i: { code: next } })).signInWithTwoFactor.handle).toBe(m.handle);
      expect((await d.ok(ME)).me.handle).toBe(m.handle);
      expect(d.cookies.has(TWO_FACTOR_COOKIE)).toBe(false);

      // The same code never works twice.
      const e = new GqlClient(t.url);
      expect(errorCode(await e.signIn(m.handle, m.password))).toBe('TWO_FACTOR_CODE_REQUIRED');
      expect(errorCode(await e.gql(SECOND, { i: { code: next } }))).toBe('INVALID_TWO_FACTOR_CODE');
      // Without the first step's cookie there is nothing to finish.
      expect(errorCode(await new GqlClient(t.url).gql(SECOND, { i: { code: code(setup.secret) } }))).toBe('TWO_FACTOR_CHALLENGE_EXPIRED');
    });

    it('a lost device: a recovery code signs in once, then the member sets up again', async () => {
      const m = await verified();
      const { codes } = await enrol(m.c, m.password);
      const lost = new GqlClient(t.url);
      expect(errorCode(await lost.signIn(m.email, m.password))).toBe('TWO_FACTOR_CODE_REQUIRED');
      expect((await lost.ok(SECOND, { i: { recoveryCode: codes[3]!.toUpperCase() } })).signInWithTwoFactor.handle).toBe(m.handle);
      const told = await mail.next(m.email, (x) => /recovery code was used/.test(x.subject));
      expect(told.text).toContain('9 recovery codes left');
      expect((await lost.ok(ME)).me.security.recoveryCodesLeft).toBe(9);
      const again = new GqlClient(t.url);
      await again.signIn(m.email, m.password);
      expect(errorCode(await again.gql(SECOND, { i: { recoveryCode: codes[3] } }))).toBe('INVALID_TWO_FACTOR_CODE');
      // Re-enrol on a new phone: the old secret and codes stop working.
      const fresh = await enrol(lost, m.password);
      expect(fresh.codes).toHaveLength(10);
      const later = new GqlClient(t.url);
      await later.signIn(m.email, m.password);
      expect(errorCode(await later.gql(SECOND, { i: { recoveryCode: codes[4] } }))).toBe('INVALID_TWO_FACTOR_CODE');
      expect((await later.ok(SECOND, { i: { recoveryCode: fresh.codes[0] } })).signInWithTwoFactor.handle).toBe(m.handle);
    });

    it('throttles the second step with the sign-in limits, and a sign-in waits only 5 minutes', async () => {
      const m = await verified();
      const { secret } = await enrol(m.c, m.password);
      const attacker = new GqlClient(t.url);
      expect(errorCode(await attacker.signIn(m.email, m.password))).toBe('TWO_FACTOR_CODE_REQUIRED');
      for (let i = 0; i < 5; i++) expect(errorCode(await attacker.gql(SECOND, { i: { code: String(100000 + i) } }))).toBe('INVALID_TWO_FACTOR_CODE');
      expect(errorCode(await attacker.gql(SECOND, { i: { code: code(secret) } }))).toBe('TWO_FACTOR_CHALLENGE_EXPIRED');
      const r = await attacker.signIn(m.email, m.password);
      expect(errorCode(r)).toBe('TOO_MANY_REQUESTS');
      // The owner, from their own network, still gets in; an old sign-in expires.
      const owner = new GqlClient(t.url);
      expect(errorCode(await owner.signIn(m.email, m.password))).toBe('TWO_FACTOR_CODE_REQUIRED');
      await t.db.query(`UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE purpose = 'sign_in' AND user_id = $1 AND used_at IS NULL`, [m.id]);
      expect(errorCode(await owner.gql(SECOND, { i: { code: code(secret, 1) } }))).toBe('TWO_FACTOR_CHALLENGE_EXPIRED');
      const [{ minutes }] = await t.db.query(
        `SELECT max(round(extract(epoch FROM expires_at - created_at) / 60))::int AS minutes FROM account_tokens WHERE purpose = 'sign_in' AND user_id = $1`,
        [m.id],
      );
      expect(minutes).toBe(5);
      expect(errorCode(await owner.signIn(m.email, m.password))).toBe('TWO_FACTOR_CODE_REQUIRED');
      expect((await owner.ok(SECOND, { i: { code: code(secret, 1) } })).signInWithTwoFactor.handle).toBe(m.handle);
    });

    it('a reset password still needs the second step', async () => {
      const m = await verified();
      const { secret } = await enrol(m.c, m.password);
      await new GqlClient(t.url).ok(FORGOT, { e: m.email });
      const token = tokenOf((await mail.next(m.email, (x) => /Reset your/.test(x.subject))).linkTo('https://kindred.example/reset-password')!);
      await new GqlClient(t.url).ok(RESET, { t: token, p: 'a brand new password' });
      const c = new GqlClient(t.url);
      expect(errorCode(await c.signIn(m.email, 'a brand new password'))).toBe('TWO_FACTOR_CODE_REQUIRED');
      expect((await c.ok(SECOND, { i: { code: code(secret, 1) } })).signInWithTwoFactor.handle).toBe(m.handle);
    });
  });

  describe('powers wait for two-factor sign-in', () => {
    const QUEUE = `{ moderationQueue { totalCount } }`;

    it('site moderators, admins and clinicians: within the grace period they act; after it TWO_FACTOR_REQUIRED until they enrol', async () => {
      const mod = await verified();
      await promote(t.db, mod.id, 'moderator');
      // The need is seen: the grace period starts.
      expect((await mod.c.ok(ME)).me.security).toMatchObject({ twoFactorRequired: true, powersWaiting: false });
      const [{ days }] = await t.db.query(`SELECT round(extract(epoch FROM two_factor_due_at - now()) / 86400)::int AS days FROM users WHERE id = $1`, [mod.id]);
      expect(days).toBe(7);
      expect((await mod.c.ok(QUEUE)).moderationQueue.totalCount).toBeGreaterThanOrEqual(0);

      await t.db.query(`UPDATE users SET two_factor_due_at = now() - interval '1 minute' WHERE id = $1`, [mod.id]);
      expect((await mod.c.ok(ME)).me.security.powersWaiting).toBe(true);
      expect(errorCode(await mod.c.gql(QUEUE))).toBe('TWO_FACTOR_REQUIRED');
      const { secret } = await enrol(mod.c, mod.password);
      expect((await mod.c.ok(ME)).me.security.powersWaiting).toBe(false);
      expect((await mod.c.ok(QUEUE)).moderationQueue.totalCount).toBeGreaterThanOrEqual(0);
      expect(secret).toBeTruthy();

      const admin = await verified();
      await promote(t.db, admin.id, 'admin');
      await admin.c.ok(ME);
      await t.db.query(`UPDATE users SET two_factor_due_at = now() - interval '1 minute' WHERE id = $1`, [admin.id]);
      const target = await verified();
      expect(errorCode(await admin.c.gql(`mutation($h: String!) { setRole(input: { handle: $h, role: moderator }) { handle } }`, { h: target.handle }))).toBe('TWO_FACTOR_REQUIRED');
      expect(errorCode(await admin.c.gql(`{ clinicianApplications { totalCount } }`))).toBe('TWO_FACTOR_REQUIRED');

      const clin = await verified();
      await promote(t.db, clin.id, 'clinician');
      await clin.c.ok(ME);
      await t.db.query(`UPDATE users SET two_factor_due_at = now() - interval '1 minute' WHERE id = $1`, [clin.id]);
      const insights = await clin.c.gql(`{ conditionInsights(condition: "asthma", from: "2026-01-05T00:00:00Z", to: "2026-03-02T00:00:00Z") { condition { slug } } }`);
      expect(errorCode(insights)).toBe('TWO_FACTOR_REQUIRED');
      await enrol(clin.c, clin.password);
      expect(errorCode(await clin.c.gql(`{ conditionInsights(condition: "asthma", from: "2026-01-05T00:00:00Z", to: "2026-03-02T00:00:00Z") { condition { slug } } }`))).not.toBe('TWO_FACTOR_REQUIRED');
      // A member without powers never needs it.
      const plain = await verified();
      expect((await plain.c.ok(ME)).me.security).toMatchObject({ twoFactorRequired: false, powersWaiting: false, twoFactorDueAt: null });
    });

    it('moderators of a private group: join requests and private content wait too, and so do site moderators’ reads', async () => {
      const site = await verified();
      await promote(t.db, site.id, 'moderator');
      await enrol(site.c, site.password);
      const [{ id: conditionId }] = await t.db.query(`SELECT id FROM conditions WHERE slug = 'asthma'`);
      const slug = `p-${uniqueHandle()}`.slice(0, 30).toLowerCase();
      const group = (
        await site.c.ok(`mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`, {
          i: { conditionId, slug, name: `Private ${slug}`, description: '', visibility: 'private', allowAnonymous: false },
        })
      ).createGroup.id;
      const gm = await verified();
      await gm.c.ok(`mutation($g: ID!) { joinGroup(groupId: $g) { id } }`, { g: group });
      const pending = (await site.c.ok(`query($s: String!) { group(slug: $s) { joinRequests { nodes { id member { handle } } } } }`, { s: slug })).group.joinRequests.nodes;
      await site.c.ok(`mutation($r: ID!) { decideJoinRequest(requestId: $r, approve: true) { status } }`, { r: pending[0].id });
      await site.c.ok(`mutation($g: ID!, $h: String!) { setGroupModerator(groupId: $g, handle: $h, moderator: true) { role } }`, { g: group, h: gm.handle });
      expect((await gm.c.ok(ME)).me.security.twoFactorRequired).toBe(true);
      const joiner = await verified();
      await joiner.c.ok(`mutation($g: ID!) { joinGroup(groupId: $g) { id } }`, { g: group });
      const req = (await gm.c.ok(`query($s: String!) { group(slug: $s) { viewerCanModerate joinRequests { nodes { id } } } }`, { s: slug })).group;
      expect(req.viewerCanModerate).toBe(true);

      await t.db.query(`UPDATE users SET two_factor_due_at = now() - interval '1 minute' WHERE id = $1`, [gm.id]);
      expect((await gm.c.ok(`query($s: String!) { group(slug: $s) { viewerCanModerate } }`, { s: slug })).group.viewerCanModerate).toBe(false);
      expect(errorCode(await gm.c.gql(`mutation($r: ID!) { decideJoinRequest(requestId: $r, approve: true) { status } }`, { r: req.joinRequests.nodes[0].id }))).toBe('TWO_FACTOR_REQUIRED');
      await enrol(gm.c, gm.password);
      expect((await gm.c.ok(`mutation($r: ID!) { decideJoinRequest(requestId: $r, approve: true) { status } }`, { r: req.joinRequests.nodes[0].id })).decideJoinRequest.status).toBe('active');

      // A site moderator whose powers wait reads a private group as anyone else would.
      const thread = (
        await gm.c.ok(`mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`, {
          i: { groupId: group, kind: 'story', title: 'Something private here', body: 'For members.', tags: [], anonymous: false },
        })
      ).startThread.id;
      const other = await verified();
      await promote(t.db, other.id, 'moderator');
      await other.c.ok(ME);
      expect((await other.c.ok(`query($id: ID!) { thread(id: $id) { title } }`, { id: thread })).thread.title).toBe('Something private here');
      await t.db.query(`UPDATE users SET two_factor_due_at = now() - interval '1 minute' WHERE id = $1`, [other.id]);
      const refused = await other.c.gql(`query($id: ID!) { thread(id: $id) { title } }`, { id: thread });
      expect(JSON.stringify(refused.data ?? {})).not.toContain('Something private here');
      expect(refused.errors?.length).toBeGreaterThan(0);
    });
  });
});
