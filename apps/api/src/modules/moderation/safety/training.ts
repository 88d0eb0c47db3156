import { CORPUS_SEED, crisisExamples, hash32, type CorpusExample } from './corpus/corpus';
import { CrisisModel, DEFAULT_BUCKETS, featureSets, trainModel, type CrisisModelData, type TrainExample, type TrainOptions } from './crisis-model';
import { analyseCrisisPatterns, inSafeContext, readsSafe, type CrisisPatternAnalysis } from './crisis-patterns';
import { MODEL_MIN_WORDS } from './crisis';
import { chooseThresholds, rates, type Rates, type ScoredExample } from './evaluate';
import { normalise } from './normalise';

/**
 * Training and calibration of the crisis model over everything it may learn from (train + dev:
 * the corpus, the first held-out set since it was read, other writers' sentences), and the
 * honest in-repo estimate: leave one source out (train without a writer's sentences, thresholds
 * from cross-validation without them, then read them).
 */

/** Folds for the out-of-fold scores (whole groups per fold: a template family never straddles two). */
export const FOLDS = 5;
/**
 * Out-of-fold false alarms the thresholds may allow: the goal is at most 5 % on unseen text, so
 * the thresholds keep half a point in hand (out-of-fold figures run a little better than unseen ones).
 */
export const MAX_FALSE_ALARM = 0.045;
/** Out-of-fold false alarms over all sentences together must stay within this too (not only the average over writers). */
export const POOLED_FALSE_ALARM_CAP = 0.045;
/**
 * Sources written by people who never saw the check (the five held-out sets once read, writers B,
 * D, E, F and G). Thresholds are chosen on their sentences as read by a model trained without them
 * (`calibrationScores`), and none of them may have more false alarms than
 * `WRITER_FALSE_ALARM_CAP` while each keeps `WRITER_RECALL_FLOOR`: an average over sources let one
 * writer's everyday sentences run at 6 % while others ran at 1–2 %, and out-of-fold per-writer caps
 * (4 %) still let the next writer (holdout-4) run at 7 %.
 */
export const INDEPENDENT_WRITERS = ['holdout', 'holdout-2', 'holdout-3', 'holdout-4', 'holdout-5', 'extra-b', 'extra-d', 'extra-e', 'extra-f', 'extra-g'];
/**
 * False alarms each independent writer may have, read without its own sentences: well under the
 * 5 % goal, since from one writer to the next false alarms have moved by about 3 points.
 */
export const WRITER_FALSE_ALARM_CAP = 0.03;
/** Each independent writer's recall (its sentences read by a model trained without them) the thresholds keep, before false alarms are weighed. */
export const WRITER_RECALL_FLOOR = 0.95;
/** The out-of-fold recall the thresholds aim for (reported when it is not reached): 95 % on unseen text, with margin. */
export const RECALL_TARGET = 0.97;

export interface Prepared {
  example: CorpusExample;
  normalised: string;
  patterns: CrisisPatternAnalysis;
  /** Every feature (the first model's). */
  features: number[];
  /** The features without character n-grams (the words model's). */
  wordFeatures: number[];
  weight: number;
}

/** How much the words model counts in the mixed probability. */
export const WORDS_BLEND = 0.5;

/**
 * Each example read once (normalised, patterns, features) and weighted: a template family shares
 * the weight of √(its size) sentences, so a hundred sentences from one template do not teach one
 * way of writing a hundred times over.
 */
export function prepare(examples: readonly CorpusExample[], buckets = DEFAULT_BUCKETS): Prepared[] {
  const groupSize = new Map<string, number>();
  for (const e of examples) if (e.source === 'template') groupSize.set(e.group, (groupSize.get(e.group) ?? 0) + 1);
  return examples.map((example) => {
    const n = normalise(example.text);
    const patterns = analyseCrisisPatterns(n);
    const size = example.source === 'template' ? (groupSize.get(example.group) ?? 1) : 1;
    const { words, chars } = featureSets(n, buckets, patterns);
    return { example, normalised: n, patterns, features: [...words, ...chars], wordFeatures: words, weight: 1 / Math.sqrt(size) };
  });
}

const trainRows = (xs: readonly Prepared[], view: 'features' | 'wordFeatures'): TrainExample[] =>
  xs.map((p) => ({ normalised: p.normalised, crisis: p.example.crisis, features: p[view], weight: p.weight }));

/**
 * The model trained on these examples (the shipped model: `train(prepare(learnable(corpus)))`):
 * one logistic regression over every feature and one without the character n-grams, mixed half
 * and half (out of fold, the mix found 96.0 % against 94.9 % for the first alone at the same
 * false alarms, and more of both other writers' sentences left out).
 */
