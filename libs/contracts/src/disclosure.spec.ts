import fc from 'fast-check';
import {
  changeOf,
  DEFAULT_DISCLOSURE,
  displayCell,
  percentOf,
  publishCount,
  publishGroup,
  roundTo,
  snapToWeeks,
  type Cell,
  type DisclosureConfig,
} from './disclosure';

const cfg = DEFAULT_DISCLOSURE;
const same = (a: Cell, b: Cell) => a.suppressed === b.suppressed && a.value === b.value;

/** Every true count an attacker must still consider once they see a published cell. */
function candidates(c: Cell, max: number, k: DisclosureConfig = cfg): number[] {
  const out: number[] = [];
  for (let n = 0; n <= max; n++) if (same(publishCount(n, k), c)) out.push(n);
  return out;
}

describe('disclosure control (unit and property tests)', () => {
  it('suppresses 1 to 7, shows 0, and rounds everything else to the nearest 5', () => {
    expect([0, 1, 7, 8, 9, 12, 13, 17, 18, 100].map((n) => displayCell(publishCount(n)))).toEqual([
      '0',
      'fewer than 8',
      'fewer than 8',
      '10',
      '10',
      '10',
      '15',
      '15',
      '20',
      '100',
    ]);
    expect(() => publishCount(-1)).toThrow(RangeError);
    expect(() => publishCount(1.5)).toThrow(RangeError);
  });

  it('property: a published count is 0, suppressed (exactly when 1–7), or a multiple of the base within half a base of the truth', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.integer({ min: 2, max: 20 }), fc.integer({ min: 1, max: 10 }), (n, threshold, base) => {
        const k = { threshold, base };
        const c = publishCount(n, k);
        if (n === 0) return c.value === 0 && !c.suppressed;
        if (n < threshold) return c.suppressed && c.value === null;
        return !c.suppressed && c.value! % base === 0 && Math.abs(c.value! - n) <= base / 2;
      }),
    );
  });

  it('computes percentages from rounded counts', () => {
    const g = publishGroup([12, 13, 0], 25);
    expect(g.cells.map((c) => c.value)).toEqual([10, 15, 0]);
    expect(g.percents).toEqual([40, 60, 0]);
    expect(percentOf(publishCount(3), publishCount(25))).toBeNull();
  });

  it('secondary suppression: never exactly one hidden cell in a group with a shown total', () => {
    expect(publishGroup([3, 20, 9, 0], 32).cells.map((c) => c.suppressed)).toEqual([true, false, true, false]);
    expect(publishGroup([3, 4, 9], 16).cells.map((c) => c.suppressed)).toEqual([true, true, false]);
    expect(publishGroup([3, 2], 5).cells.every((c) => c.suppressed)).toBe(true); // total hidden: all hidden
    fc.assert(
      fc.property(fc.array(fc.nat(60), { minLength: 2, maxLength: 6 }), (counts) => {
        const g = publishGroup(counts, counts.reduce((a, b) => a + b, 0));
        const hidden = g.cells.filter((c) => c.suppressed).length;
        const othersNonZero = counts.filter((n, i) => n > 0 && !g.cells[i]!.suppressed).length;
        return g.total.suppressed || hidden !== 1 || othersNonZero === 0;
      }),
    );
  });

  it('property: no hidden cell of a distribution can be recovered from its total and the other cells', () => {
    // An exhaustive attacker: every vector of true counts that publishes exactly the same table.
    const MAX = 24;
    fc.assert(
      fc.property(fc.tuple(fc.nat(MAX), fc.nat(MAX), fc.nat(MAX)), (counts) => {
        const published = publishGroup(counts, counts[0] + counts[1] + counts[2]);
        const possible: Set<number>[] = [new Set(), new Set(), new Set()];
        for (let a = 0; a <= MAX; a++)
          for (let b = 0; b <= MAX; b++)
            for (let c = 0; c <= MAX; c++) {
              const g = publishGroup([a, b, c], a + b + c);
              if (same(g.total, published.total) && g.cells.every((cell, i) => same(cell, published.cells[i]!))) {
                possible[0]!.add(a);
                possible[1]!.add(b);
                possible[2]!.add(c);
              }
            }
        return published.cells.every((cell, i) => !cell.suppressed || possible[i]!.size >= 2);
      }),
      { numRuns: 60 },
    );
  });

  it('property: two overlapping queries (ranges a week apart) never reveal a hidden weekly count', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40), { minLength: 2, maxLength: 30 }), fc.nat(), (weeks, pick) => {
        const k = 1 + (pick % (weeks.length - 1)); // the extra week is weeks[k]
        const before = weeks.slice(0, k).reduce((a, b) => a + b, 0);
        const after = before + weeks[k]!;
        const target = weeks[k]!;
        if (!publishCount(target).suppressed) return true; // only hidden values need protecting
        const max = after + 10;
        const diffs = new Set<number>();
        for (const a of candidates(publishCount(before), max)) {
          for (const b of candidates(publishCount(after), max)) if (b >= a) diffs.add(b - a);
        }
        return diffs.has(target) && diffs.size >= 2;
      }),
      { numRuns: 500 },
    );
  });

  it('property: date ranges inside the same weeks give the same period, so a one-day shift changes nothing', () => {
    const day = 86_400_000;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3_000 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        (startDay, length, shiftFrom, shiftTo) => {
          const from = new Date(Date.UTC(2020, 0, 1) + startDay * day);
          const to = new Date(from.getTime() + length * day);
          const w = snapToWeeks(from, to);
          const startsMonday = w.from.getUTCDay() === 1 && w.from.getUTCHours() === 0;
          const covers = w.from <= from && w.to > to;
          // Any other first day in the first week and last day in the last week.
          const from2 = new Date(w.from.getTime() + shiftFrom * day);
          const to2 = new Date(w.to.getTime() - 7 * day + shiftTo * day);
          if (from2 > to2) return startsMonday && covers;
          const w2 = snapToWeeks(from2, to2);
          return startsMonday && covers && w2.from.getTime() === w.from.getTime() && w2.to.getTime() === w.to.getTime();
        },
      ),
    );
  });

  it('reports a change only between two shown cells', () => {
    expect(changeOf(publishCount(30), publishCount(12))).toBe(20);
    expect(changeOf(publishCount(30), publishCount(3))).toBeNull();
    expect(roundTo(12.5, 5)).toBe(15);
  });
});
