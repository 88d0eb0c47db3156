import { WEB_ROUTES } from '@kindred/contracts';

/**
 * A `?next=` value we are willing to follow: a path on this site only (never "//evil.example"
 * or "https://…"), so sign-in cannot be used to bounce people elsewhere.
 */
export function safeNext(next: string | null | undefined, fallback: string = WEB_ROUTES.home): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  if (next.startsWith(WEB_ROUTES.signIn) || next.startsWith(WEB_ROUTES.signUp)) return fallback;
  return next;
}

/** "/sign-in?next=%2Fgroups%2Fx". */
export function signInPath(next?: string): string {
  return next ? `${WEB_ROUTES.signIn}?next=${encodeURIComponent(next)}` : WEB_ROUTES.signIn;
}

export function signUpPath(next?: string): string {
  return next ? `${WEB_ROUTES.signUp}?next=${encodeURIComponent(next)}` : WEB_ROUTES.signUp;
}

/** State passed with navigate() to show a one-off message on the next page. */
export interface FlashState {
  flash?: string;
}
