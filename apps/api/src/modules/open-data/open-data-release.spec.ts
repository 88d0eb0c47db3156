import fc from 'fast-check';
import { ADHERENCE, BURDEN, EFFECTIVENESS, publishCount } from '@kindred/contracts';
import { disclosureViolations, modelQuarter, type WorldCare, type WorldReport } from '../../testing/open-data-world';
import { buildRelease, CSV_COLUMNS, OPEN_DATA_DICTIONARY, releaseCells, type QuarterCounts } from './open-data-release';
import { lastClosedQuarter, nextQuarter, parseVersion, quarterDays, quarterEnd, quarterOf, quarterStart, versionOf, type Quarter } from './quarters';

const Q1: Quarter = { year: 2025, quarter: 1 };
const QUARTERS: Quarter[] = [Q1, nextQuarter(Q1), nextQuarter(nextQuarter(Q1))];
const AT = new Date('2026-01-02T00:00:00Z');

const report = (quarters: Quarter[] = QUARTERS) =>
  fc.record({
    member: fc.nat(40),
    condition: fc.constantFrom('asthma', 'copd'),
    intervention: fc.constantFrom('salbutamol', 'montelukast'),
    effectiveness: fc.constantFrom(...EFFECTIVENESS),
    adherence: fc.constantFrom(...ADHERENCE),
    burden: fc.constantFrom(...BURDEN),
    quarter: fc.nat(quarters.length - 1),
    second: fc.nat(80 * 86_400),
    visible: fc.constantFrom(true, true, true, true, false),
  });

const experience = () =>
  fc.record({
    member: fc.nat(40),
    serviceKind: fc.constantFrom('gp-practice', 'pharmacy'),
    area: fc.constantFrom('E54000008', 'W11000023'),
    seen: fc.integer({ min: 1, max: 5 }),
    listened: fc.integer({ min: 1, max: 5 }),
    involved: fc.integer({ min: 1, max: 5 }),
    quarter: fc.nat(QUARTERS.length - 1),
    second: fc.nat(80 * 86_400),
    visible: fc.constantFrom(true, true, true, true, false),
  });

const at = (r: { quarter: number; second: number }, i: number) => new Date(quarterStart(QUARTERS[r.quarter]!).getTime() + r.second * 1000 + i);

interface World {
  reports: WorldReport[];
  care: WorldCare[];
}

/** Reports and experiences with distinct times (a member's latest is never a tie). */
const world = (min = 0, max = 300): fc.Arbitrary<World> =>
  fc.record({
    reports: fc.array(report(), { minLength: min, maxLength: max }).map((rs) => rs.map((r, i): WorldReport => ({ ...r, at: at(r, i) }))),
    care: fc.array(experience(), { minLength: min, maxLength: max }).map((xs) => xs.map((x, i): WorldCare => ({ ...x, at: at(x, i) }))),
  });

const model = (w: World, consenting: (m: number) => boolean, q: Quarter) => modelQuarter(w.reports, consenting, q, (s) => s, w.care);

const consentSet = fc.array(fc.boolean(), { minLength: 41, maxLength: 41 });

