import { CRISIS_PHRASES, NOT_CRISIS_PHRASES } from './crisis-phrases.data';

/**
 * Signs of a risk of self-harm or suicide in a post or chat message, from a reviewed phrase list
 * (`crisis-phrases.data.ts`, kept in the repo and changed by review). Text that matches is never
 * blocked: its author is shown a private, kind message with help lines, and a report is raised at
 * the top of the moderators' queue. Common figures of speech ("this pain is killing me") are
 * listed as exceptions and do not count.
 */
export interface CrisisCheck {
  crisis: boolean;
  /** Which listed phrase matched (for moderators; never shown to others). */
  matched: string | null;
}

const normalise = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;

export function checkCrisis(text: string, phrases: readonly RegExp[] = CRISIS_PHRASES, exceptions: readonly RegExp[] = NOT_CRISIS_PHRASES): CrisisCheck {
  let t = normalise(text);
  for (const e of exceptions) t = t.replace(e, ' ');
  for (const p of phrases) {
    const m = p.exec(t);
    if (m) return { crisis: true, matched: m[0].trim() };
  }
  return { crisis: false, matched: null };
}

/** The private message shown at once to the author of such a post. */
export const CRISIS_SUPPORT_MESSAGE = {
  title: 'You don’t have to go through this alone',
  body:
    'It sounds like things are really hard right now. Your post is up, and our moderators will look in. ' +
    'If you are thinking about ending your life or harming yourself, please talk to someone now:',
  lines: [
    { name: 'Samaritans', detail: 'Call 116 123, free, any time, day or night', href: 'tel:116123' },
    { name: 'NHS 111', detail: 'Call 111 and choose the mental health option', href: 'tel:111' },
    { name: 'Emergency', detail: 'If you are in danger now, call 999 or go to A&E', href: 'tel:999' },
  ],
} as const;

/** A fresh copy of the support message, for an answer. */
export const supportMessage = () => ({ ...CRISIS_SUPPORT_MESSAGE, lines: CRISIS_SUPPORT_MESSAGE.lines.map((l) => ({ ...l })) });
