import { hash32, seededRandom } from './corpus/corpus';
import { analyseCrisisPatterns, type CrisisPatternAnalysis } from './crisis-patterns';
import { sentencesOf } from './normalise';

/**
 * The statistical part of the crisis check: a logistic regression over features of the normalised
 * text — words and word pairs, character 3- to 5-grams inside each word (so "suicidle", "cuttin"
 * and "endin" share most of their features with the words they mean), hashed into 2^19 buckets;
 * words inside a negation's scope ("never → kill, myself"); a few context cues; what the patterns
 * made of the text (a hit, or words they dropped as negated, clinical, a recovery story, a topic);
 * and lexicon features computed by simple rules — how many death or ending words, self-references,
 * future and intent markers, means, plan, farewell, past-tense and recovery, clinical,
 * someone-else, secrecy, burden, absence and coping words, each pair of those classes, and a few
 * phrases ("will not be here", "not for my pain", "just in case"). The lexicon is what carries
 * over to other people's writing: a sentence in words the corpus never used still shares them.
 * Trained in the repo on everything learnable (`npm run safety:train`, `training.ts`), thresholds
 * from grouped out-of-fold scores; the weights ship as `crisis-model.data.json`. Scoring is a few
 * hundred lookups: well under a millisecond.
 */
export interface CrisisModelData {
  version: 2;
  /** Size of the hashed feature space (a power of two). */
  buckets: number;
  bias: number;
  /** Probability at or above which the model alone signals a crisis (chosen on held-out data). */
  threshold: number;
  /**
   * The bar when the patterns read crisis words and ruled every one out in context (negated,
   * clinical, a recovery story, news…), or the text reads in a safe context (`SAFE_CONTEXTS`: a
   * recovery story, a joke, an accident with medicine, advice to the reader…): the model must be
   * surer to overrule that reading.
   */
  contextThreshold?: number;
  /**
   * The model's agreement a pattern hit needs when the text reads in a safe context
   * (`readsSafe`: end of life, recovery, a joke, a figure of speech, advice to the reader…); 0 or
   * absent: a pattern hit always counts.
   */
  hitThreshold?: number;
  /**
   * The model's agreement any other pattern hit needs in a text of `MODEL_MIN_WORDS` or more (never
   * above `hitThreshold`); 0 or absent: such a hit always counts. Unseen writers' hard negatives
   * that a pattern matched outside any safe context were most of what the patterns added to the
   * model's false alarms (1.4–2.2 points a writer), for half a point of crisis found.
   */
  plainHitThreshold?: number;
  /** Non-zero weights: bucket indices in ascending order, each stored as the gap from the previous one. */
  gaps: number[];
  /** Weights, times `weightScale`, rounded. */
  weights: number[];
  /**
   * What the stored weights were multiplied by (10,000 when absent; 1,000 since the corpus grew past
   * 9,000 lines, so the file stays under 1 MB: a thousandth changes no score by more than ~0.001).
   */
  weightScale?: number;
  /**
   * A second logistic regression over the same features without the character n-grams (words,
   * pairs, negation, cues, patterns, lexicon): it leans on meaning more than spelling. The
   * probability is the first model's and this one's, mixed `blend` to `1 - blend`.
   */
  second?: { view: 'words'; blend: number; bias: number; gaps: number[]; weights: number[] };
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

/**
 * Word classes for the lexicon features: counts of words of a kind, computed by simple rules, so
 * that a sentence in words the corpus never used still shares features with the ones it did
 * ("i have kept every one of my tablets" and "stockpiling my pills" both have self + means + keep).
 */
const set = (s: string) => new Set(s.split(' '));
const LEXICON: [string, Set<string>][] = [
  ['death', set('die dying died dead death suicide suicidal kill killing killed unalive overdose end ending ended alive living exist existing existence gone grave funeral life lives wake waking breathe breathing disappear vanish over')],
  ['self', set('i me my myself mine')],
  ['future', set('will going tonight tomorrow soon weekend monday tuesday wednesday thursday friday saturday sunday date plan planning planned decided decide ready time then after before until till next when last final finally countdown')],
  ['means', set('pills tablets tablet meds medication medicine insulin rope bridge blade blades razor razors knife train tracks railway platform stash stockpile stockpiling stockpiled saved saving collect collected collecting hoard hoarding hoarded build building supply jar drawer box bag patches hosepipe exhaust charcoal cliff sea river canal water woods ledge roof jump jumping motorway lorry gun guns belt cord ligature hanging packet packets prescription prescriptions repeat dose doses overdose morphine tramadol codeine paracetamol oxycodone fentanyl amitriptyline pregabalin gabapentin sertraline antidepressants painkillers sleeping hypo lethal enough extra kept keeping warfarin steroids biologic shops pharmacies pharmacy handed returning hid hidden')],
  ['plan', set('method how where when date day booked decided worked timings alone empty sorted arranged ready picked chosen researched through mapped route rehearsing rehearse countdown planned backup timetable thursday')],
  ['farewell', set('goodbye goodbyes bye farewell note notes letter letters sorry thank thanks love forgive remember miss passwords password will affairs sorted gave giving away gifts last final post message ends loose forever permanently x xx forgive letting envelope key bills advance affairs cancelled rehome tried')],
  ['past', set('was were had used ago once survived survivor recovery recovered remission since anymore stable clean better years back then past therapy diagnosed old')],
  ['negation', set('not never no nor without nobody nothing')],
  ['clinical', set('patients patient training study research risk ideation assessment session clinician nurse nurses doctor gp cpn team leaflet evidence rates signs staff volunteers lecture guidance screening service services discloses disclose questionnaire phq article news')],
  ['third', set('he she they him her his their himself herself themselves son daughter friend mate dad mum husband wife brother sister boyfriend girlfriend grandad nan someone')],
  ['hide', set('secret hide hiding hidden nobody anyone know knows told tell why notice noticed pretend pretending')],
  ['burden', set('burden better off without free freer relief trouble worth ruining sake easier weight miss')],
  ['absence', set('around here anymore longer coming back wake see spring january christmas birthday year')],
  ['cope', set('enough tired exhausted done cope coping pointless point hopeless cannot can not anymore stop stopped')],
  ['harm', set('cut cuts cutting blade blades razor razors scar scars stitches bleeding bleed bled bruise bruises bruised marks sleeves wound wounds lighter cigarettes cigarette burn burning burns bite biting hitting punching punched wall deeper fresh skin arms wrists thighs')],
  ['store', set('tin tub box boxes drawer cupboard cabinet bag sock wardrobe shoebox envelope pile full heavy worth lot lots months weeks supply spare extra early again opened stash stashed hoard tub jar pot')],
  ['deceive', set('lied lie lying told said pretend pretending thinks noticed notice knows realise realised query queried excuse excuses story secret')],
  ['wish', set('welcome hope hoping hoped wish wishing wished pray praying envy waiting comforting comfort peaceful peace relief ready tempting appealing')],
];
/**
 * Phrases that say more than their words: being gone, keeping it hidden, a reason that is not the
 * usual one. Each counts towards a word class and is a feature of its own.
 */
const MARKERS: [string, string, RegExp][] = [
  ['absence', 'not-here', /\b(?:will not|would not|wo not|do not|not going to) (?:be )?(?:here|around|alive|seeing|see|make it)\b|\bnot (?:be|being) (?:here|around)\b/],
  ['absence', 'not-back', /\bnot (?:coming|come) back\b|\bfor good\b|\bno more\b|\bby the time\b|\bbefore (?:then|that|it)\b/],
  ['hide', 'hidden', /\b(?:nobody|no one|not) (?:knows?|told|tell|know)\b|\b(?:have not|did not|not) told\b|\bjust in case\b|\bwhy i\b/],
  ['means', 'not-for', /\bnot for (?:my|a|the|what)\b|\bnot (?:the|in the) (?:normal|usual|right) way\b/],
  ['plan', 'do-it', /\b(?:do|doing|done) it\b|\bgo through with\b|\bthat is it\b|\bit is time\b|\bthe plan\b/],
  ['means', 'on-purpose', /\bon purpose\b|\bdeliberately\b|\bnot by accident\b|\bwas not an accident\b|\bno accident\b|\bi know what i am doing\b/],
  ['means', 'many-shops', /\b(?:two|three|four|several|different|multiple) (?:different )?(?:shops|pharmacies|supermarkets)\b/],
  ['farewell', 'affairs', /\bin advance\b|\bspare key\b|\baffairs\b|\bcancelled my\b|\bmiss you all\b|\blook after (?:each other|yourselves|the|my)\b|\bforgive me\b|\bletting go\b|\bit is done\b|\bi (?:really )?tried\b|\bstay strong for me\b|\benvelope for\b|\bnot long now\b/],
  ['harm', 'hurt-self', /\b(?:until|till) (?:it|they|i) (?:bleed|bruise|bled|bruised)\b|\bhow i cope\b|\blong sleeves\b|\bstitches\b/],
];
/** Lexicon features are read at this value (the hashed n-grams share 1 / sqrt(n) between them). */
const LEX_VALUE = 0.35;
/** Slots after the hashed buckets for the lexicon features (their own, so no n-gram collides with them). */
export const LEX_SLOTS = 1 << 12;

/**
 * The feature indices of a normalised text (deduplicated): hashed n-grams below `buckets`, then
 * the lexicon features in `LEX_SLOTS` slots from `buckets` on.
 */
export function featuresOf(normalised: string, buckets: number, patterns: CrisisPatternAnalysis = analyseCrisisPatterns(normalised)): number[] {
  const { words, chars } = featureSets(normalised, buckets, patterns);
  return [...words, ...chars];
}

/** The features in two sets: character n-grams (`chars`) and all the rest (`words`); no index in both. */
export function featureSets(normalised: string, buckets: number, patterns: CrisisPatternAnalysis = analyseCrisisPatterns(normalised)): { words: number[]; chars: number[] } {
  const mask = buckets - 1;
  const out = new Set<number>();
  const charSet = new Set<number>();
  const add = (f: string) => out.add(hash32(f) & mask);
  const lex = (f: string) => out.add(buckets + (hash32(f) & (LEX_SLOTS - 1)));
  const tokens = normalised.split(' ').filter(Boolean);
  const counts = new Map<string, number>();
  let negated = 0;
  let negatedDeath = false;
  let pastEd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1] ?? '^';
    add(`b:${prev} ${t}`);
    if (i > 0) add(`t:${tokens[i - 2] ?? '^'} ${prev} ${t}`);
    if (i > 1) add(`s:${tokens[i - 2]} ${t}`);
    if (PUNCT.has(t)) {
      negated = 0;
      continue;
    }
    add(`w:${t}`);
    for (const [name, words] of LEXICON) if (words.has(t)) counts.set(name, (counts.get(name) ?? 0) + 1);
    if (t.length > 4 && t.endsWith('ed')) pastEd++;
    if (negated > 0) {
      add(`n:${t}`);
      if (LEXICON[0]![1].has(t)) negatedDeath = true;
      negated--;
    }
    if (NEGATORS.has(t)) negated = 4;
    const padded = ` ${t} `;
    for (let n = CHAR_MIN; n <= CHAR_MAX; n++) for (let j = 0; j + n <= padded.length; j++) charSet.add(hash32(`c:${padded.slice(j, j + n)}`) & mask);
  }
  add(`b:${tokens[tokens.length - 1] ?? '^'} $`);
  for (const [name, re] of CUES) if (re.test(normalised)) add(`cue:${name}`);
  // What the patterns made of it: a hit, or words they dropped as negated, clinical, a recovery story…
  for (const h of patterns.hits) add(`pat:hit:${h.category}`);
  for (const d of patterns.dropped) add(`pat:${d.because}`);
  for (const c of patterns.context ?? []) lex(`ctx:${c}`);
  for (const [kind, name, re] of MARKERS) {
    if (!re.test(normalised)) continue;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    lex(`mark:${name}`);
  }
  // Lexicon: each class present once, twice, three times or more; each pair of classes present.
  if (pastEd) counts.set('past', (counts.get('past') ?? 0) + pastEd);
  const present = [...counts.keys()].sort();
  for (const k of present) {
    const c = counts.get(k)!;
    for (let n = 1; n <= Math.min(3, c); n++) lex(`lex:${k}:${n}`);
  }
  for (let i = 0; i < present.length; i++) for (let j = i + 1; j < present.length; j++) lex(`lex:${present[i]}+${present[j]}`);
  if (negatedDeath) lex('lex:negated-death');
  lex(`lex:len:${Math.min(4, Math.floor(tokens.length / 8))}`);
  const chars: number[] = [];
  for (const c of charSet) if (!out.has(c)) chars.push(c);
  return { words: [...out], chars };
}

