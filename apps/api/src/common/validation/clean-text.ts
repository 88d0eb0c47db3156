import type { FieldError } from '@kindred/contracts';

/**
 * Characters no member-written string may hold, whatever the field:
 *  - control characters other than tab, line feed and carriage return (C0, DEL, C1) — a NUL
 *    would otherwise reach PostgreSQL, which refuses it in text;
 *  - bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which
 *    make text read differently from what is stored ("Trojan Source").
 * The left-to-right and right-to-left marks (U+200E, U+200F) stay allowed: right-to-left
 * languages need them.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;

/** Characters that take no space and show nothing (a combining joiner among them, hence no regex class). */
const INVISIBLE = new Set([
  0x00ad, 0x034f, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2800, 0x3164,
  0xfeff, 0xffa0,
]);
const visibleText = (value: string) => Array.from(value).filter((c) => !INVISIBLE.has(c.codePointAt(0)!)).join('');

export interface TextProblem {
  code: 'INVALID_CHARACTERS';
  message: string;
}

/** Why a string may not be stored or used, or null when it may. */
export function textProblem(value: string): TextProblem | null {
  if (FORBIDDEN.test(value)) {
    return {
      code: 'INVALID_CHARACTERS',
      message: BIDI.test(value)
        ? 'Text direction controls (bidirectional overrides) are not allowed.'
        : 'Control characters are not allowed.',
    };
  }
  if (value.length && visibleText(value).trim() === '' && value.trim() !== '') {
    return { code: 'INVALID_CHARACTERS', message: 'This is made only of invisible characters; write something that can be read.' };
  }
  return null;
}

/**
 * Every string anywhere in `value` (arguments, inputs, nested lists), checked with
 * `textProblem`; one field error per offending string, named by its path.
 */
export function textProblems(value: unknown, path: string): FieldError[] {
  const out: FieldError[] = [];
  const walk = (v: unknown, at: string, depth: number) => {
    if (depth > 8 || out.length >= 20) return;
    if (typeof v === 'string') {
      const p = textProblem(v);
      if (p) out.push({ field: at, code: p.code, message: p.message });
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${at}[${i}]`, depth + 1));
    } else if (v && typeof v === 'object' && !(v instanceof Date)) {
      for (const [k, x] of Object.entries(v)) walk(x, at ? `${at}.${k}` : k, depth + 1);
    }
  };
  walk(value, path, 0);
  return out;
}