export function train(xs: readonly Prepared[], options?: TrainOptions): CrisisModelData {
  const data = trainModel(trainRows(xs, 'features'), options);
  const words = trainModel(trainRows(xs, 'wordFeatures'), options);
  data.second = { view: 'words', blend: WORDS_BLEND, bias: words.bias, gaps: words.gaps, weights: words.weights };
  data.trainedOn = { ...data.trainedOn, wordsModel: { blend: WORDS_BLEND, features: words.gaps.length } };
  return data;
}

export interface Scored extends ScoredExample {
  source: string;
}

/** Scores of the crisis examples in `xs` by `model` (the personal-information file is not about this check). */
export function scoreWith(xs: readonly Prepared[], model: CrisisModel): Scored[] {
  const crisisSet = new Set(crisisExamples(xs.map((p) => p.example)));
  return xs
    .filter((p) => crisisSet.has(p.example))
    .map((p) => ({
      hit: p.patterns.hits.length > 0,
      hitSafe: readsSafe(p.patterns),
      short: p.normalised.split(' ').filter(Boolean).length < MODEL_MIN_WORDS,
      ruledOut: inSafeContext(p.patterns),
      score: model.score(p.normalised, p.patterns),
      crisis: p.example.crisis,
      category: p.example.category,
      text: p.example.text,
      source: p.example.source,
    }));
}

export const foldOf = (e: CorpusExample, folds = FOLDS) => hash32(`${CORPUS_SEED}:fold:${e.group}`) % folds;

/** Every example scored by a model trained without its fold (folds by group). */
export function outOfFold(xs: readonly Prepared[], options?: TrainOptions, onFold?: (k: number) => void): Scored[] {
  const scored: Scored[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const model = new CrisisModel(train(xs.filter((p) => foldOf(p.example) !== k), options));
    scored.push(...scoreWith(xs.filter((p) => foldOf(p.example) === k), model));
    onFold?.(k);
  }
  return scored;
}

export interface Thresholds {
  threshold: number;
  contextThreshold: number;
  /** The model's agreement a pattern hit needs in a text that reads in a safe context (0: none). */
  hitThreshold: number;
  /** The model's agreement any other pattern hit needs in a text of MODEL_MIN_WORDS or more (0: none; never above hitThreshold). */
  plainHitThreshold: number;
  rates: Rates;
}

/**
 * Scores to choose thresholds on, as the next writer's text would score: each independent writer's
 * sentences by a model trained without any of that writer's sentences, every other example out of
 * fold. Out-of-fold scores flatter a writer whose other sentences were learnt (the folds split a
 * writer's sentences, and a writer's sentences resemble each other): thresholds fitted on them
 * promised 1.4–4.3 % false alarms per writer, and the next writer's reading gave 7.0 %.
 */
export function calibrationScores(xs: readonly Prepared[], options?: TrainOptions, onStep?: (what: string) => void, oof?: readonly Scored[]): Scored[] {
  const writers = INDEPENDENT_WRITERS.filter((w) => xs.some((p) => p.example.source === w));
  const scored = (oof ?? outOfFold(xs, options, (k) => onStep?.(`fold ${k + 1}`))).filter((s) => !writers.includes(s.source));
  for (const w of writers) {
    const model = new CrisisModel(train(xs.filter((p) => p.example.source !== w), options));
    scored.push(...scoreWith(xs.filter((p) => p.example.source === w), model));
    onStep?.(`without ${w}`);
  }
  return scored;
}

/**
 * Thresholds from scores as the next writer's would be (`calibrationScores`), with every source
 * counting equally (the corpus's template families are many sentences in one voice). The triple
 * chosen keeps EVERY independent writer's false alarms within `WRITER_FALSE_ALARM_CAP` (well under
 * the 5 % goal: from one writer to the next, false alarms have moved by about 3 points), the
 * average over sources within `MAX_FALSE_ALARM` and all sentences together within `pooledCap`; among
 * those, it finds the most crisis for the worst-served independent writer, then the most averaged
 * over sources, then the fewest false alarms. When no triple keeps every writer within the cap,
 * the one with the lowest worst writer's false alarms is taken.
 */