describe('open data releases (unit and property tests)', () => {
  it('names quarters and their days in UTC', () => {
    expect(quarterOf(new Date('2026-09-30T23:59:59Z'))).toEqual({ year: 2026, quarter: 3 });
    expect(quarterOf(new Date('2026-10-01T00:00:00Z'))).toEqual({ year: 2026, quarter: 4 });
    expect(quarterDays({ year: 2026, quarter: 3 })).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(quarterDays({ year: 2024, quarter: 1 })).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(lastClosedQuarter(new Date('2026-01-01T00:00:00Z'))).toEqual({ year: 2025, quarter: 4 });
    expect(parseVersion('2026-q3')).toEqual({ year: 2026, quarter: 3 });
    for (const bad of ['2026-q5', '2026-Q3', '2026-q3.csv', '../x', '']) expect(parseVersion(bad)).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_000_000_000_000 }), (t) => {
        const d = new Date(t);
        const q = quarterOf(d);
        return quarterStart(q) <= d && d < quarterEnd(q) && parseVersion(versionOf(q))!.quarter === q.quarter;
      }),
    );
  });

  it('publishes a group as its total and three distributions, rounded, with small counts hidden', () => {
    const counts: QuarterCounts = {
      whatWorks: [
        {
          condition: 'asthma',
          conditionName: 'Asthma',
          intervention: 'salbutamol',
          interventionName: 'Salbutamol',
          members: 22,
          effectiveness: { major: 10, moderate: 4, slight: 8, none: 0, cant_tell: 0 },
          adherence: { as_intended: 22, mostly: 0, sometimes: 0, rarely: 0, stopped: 0 },
          burden: { none: 9, low: 13, moderate: 0, high: 0 },
        },
      ],
      care: [],
    };
    const cells = releaseCells(counts);
    const get = (measure: string, category: string) => cells.find((c) => c.measure === measure && c.category === category)!;
    expect(get('members', '')).toMatchObject({ count: 20, suppressed: false });
    expect(get('effectiveness', 'major')).toMatchObject({ count: 10, suppressed: false });
    expect(get('effectiveness', 'moderate')).toMatchObject({ count: null, suppressed: true }); // 4: primary
    expect(get('effectiveness', 'slight')).toMatchObject({ count: null, suppressed: true }); // 8: secondary
    expect(get('effectiveness', 'none')).toMatchObject({ count: 0, suppressed: false });
    expect(get('burden', 'low')).toMatchObject({ count: 15, suppressed: false });
    expect(cells).toHaveLength(1 + EFFECTIVENESS.length + ADHERENCE.length + BURDEN.length);
    const built = buildRelease(Q1, counts, AT);
    const lines = built.csv.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1]).toBe('2025-q1,2025-01-01,2025-03-31,what_works,asthma,Asthma,salbutamol,Salbutamol,,,,,members,,20,false');
    expect(lines).toContain('2025-q1,2025-01-01,2025-03-31,what_works,asthma,Asthma,salbutamol,Salbutamol,,,,,effectiveness,moderate,,true');
    const json = JSON.parse(built.json);
    expect(json).toMatchObject({ version: '2025-q1', period: { start: '2025-01-01', end: '2025-03-31' }, csvSha256: built.csvSha256 });
    expect(json.dictionary).toEqual(OPEN_DATA_DICTIONARY);
    expect(json.cells).toEqual(cells);
  });

  it('quotes text that needs it and neutralises spreadsheet formulas', () => {
    const counts: QuarterCounts = {
      whatWorks: [
        {
          condition: 'x',
          conditionName: 'Lupus, "SLE"',
          intervention: 'y',
          interventionName: '=HYPERLINK("x")',
          members: 0,
          effectiveness: { major: 0, moderate: 0, slight: 0, none: 0, cant_tell: 0 },
          adherence: { as_intended: 0, mostly: 0, sometimes: 0, rarely: 0, stopped: 0 },
          burden: { none: 0, low: 0, moderate: 0, high: 0 },
        },
      ],
      care: [],
    };
    const line = buildRelease(Q1, counts, AT).csv.split('\r\n')[1]!;
    expect(line).toContain(`x,"Lupus, ""SLE""",y,"'=HYPERLINK(""x"")",`);
  });

  it('property: no published cell breaks disclosure control, and every cell is the rule applied to its true count', () => {
    fc.assert(
      fc.property(world(), consentSet, (w, consent) => {
        for (const q of QUARTERS) {
          const counts = model(w, (m) => consent[m]!, q);
          const cells = releaseCells(counts);
          if (disclosureViolations(cells).length) return false;
          for (const g of counts.whatWorks) {
            const total = cells.find((c) => c.condition === g.condition && c.intervention === g.intervention && c.measure === 'members')!;
            const rule = publishCount(g.members);
            if (total.count !== rule.value || total.suppressed !== rule.suppressed) return false;
            // A shown category is its true count rounded, never anything else.
            for (const [measure, byKey] of [['effectiveness', g.effectiveness], ['adherence', g.adherence], ['burden', g.burden]] as const) {
              for (const [k, n] of Object.entries(byKey)) {
                const c = cells.find((x) => x.condition === g.condition && x.intervention === g.intervention && x.measure === measure && x.category === k)!;
                if (!c.suppressed && c.count !== publishCount(n).value) return false;
                if (n > 0 && n < 8 && !c.suppressed) return false;
              }
            }
          }
          for (const g of counts.care) {
            const mine = cells.filter((c) => c.serviceKind === g.serviceKind && c.area === g.area);
            const total = mine.find((c) => c.measure === 'members')!;
            if (total.count !== publishCount(g.members).value || total.suppressed !== publishCount(g.members).suppressed) return false;
            for (const [measure, byKey] of [['rating_seen', g.ratingSeen], ['rating_listened', g.ratingListened], ['rating_involved', g.ratingInvolved]] as const) {
              for (const [k, n] of Object.entries(byKey)) {
                const c = mine.find((x) => x.measure === measure && x.category === k)!;
                if (!c.suppressed && c.count !== publishCount(n).value) return false;
                if (n > 0 && n < 8 && !c.suppressed) return false;
              }
            }
          }
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('property: a hidden category of a published group cannot be recovered from the group (exhaustive attacker)', () => {
    // Every burden distribution of up to 11 members per category that publishes the same cells.
    const MAX = 11;
    const cellsOf = (burden: number[]) => {
      const members = burden.reduce((a, b) => a + b, 0);
      const counts: QuarterCounts = {
        whatWorks: [
          {
            condition: 'c',
            conditionName: 'C',
            intervention: 'i',
            interventionName: 'I',
            members,
            effectiveness: { major: members, moderate: 0, slight: 0, none: 0, cant_tell: 0 },
            adherence: { as_intended: members, mostly: 0, sometimes: 0, rarely: 0, stopped: 0 },
            burden: { none: burden[0]!, low: burden[1]!, moderate: burden[2]!, high: burden[3]! },
          },
        ],
        care: [],
      };
      return releaseCells(counts)
        .filter((c) => c.measure === 'burden' || c.measure === 'members')
        .map((c) => `${c.count}/${c.suppressed}`)
        .join(' ');
    };
    const all: number[][] = [];
    for (let a = 0; a <= MAX; a++) for (let b = 0; b <= MAX; b++) for (let c = 0; c <= MAX; c++) for (let d = 0; d <= MAX; d++) all.push([a, b, c, d]);
    const byPublished = new Map<string, number[][]>();
    for (const v of all) {
      const key = cellsOf(v);
      byPublished.set(key, [...(byPublished.get(key) ?? []), v]);
    }
    fc.assert(
      fc.property(fc.tuple(fc.nat(MAX), fc.nat(MAX), fc.nat(MAX), fc.nat(MAX)), (v) => {
        const published = cellsOf(v);
        const same = byPublished.get(published)!;
        const hidden = published.split(' ').slice(1).map((c) => c.endsWith('/true'));
        return hidden.every((h, i) => !h || new Set(same.map((s) => s[i])).size >= 2);
      }),
      { numRuns: 300 },
    );
  });

  it('property: differencing two releases tells nothing: a quarter’s release depends only on that quarter’s contributions and the consents when it is published', () => {
    // Members publish in quarter order; between two publications any member may withdraw (or
    // consent), and any contribution outside a quarter may change. The release of a quarter is
    // byte for byte the same whatever happens outside it, so subtracting the cells of one release
    // from another's compares two disjoint sets of contributions and never isolates a member.
    fc.assert(
      fc.property(world(0, 200), world(0, 200), consentSet, fc.nat(QUARTERS.length - 1), (a, b, consent, k) => {
        const q = QUARTERS[k]!;
        const inQ = (r: { at: Date }) => quarterOf(r.at).year === q.year && quarterOf(r.at).quarter === q.quarter;
        // World b keeps a's contributions to q and its consents at q's publication, and changes everything else.
        const bWorld: World = { reports: [...a.reports.filter(inQ), ...b.reports.filter((r) => !inQ(r))], care: [...a.care.filter(inQ), ...b.care.filter((x) => !inQ(x))] };
        const releaseA = buildRelease(q, model(a, (m) => consent[m]!, q), AT);
        const releaseB = buildRelease(q, model(bWorld, (m) => consent[m]!, q), AT);
        // …whereas a withdrawal before publication removes the member entirely, as if they had never contributed.
        const withdrawn = [...a.reports, ...a.care].find((r) => inQ(r) && r.visible && consent[r.member]);
        if (withdrawn) {
          const m = withdrawn.member;
          const without = buildRelease(q, model(a, (x) => consent[x]! && x !== m, q), AT);
          const never = buildRelease(q, model({ reports: a.reports.filter((r) => r.member !== m), care: a.care.filter((x) => x.member !== m) }, (x) => consent[x]!, q), AT);
          if (without.csv !== never.csv) return false;
        }
        return releaseA.csv === releaseB.csv && releaseA.csvSha256 === releaseB.csvSha256;
      }),
      { numRuns: 200 },
    );
  });

  it('property: a member without the research consent changes nothing in a release', () => {
    fc.assert(
      fc.property(world(), consentSet, fc.array(report(), { maxLength: 60 }), fc.array(experience(), { maxLength: 60 }), (w, consent, extra, extraCare) => {
        const outsider = 41; // never consents
        const more: World = {
          reports: [...w.reports, ...extra.map((r, i): WorldReport => ({ ...r, member: outsider, at: at(r, 7 + i * 3) }))],
          care: [...w.care, ...extraCare.map((x, i): WorldCare => ({ ...x, member: outsider, at: at(x, 7 + i * 3) }))],
        };
        const consenting = (m: number) => m !== outsider && consent[m]!;
        return QUARTERS.every((q) => buildRelease(q, model(w, consenting, q), AT).csv === buildRelease(q, model(more, consenting, q), AT).csv);
      }),
      { numRuns: 100 },
    );
  });
});
