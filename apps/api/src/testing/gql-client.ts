import { randomBytes } from 'node:crypto';
import { CSRF_COOKIE, CSRF_HEADER } from '@kindred/contracts';

export interface GqlResult<T = Record<string, any>> {
  status: number;
  /** SQL statements the server ran for this request (x-sql-queries). */
  sqlQueries: number;
  data: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string; code: string }[] } & Record<string, unknown> }[];
}

let counter = 0;
/** A unique, valid handle for a test. */
export const uniqueHandle = (prefix = 'u') => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}${randomBytes(2).toString('hex')}`;

/**
 * A GraphQL client that behaves like a browser: keeps cookies, echoes the CSRF cookie in the
 * header on every request, and comes from its own IP address (X-Forwarded-For).
 */
export class GqlClient {
  readonly cookies = new Map<string, string>();
  readonly ip = `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]! % 250 + 1}`;
  sendCsrf = true;

  constructor(readonly baseUrl: string) {}

  /** Visits the site once so the CSRF cookie is set, as a browser loading the page would. */
  async visit(): Promise<this> {
    const res = await fetch(`${this.baseUrl}/health`, { headers: this.headers() });
    this.store(res);
    return this;
  }

  headers(extra: Record<string, string> = {}): Record<string, string> {
    const h: Record<string, string> = { 'x-forwarded-for': this.ip, ...extra };
    if (this.cookies.size) h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.cookies.get(CSRF_COOKIE);
    if (this.sendCsrf && csrf) h[CSRF_HEADER] = csrf;
    return h;
  }

  async gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    if (!this.cookies.has(CSRF_COOKIE)) await this.visit();
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: this.headers({ 'content-type': 'application/json' }),
      body: JSON.stringify({ query, variables }),
    });
    this.store(res);
    const body = (await res.json()) as { data?: T; errors?: GqlResult['errors'] };
    return { status: res.status, sqlQueries: Number(res.headers.get('x-sql-queries') ?? NaN), data: body.data ?? null, errors: body.errors };
  }

  /** Runs an operation that must succeed and returns its data. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const r = await this.gql<T>(query, variables);
    if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data!;
  }

  /** Registers a new member (signing this client in) and returns the handle and email. */
  async register(opts: { handle?: string; password?: string; asClinician?: boolean } = {}) {
    const handle = opts.handle ?? uniqueHandle();
    const email = `${handle.toLowerCase()}@example.test`;
    const password = opts.password ?? 'correct horse battery';
    const input: Record<string, unknown> = { handle, email, password };
    if (opts.asClinician) Object.assign(input, { asClinician: true, clinicianRegistration: 'GMC1234567', clinicianOrganisation: 'Test Trust' });
    const data = await this.ok<{ register: { id: string; handle: string } }>(
      `mutation($input: RegisterInput!) { register(input: $input) { id handle } }`,
      { input },
    );
    return { id: data.register.id, handle, email, password };
  }

  async signIn(login: string, password: string) {
    return this.gql(`mutation($input: SignInInput!) { signIn(input: $input) { id handle } }`, {
      input: { login, password },
    });
  }

  private store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const [name, ...rest] = pair!.split('=');
      const value = rest.join('=');
      const expired = attrs.some((a) => /expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value);
    }
  }
}

export const errorCode = (r: GqlResult) => r.errors?.[0]?.extensions?.code;