export function calibrate(scored: readonly Scored[], pooledCap = POOLED_FALSE_ALARM_CAP, writerCap = WRITER_FALSE_ALARM_CAP): Thresholds {
  const sources = [...new Set(scored.map((s) => s.source))];
  if (sources.length < 2) return { hitThreshold: 0, plainHitThreshold: 0, ...chooseThresholds(scored, MAX_FALSE_ALARM) };
  const writers = sources.map((src) => INDEPENDENT_WRITERS.includes(src));
  type Candidate = { t: Thresholds; worstRecall: number; macroRecall: number; macroFa: number; worstWriter: number };
  let best: Candidate | null = null;
  let leastWorst: Candidate | null = null;
  let mostFound: Candidate | null = null;
  const eps = 1e-12;
  const floor = (c: Candidate) => c.worstRecall >= WRITER_RECALL_FLOOR - eps;
  const better = (a: Candidate, b: Candidate | null) =>
    !b ||
    a.worstRecall > b.worstRecall + eps ||
    (Math.abs(a.worstRecall - b.worstRecall) <= eps && (a.macroRecall > b.macroRecall + eps || (Math.abs(a.macroRecall - b.macroRecall) <= eps && a.macroFa < b.macroFa - eps)));
  // Counted by hand over typed arrays: ~250,000 combinations of the four bars over ~13,500 examples.
  const n = scored.length;
  const src = Int32Array.from(scored, (s) => sources.indexOf(s.source));
  const always = Uint8Array.from(scored, (s) => (s.hit && s.short ? 1 : 0));
  const gated = Uint8Array.from(scored, (s) => (s.hit && !s.short && s.hitSafe ? 1 : 0));
  const plain = Uint8Array.from(scored, (s) => (s.hit && !s.short && !s.hitSafe ? 1 : 0));
  const modelOk = Uint8Array.from(scored, (s) => (s.short ? 0 : 1));
  const ctx = Uint8Array.from(scored, (s) => (s.ruledOut ? 1 : 0));
  const score = Float64Array.from(scored, (s) => s.score);
  const pos = Uint8Array.from(scored, (s) => (s.crisis ? 1 : 0));
  const P = new Int32Array(sources.length);
  const N = new Int32Array(sources.length);
  for (let i = 0; i < n; i++) (pos[i] ? P : N)[src[i]!]!++;
  const tp = new Int32Array(sources.length);
  const fp = new Int32Array(sources.length);
  for (const plainHitThreshold of PLAIN_HIT_GRID) {
    for (const hitThreshold of HIT_GRID) {
      if (plainHitThreshold > hitThreshold) continue;
      for (const threshold of GRID) {
        for (const contextThreshold of GRID) {
          if (contextThreshold < threshold || hitThreshold > contextThreshold) continue;
          tp.fill(0);
          fp.fill(0);
          for (let i = 0; i < n; i++) {
            const sc = score[i]!;
            const f = always[i] || (gated[i] && sc >= hitThreshold) || (plain[i] && sc >= plainHitThreshold) || (modelOk[i] && sc >= (ctx[i] ? contextThreshold : threshold));
            if (f) (pos[i] ? tp : fp)[src[i]!]!++;
          }
          let recallSum = 0;
          let recallN = 0;
          let faSum = 0;
          let faN = 0;
          let worstWriter = 0;
          let worstRecall = 1;
          let tpAll = 0;
          let fpAll = 0;
          for (let k = 0; k < sources.length; k++) {
            tpAll += tp[k]!;
            fpAll += fp[k]!;
            if (P[k]) {
              recallSum += tp[k]! / P[k]!;
              recallN++;
              if (writers[k]) worstRecall = Math.min(worstRecall, tp[k]! / P[k]!);
            }
            if (N[k]) {
              faSum += fp[k]! / N[k]!;
              faN++;
              if (writers[k]) worstWriter = Math.max(worstWriter, fp[k]! / N[k]!);
            }
          }
          const macroRecall = recallSum / Math.max(1, recallN);
          const macroFa = faSum / Math.max(1, faN);
          if (macroFa > MAX_FALSE_ALARM) continue;
          const negatives = N.reduce((a, b) => a + b, 0);
          const positives = P.reduce((a, b) => a + b, 0);
          if (fpAll / Math.max(1, negatives) > pooledCap) continue;
          const pooled: Rates = { recall: tpAll / Math.max(1, positives), falseAlarm: fpAll / Math.max(1, negatives), tp: tpAll, fn: positives - tpAll, fp: fpAll, tn: negatives - fpAll };
          const c: Candidate = { t: { threshold, contextThreshold, hitThreshold, plainHitThreshold, rates: pooled }, worstRecall, macroRecall, macroFa, worstWriter };
          if (better(c, mostFound)) mostFound = c;
          if (worstWriter <= writerCap + eps) {
            if (better(c, best)) best = c;
          } else if (
            !leastWorst ||
            (floor(c) && !floor(leastWorst)) ||
            (floor(c) === floor(leastWorst) && (worstWriter < leastWorst.worstWriter - eps || (Math.abs(worstWriter - leastWorst.worstWriter) <= eps && better(c, leastWorst))))
          )
            leastWorst = c;
        }
      }
    }
  }
  // Every writer within the cap at the recall floor is best; else every writer found at the floor with the least worst
  // false alarms; when no combination keeps every writer at the floor, the one that finds the most for the worst-served writer.
  const recallFirst = (a: Candidate | null, b: Candidate | null) => (!a ? b : !b ? a : better(a, b) ? a : b);
  const chosen = best && floor(best) ? best : leastWorst && floor(leastWorst) ? leastWorst : (mostFound ?? recallFirst(best, leastWorst));
  return chosen?.t ?? { hitThreshold: 0, plainHitThreshold: 0, ...chooseThresholds(scored, MAX_FALSE_ALARM) };
}

