import { hash32, seededRandom } from './corpus/corpus';
import { analyseCrisisPatterns, type CrisisPatternAnalysis } from './crisis-patterns';
import { sentencesOf } from './normalise';

/**
 * The statistical part of the crisis check: a logistic regression over hashed features of the
 * normalised text — words, word pairs and triples, character 3- to 5-grams of each word (so
 * "suicidle" and "cuttin" still share most of their features with the words they mean), words
 * inside a negation's scope ("never → kill, myself"), a few context cues (a past-tense
 * recovery story, someone else, clinical talk) and what the patterns made of the text (a hit,
 * or words they dropped as negated, clinical or a recovery story). Trained in the repo on the corpus's train split
 * (`npm run safety:train`), with its threshold chosen on the dev split; the weights ship as
 * `crisis-model.data.json`. Scoring is a few hundred hash lookups: well under a millisecond.
 */
export interface CrisisModelData {
  version: 1;
  /** Size of the hashed feature space (a power of two). */
  buckets: number;
  bias: number;
  /** Probability at or above which the model alone signals a crisis (chosen on held-out data). */
  threshold: number;
  /**
   * The bar when the patterns read crisis words and ruled every one out in context (negated,
   * clinical, a recovery story, news…): the model must be surer to overrule that reading.
   */
  contextThreshold?: number;
  /** Non-zero weights: bucket indices in ascending order, each stored as the gap from the previous one. */
  gaps: number[];
  /** Weights, times 10,000, rounded. */
  weights: number[];
  trainedOn: Record<string, unknown>;
}

const CHAR_MIN = 3;
const CHAR_MAX = 5;
const NEGATORS = new Set(['not', 'never', 'no', 'nor', 'without']);
const PUNCT = new Set(['.', ',']);
const CUES: [string, RegExp][] = [
  ['recovery', /\b(?:years? ago|used to|back (?:in|when)|survived|survivor|looking back|recovered|recovery|pulled me through|gets? better|better place|glad i am still here|clean for|free of it)\b/],
  ['present', /\b(?:again|right now|tonight|at the moment|lately|these days|creeping back|is back)\b/],
  ['third', /\b(?:he|she|they|his|her|their|him|them|himself|herself|themselves)\b/],
  ['relation', /\bmy (?:friend|mate|son|daughter|mum|mom|dad|husband|wife|partner|brother|sister|flatmate|nan|grandad|boyfriend|girlfriend|uncle|child|teenage)\b/],
  ['clinical', /\b(?:leaflet|side effects?|study|research|article|training|course|prevention|awareness|rates?|statistics|risk|news|reported|causes?|questionnaire|asked (?:me )?(?:if|whether|about))\b/],
  ['first', /\b(?:i|me|my|myself)\b/],
];

/** The hashed feature indices of a normalised text (deduplicated). */
export function featuresOf(normalised: string, buckets: number, patterns: CrisisPatternAnalysis = analyseCrisisPatterns(normalised)): number[] {
  const mask = buckets - 1;
  const out = new Set<number>();
  const add = (f: string) => out.add(hash32(f) & mask);
  const tokens = normalised.split(' ').filter(Boolean);
  let negated = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1] ?? '^';
    const prev2 = tokens[i - 2] ?? '^';
    add(`b:${prev} ${t}`);
    add(`t:${prev2} ${prev} ${t}`);
    if (PUNCT.has(t)) {
      negated = 0;
      continue;
    }
    add(`w:${t}`);
    if (negated > 0) {
      add(`n:${t}`);
      negated--;
    }
    if (NEGATORS.has(t)) negated = 4;
    const padded = ` ${t} `;
    for (let n = CHAR_MIN; n <= CHAR_MAX; n++) for (let j = 0; j + n <= padded.length; j++) add(`c:${padded.slice(j, j + n)}`);
  }
  add(`b:${tokens[tokens.length - 1] ?? '^'} $`);
  for (const [name, re] of CUES) if (re.test(normalised)) add(`cue:${name}`);
  // What the patterns made of it: a hit, or words they dropped as negated, clinical, a recovery story…
  for (const h of patterns.hits) add(`pat:hit:${h.category}`);
  for (const d of patterns.dropped) add(`pat:${d.because}`);
  return [...out];
}

/** A loaded model: dense weights for fast lookups. */
export class CrisisModel {
  private readonly w: Float32Array;

  constructor(readonly data: CrisisModelData) {
    this.w = new Float32Array(data.buckets);
    let at = 0;
    data.gaps.forEach((g, i) => {
      at += g;
      this.w[at] = data.weights[i]! / 10_000;
    });
  }

