import { API_PATHS, CSRF_COOKIE, CSRF_HEADER } from '@kindred/contracts';
import type { ErrorCode, FieldError } from '@kindred/contracts';
import { takeEarlyAnswer } from './early-answers';

/** Codes the API sends, plus the two the client adds when it never got a usable answer. */
export type RequestErrorCode = ErrorCode | 'NETWORK_ERROR' | 'UNKNOWN';

/**
 * The one error every GraphQL call throws. `code` is the stable code from
 * `errors[0].extensions.code`; `fields` are the field-level errors (VALIDATION_FAILED,
 * HANDLE_TAKEN, EMAIL_TAKEN); `message` is written for people and safe to show.
 */
export class GraphqlRequestError extends Error {
  override readonly name = 'GraphqlRequestError';

  constructor(
    message: string,
    readonly code: RequestErrorCode,
    readonly fields: FieldError[] = [],
    readonly retryAfterSeconds?: number,
    readonly status?: number,
  ) {
    super(message);
  }

  /** The message for one field (`handle`, `email` …), if the server flagged it. */
  fieldMessage(field: string): string | undefined {
    return this.fields.find((f) => f.field === field || f.field.endsWith(`.${field}`))?.message;
  }
}

/** Turns anything thrown into a GraphqlRequestError, so components switch on one shape. */
export function toRequestError(error: unknown): GraphqlRequestError {
  if (error instanceof GraphqlRequestError) return error;
  return new GraphqlRequestError('Something went wrong. Please try again.', 'UNKNOWN');
}

export const isErrorCode = (error: unknown, ...codes: RequestErrorCode[]): boolean =>
  error instanceof GraphqlRequestError && codes.includes(error.code);

// ---- CSRF ----------------------------------------------------------------------------

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

let csrfWarmUp: Promise<void> | null = null;

/**
 * The CSRF token is the `kindred_csrf` cookie, which the server sets on any response. On a
 * first visit there may be none yet: one GET /health (shared by concurrent callers) sets it.
 */
async function csrfToken(forceRefresh = false): Promise<string | null> {
  const existing = readCookie(CSRF_COOKIE);
  if (existing && !forceRefresh) return existing;
  if (!csrfWarmUp || forceRefresh) {
    csrfWarmUp = fetch(API_PATHS.health, { credentials: 'include', cache: 'no-store' })
      .then(() => undefined)
      .catch(() => undefined)
      .finally(() => {
        csrfWarmUp = null;
      });
  }
  await csrfWarmUp;
  return readCookie(CSRF_COOKIE);
}

// ---- transport -----------------------------------------------------------------------

interface GraphqlErrorBody {
  message?: string;
  extensions?: { code?: string; fields?: FieldError[]; retryAfterSeconds?: number };
}

interface GraphqlResponseBody<TData> {
  data?: TData | null;
  errors?: GraphqlErrorBody[];
}

const FRIENDLY_MESSAGES: Partial<Record<RequestErrorCode, string>> = {
  INTERNAL_ERROR: 'Something went wrong on our side. Please try again in a moment.',
  NETWORK_ERROR: 'We could not reach Kindred. Check your connection and try again.',
};

function errorFrom(body: GraphqlErrorBody | undefined, status: number): GraphqlRequestError {
  const code = (body?.extensions?.code ?? 'UNKNOWN') as RequestErrorCode;
  const known = /^[A-Z_]+$/.test(code);
  const message =
    FRIENDLY_MESSAGES[code] ??
    (known && body?.message ? body.message : 'Something went wrong. Please try again.');
  return new GraphqlRequestError(
    message,
    known ? code : 'UNKNOWN',
    Array.isArray(body?.extensions?.fields) ? body.extensions.fields : [],
    typeof body?.extensions?.retryAfterSeconds === 'number' ? body.extensions.retryAfterSeconds : undefined,
    status,
  );
}

/** A query: a plain string, or the generated TypedDocumentString (a String subclass). */
type QueryText = string | { toString(): string };

