import { useCallback, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { LIMITS } from '@kindred/contracts';
import { useCheckTextQuery } from '../../../generated/graphql';
import type { CheckTextQuery } from '../../../generated/graphql';
import { focusWhenReady } from '../../threads/hooks/focus';
import { PersonalInfoWarning } from '../components/PersonalInfoWarning';
import { usePreloadSupportPanel } from '../support-store';
import type { SupportMessage } from '../support-store';

export type Finding = CheckTextQuery['checkText']['personalInfo'][number];

/** A text field the check reads, so "Edit" can take the author back to what was found. */
export interface CheckedField {
  id: string;
  value: string;
}

interface Options {
  /** Give up on the check after this long and post anyway: it must never stand in the way. */
  timeoutMs?: number;
  /** Only ask the API when the text could hold something (chat: digits or "@"); else skip it. */
  quick?: boolean;
  /** Text for the "Post anyway" button. */
  postAnywayLabel?: string;
}

const CHECK_MAX = LIMITS.threadBodyMax;
/** Every kind of personal information the API looks for has a digit or an "@" in it. */
const MIGHT_HOLD_PERSONAL_INFO = /[0-9@]/;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return new Promise((resolve) => {
    const timer = window.setTimeout(() => resolve(null), ms);
    promise.then(
      (v) => {
        window.clearTimeout(timer);
        resolve(v);
      },
      () => {
        window.clearTimeout(timer);
        resolve(null);
      },
    );
  });
}

/** Puts the cursor on (and selects) the first place the finding appears in one of the fields. */
function focusFinding(fields: readonly CheckedField[], finding: Finding | undefined): void {
  for (const f of fields) {
    const el = document.getElementById(f.id);
    if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) continue;
    const at = finding ? el.value.indexOf(finding.text) : -1;
    if (at >= 0 || !finding) {
      el.focus();
      if (at >= 0) el.setSelectionRange(at, at + finding!.text.length);
      return;
    }
  }
  const first = fields[0] && document.getElementById(fields[0].id);
  first?.focus();
}

/**
 * The safety check every composer runs before it posts: `guard(fields, post)` asks the API's
 * checkText about the text and then
 *  - if it found personal information (a phone number, an email …), shows `warning` instead of
 *    posting: the author can go back and edit, or post anyway;
 *  - otherwise posts at once, passing on the support message (help lines) when the text signals
 *    a crisis, for the composer to show once the post is up (showSupport).
 * A failed or slow check never stops anyone posting. Render `warning` inside the form, just
 * above its buttons: "Post anyway" is a submit button, so it posts what is in the form now.
 */
export function useSafetyCheck(options: Options = {}) {
  const { timeoutMs = 4_000, quick = false, postAnywayLabel = 'Post anyway' } = options;
  // Every form that checks its text may be answered with a support message.
  usePreloadSupportPanel();
  const [shown, setShown] = useState<{ text: string; findings: Finding[]; fields: CheckedField[] } | null>(null);
  const [checking, setChecking] = useState(false);
  /** The text the author chose to post anyway, and what the check said about it. */
  const accepted = useRef<{ text: string; support: SupportMessage | null } | null>(null);
  /** What the last check said about crisis signs, for "Post anyway". */
  const pendingSupport = useRef<SupportMessage | null>(null);
  const shownRef = useRef(shown);
  shownRef.current = shown;
  const checkingRef = useRef(false);
  const warningId = `safety-warning-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  const guard = useCallback(
    (fields: readonly CheckedField[], post: (support: SupportMessage | null) => void) => {
      if (checkingRef.current) return;
      const text = fields
        .map((f) => f.value)
        .filter((v) => v.trim())
        .join('\n\n');
      if (accepted.current && accepted.current.text === text) {
        const { support } = accepted.current;
        accepted.current = null;
        setShown(null);
        post(support);
        return;
      }
      accepted.current = null;
      if (!text.trim() || (quick && !MIGHT_HOLD_PERSONAL_INFO.test(text))) {
        setShown(null);
        post(null);
        return;
      }
      checkingRef.current = true;
      setChecking(true);
      void withTimeout(useCheckTextQuery.fetcher({ text: text.slice(0, CHECK_MAX) })(), timeoutMs).then((result) => {
        checkingRef.current = false;
        setChecking(false);
        const check = result?.checkText;
        if (check && check.personalInfo.length > 0) {
          setShown({ text, findings: check.personalInfo, fields: [...fields] });
          pendingSupport.current = check.support ?? null;
          focusWhenReady([warningId]);
          return;
        }
        setShown(null);
        post(check?.support ?? null);
      });
    },
    [quick, timeoutMs, warningId],
  );

  /** "Post anyway": the next guard() with the same text posts without a second check. */
  const postAnyway = useCallback(() => {
    const s = shownRef.current;
    if (s) accepted.current = { text: s.text, support: pendingSupport.current };
  }, []);

  const edit = useCallback(() => {
    const s = shownRef.current;
    setShown(null);
    accepted.current = null;
    if (s) window.requestAnimationFrame(() => focusFinding(s.fields, s.findings[0]));
  }, []);

  const reset = useCallback(() => {
    setShown(null);
    accepted.current = null;
  }, []);

  const warning: ReactNode = shown ? (
    <PersonalInfoWarning
      id={warningId}
      findings={shown.findings}
      onEdit={edit}
      onPostAnyway={postAnyway}
      postAnywayLabel={postAnywayLabel}
    />
  ) : null;

  return { guard, checking, warning, reset };
}