/** How many of the features are hashed n-grams (they share 1 / sqrt(n)); the rest are lexicon features. */
function hashedCount(f: Iterable<number>, buckets: number): number {
  let n = 0;
  for (const i of f) if (i < buckets) n++;
  return n;
}

/** The logistic model's probability for the union of disjoint sets of feature indices. */
function probabilityOf(w: ArrayLike<number>, bias: number, buckets: number, ...sets: Iterable<number>[]): number {
  let n = 0;
  for (const f of sets) n += hashedCount(f, buckets);
  if (!n) return 0;
  const scale = 1 / Math.sqrt(n);
  let z = bias;
  for (const f of sets) for (const i of f) z += w[i]! * (i < buckets ? scale : LEX_VALUE);
  return 1 / (1 + Math.exp(-z));
}

/** Dense weights from the stored gaps and weights. */
function denseWeights(size: number, gaps: number[], weights: number[], scale = 10_000): Float32Array {
  const w = new Float32Array(size);
  let at = 0;
  gaps.forEach((g, i) => {
    at += g;
    w[at] = weights[i]! / scale;
  });
  return w;
}

type Pieces = { words: number[]; chars: number[] };

/** A loaded model: dense weights for fast lookups. */
export class CrisisModel {
  private readonly w: Float32Array;
  private readonly w2: Float32Array | null;

