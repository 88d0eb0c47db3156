import { checkCrisis, CRISIS_MODEL } from './crisis';
import { CrisisModel, trainModel, type CrisisModelData } from './crisis-model';
import modelData from './crisis-model.data.json';
import { inSplit, learnable, loadCorpus } from './corpus/corpus';
import { normalise } from './normalise';
import { calibrate, flaggedBy, prepare, train, WRITER_FALSE_ALARM_CAP, WRITER_RECALL_FLOOR, type Scored } from './training';

describe('checkCrisis', () => {
  it('says which category a pattern found', () => {
    expect(checkCrisis('I have been saving up my tablets for when I decide')).toMatchObject({ crisis: true, category: 'means' });
    expect(checkCrisis('my daughter says she wants to kill herself')).toMatchObject({ crisis: true, category: 'others' });
  });

  it('lets the model decide what no pattern covers, with its score', () => {
    const r = checkCrisis('The HbA1c came back at 48, really pleased');
    expect(r).toMatchObject({ crisis: false, category: null, matched: null });
    expect(r.score).toBeLessThan(CRISIS_MODEL.threshold);
  });

  it('reads a long post a piece at a time, so a crisis sentence is not drowned out', () => {
    const filler = 'Today I went to the clinic and the nurse checked my feet and my blood pressure. '.repeat(30);
    expect(checkCrisis(`${filler} Honestly I am saving my insulin pens for the end. ${filler}`).crisis).toBe(true);
    expect(checkCrisis(filler).crisis).toBe(false);
  });

  it('does not flag a short thanks or greeting, and still catches short crisis messages by their patterns', () => {
    for (const t of ['Thanks!', 'Thanks for this.', 'thanks', 'Night all', 'Thanks everyone x', 'Not tonight', 'Sorry']) expect(checkCrisis(t).crisis).toBe(false);
    for (const t of ['im done', 'bye all x', 'this is goodbye', 'i want to die', 'goodbye everyone', 'cant do this anymore']) expect(checkCrisis(t).crisis).toBe(true);
  });

  it('never throws on empty or odd text', () => {
    expect(checkCrisis('').crisis).toBe(false);
    expect(checkCrisis('🙂🙂🙂 ... ,,, ???').crisis).toBe(false);
    expect(checkCrisis('a'.repeat(100_000)).crisis).toBe(false);
  });
});

describe('the crisis model', () => {
  const corpus = loadCorpus();

  // The weights are read once by the API process (never sent to a browser). The budget was 1 MB until
  // the corpus passed 13,000 lines with writers E, F and G (1.43 MB, 223,000 weights in two models); 2 MB keeps a
  // retrain from growing it unnoticed.
  it('is trained on train + dev (never test), with thresholds from out-of-fold scores, and ships under 2 MB', () => {
    const learn = learnable(corpus);
    expect(learn.every((e) => e.split !== 'test')).toBe(true);
    expect(modelData.trainedOn).toMatchObject({ examples: learn.length, crisis: learn.filter((e) => e.crisis).length, splits: ['train', 'dev'] });
    expect(modelData.threshold).toBeGreaterThan(0);
    expect(modelData.threshold).toBeLessThan(1);
    expect(JSON.stringify(modelData).length).toBeLessThan(2 * 1024 * 1024);
  });

  it('trains deterministically: the same examples give the same weights', () => {
    const sample = inSplit(corpus, 'train')
      .slice(0, 200)
      .map((e) => ({ normalised: normalise(e.text), crisis: e.crisis }));
    const a = trainModel(sample, { buckets: 1 << 14, epochs: 2 });
    const b = trainModel(sample, { buckets: 1 << 14, epochs: 2 });
    expect(a).toEqual(b);
    const m = new CrisisModel(a);
    expect(m.score(normalise('I want to kill myself'))).toBeGreaterThan(m.score(normalise('the physio gave me new exercises')));
  });

  it('the shipped weights are the ones training gives (the file is up to date)', () => {
    const again = train(prepare(learnable(corpus)));
    expect({ gaps: again.gaps.length, bias: again.bias }).toEqual({ gaps: modelData.gaps.length, bias: modelData.bias });
  });
});

describe('a pattern hit in a safe context needs the model to agree', () => {
  const withHitThreshold = (hitThreshold: number) => new CrisisModel({ ...(modelData as CrisisModelData), hitThreshold });
  const hospice = 'Mum wants to die at home rather than in hospital. The hospice team are setting up the bed in the front room.';

  it('drops the hit when the model is not sure enough, keeps it when it is', () => {
    const strict = withHitThreshold(0.999);
    expect(checkCrisis(hospice, strict)).toMatchObject({ crisis: false });
    expect(checkCrisis(hospice, withHitThreshold(0))).toMatchObject({ crisis: true, category: 'intent' });
    const score = checkCrisis(hospice, strict).score;
    expect(checkCrisis(hospice, withHitThreshold(Math.max(0.001, score - 0.001)))).toMatchObject({ crisis: true, category: 'intent' });
  });

  it('never gates a hit outside a safe context, nor in a short text', () => {
    const strict = withHitThreshold(0.999);
    expect(checkCrisis('I want to die. I have the pills ready for tonight.', strict)).toMatchObject({ crisis: true });
    expect(checkCrisis('i want to die', strict)).toMatchObject({ crisis: true });
  });

  it('outside a safe context a hit needs the smaller plain bar, never in a short text', () => {
    const withBars = (hitThreshold: number, plainHitThreshold: number, bias = modelData.bias) => new CrisisModel({ ...(modelData as CrisisModelData), bias, hitThreshold, plainHitThreshold });
    const plain = 'I want to die. I have the pills ready for tonight.';
    // a model that doubts everything (its bias far below zero) scores the plain hit near 0
    const doubting = (plainHitThreshold: number) => withBars(0.9, plainHitThreshold, -40);
    expect(checkCrisis(plain, doubting(0))).toMatchObject({ crisis: true, category: 'intent', score: 0 });
    expect(checkCrisis(plain, doubting(0.5))).toMatchObject({ crisis: false });
    const score = checkCrisis(plain, withBars(0.999, 0.001)).score;
    expect(checkCrisis(plain, withBars(0.999, score))).toMatchObject({ crisis: true, category: 'intent', score });
    expect(checkCrisis('want to die', doubting(0.9))).toMatchObject({ crisis: true, category: 'intent' }); // under MODEL_MIN_WORDS words
    // the plain bar is never above the safe-context bar: with no safe-context gate, no plain gate either
    expect(withBars(0, 0.5).plainHitThreshold).toBe(0);
    expect(withBars(0.2, 0.5).plainHitThreshold).toBe(0.2);
    expect(CRISIS_MODEL.plainHitThreshold).toBeLessThanOrEqual(CRISIS_MODEL.hitThreshold);
  });

  it('the shipped bar is never above the context threshold', () => {
    expect(withHitThreshold(0.999).hitThreshold).toBeLessThanOrEqual(withHitThreshold(0.999).contextThreshold);
    expect(CRISIS_MODEL.hitThreshold).toBeGreaterThanOrEqual(0);
  });
});

