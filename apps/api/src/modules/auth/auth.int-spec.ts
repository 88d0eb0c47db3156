import { SESSION_COOKIE } from '@kindred/contracts';
import { errorCode, GqlClient, uniqueHandle } from '../../testing/gql-client';
import { startTestApp, TestApp } from '../../testing/test-app';

const ME = `{ me { id handle email role clinicianStatus } }`;

describe('accounts and sessions (integration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('registers, signs the new member in, and stores only an argon2id hash', async () => {
    const c = new GqlClient(t.url);
    const { handle, email, password } = await c.register();
    const me = await c.ok(ME);
    expect(me.me).toMatchObject({ handle, email, role: 'member', clinicianStatus: null });
    const [row] = await t.db.query(`SELECT password_hash FROM users WHERE handle = $1`, [handle]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(password);
    const [session] = await t.db.query(`SELECT token_hash FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.handle = $1`, [handle]);
    expect(session.token_hash).not.toBe(c.cookies.get(SESSION_COOKIE));
  });

  it('sets the session cookie httpOnly and SameSite', async () => {
    const c = await new GqlClient(t.url).visit();
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: c.headers({ 'content-type': 'application/json' }),
      body: JSON.stringify({
        query: `mutation($i: RegisterInput!) { register(input: $i) { id } }`,
        variables: { i: { handle: uniqueHandle(), email: `${uniqueHandle()}@example.test`, password: 'long enough password' } },
      }),
    });
    const cookie = res.headers.getSetCookie().find((l) => l.startsWith(`${SESSION_COOKIE}=`))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('gives field-level errors with stable codes for an invalid handle, email and password', async () => {
    const c = new GqlClient(t.url);
    const r = await c.gql(`mutation($i: RegisterInput!) { register(input: $i) { id } }`, {
      i: { handle: '1x', email: 'not-an-email', password: 'short' },
    });
    expect(errorCode(r)).toBe('VALIDATION_FAILED');
    const fields = Object.fromEntries(r.errors![0]!.extensions!.fields!.map((f) => [f.field, f.code]));
    expect(fields).toEqual({ handle: expect.stringMatching(/TOO_SHORT|INVALID_HANDLE/), email: 'INVALID_EMAIL', password: 'TOO_SHORT' });
    expect(JSON.stringify(r)).not.toMatch(/stack|at .*\.ts/);
  });

  it('refuses a duplicate handle or email, whatever the case, with a clear code', async () => {
    const a = new GqlClient(t.url);
    const { handle, email } = await a.register();
    const b = new GqlClient(t.url);
    const dupHandle = await b.gql(`mutation($i: RegisterInput!) { register(input: $i) { id } }`, {
      i: { handle: handle.toUpperCase(), email: `${uniqueHandle()}@example.test`, password: 'long enough password' },
    });
    expect(errorCode(dupHandle)).toBe('HANDLE_TAKEN');
    const dupEmail = await b.gql(`mutation($i: RegisterInput!) { register(input: $i) { id } }`, {
      i: { handle: uniqueHandle(), email: email.toUpperCase(), password: 'long enough password' },
    });
    expect(errorCode(dupEmail)).toBe('EMAIL_TAKEN');
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM users WHERE lower(email) = lower($1)`, [email]);
    expect(n).toBe(1);
  });

  it('signs in by email or handle; a wrong password gives INVALID_CREDENTIALS', async () => {
    const a = new GqlClient(t.url);
    const { handle, email, password } = await a.register();
    const byEmail = new GqlClient(t.url);
    expect((await byEmail.signIn(email, password)).errors).toBeUndefined();
    expect((await byEmail.ok(ME)).me.handle).toBe(handle);
    const byHandle = new GqlClient(t.url);
    expect((await byHandle.signIn(handle, password)).errors).toBeUndefined();
    const wrong = new GqlClient(t.url);
    expect(errorCode(await wrong.signIn(email, 'wrong password!!'))).toBe('INVALID_CREDENTIALS');
    expect(errorCode(await wrong.signIn('nobody-here@example.test', 'whatever1234'))).toBe('INVALID_CREDENTIALS');
    expect((await wrong.ok(ME)).me).toBeNull();
  });

  it('sign out ends this session only; sign out everywhere ends them all, server-side', async () => {
    const a = new GqlClient(t.url);
    const { email, password } = await a.register();
    const b = new GqlClient(t.url);
    await b.signIn(email, password);
    const c = new GqlClient(t.url);
    await c.signIn(email, password);
    const stolenCookie = c.cookies.get(SESSION_COOKIE)!;

    await a.ok(`mutation { signOut }`);
    expect((await a.ok(ME)).me).toBeNull();
    expect((await b.ok(ME)).me).not.toBeNull();

    const ended = await b.ok<{ signOutEverywhere: number }>(`mutation { signOutEverywhere }`);
    expect(ended.signOutEverywhere).toBe(2);
    expect((await b.ok(ME)).me).toBeNull();
    // A copy of the cookie kept elsewhere is useless after revocation.
    const replay = new GqlClient(t.url);
    await replay.visit();
    replay.cookies.set(SESSION_COOKIE, stolenCookie);
    expect((await replay.ok(ME)).me).toBeNull();
  });

  it('throttles sign-in: 5 failures from one network lock the account there, even with the right password', async () => {
    const a = new GqlClient(t.url);
    const { email, password } = await a.register();
    const attacker = new GqlClient(t.url);
    for (let i = 0; i < 5; i++) expect(errorCode(await attacker.signIn(email, `guess-number-${i}`))).toBe('INVALID_CREDENTIALS');
    const r = await attacker.signIn(email, password);
    expect(errorCode(r)).toBe('TOO_MANY_REQUESTS');
    expect(r.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    // The owner, elsewhere, is not locked out by a stranger's guesses.
    expect((await new GqlClient(t.url).signIn(email, password)).errors).toBeUndefined();
  });

  it('throttles sign-in for an account across networks, more slowly: 50 failures an hour', async () => {
    const a = new GqlClient(t.url);
    const { email, password } = await a.register();
    for (let i = 0; i < 50; i++) {
      const attacker = new GqlClient(t.url); // a new IP each time
      expect(errorCode(await attacker.signIn(email, `guess-number-${i}`))).toBe('INVALID_CREDENTIALS');
    }
    const late = await new GqlClient(t.url).signIn(email, password);
    expect(errorCode(late)).toBe('TOO_MANY_REQUESTS');
  }, 90_000);

  it('throttles sign-in per IP address', async () => {
    const ip = new GqlClient(t.url);
    let last;
    for (let i = 0; i < 31; i++) last = await ip.signIn(`${uniqueHandle()}@example.test`, 'whatever12345');
    expect(errorCode(last!)).toBe('TOO_MANY_REQUESTS');
  }, 60_000);

  it('refuses mutations without the CSRF token', async () => {
    const c = new GqlClient(t.url);
    await c.visit();
    c.sendCsrf = false;
    const r = await c.gql(`mutation($i: SignInInput!) { signIn(input: $i) { id } }`, { i: { login: 'x', password: 'y' } });
    expect(errorCode(r)).toBe('CSRF_FAILED');
    expect(r.status).toBe(403);
  });

  it('never shows an email to anyone but its owner', async () => {
    const a = new GqlClient(t.url);
    const { handle, email } = await a.register();
    const other = new GqlClient(t.url);
    await other.register();
    const r = await other.gql(`query($h: String!) { member(handle: $h) { handle email } }`, { h: handle });
    expect(errorCode(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    const ok = await other.ok(`query($h: String!) { member(handle: $h) { id handle bio isModerator joinedAt } }`, { h: handle });
    expect(JSON.stringify(ok)).not.toContain(email);
    expect(ok.member.handle).toBe(handle);
  });

  it('registers a clinician as pending until an admin verifies them', async () => {
    const c = new GqlClient(t.url);
    await c.register({ asClinician: true });
    expect((await c.ok(ME)).me).toMatchObject({ role: 'clinician', clinicianStatus: 'pending' });
  });
});
