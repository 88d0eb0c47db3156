import { checkCrisis } from './crisis';
import { findPersonalInfo, isValidNhsNumber, type PersonalInfoKind } from './personal-info';
import { SAFETY_LABELLED } from './safety-labelled.data';

/** Rates on the labelled set, printed so they can be quoted (README) and held to a floor here. */
function rates(predicted: boolean[], actual: boolean[]) {
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
  return { detection: tp / (tp + fn), falseAlarm: fp / (fp + tn), tp, fp, fn, tn };
}

describe('safety checks on a labelled set of realistic sentences', () => {
  it(`has at least 100 labelled sentences (${SAFETY_LABELLED.length})`, () => {
    expect(SAFETY_LABELLED.length).toBeGreaterThanOrEqual(100);
  });

  it('finds crisis text: detection ≥ 95 %, false alarms ≤ 3 %', () => {
    const r = rates(
      SAFETY_LABELLED.map((s) => checkCrisis(s.text).crisis),
      SAFETY_LABELLED.map((s) => s.crisis),
    );
    const missed = SAFETY_LABELLED.filter((s) => s.crisis && !checkCrisis(s.text).crisis).map((s) => s.text);
    const alarms = SAFETY_LABELLED.filter((s) => !s.crisis && checkCrisis(s.text).crisis).map((s) => s.text);
    process.stdout.write(`crisis check: detection ${(r.detection * 100).toFixed(1)}%, false alarms ${(r.falseAlarm * 100).toFixed(1)}% (tp ${r.tp}, fn ${r.fn}, fp ${r.fp}, tn ${r.tn})\n`);
    expect({ missed, alarms }).toEqual({ missed: [], alarms: [] });
    expect(r.detection).toBeGreaterThanOrEqual(0.95);
    expect(r.falseAlarm).toBeLessThanOrEqual(0.03);
  });

  it('finds personal information of each kind: detection ≥ 95 %, false alarms ≤ 3 %', () => {
    const kinds: PersonalInfoKind[] = ['email', 'phone', 'nhs-number', 'postcode', 'date-of-birth'];
    const predicted: boolean[] = [];
    const actual: boolean[] = [];
    const wrong: string[] = [];
    for (const s of SAFETY_LABELLED) {
      const found = new Set(findPersonalInfo(s.text).map((f) => f.kind));
      for (const k of kinds) {
        predicted.push(found.has(k));
        actual.push(s.pii.includes(k));
        if (found.has(k) !== s.pii.includes(k)) wrong.push(`${found.has(k) ? 'false alarm' : 'missed'} ${k}: ${s.text}`);
      }
    }
    const r = rates(predicted, actual);
    process.stdout.write(`personal-information check: detection ${(r.detection * 100).toFixed(1)}%, false alarms ${(r.falseAlarm * 100).toFixed(2)}% (tp ${r.tp}, fn ${r.fn}, fp ${r.fp}, tn ${r.tn})\n`);
    expect(wrong).toEqual([]);
    expect(r.detection).toBeGreaterThanOrEqual(0.95);
    expect(r.falseAlarm).toBeLessThanOrEqual(0.03);
  });

  it('checks NHS numbers by their check digit', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('1234567890')).toBe(false);
    expect(isValidNhsNumber('0000000000')).toBe(false);
    expect(findPersonalInfo('943-476-5919')).toEqual([{ kind: 'nhs-number', text: '943-476-5919', index: 0 }]);
  });
});
