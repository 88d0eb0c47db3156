import { checkCrisis, CRISIS_MODEL } from './crisis';
import { CrisisModel, trainModel } from './crisis-model';
import modelData from './crisis-model.data.json';
import { inSplit, learnable, loadCorpus } from './corpus/corpus';
import { normalise } from './normalise';
import { prepare, train } from './training';

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

  it('is trained on train + dev (never test), with thresholds from out-of-fold scores, and ships under 1 MB', () => {
    const learn = learnable(corpus);
    expect(learn.every((e) => e.split !== 'test')).toBe(true);
    expect(modelData.trainedOn).toMatchObject({ examples: learn.length, crisis: learn.filter((e) => e.crisis).length, splits: ['train', 'dev'] });
    expect(modelData.threshold).toBeGreaterThan(0);
    expect(modelData.threshold).toBeLessThan(1);
    expect(JSON.stringify(modelData).length).toBeLessThan(1024 * 1024);
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
