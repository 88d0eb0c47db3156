import { crisisExamples, inSplit, loadCorpus } from './corpus/corpus';
import { crisisRates, personalInfoRates } from './evaluate';
import { findPersonalInfo, isValidNhsNumber } from './personal-info';

/**
 * Floors on the train and dev splits only. The test split is never asserted on here: it is for
 * the figures `npm run safety:eval` prints and the README quotes.
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
