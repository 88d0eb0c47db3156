import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { PersonalInfoKind } from '../personal-info';

/**
 * The labelled safety corpus: JSON lines in this folder, one file per source. Every example
 * carries its split, stored in the file so it never changes: the classifier trains on `train` and
 * `dev`, thresholds come from out-of-fold scores over both, and `test` is only for sentences
 * written separately by someone who never saw the check, read once for the README.
 * The first test split (drawn from these same files) was relabelled `dev` in 2026-11: it had been
 * read three times while the check was being changed, so it no longer gave an honest figure.
 * The first independent held-out set (`holdout.jsonl`, 819 lines) was read once as the test on
 * 2026-12-06, then used for training: its lines are `"split":"train"` and keep `"source":"holdout"`,
 * so leave-one-source-out figures can still be given for it. The second independent held-out set
 * (`holdout-2.jsonl`, 927 lines) was read once as the test on 2026-12-06 in the same way, then used
 * for training: its lines are `"split":"train"` and keep `"source":"holdout-2"`. The third held-out
 * set (`holdout-3.jsonl`, 1,000 lines) was read once as the test on 2026-12-06 (README, "Safety
 * checks"), then used for training in the same way: `"split":"train"`, `"source":"holdout-3"`. The
 * fourth (`holdout-4.jsonl`, 1,000 lines) was read once as the test on 2026-12-06 against the frozen
 * check fc34809, then used for training in the same way: `"split":"train"`, `"source":"holdout-4"`.
 * The fifth (`holdout-5.jsonl`, 1,000 lines) was read once as the test on 2026-12-06 against the
 * frozen check 0a7f1ed, then used for training in the same way: `"split":"train"`,
 * `"source":"holdout-5"`. The sixth held-out set goes in as `holdout-6.jsonl` (HOLDOUT_FILE), every
 * line `"split":"test"`, and is read once by `npm run safety:eval`; until it is there the corpus
 * simply has no test lines. A line without a `source` takes its file's name (`holdout-6`), so a
 * hand-written file is reported apart from the sets before it.
 *
 *   crisis-templates.jsonl    sentences composed from template families (templates.ts)
 *   crisis-handwritten.jsonl  sentences written one by one (handwritten.ts)
 *   personal-info.jsonl       personal information and its hard negatives
 *   legacy.jsonl              the first labelled set the phrase list was tuned on (train only)
 *   moderator.jsonl           moderators' decisions, exported by `npm run safety:export`
 *   holdout.jsonl             the first held-out set: read once as the test on 2026-12-06, then used for training
 *   extra-b.jsonl             sentences by a second writer who never saw the check (training)
 *   holdout-2.jsonl           the second held-out set: read once as the test on 2026-12-06, then used for training
 *   extra-c.jsonl             sentences written one by one after studying leave-one-source-out mistakes (training)
 *   holdout-3.jsonl           the third held-out set: read once as the test on 2026-12-06, then used for training
 *   holdout-4.jsonl           the fourth held-out set: read once as the test on 2026-12-06, then used for training
 *   extra-d.jsonl             sentences by another writer who never saw the check: hard negatives and quiet crisis (training)
 *   holdout-5.jsonl           the fifth held-out set: read once as the test on 2026-12-06, then used for training
 *   extra-e.jsonl             writer E, who never saw the check: older members and carers (training)
 *   extra-f.jsonl             writer F, who never saw the check: young members, chat style (training)
 *   extra-g.jsonl             writer G, who never saw the check: the hardest negatives, quiet crisis (training)
 *   holdout-6.jsonl           the sixth held-out set, every line `"split":"test"` (optional: read once when it is added)
 *
 * Every `*.jsonl` file in the folder is read, so dropping a file in is enough.
 */
export type Split = 'train' | 'dev' | 'test';

export interface CorpusExample {
  id: string;
  text: string;
  /** Signals a risk of self-harm or suicide (the author's own, or worry for someone else's). */
  crisis: boolean;
  /** e.g. intent, means, farewell, others; figure, medication, recovery…; personal-info. */
  category: string;
  pii: PersonalInfoKind[];
  source: 'template' | 'handwritten' | 'personal-info' | 'legacy' | 'moderator' | 'holdout' | 'extra-b' | 'holdout-2' | 'extra-c' | 'holdout-3' | 'holdout-4' | 'extra-d' | 'holdout-5' | 'extra-e' | 'extra-f' | 'extra-g' | 'holdout-6' | (string & {});
  /** Examples of one group (a template family) always share a split. */
  group: string;
  split: Split;
  /** Moderator examples: only reviewed ones are used (false until someone checks the label). */
  reviewed?: boolean;
}

