import { checkCrisis, checkPhraseList, CRISIS_MODEL, MODEL_MIN_WORDS } from './crisis';
import type { CrisisModel } from './crisis-model';
import { analyseCrisisPatterns, findCrisisPatterns, inSafeContext, readsSafe } from './crisis-patterns';
import { crisisExamples, type CorpusExample } from './corpus/corpus';
import { normalise } from './normalise';
import { findPersonalInfo, type PersonalInfoKind } from './personal-info';

/** Detection figures: recall (share of real cases found) and false alarms (share of the rest flagged). */
export interface Rates {
  recall: number;
  falseAlarm: number;
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export function rates(predicted: readonly boolean[], actual: readonly boolean[]): Rates {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  predicted.forEach((p, i) => {
    if (p && actual[i]) tp++;
    else if (p) fp++;
    else if (actual[i]) fn++;
    else tn++;
  });
  return { recall: tp / Math.max(1, tp + fn), falseAlarm: fp / Math.max(1, fp + tn), tp, fn, fp, tn };
}

export const percent = (x: number) => `${(x * 100).toFixed(1)} %`;
export const describe = (r: Rates) =>
  `recall ${percent(r.recall)} (${r.tp} of ${r.tp + r.fn}), false alarms ${percent(r.falseAlarm)} (${r.fp} of ${r.fp + r.tn})`;

export type CrisisDetector = 'combined' | 'patterns' | 'model' | 'phrase-list';

/** What each part of the crisis check says about each example. */
export function crisisPredictions(examples: readonly CorpusExample[], model: CrisisModel = CRISIS_MODEL): Record<CrisisDetector, boolean[]> {
  const out: Record<CrisisDetector, boolean[]> = { combined: [], patterns: [], model: [], 'phrase-list': [] };
  for (const e of examples) {
    const n = normalise(e.text);
    const pattern = findCrisisPatterns(n).length > 0;
    const byModel = model.score(n) >= model.threshold;
    out.combined.push(checkCrisis(e.text, model).crisis);
    out.patterns.push(pattern);
    out.model.push(byModel);
    out['phrase-list'].push(checkPhraseList(e.text));
  }
  return out;
}

export function crisisRates(examples: readonly CorpusExample[], model: CrisisModel = CRISIS_MODEL): Record<CrisisDetector, Rates> {
  const relevant = crisisExamples([...examples]);
  const p = crisisPredictions(relevant, model);
  const actual = relevant.map((e) => e.crisis);
  return { combined: rates(p.combined, actual), patterns: rates(p.patterns, actual), model: rates(p.model, actual), 'phrase-list': rates(p['phrase-list'], actual) };
}

export const PI_KINDS: PersonalInfoKind[] = ['email', 'phone', 'nhs-number', 'postcode', 'date-of-birth'];

/**
 * The personal-information check, one decision per example and kind (does it hold a phone
 * number?), and per example (does it hold anything?), with the wrong calls for inspection.
 */
export function personalInfoRates(examples: readonly CorpusExample[]) {
  const perKind = { predicted: [] as boolean[], actual: [] as boolean[] };
  const perText = { predicted: [] as boolean[], actual: [] as boolean[] };
  const wrong: string[] = [];
  for (const e of examples) {
    const found = new Set(findPersonalInfo(e.text).map((f) => f.kind));
    for (const k of PI_KINDS) {
      perKind.predicted.push(found.has(k));
      perKind.actual.push(e.pii.includes(k));
      if (found.has(k) !== e.pii.includes(k)) wrong.push(`${found.has(k) ? 'false alarm' : 'missed'} ${k}: ${e.text}`);
    }
    perText.predicted.push(found.size > 0);
    perText.actual.push(e.pii.length > 0);
  }
  return { perKind: rates(perKind.predicted, perKind.actual), perText: rates(perText.predicted, perText.actual), wrong };
}

/** Milliseconds per call of `fn` over the texts (after a warm-up): p50, p95, p99 and the largest. */
export function timePerMessage(texts: readonly string[], fn: (text: string) => unknown, rounds = 5) {
  for (const t of texts) fn(t);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const start = process.hrtime.bigint();
      fn(t);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: times[times.length - 1]!, calls: times.length };
}

/** What the threshold search needs about each example: pattern hit, words ruled out in context, model score, label. */
export interface ScoredExample {
  hit: boolean;
  /** The text reads in a safe context (`readsSafe`): a hit there needs the model's agreement. */
  hitSafe?: boolean;
  /** Fewer words than `MODEL_MIN_WORDS`: a hit counts on its own, and the model alone never decides. */
  short?: boolean;
  ruledOut: boolean;
  score: number;
  crisis: boolean;
  category: string;
  text: string;
}

export function scoreExamples(examples: readonly CorpusExample[], model: CrisisModel): ScoredExample[] {
  return crisisExamples([...examples]).map((e) => {
    const n = normalise(e.text);
    const a = analyseCrisisPatterns(n);
    return { hit: a.hits.length > 0, hitSafe: readsSafe(a), short: n.split(' ').filter(Boolean).length < MODEL_MIN_WORDS, ruledOut: inSafeContext(a), score: model.score(n, a), crisis: e.crisis, category: e.category, text: e.text };
  });
}

/**
 * The model's thresholds, chosen on out-of-fold scores (never the test split): the pair that finds
 * the most crisis examples (patterns or model) while keeping false alarms within `maxFalseAlarm`;
 * among equals, the highest (fewest false alarms). `contextThreshold` applies where the patterns
 * ruled crisis words out in context.
 */
export function chooseThresholds(scored: readonly ScoredExample[], maxFalseAlarm: number) {
  const actual = scored.map((s) => s.crisis);
  let best: { threshold: number; contextThreshold: number; rates: Rates } | null = null;
  const grid = Array.from({ length: 97 }, (_, i) => Math.round((0.02 + i * 0.01) * 100) / 100);
  for (const threshold of grid) {
    for (const contextThreshold of grid) {
      if (contextThreshold < threshold) continue;
      const r = rates(
        scored.map((s) => s.hit || s.score >= (s.ruledOut ? contextThreshold : threshold)),
        actual,
      );
      if (r.falseAlarm > maxFalseAlarm) continue;
      if (!best || r.recall >= best.rates.recall) best = { threshold, contextThreshold, rates: r };
    }
  }
  return best ?? { threshold: 0.99, contextThreshold: 0.99, rates: rates(scored.map((s) => s.hit), actual) };
}
