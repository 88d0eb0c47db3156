import { useCallback, useRef } from 'react';

/** A random UUID (v4), also outside secure contexts, where crypto.randomUUID is missing. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The idempotency key of a form's submission: the same key for every attempt to send it (the
 * GraphQL client's automatic retries, and the member pressing the button again after a network
 * error), a new one once it has been stored. The server stores a submission once per key.
 */
export function useSubmissionKey(): { key(): string; done(): void } {
  const current = useRef<string | null>(null);
  const key = useCallback(() => (current.current ??= newIdempotencyKey()), []);
  const done = useCallback(() => {
    current.current = null;
  }, []);
  return { key, done };
}
