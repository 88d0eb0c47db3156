import { randomUUID } from 'node:crypto';
import { errorCode, GqlClient } from '../../testing/gql-client';
import { promote } from '../../testing/promote';
import { startTestApp, TestApp } from '../../testing/test-app';

const DASHBOARD = `query($c: String!, $from: DateTime!, $to: DateTime!) { conditionInsights(condition: $c, from: $from, to: $to) {
  condition { slug } from to weeks threshold roundingBase
  interventions { intervention { id slug name } members { value suppressed display } medianDuration
    effectiveness { key count { value suppressed display } percent }
    adherence { key count { value suppressed } percent }
    burden { key count { value suppressed } percent }
    sideEffects { name members { value suppressed } percent severity { key count { value suppressed } } } }
  activity { weekStart threads { value suppressed } replies { value suppressed } reports { value suppressed } }
  topTags { key current { value suppressed } previous { value suppressed } change }
  topInterventions { key label current { value suppressed } previous { value suppressed } change }
} }`;

describe('clinician insights with consent and disclosure control (integration)', () => {
  let t: TestApp;
  let clinician: GqlClient;
  let pending: GqlClient;
  let member: GqlClient;
  let asthma: string;
  let salbutamol: string;
  let montelukast: string;
  const handles: string[] = [];
  const FROM = '2026-03-02T00:00:00.000Z'; // a Monday
  const TO = '2026-05-24T00:00:00.000Z'; // a Sunday: 12 whole weeks
  const IN_RANGE = '2026-04-15T10:00:00Z';

  /** Members made straight in the database (their reports' aggregates are what is under test). */
  async function members(n: number, consent: boolean): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const handle = `m${randomUUID().slice(0, 8)}`;
      handles.push(handle);
      const [{ id }] = await t.db.query(
        `INSERT INTO users (handle, email, password_hash) VALUES ($1, $1 || '@example.test', 'x') RETURNING id`,
        [handle],
      );
      if (consent) await t.db.query(`INSERT INTO consents (user_id, purpose, granted) VALUES ($1, 'clinician-insights', true)`, [id]);
      ids.push(id);
    }
    return ids;
  }
  async function report(userId: string, interventionId: string, effectiveness: string, over: Record<string, unknown> = {}) {
    const r = { adherence: 'mostly', burden: 'low', duration: 30, sideEffects: '[]', tips: 'a private tip nobody else may read', at: IN_RANGE, ...over };
    await t.db.query(
      `INSERT INTO experience_reports (user_id, condition_id, intervention_id, effectiveness, side_effects, adherence, burden, cost_band,
                                       duration_weeks, tips, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, 'free', $8, $9, $10, $10)`,
      [userId, asthma, interventionId, effectiveness, r.sideEffects, r.adherence, r.burden, r.duration, r.tips, r.at],
    );
  }
  const dashboard = (c: GqlClient, vars: Record<string, unknown> = {}) => c.gql(DASHBOARD, { c: 'asthma', from: FROM, to: TO, ...vars });
  const salbutamolRow = (d: any) => d.conditionInsights.interventions.find((i: any) => i.intervention.slug === 'salbutamol');

  beforeAll(async () => {
    t = await startTestApp({ INSIGHTS_REFRESH_MS: '100000' }); // the dashboard refreshes its own condition
    clinician = new GqlClient(t.url);
    const c = await clinician.register({ asClinician: true });
    await promote(t.db, c.id, 'clinician'); // verified
    pending = new GqlClient(t.url);
    await pending.register({ asClinician: true });
    member = new GqlClient(t.url);
    await member.register();
    asthma = (await t.db.query(`SELECT id FROM conditions WHERE slug = 'asthma'`))[0].id;
    salbutamol = (await t.db.query(`SELECT id FROM interventions WHERE slug = 'salbutamol'`))[0].id;
    montelukast = (await t.db.query(`SELECT id FROM interventions WHERE slug = 'montelukast'`))[0].id;

    // 22 consenting members on salbutamol: 10 major, 8 slight, 4 moderate; 9 of them report a tremor.
    const yes = await members(22, true);
    for (const [i, id] of yes.entries()) {
      const tremor = i < 9 ? JSON.stringify([{ name: i % 2 ? 'Tremor' : ' tremor ', severity: i < 3 ? 'moderate' : 'mild' }]) : '[]';
      await report(id, salbutamol, i < 10 ? 'major' : i < 18 ? 'slight' : 'moderate', { sideEffects: tremor });
    }
    // 2 on montelukast: a rare intervention.
    for (const id of yes.slice(0, 2)) await report(id, montelukast, 'slight');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('refuses visitors, members, unverified clinicians and bad ranges with clear codes', async () => {
    expect(errorCode(await dashboard(new GqlClient(t.url)))).toBe('UNAUTHENTICATED');
    expect(errorCode(await dashboard(member))).toBe('FORBIDDEN');
    expect(errorCode(await dashboard(pending))).toBe('CLINICIAN_NOT_VERIFIED');
    expect(errorCode(await dashboard(clinician, { from: TO, to: FROM }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await dashboard(clinician, { from: '2019-01-01T00:00:00Z', to: TO }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await dashboard(clinician, { c: 'no-such-condition' }))).toBe('NOT_FOUND');
    expect(errorCode(await clinician.gql(`query($f: DateTime!, $t: DateTime!) { conditionInsightsCsv(condition: "asthma", from: $f, to: $t) }`, { f: TO, t: FROM }))).toBe('VALIDATION_FAILED');
  });

  it('shows rounded counts, suppresses small ones, applies secondary suppression, and names no one', async () => {
    const r = await dashboard(clinician);
    expect(r.errors).toBeUndefined();
    const d = r.data!;
    expect(d.conditionInsights).toMatchObject({ weeks: 12, threshold: 8, roundingBase: 5, from: FROM });
    const s = salbutamolRow(d);
    expect(s.members).toEqual({ value: 20, suppressed: false, display: '20' }); // 22 → 20
    const eff = Object.fromEntries(s.effectiveness.map((e: any) => [e.key, e.count]));
    expect(eff.major).toEqual({ value: 10, suppressed: false, display: '10' });
    expect(eff.moderate).toEqual({ value: null, suppressed: true, display: 'fewer than 8' }); // 4: primary
    expect(eff.slight).toEqual({ value: null, suppressed: true, display: 'fewer than 8' }); // 8: secondary, or 4 = 20 − 10 − 8 − 0 − 0
    expect(eff.none).toEqual({ value: 0, suppressed: false, display: '0' });
    expect(s.effectiveness.find((e: any) => e.key === 'major').percent).toBe(50); // 10 of 20, from rounded counts
    // Side effect names are folded ("Tremor", " tremor ") and shown only with enough members.
    expect(s.sideEffects).toEqual([
      { name: 'tremor', members: { value: 10, suppressed: false }, percent: 50, severity: expect.any(Array) },
    ]);
    const sev = Object.fromEntries(s.sideEffects[0].severity.map((v: any) => [v.key, v.count]));
    // mild 6 and moderate 3 are both below 8: both hidden, so neither can be worked out from the total.
    expect(sev).toEqual({ mild: { value: null, suppressed: true }, moderate: { value: null, suppressed: true }, severe: { value: 0, suppressed: false } });
    expect(s.medianDuration).toBe('26–51 weeks');
    const rare = d.conditionInsights.interventions.find((i: any) => i.intervention.slug === 'montelukast');
    expect(rare.members).toEqual({ value: null, suppressed: true, display: 'fewer than 8' });
    expect(rare.effectiveness.every((e: any) => e.count.suppressed)).toBe(true);
    expect(rare.medianDuration).toBeNull();
    const text = JSON.stringify(r);
    for (const h of handles) expect(text).not.toContain(h);
    expect(text).not.toContain('private tip');
  });

  it('never counts a member who has not consented, however many they are', async () => {
    const before = (await dashboard(clinician)).data!;
    const no = await members(9, false);
    for (const id of no) await report(id, salbutamol, 'none');
    const after = (await dashboard(clinician)).data!;
    expect(after).toEqual(before);
  });

  it('drops a member from the next computation once they withdraw consent, and counts them again when they consent', async () => {
    const moderate = async () => salbutamolRow((await dashboard(clinician)).data!).effectiveness.find((e: any) => e.key === 'moderate').count;
    for (const id of await members(3, true)) await report(id, salbutamol, 'moderate'); // 4 + 3 = 7 moderate
    expect(await moderate()).toMatchObject({ value: null, suppressed: true });
    const g = new GqlClient(t.url);
    const me = await g.register();
    const mine = await g.ok(`{ myConsents { purpose granted changedAt } }`);
    expect(mine.myConsents).toEqual([
      { purpose: 'clinician_insights', granted: false, changedAt: null },
      { purpose: 'research', granted: false, changedAt: null },
    ]);
    await report(me.id, salbutamol, 'moderate');
    expect(await moderate()).toMatchObject({ value: null, suppressed: true }); // off until they say yes
    await g.ok(`mutation { setConsent(purpose: clinician_insights, granted: true) { granted changedAt } }`);
    expect(await moderate()).toMatchObject({ value: 10, suppressed: false }); // 8
    await g.ok(`mutation { setConsent(purpose: clinician_insights, granted: false) { granted } }`);
    expect(await moderate()).toMatchObject({ value: null, suppressed: true }); // 7 again, at once
    const history = await g.ok(`{ consentHistory { purpose granted at } }`);
    expect(history.consentHistory.map((h: any) => [h.purpose, h.granted])).toEqual([
      ['clinician_insights', false],
      ['clinician_insights', true],
    ]);
  });

  it('gives identical tables for date ranges a day apart (whole weeks)', async () => {
    const a = (await dashboard(clinician, { from: '2026-03-03T00:00:00Z', to: '2026-05-23T00:00:00Z' })).data!;
    const b = (await dashboard(clinician)).data!;
    expect(a).toEqual(b);
  });

  it('compares two interventions side by side', async () => {
    const r = await clinician.ok(
      `query($ids: [ID!]!) { compareInterventions(condition: "asthma", from: "${FROM}", to: "${TO}", interventionIds: $ids) {
        interventions { intervention { slug } members { display } } } }`,
      { ids: [montelukast, salbutamol] },
    );
    expect(r.compareInterventions.interventions.map((i: any) => i.intervention.slug)).toEqual(['montelukast', 'salbutamol']);
    const bad = await clinician.gql(`query { compareInterventions(condition: "asthma", from: "${FROM}", to: "${TO}", interventionIds: ["${salbutamol}"]) { weeks } }`);
    expect(errorCode(bad)).toBe('VALIDATION_FAILED');
  });

  it('exports exactly the dashboard’s numbers as CSV, with period, rules and time in the header', async () => {
    const csv: string = (
      await clinician.ok(`query { conditionInsightsCsv(condition: "asthma", from: "${FROM}", to: "${TO}") }`)
    ).conditionInsightsCsv;
    const d = (await dashboard(clinician)).data!;
    const lines = csv.split('\n');
    expect(lines[0]).toBe('# Kindred clinician insights: Asthma');
    expect(lines[1]).toBe('# Period: 2026-03-02 to 2026-05-24 (12 whole weeks, Monday to Sunday, UTC)');
    expect(lines[2]).toContain('threshold 8, rounding base 5');
    expect(lines[4]).toMatch(/^# Computed at: \d{4}-\d\d-\d\dT/);
    const s = salbutamolRow(d);
    expect(csv).toContain(`"intervention","Salbutamol","reporting members","","${s.members.display}",""`);
    expect(csv).toContain(`"intervention","Salbutamol","effectiveness","Moderate","fewer than 8",""`);
    for (const h of handles) expect(csv).not.toContain(h);
  });
});