async function send<TData, TVariables>(
  query: QueryText,
  variables: TVariables | undefined,
  headers: RequestInit['headers'] | undefined,
  refreshCsrf: boolean,
): Promise<TData> {
  const token = await csrfToken(refreshCsrf);
  const requestHeaders = new Headers(headers);
  requestHeaders.set('content-type', 'application/json');
  requestHeaders.set('accept', 'application/json');
  if (token) requestHeaders.set(CSRF_HEADER, token);

  const request = () =>
    fetch(API_PATHS.graphql, {
      method: 'POST',
      credentials: 'include',
      headers: requestHeaders,
      body: JSON.stringify({ query: query.toString(), variables: variables ?? {} }),
    });
  // A first page's data may have been asked for already, by the page's <head> script (early-data.ts).
  const early = refreshCsrf ? undefined : takeEarlyAnswer(query.toString(), variables);
  let response: Response;
  try {
    response = await (early ? early.catch(request) : request());
  } catch {
    throw new GraphqlRequestError(FRIENDLY_MESSAGES.NETWORK_ERROR!, 'NETWORK_ERROR');
  }

  let body: GraphqlResponseBody<TData>;
  try {
    body = (await response.json()) as GraphqlResponseBody<TData>;
  } catch {
    throw new GraphqlRequestError(
      response.status >= 500 ? FRIENDLY_MESSAGES.INTERNAL_ERROR! : 'Kindred sent an answer we could not read.',
      response.status >= 500 ? 'INTERNAL_ERROR' : 'UNKNOWN',
      [],
      undefined,
      response.status,
    );
  }
  if (body.errors?.length) throw errorFrom(body.errors[0], response.status);
  if (!body.data) throw errorFrom(undefined, response.status);
  return body.data;
}

/** Waits before each automatic retry of an idempotent write (jittered by up to a half). */
export const IDEMPOTENT_RETRY_DELAYS_MS = [300, 1_000, 2_500];

/** Whether the variables carry an idempotency key (an `input` with `idempotencyKey`). */
export function hasIdempotencyKey(variables: unknown): boolean {
  if (!variables || typeof variables !== 'object') return false;
  return Object.values(variables as Record<string, unknown>).some(
    (v) => !!v && typeof v === 'object' && typeof (v as { idempotencyKey?: unknown }).idempotencyKey === 'string',
  );
}

/**
 * Whether the request may not have reached the API, or the instance answering it went away:
 * no answer at all, or a load balancer's 502/503/504 (a replica restarting).
 */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof GraphqlRequestError)) return false;
  return error.code === 'NETWORK_ERROR' || (error.status !== undefined && [502, 503, 504].includes(error.status));
}

const wait = (ms: number) => new Promise<void>((r) => window.setTimeout(r, ms));

/**
 * The fetcher the generated React Query hooks call (see apps/web/codegen.ts). Same origin,
 * cookies included, CSRF header on every request. A CSRF_FAILED answer (the cookie was
 * cleared mid-visit) is retried once with a fresh token: the server refused before running it.
 *
 * A write that carries an idempotency key (creating a thread, a reply, a report) is retried
 * when the network or a replica failed (IDEMPOTENT_RETRY_DELAYS_MS): the server stores one
 * per key, so a retry of a request that did arrive returns what it stored. Other writes are
 * never retried automatically.
 */
export function fetcher<TData, TVariables>(
  query: QueryText,
  variables?: TVariables,
  options?: RequestInit['headers'],
): () => Promise<TData> {
  const attempt = async () => {
    try {
      return await send<TData, TVariables>(query, variables, options, false);
    } catch (e) {
      if (e instanceof GraphqlRequestError && e.code === 'CSRF_FAILED') {
        return send<TData, TVariables>(query, variables, options, true);
      }
      throw e;
    }
  };
  if (!hasIdempotencyKey(variables)) return attempt;
  return async () => {
    for (let retry = 0; ; retry++) {
      try {
        return await attempt();
      } catch (e) {
        const delay = IDEMPOTENT_RETRY_DELAYS_MS[retry];
        if (delay === undefined || !isTransient(e)) throw e;
        await wait(delay * (1 + Math.random() / 2));
      }
    }
  };
}
