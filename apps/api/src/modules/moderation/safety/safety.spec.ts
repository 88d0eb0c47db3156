import { crisisExamples, inSplit, learnable, loadCorpus } from './corpus/corpus';
import modelData from './crisis-model.data.json';
import { crisisRates, personalInfoRates } from './evaluate';
import { findPersonalInfo, isValidNhsNumber } from './personal-info';

/**
 * Floors on the train and dev splits only. The test split (the independent held-out file, when it
 * is added) is never asserted on here: it is read once by `npm run safety:eval` for the README.
 */
describe('safety checks on the corpus (train and dev splits)', () => {
  const corpus = loadCorpus();

  it('the first labelled set (the phrase list was tuned on it) is in the train split', () => {
    const legacy = corpus.filter((e) => e.source === 'legacy');
    expect(legacy.length).toBe(105);
    expect(legacy.every((e) => e.split === 'train')).toBe(true);
  });

  it('the personal-information check finds every kind in the first labelled set with no false alarm', () => {
    const { wrong } = personalInfoRates(corpus.filter((e) => e.source === 'legacy'));
    expect(wrong).toEqual([]);
  });

  it('the personal-information check holds on the dev split: recall ≥ 95 %, false alarms ≤ 3 %', () => {
    const dev = inSplit(corpus, 'dev').filter((e) => e.source === 'personal-info');
    const r = personalInfoRates(dev);
    expect(r.perText.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.perText.falseAlarm).toBeLessThanOrEqual(0.03);
  });

  it('the thresholds were chosen on out-of-fold scores over everything learnable, false alarms ≤ 5 %', () => {
    type Counts = { recallPct: number; falseAlarmPct: number };
    const oof = (modelData.trainedOn as { outOfFold: Counts & { examples: number; bySource: Record<string, Counts> } }).outOfFold;
    expect(oof.examples).toBe(crisisExamples(learnable(corpus)).length);
    expect(oof.falseAlarmPct).toBeLessThanOrEqual(5);
    // Other writers' sentences (the first held-out set, writer B) are harder than the corpus's own:
    // the goal of 96 % over all of it is not reached yet (see the README); these are floors, not the goal.
    expect(oof.recallPct).toBeGreaterThanOrEqual(92);
    for (const source of ['template', 'handwritten']) expect(oof.bySource[source]!.recallPct).toBeGreaterThanOrEqual(97);
  });

  it('no corpus file built from the templates carries a test line (the old test split was retired to dev)', () => {
    expect(corpus.filter((e) => e.split === 'test' && ['template', 'handwritten', 'personal-info', 'legacy', 'extra-b'].includes(e.source))).toEqual([]);
  });

  it('the crisis check holds on the dev split: recall ≥ 93 %, false alarms ≤ 6 %', () => {
    const dev = crisisExamples(inSplit(corpus, 'dev'));
    const r = crisisRates(dev).combined;
    expect(r.recall).toBeGreaterThanOrEqual(0.93);
    expect(r.falseAlarm).toBeLessThanOrEqual(0.06);
  });

  it('checks NHS numbers by their check digit', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('1234567890')).toBe(false);
    expect(isValidNhsNumber('0000000000')).toBe(false);
    expect(findPersonalInfo('943-476-5919')).toEqual([{ kind: 'nhs-number', text: '943-476-5919', index: 0 }]);
  });
});