const GRID = Array.from({ length: 97 }, (_, i) => Math.round((0.02 + i * 0.01) * 100) / 100);
/** The model's agreement a pattern hit in a safe context may need (0: none). */
const HIT_GRID = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5];
/** The model's agreement any other pattern hit in a text the model reads may need (0: none). */
const PLAIN_HIT_GRID = [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5];

/**
 * Whether the check flags an example at these thresholds (as `checkCrisis` does): a short text's
 * pattern hit always; a longer text's hit with the model's agreement (`hitThreshold` when the text
 * reads in a safe context, the smaller `plainHitThreshold` otherwise); else the model alone on
 * texts of `MODEL_MIN_WORDS` or more, surer in a safe context.
 */
export const flaggedBy = (t: Pick<Thresholds, 'threshold' | 'contextThreshold'> & { hitThreshold?: number; plainHitThreshold?: number }) => (s: ScoredExample) =>
  (s.hit && (s.short || s.score >= (s.hitSafe ? (t.hitThreshold ?? 0) : Math.min(t.plainHitThreshold ?? 0, t.hitThreshold ?? 0)))) ||
  (!s.short && s.score >= (s.ruledOut ? t.contextThreshold : t.threshold));

export interface Breakdown {
  rates: Rates;
  /** Crisis found per category ("farewell": 40 of 43). */
  found: Record<string, { found: number; n: number }>;
  /** False alarms per category ("recovery": 3 of 40). */
  alarms: Record<string, { found: number; n: number }>;
}

export function breakdown(scored: readonly ScoredExample[], t: Pick<Thresholds, 'threshold' | 'contextThreshold'> & { hitThreshold?: number; plainHitThreshold?: number }): Breakdown {
  const flagged = scored.map(flaggedBy(t));
  const found: Breakdown['found'] = {};
  const alarms: Breakdown['alarms'] = {};
  scored.forEach((s, i) => {
    const m = s.crisis ? found : alarms;
    const c = (m[s.category] ??= { found: 0, n: 0 });
    c.n++;
    if (flagged[i]) c.found++;
  });
  return { rates: rates(flagged, scored.map((s) => s.crisis)), found, alarms };
}

export interface SourceEstimate extends Breakdown {
  source: string;
  threshold: number;
  contextThreshold: number;
  hitThreshold: number;
  plainHitThreshold: number;
  /** Out-of-fold figures on the rest, where the thresholds came from. */
  calibration: Rates;
  /** This source's sentences the check got wrong (missed crises and false alarms). */
  errors: Scored[];
}

/**
 * Leave one source out: the model learns from every other source, its thresholds come from
 * out-of-fold scores over those (never this source), and it then reads this source's sentences
 * once. The honest in-repo estimate of how the check does on someone else's writing.
 */
export function leaveOneSourceOut(xs: readonly Prepared[], source: string, options?: TrainOptions): SourceEstimate {
  const rest = xs.filter((p) => p.example.source !== source);
  const held = xs.filter((p) => p.example.source === source);
  const t = calibrate(calibrationScores(rest, options));
  const model = new CrisisModel(train(rest, options));
  const scored = scoreWith(held, model);
  const flag = flaggedBy(t);
  return { source, threshold: t.threshold, contextThreshold: t.contextThreshold, hitThreshold: t.hitThreshold, plainHitThreshold: t.plainHitThreshold, calibration: t.rates, ...breakdown(scored, t), errors: scored.filter((s) => flag(s) !== s.crisis) };
}