  get threshold(): number {
    return this.data.threshold;
  }

  get contextThreshold(): number {
    return Math.max(this.data.threshold, this.data.contextThreshold ?? this.data.threshold);
  }

  /** Probability for a set of feature indices. */
  private probability(f: Iterable<number>, n: number): number {
    if (!n) return 0;
    const scale = 1 / Math.sqrt(n);
    let z = this.data.bias;
    for (const i of f) z += this.w[i]! * scale;
    return 1 / (1 + Math.exp(-z));
  }

  /** Probability that one piece of normalised text signals a crisis. */
  scorePiece(normalised: string, patterns?: CrisisPatternAnalysis): number {
    const f = featuresOf(normalised, this.data.buckets, patterns);
    return this.probability(f, f.length);
  }

  /**
   * The highest probability over the text: short texts whole, long posts a sentence and a pair of
   * sentences at a time (the model was trained on messages of one to three sentences); `patterns`,
   * when the caller has read them already, spares reading a short text twice. Each
   * sentence is read once; a pair is the union of its two sentences' features.
   */
  score(normalised: string, patterns?: CrisisPatternAnalysis): number {
    if (normalised.split(' ').length <= 60) return this.scorePiece(normalised, patterns);
    const pieces = sentencesOf(normalised)
      .slice(0, 400)
      .map((s) => featuresOf(s, this.data.buckets));
    let best = 0;
    for (let i = 0; i < pieces.length; i++) {
      best = Math.max(best, this.probability(pieces[i]!, pieces[i]!.length));
      if (i + 1 < pieces.length) {
        const pair = new Set([...pieces[i]!, ...pieces[i + 1]!]);
        best = Math.max(best, this.probability(pair, pair.size));
      }
    }
    return best;
  }
}

// ---- training --------------------------------------------------------------------------------

export interface TrainOptions {
  buckets?: number;
  epochs?: number;
  /** L2 penalty per example step. */
  l2?: number;
  learningRate?: number;
  seed?: string;
  /** Weights smaller than this (absolute) are dropped from the shipped file. */
  prune?: number;
}

/**
 * Logistic regression by AdaGrad over shuffled examples (a seeded shuffle, so the same corpus
 * always gives the same weights). Classes are weighted so crisis and not-crisis count equally.
 */
export function trainModel(examples: { normalised: string; crisis: boolean }[], options: TrainOptions = {}): CrisisModelData {
  const buckets = options.buckets ?? 1 << 19;
  const epochs = options.epochs ?? 10;
  const l2 = options.l2 ?? 3e-3;
  const lr = options.learningRate ?? 0.1;
  const prune = options.prune ?? 0.01;
  const rng = seededRandom(hash32(options.seed ?? 'kindred-crisis-model'));
  const rows = examples.map((e) => ({ f: featuresOf(e.normalised, buckets), y: e.crisis ? 1 : 0 }));
  const positives = rows.filter((r) => r.y === 1).length;
  const negatives = rows.length - positives;
  const weightOf = (y: number) => (y === 1 ? rows.length / (2 * Math.max(1, positives)) : rows.length / (2 * Math.max(1, negatives)));
  const w = new Float64Array(buckets);
  const g2 = new Float64Array(buckets).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const r = rows[k]!;
      if (!r.f.length) continue;
      const scale = 1 / Math.sqrt(r.f.length);
      let z = bias;
      for (const i of r.f) z += w[i]! * scale;
      const p = 1 / (1 + Math.exp(-z));
      const err = (p - r.y) * weightOf(r.y);
      for (const i of r.f) {
        const g = err * scale + l2 * w[i]!;
        g2[i]! += g * g;
        w[i]! -= (lr * g) / Math.sqrt(g2[i]!);
      }
      biasG2 += err * err;
      bias -= (lr * err) / Math.sqrt(biasG2);
    }
  }
  const gaps: number[] = [];
  const weights: number[] = [];
  let last = 0;
  for (let i = 0; i < buckets; i++) {
    if (Math.abs(w[i]!) < prune) continue;
    gaps.push(i - last);
    weights.push(Math.round(w[i]! * 10_000));
    last = i;
  }
  return {
    version: 1,
    buckets,
    bias: Math.round(bias * 10_000) / 10_000,
    threshold: 0.5,
    gaps,
    weights,
    trainedOn: { examples: rows.length, crisis: positives, notCrisis: negatives, epochs, l2, learningRate: lr, prune, features: gaps.length },
  };
}