  constructor(readonly data: CrisisModelData) {
    this.w = denseWeights(data.buckets + LEX_SLOTS, data.gaps, data.weights, data.weightScale);
    this.w2 = data.second ? denseWeights(data.buckets + LEX_SLOTS, data.second.gaps, data.second.weights, data.weightScale) : null;
  }

  get threshold(): number {
    return this.data.threshold;
  }

  /** The model's agreement a pattern hit in a safe context needs (never above the context threshold). */
  get hitThreshold(): number {
    return Math.min(this.data.hitThreshold ?? 0, this.contextThreshold);
  }

  /** The model's agreement any other pattern hit needs in a text the model reads (never above `hitThreshold`). */
  get plainHitThreshold(): number {
    return Math.min(this.data.plainHitThreshold ?? 0, this.hitThreshold);
  }

  get contextThreshold(): number {
    return Math.max(this.data.threshold, this.data.contextThreshold ?? this.data.threshold);
  }

  /** Probability for a text's two feature sets (the words model on `words` alone). */
  private probability(words: Iterable<number>, chars: Iterable<number>): number {
    const p = probabilityOf(this.w, this.data.bias, this.data.buckets, words, chars);
    const second = this.data.second;
    if (!second || !this.w2) return p;
    return (1 - second.blend) * p + second.blend * probabilityOf(this.w2, second.bias, this.data.buckets, words);
  }

