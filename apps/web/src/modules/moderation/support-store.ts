import { useEffect, useSyncExternalStore } from 'react';

export interface HelpLine {
  name: string;
  detail: string;
  href: string;
}

/** The API's SupportMessage (from checkText, or the chat send acknowledgement). */
export interface SupportMessage {
  title: string;
  body: string;
  lines: readonly HelpLine[];
}

/**
 * The support message waiting to be shown to the member, app-wide: a post that signals a
 * crisis is usually followed by a change of page (to the new thread), so the panel lives in
 * the page frame (<SupportHost />), not in the form that posted.
 */
let current: SupportMessage | null = null;
const listeners = new Set<() => void>();

const emit = () => listeners.forEach((l) => l());

export function showSupport(message: SupportMessage | null | undefined): void {
  if (!message || current) return;
  current = message;
  emit();
}

export function dismissSupport(): void {
  if (!current) return;
  current = null;
  emit();
}

export function useSupportMessage(): SupportMessage | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
    () => null,
  );
}

/** The panel's code (SupportHost shows it). */
export const loadSupportPanel = () => import('./components/SupportPanel');

/**
 * For forms whose answer may carry a support message: fetches the panel's code as the form
 * opens, so the message shows at once when it comes.
 */
export function usePreloadSupportPanel(): void {
  useEffect(() => {
    void loadSupportPanel().catch(() => undefined);
  }, []);
}
