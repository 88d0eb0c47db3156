import type { CrisisCategory } from './corpus/templates';
import { CrisisModel, type CrisisModelData } from './crisis-model';
import modelData from './crisis-model.data.json';
import { analyseCrisisPatterns, inSafeContext, readsSafe } from './crisis-patterns';
import { CRISIS_PHRASES, NOT_CRISIS_PHRASES } from './crisis-phrases.data';
import { normalise } from './normalise';

/**
 * Signs of a risk of self-harm or suicide in text a member writes (posts, replies, chat
 * messages, what-works tips, profile bios). Text that shows them is never blocked: its author is
 * shown a private, kind message with help lines, and a case goes to the top of the moderators'
 * queue. A false alarm costs a kind message and a queue item; a missed crisis costs far more, so
 * the check leans towards flagging.
 *
 * Two parts, in-process and well under a millisecond a message:
 *  1. patterns by category on normalised text (`crisis-patterns.ts`, `normalise.ts`): the
 *     explicit cases, with negation, reported speech, recovery stories and figures of speech
 *     read in context;
 *  2. two logistic regressions trained in the repo and mixed (`crisis-model.ts`, `training.ts`,
 *     weights in `crisis-model.data.json`): what the patterns miss or rule out.
 * Out-of-fold and leave-one-source-out figures: `npm run safety:train`; a held-out test split,
 * when one is in the corpus: `npm run safety:eval` (both quoted in the README).
 */
export interface CrisisCheck {
  crisis: boolean;
  /** The words that matched a pattern (normalised; for moderators, never shown to others). */
  matched: string | null;
  /** intent, passive, plan, means, farewell, burden, self-harm, others (worry for someone else), or unclassified (the model alone). */
  category: CrisisCategory | 'unclassified' | null;
  /** The model's probability (0 when a pattern decided). */
  score: number;
}

/** Longer texts are checked on their first this-many characters (a thread body's limit is well above any message). */
export const CRISIS_CHECK_MAX_CHARS = 40_000;

export const CRISIS_MODEL = new CrisisModel(modelData as CrisisModelData);

/**
 * The model alone decides only on texts of at least this many words. On fewer it has almost no
 * features and leans on its prior: "Thanks!", "Night all" and "Thanks everyone x" scored above the
 * threshold (found when a browser test's "Thanks for this." opened a crisis case). Short crisis
 * messages ("im done", "bye all x", "this is goodbye", "i want to die") are the patterns' to catch.
 */
export const MODEL_MIN_WORDS = 4;

export function checkCrisis(text: string, model: CrisisModel = CRISIS_MODEL): CrisisCheck {
  const normalised = normalise(text.length > CRISIS_CHECK_MAX_CHARS ? text.slice(0, CRISIS_CHECK_MAX_CHARS) : text);
  if (!normalised) return { crisis: false, matched: null, category: null, score: 0 };
  const analysis = analyseCrisisPatterns(normalised);
  const { hits } = analysis;
  const [hit] = hits;
  const short = normalised.split(' ').filter(Boolean).length < MODEL_MIN_WORDS;
  // Short texts keep their hit (the model knows too little of them). In a longer text a pattern hit
  // needs the model's agreement: a little (`plainHitThreshold`), and more when the text reads in a
  // safe context (end of life, recovery, a joke…: `hitThreshold`); the patterns' false alarms on
  // other writers' hard negatives were hits the model scored low. A bar of 0 means the hit counts.
  if (hit && short) return { crisis: true, matched: hit.matched, category: hit.category, score: 0 };
  if (short) return { crisis: false, matched: null, category: null, score: 0 };
  const hitBar = hit ? (readsSafe(analysis) ? model.hitThreshold : model.plainHitThreshold) : 1;
  if (hit && hitBar <= 0) return { crisis: true, matched: hit.matched, category: hit.category, score: 0 };
  const score = model.score(normalised, analysis);
  if (hit && score >= hitBar) return { crisis: true, matched: hit.matched, category: hit.category, score };
  // Crisis words the patterns ruled out in context ("I would never…"), and text that reads as a recovery
  // story, a joke, an accident, advice to the reader… (`SAFE_CONTEXTS`), need a surer model to count.
  return score >= (inSafeContext(analysis) ? model.contextThreshold : model.threshold)
    ? { crisis: true, matched: null, category: 'unclassified', score }
    : { crisis: false, matched: null, category: null, score };
}

/**
 * The original exact-phrase list on its own, kept to measure against (`npm run safety:eval`
 * prints its figures beside the combined check's).
 */
export function checkPhraseList(text: string): boolean {
  let t = ` ${text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
  for (const e of NOT_CRISIS_PHRASES) t = t.replace(e, ' ');
  return CRISIS_PHRASES.some((p) => p.test(t));
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