describe('thresholds chosen for the next writer', () => {
  const ex = (source: string, crisis: boolean, score: number, more: Partial<Scored> = {}): Scored => ({ source, crisis, score, hit: false, ruledOut: false, category: crisis ? 'intent' : 'everyday', text: '', ...more });
  const writer = (source: string, crisisScores: number[], safeScores: number[]) => [...crisisScores.map((s) => ex(source, true, s)), ...safeScores.map((s) => ex(source, false, s))];
  const range = (n: number, from: number, to: number) => Array.from({ length: n }, (_, i) => from + ((to - from) * i) / Math.max(1, n - 1));

  it('keeps every independent writer found at the recall floor, then the worst writer\'s false alarms as low as that allows', () => {
    // holdout: easy; holdout-4: its not-crisis sentences score high, as the fourth writer's did
    const scored = [...writer('holdout', range(100, 0.6, 0.99), range(100, 0.01, 0.5)), ...writer('holdout-4', range(100, 0.5, 0.99), [...range(94, 0.01, 0.4), ...range(6, 0.55, 0.9)])];
    const t = calibrate(scored);
    const flag = flaggedBy(t);
    for (const src of ['holdout', 'holdout-4']) {
      const xs = scored.filter((s) => s.source === src);
      const found = xs.filter((s) => s.crisis && flag(s)).length / xs.filter((s) => s.crisis).length;
      expect(found).toBeGreaterThanOrEqual(WRITER_RECALL_FLOOR);
    }
    const alarms = scored.filter((s) => s.source === 'holdout-4' && !s.crisis && flag(s)).length;
    expect(alarms / 100).toBeGreaterThan(WRITER_FALSE_ALARM_CAP); // the cap cannot be met at the floor: least worst
    expect(alarms).toBeLessThanOrEqual(6);
  });

  it('flags a gated hit only with the model, a short text never by the model alone', () => {
    const flag = flaggedBy({ threshold: 0.6, contextThreshold: 0.8, hitThreshold: 0.2 });
    expect(flag(ex('x', false, 0.1, { hit: true, hitSafe: true, ruledOut: true }))).toBe(false);
    expect(flag(ex('x', true, 0.3, { hit: true, hitSafe: true, ruledOut: true }))).toBe(true);
    expect(flag(ex('x', true, 0.1, { hit: true, hitSafe: true, short: true }))).toBe(true);
    expect(flag(ex('x', false, 0.95, { short: true }))).toBe(false);
    expect(flag(ex('x', true, 0.7))).toBe(true);
    expect(flag(ex('x', true, 0.7, { ruledOut: true }))).toBe(false);
    // outside a safe context: the plain bar (never above the safe-context one)
    const gatedPlain = flaggedBy({ threshold: 0.6, contextThreshold: 0.8, hitThreshold: 0.2, plainHitThreshold: 0.05 });
    expect(gatedPlain(ex('x', false, 0.03, { hit: true }))).toBe(false);
    expect(gatedPlain(ex('x', true, 0.06, { hit: true }))).toBe(true);
    expect(gatedPlain(ex('x', true, 0.01, { hit: true, short: true }))).toBe(true);
    expect(flag(ex('x', false, 0.01, { hit: true }))).toBe(true);
  });

  it('chooses a plain-hit bar when hits the model scores low are the worst writer\'s false alarms', () => {
    // crisis found by the model; the not-crisis hits score low, and the hit adds no crisis the model misses
    const hits = (source: string) => [...range(20, 0.01, 0.04).map((s) => ex(source, false, s, { hit: true })), ...range(20, 0.7, 0.99).map((s) => ex(source, true, s, { hit: true }))];
    const scored = [...writer('holdout', range(100, 0.7, 0.99), range(100, 0.01, 0.4)), ...hits('holdout'), ...writer('holdout-4', range(100, 0.7, 0.99), range(100, 0.01, 0.4)), ...hits('holdout-4')];
    const t = calibrate(scored);
    expect(t.plainHitThreshold).toBeGreaterThan(0.04);
    expect(t.plainHitThreshold).toBeLessThanOrEqual(t.hitThreshold);
    expect(scored.filter((s) => !s.crisis && flaggedBy(t)(s)).length).toBe(0);
  });
});