export const CORPUS_SEED = 'kindred-safety-2026';
export const CORPUS_FILES = ['crisis-templates.jsonl', 'crisis-handwritten.jsonl', 'personal-info.jsonl', 'legacy.jsonl', 'moderator.jsonl', 'holdout.jsonl', 'extra-b.jsonl', 'holdout-2.jsonl', 'extra-c.jsonl', 'holdout-3.jsonl', 'holdout-4.jsonl', 'extra-d.jsonl', 'holdout-5.jsonl', 'extra-e.jsonl', 'extra-f.jsonl', 'extra-g.jsonl'];
/** The sixth independent held-out set: every line `"split":"test"`; optional (absent until it is written). */
export const HOLDOUT_FILE = 'holdout-6.jsonl';
/** The source its lines take (the file's name). */
export const HOLDOUT_SOURCE = HOLDOUT_FILE.replace(/\.jsonl$/, '');
/** The corpus files present in `dir`, the optional held-out file only when it exists. */
export const corpusFiles = (dir = corpusDir()): string[] => [...CORPUS_FILES, HOLDOUT_FILE].filter((f) => existsSync(join(dir, f)));

/** Other spellings of the personal-information kinds that hand-written files use. */
const PII_ALIASES: Record<string, PersonalInfoKind> = { dob: 'date-of-birth', nhs_number: 'nhs-number', nhs: 'nhs-number', 'phone-number': 'phone' };

/** FNV-1a, 32 bits: a stable hash for split assignment and seeding. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export { seededRandom } from '../../../../common/random/seeded-random';

/**
 * A split for one example on its own (moderator examples, sentences added later): 75 / 25 train /
 * dev by a seeded hash. Never `test`: that split is only for an independent held-out file.
 */
export function splitOf(key: string): Split {
  const r = hash32(`${CORPUS_SEED}:${key}`) % 100;
  return r < 75 ? 'train' : 'dev';
}

/** The corpus folder: beside this file when run from source, else found from the working directory. */
export function corpusDir(): string {
  const candidates = [__dirname, resolve(process.cwd(), 'apps/api/src/modules/moderation/safety/corpus')];
  let d = __dirname;
  for (let i = 0; i < 8; i++) {
    candidates.push(join(d, 'apps/api/src/modules/moderation/safety/corpus'));
    d = dirname(d);
  }
  const found = candidates.find((c) => existsSync(join(c, 'crisis-templates.jsonl')));
  if (!found) throw new Error('Cannot find the safety corpus (apps/api/src/modules/moderation/safety/corpus); run from the repository root.');
  return found;
}

/**
 * One line of a corpus file. Only `text` and `crisis` are required, so a file written by hand
 * (the held-out set) needs no more than `{"text": "…", "crisis": true, "split": "test"}`;
 * `category` (e.g. passive, figure) gives per-category figures, `pii` the personal-information
 * kinds. A line without a split counts as `test`: a file of unknown origin is never learnt from.
 */
function exampleOf(raw: Partial<CorpusExample>, file: string, line: number): CorpusExample {
  if (typeof raw.text !== 'string' || typeof raw.crisis !== 'boolean') throw new Error(`${file}: line ${line} needs "text" (a string) and "crisis" (true or false)`);
  const category = raw.category ?? (raw.crisis ? 'crisis' : 'not-crisis');
  const id = raw.id ?? `${file.replace(/\.jsonl$/, '')}-${line}`;
  const split = raw.split ?? 'test';
  if (!['train', 'dev', 'test'].includes(split)) throw new Error(`${file}: line ${line} has split "${split}" (train, dev or test)`);
  return {
    ...raw,
    id,
    text: raw.text,
    crisis: raw.crisis,
    category,
    pii: Array.isArray(raw.pii) ? raw.pii.map((k) => PII_ALIASES[k] ?? k) : [],
    // Without a source: the file's name ("holdout-6"), so a hand-written set is reported on its own.
    source: raw.source ?? (category === 'personal-info' && file !== HOLDOUT_FILE ? 'personal-info' : file.replace(/\.jsonl$/, '')),
    group: raw.group ?? id,
    split,
  };
}

export function parseJsonl(text: string, file = 'corpus'): CorpusExample[] {
  return text
    .split('\n')
    .map((l, i) => ({ l: l.trim(), line: i + 1 }))
    .filter(({ l }) => l)
    .map(({ l, line }) => {
      let raw: Partial<CorpusExample>;
      try {
        raw = JSON.parse(l) as Partial<CorpusExample>;
      } catch {
        throw new Error(`${file}: line ${line} is not valid JSON`);
      }
      return exampleOf(raw, file, line);
    });
}

export const toJsonl = (examples: CorpusExample[]) => examples.map((e) => JSON.stringify(e)).join('\n') + (examples.length ? '\n' : '');

/** Every usable example: all files in the folder; moderator examples only once reviewed. */
export function loadCorpus(dir = corpusDir()): CorpusExample[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  const all: CorpusExample[] = [];
  for (const f of files) {
    for (const e of parseJsonl(readFileSync(join(dir, f), 'utf8'), f)) {
      if (e.source === 'moderator' && !e.reviewed) continue;
      all.push(e);
    }
  }
  return all;
}

export const inSplit = (examples: CorpusExample[], split: Split) => examples.filter((e) => e.split === split);
/** What the check may learn from and be tuned on: train and dev, never test. */
export const learnable = (examples: CorpusExample[]) => examples.filter((e) => e.split === 'train' || e.split === 'dev');
/** Examples that count for the crisis check (the personal-information file is about the other check). */
export const crisisExamples = (examples: CorpusExample[]) => examples.filter((e) => e.source !== 'personal-info');