  /** Probability that one piece of normalised text signals a crisis. */
  scorePiece(normalised: string, patterns?: CrisisPatternAnalysis): number {
    const f = featureSets(normalised, this.data.buckets, patterns);
    return this.probability(f.words, f.chars);
  }

  /**
   * The highest probability over the text: short texts whole, long posts a sentence and a pair of
   * sentences at a time (the model was trained on messages of one to three sentences); `patterns`,
   * when the caller has read them already, spares reading a short text twice. Each
   * sentence is read once; a pair is the union of its two sentences' features.
   */
  score(normalised: string, patterns?: CrisisPatternAnalysis): number {
    if (normalised.split(' ').length <= 60) return this.scorePiece(normalised, patterns);
    const pieces: Pieces[] = sentencesOf(normalised)
      .slice(0, 400)
      .map((s) => featureSets(s, this.data.buckets));
    let best = 0;
    for (let i = 0; i < pieces.length; i++) {
      best = Math.max(best, this.probability(pieces[i]!.words, pieces[i]!.chars));
      if (i + 1 < pieces.length) {
        const words = new Set([...pieces[i]!.words, ...pieces[i + 1]!.words]);
        const chars = new Set([...pieces[i]!.chars, ...pieces[i + 1]!.chars].filter((c) => !words.has(c)));
        best = Math.max(best, this.probability(words, chars));
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
  /** How much more a crisis example counts than a not-crisis one, after balancing the classes (recall first). */
  crisisWeight?: number;
  /**
   * Hashed n-grams seen in fewer training examples than this are not learnt: a word triple or a
   * skipped pair met once says nothing about anyone else's writing, and it would cost the weights file.
   */
  minCount?: number;
}

/** One training example: its normalised text (or features already computed), label and weight. */
export interface TrainExample {
  normalised: string;
  crisis: boolean;
  /** Features from `featuresOf` for this model's bucket count (spares computing them again). */
  features?: number[];
  /** How much this example counts (1 by default; a template family shares its weight between sentences). */
  weight?: number;
}

export const DEFAULT_BUCKETS = 1 << 19;
/** Stored weights are multiplied by this and rounded (`CrisisModelData.weightScale`). */
export const WEIGHT_SCALE = 1_000;

/**
 * Logistic regression by AdaGrad over shuffled examples (a seeded shuffle, so the same corpus
 * always gives the same weights). Classes are weighted so crisis and not-crisis count equally,
 * then crisis examples `crisisWeight` times more (a missed crisis costs more than a false alarm);
 * and an L2 penalty keeps any one n-gram from deciding alone (3e-2 lowered every out-of-fold and
 * leave-one-source-out figure; 5e-3 did best).
 */
export function trainModel(examples: TrainExample[], options: TrainOptions = {}): CrisisModelData {
  const buckets = options.buckets ?? DEFAULT_BUCKETS;
  const epochs = options.epochs ?? 12;
  const l2 = options.l2 ?? 5e-3;
  const lr = options.learningRate ?? 0.1;
  const prune = options.prune ?? 0.01;
  const crisisWeight = options.crisisWeight ?? 1.5;
  const rng = seededRandom(hash32(options.seed ?? 'kindred-crisis-model'));
  const minCount = options.minCount ?? 2;
  const all = examples.map((e) => e.features ?? featuresOf(e.normalised, buckets));
  const seen = new Map<number, number>();
  for (const f of all) for (const i of f) if (i < buckets) seen.set(i, (seen.get(i) ?? 0) + 1);
  const rows = examples.map((e, k) => {
    // n counts every hashed feature (as scoring does); rare ones are only left unlearnt
    const f = all[k]!;
    return { f: f.filter((i) => i >= buckets || (seen.get(i) ?? 0) >= minCount), n: hashedCount(f, buckets), y: e.crisis ? 1 : 0, weight: e.weight ?? 1 };
  });
  const mass = (y: number) => rows.reduce((s, r) => s + (r.y === y ? r.weight : 0), 0);
  const positives = rows.filter((r) => r.y === 1).length;
  const negatives = rows.length - positives;
  const total = mass(1) + mass(0);
  const classWeight = [total / (2 * Math.max(1e-9, mass(0))), (crisisWeight * total) / (2 * Math.max(1e-9, mass(1)))];
  const size = buckets + LEX_SLOTS;
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
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
      if (!r.n) continue;
      const scale = 1 / Math.sqrt(r.n);
      let z = bias;
      for (const i of r.f) z += w[i]! * (i < buckets ? scale : LEX_VALUE);
      const p = 1 / (1 + Math.exp(-z));
      const err = (p - r.y) * classWeight[r.y]! * r.weight;
      for (const i of r.f) {
        const g = err * (i < buckets ? scale : LEX_VALUE) + l2 * w[i]!;
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
  for (let i = 0; i < size; i++) {
    if (Math.abs(w[i]!) < prune) continue;
    gaps.push(i - last);
    weights.push(Math.round(w[i]! * WEIGHT_SCALE));
    last = i;
  }
  return {
    version: 2,
    buckets,
    bias: Math.round(bias * 10_000) / 10_000,
    threshold: 0.5,
    gaps,
    weights,
    weightScale: WEIGHT_SCALE,
    trainedOn: { examples: rows.length, crisis: positives, notCrisis: negatives, epochs, l2, learningRate: lr, prune, crisisWeight, minCount, lexiconSlots: LEX_SLOTS, features: gaps.length },
  };
}
