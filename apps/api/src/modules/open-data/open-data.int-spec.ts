import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { ADHERENCE, BURDEN, EFFECTIVENESS } from '@kindred/contracts';
import { createApp } from '../../app.factory';
import { loadConfig } from '../../config/app-config';
import { AREAS } from '../../database/seed/catalogue/areas.data';
import { SERVICE_KINDS } from '../../database/seed/catalogue/service-kinds.data';
import { GqlClient } from '../../testing/gql-client';
import { disclosureViolations, modelQuarter, type WorldCare, type WorldReport } from '../../testing/open-data-world';
import { startTestApp, TestApp } from '../../testing/test-app';
import { buildRelease, CSV_COLUMNS, releaseCells, type QuarterCounts } from './open-data-release';
import { collectQuarter, publishQuarter } from './open-data-publisher';
import { OpenDataService } from './open-data.service';
import { compareQuarters, lastClosedQuarter, nextQuarter, quarterStart, versionOf, type Quarter } from './quarters';

const Q1: Quarter = { year: 2025, quarter: 1 };
const Q2: Quarter = { year: 2025, quarter: 2 };
const IN_Q1 = new Date('2025-02-10T10:00:00Z');
const IN_Q2 = new Date('2025-05-10T10:00:00Z');
const AFTER_Q1 = new Date('2025-04-03T00:00:00Z');
const AFTER_Q2 = new Date('2025-07-03T00:00:00Z');
const GP = SERVICE_KINDS[0]!.slug;
const AREA = AREAS[0]!.code;

/** Groups and their cells in a stable order, for comparing what the database collected with the model. */
const sorted = (c: QuarterCounts) => releaseCells(c);

describe('open data releases: consent, disclosure control, immutability and the files (integration)', () => {
  let t: TestApp;
  let service: OpenDataService;
  let asthma: string;
  let salbutamol: string;
  const ids: Record<string, string> = {};
  let q1Csv = '';
  let q1Sha = '';

  async function member(consent: boolean | null): Promise<string> {
    const handle = `m${randomUUID().slice(0, 8)}`;
    const [{ id }] = await t.db.query(
      `INSERT INTO users (handle, email, password_hash) VALUES ($1, $1 || '@example.test', 'x') RETURNING id`,
      [handle],
    );
    if (consent !== null) await t.db.query(`INSERT INTO consents (user_id, purpose, granted) VALUES ($1, 'research', $2)`, [id, consent]);
    return id;
  }
  async function report(userId: string, at: Date, r: Partial<Pick<WorldReport, 'effectiveness' | 'adherence' | 'burden'>> & { condition?: string; intervention?: string; moderation?: string } = {}) {
    await t.db.query(
      `INSERT INTO experience_reports (user_id, condition_id, intervention_id, effectiveness, adherence, burden, cost_band, duration_weeks, moderation, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'free', 10, $7, $8, $8)`,
      [userId, r.condition ?? asthma, r.intervention ?? salbutamol, r.effectiveness ?? 'major', r.adherence ?? 'mostly', r.burden ?? 'low', r.moderation ?? 'visible', at],
    );
  }
  async function experience(
    userId: string,
    when: Date,
    x: { serviceKind?: string; area?: string; seen?: number; listened?: number; involved?: number; moderation?: string; deleted?: boolean; anonymous?: boolean } = {},
  ) {
    await t.db.query(
      `INSERT INTO care_experiences (author_id, anonymous, service_kind, area_code, occurred_on, what_was_good, rating_seen, rating_listened, rating_involved,
                                     moderation, deleted_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, date_trunc('month', $5::timestamptz)::date, 'kind staff', $6, $7, $8, $9, CASE WHEN $10 THEN now() END, $5, $5)`,
      [userId, x.anonymous ?? false, x.serviceKind ?? GP, x.area ?? AREA, when, x.seen ?? 4, x.listened ?? 3, x.involved ?? 5, x.moderation ?? 'visible', x.deleted ?? false],
    );
  }
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${t.url}${path}`, { headers });
  const json = async (r: Response | Promise<Response>): Promise<any> => (await r).json();

  beforeAll(async () => {
    t = await startTestApp({ OPEN_DATA_SCHEDULE: 'off' });
    service = t.app.get(OpenDataService);
    asthma = (await t.db.query(`SELECT id FROM conditions WHERE slug = 'asthma'`))[0].id;
    salbutamol = (await t.db.query(`SELECT id FROM interventions WHERE slug = 'salbutamol'`))[0].id;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('has nothing to serve before the first release, with clear codes', async () => {
    const r = await get('/open-data/latest.csv');
    expect(r.status).toBe(404);
    expect((await json(r)).errors[0].extensions.code).toBe('NOT_FOUND');
    const bad = await get('/open-data/releases/2025-q9.csv');
    expect(bad.status).toBe(400);
    expect((await json(bad)).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect((await get('/open-data/releases/2025-q1.xml')).status).toBe(400);
    expect((await get('/open-data/releases/2025-q1.json')).status).toBe(404);
    const open = await new GqlClient(t.url).ok(`{ openData { releases { version } next { version } } }`);
    expect(open.openData.releases).toEqual([]);
  });

  it('counts only members with the research consent: anyone else changes nothing in a release', async () => {
    // 12 consenting members in Q1 (one of them, "leaver", also reports in Q2), 3 of them twice.
    for (let i = 0; i < 12; i++) {
      const id = await member(true);
      ids[`yes${i}`] = id;
      await report(id, IN_Q1, { effectiveness: i < 9 ? 'major' : 'slight', burden: i < 6 ? 'low' : 'none' });
    }
    // A member's later report on the same intervention replaces the earlier one (each member once).
    await report(ids.yes0!, new Date(IN_Q1.getTime() + 3_600_000), { effectiveness: 'moderate', burden: 'low' });
    // 9 of them also rate their GP practice (two of them anonymously; one twice: the later counts).
    for (let i = 0; i < 9; i++) await experience(ids[`yes${i}`]!, IN_Q1, { seen: i < 5 ? 4 : 2, anonymous: i < 2 });
    await experience(ids.yes8!, new Date(IN_Q1.getTime() + 60_000), { seen: 5 });
    const counts = await collectQuarter(t.db, Q1);
    expect(counts.care).toEqual([
      {
        serviceKind: GP,
        serviceKindName: SERVICE_KINDS[0]!.name,
        area: AREA,
        areaName: AREAS[0]!.name,
        members: 9,
        ratingSeen: { 1: 0, 2: 3, 3: 0, 4: 5, 5: 1 },
        ratingListened: { 1: 0, 2: 0, 3: 9, 4: 0, 5: 0 },
        ratingInvolved: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 9 },
      },
    ]);
    expect(counts.whatWorks).toHaveLength(1);
    expect(counts.whatWorks[0]).toMatchObject({ condition: 'asthma', intervention: 'salbutamol', members: 12 });
    expect(counts.whatWorks[0]!.effectiveness).toEqual({ major: 8, moderate: 1, slight: 3, none: 0, cant_tell: 0 });
    const before = buildRelease(Q1, counts, AFTER_Q1).csv;

    // Members who said no, never answered, or only gave clinician insights: many of them, every answer.
    for (let i = 0; i < 10; i++) {
      const id = await member(i % 3 === 0 ? false : null);
      if (i % 3 === 2) await t.db.query(`INSERT INTO consents (user_id, purpose, granted) VALUES ($1, 'clinician-insights', true)`, [id]);
      await report(id, IN_Q1, { effectiveness: 'none', burden: 'high' });
      await experience(id, IN_Q1, { seen: 1, listened: 1, involved: 1 });
    }
    // Hidden and removed reports of consenting members, and reports outside the quarter, do not count either.
    const hiddenAuthor = await member(true);
    await report(hiddenAuthor, IN_Q1, { moderation: 'hidden' });
    await report(hiddenAuthor, IN_Q1, { intervention: (await t.db.query(`SELECT id FROM interventions WHERE slug = 'montelukast'`))[0].id, moderation: 'removed' });
    await report(await member(true), new Date('2025-04-01T00:00:00Z'));
    await report(await member(true), new Date('2024-12-31T23:59:59Z'));
    await experience(hiddenAuthor, IN_Q1, { seen: 1, moderation: 'pending' });
    await experience(hiddenAuthor, IN_Q1, { seen: 1, moderation: 'hidden', area: AREAS[1]!.code });
    await experience(hiddenAuthor, IN_Q1, { seen: 1, deleted: true, serviceKind: SERVICE_KINDS[1]!.slug });
    expect(buildRelease(Q1, await collectQuarter(t.db, Q1), AFTER_Q1).csv).toBe(before);

    // Published, the file is exactly those cells.
    expect(await service.publishDue(AFTER_Q1)).toEqual([
      { version: '2024-q4', status: 'published' }, // the earliest contribution's quarter
      { version: '2025-q1', status: 'published' },
    ]);
    const csv = await (await get('/open-data/releases/2025-q1.csv')).text();
    expect(csv).toBe(before);
    q1Csv = csv;
  });

  it('serves the latest release and each version with stable URLs, checksums and cache headers', async () => {
    const latest = await get('/open-data/latest.csv');
    expect(latest.status).toBe(200);
    expect(latest.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(latest.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
    expect(latest.headers.get('content-location')).toBe('/open-data/releases/2025-q1.csv');
    expect(latest.headers.get('access-control-allow-origin')).toBe('*');
    expect(latest.headers.get('content-disposition')).toBe('attachment; filename="kindred-open-data-2025-q1.csv"');
    const text = await latest.text();
    expect(text).toBe(q1Csv);
    const rows: Record<string, string>[] = parse(text, { columns: true });
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows.find((r) => r.measure === 'members')).toMatchObject({ release: '2025-q1', condition: 'asthma', count: '10', suppressed: 'false' });
    expect(rows.find((r) => r.measure === 'effectiveness' && r.category === 'moderate')).toMatchObject({ count: '', suppressed: 'true' });
    const care = rows.filter((r) => r.table === 'care_experience');
    expect(care.find((r) => r.measure === 'members')).toMatchObject({ service_kind: GP, area: AREA, area_name: AREAS[0]!.name, count: '10' });
    expect(care.find((r) => r.measure === 'rating_listened' && r.category === '3')).toMatchObject({ count: '10', suppressed: 'false' });
    expect(care.filter((r) => r.measure === 'rating_seen' && r.suppressed === 'true').map((r) => r.category)).toEqual(['2', '4', '5']);

    const versioned = await get('/open-data/releases/2025-q1.csv');
    expect(versioned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const etag = versioned.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    q1Sha = etag.slice(1, -1);
    expect((await get('/open-data/releases/2025-q1.csv', { 'if-none-match': etag })).status).toBe(304);
    expect((await get('/open-data/latest.csv', { 'if-none-match': etag })).status).toBe(304);

    const latestJson = await json(get('/open-data/latest.json'));
    expect(latestJson).toMatchObject({ version: '2025-q1', period: { start: '2025-01-01', end: '2025-03-31' }, csvSha256: q1Sha, disclosure: { threshold: 8, roundingBase: 5 } });
    expect(latestJson.dictionary.rules.map((r: { name: string }) => r.name)).toEqual(
      expect.arrayContaining(['consent', 'withdrawal', 'quarters are frozen', 'disclosure control', 'secondary suppression']),
    );
    expect(disclosureViolations(latestJson.cells)).toEqual([]);
    const index = await json(get('/open-data/releases.json'));
    expect(index.releases.map((r: { version: string }) => r.version)).toEqual(['2025-q1', '2024-q4']);
  });

  it('lists releases and the dictionary to anyone over GraphQL', async () => {
    const visitor = new GqlClient(t.url);
    const d = await visitor.ok(`{ openData { releases { version periodStart periodEnd cellCount csvSha256 csvUrl jsonUrl }
      next { version periodStart periodEnd publishedAfter } }
      openDataDictionary { version threshold roundingBase columns { name } measures { table name categories } rules { name description } } }`);
    expect(d.openData.releases[0]).toEqual({
      version: '2025-q1',
      periodStart: '2025-01-01',
      periodEnd: '2025-03-31',
      cellCount: 31,
      csvSha256: q1Sha,
      csvUrl: '/open-data/releases/2025-q1.csv',
      jsonUrl: '/open-data/releases/2025-q1.json',
    });
    expect(d.openData.next).toEqual({ version: '2025-q2', periodStart: '2025-04-01', periodEnd: '2025-06-30', publishedAfter: '2025-07-01' });
    expect(d.openDataDictionary.columns.map((c: { name: string }) => c.name)).toEqual([...CSV_COLUMNS]);
    expect(d.openDataDictionary).toMatchObject({ threshold: 8, roundingBase: 5 });
  });

  it('withdrawing consent removes a member from the next release, never from a published one', async () => {
    // A real member, through the API: consents, reports in Q1 (after Q1's release: not in it) and Q2.
    const g = new GqlClient(t.url);
    const me = await g.register();
    await g.ok(`mutation { setConsent(purpose: research, granted: true) { granted } }`);
    // Q2: 8 consenting members say "none", and so does the member who will withdraw.
    for (let i = 0; i < 8; i++) await report(await member(true), IN_Q2, { effectiveness: 'none' });
    await report(me.id, IN_Q2, { effectiveness: 'none' });
    await experience(me.id, IN_Q2);
    await report(ids.yes1!, IN_Q2, { effectiveness: 'none' }); // counted in Q1 too
    expect((await collectQuarter(t.db, Q2)).whatWorks[0]!.effectiveness.none).toBe(10);
    // Both withdraw before Q2 is published.
    await g.ok(`mutation { setConsent(purpose: research, granted: false) { granted } }`);
    await t.db.query(`UPDATE consents SET granted = false WHERE user_id = $1 AND purpose = 'research'`, [ids.yes1]);
    expect(await service.publishDue(AFTER_Q2)).toEqual([{ version: '2025-q2', status: 'published' }]);
    const q2 = await json(get('/open-data/latest.json'));
    expect(q2.version).toBe('2025-q2');
    // Q2 now counts 9 members (the 8, and one who reported on 1 April), 8 of them "none".
    const collected = await collectQuarter(t.db, Q2);
    expect(collected.whatWorks[0]).toMatchObject({ members: 9, effectiveness: { major: 1, moderate: 0, slight: 0, none: 8, cant_tell: 0 } });
    expect(collected.care).toEqual([]); // their experience of care went with them
    expect(q2.cells).toEqual(releaseCells(collected));
    expect(disclosureViolations(q2.cells)).toEqual([]);
    // The published Q1 release still counts yes1, byte for byte as published.
    const q1 = await get('/open-data/releases/2025-q1.csv');
    expect(q1.headers.get('etag')).toBe(`"${q1Sha}"`);
    expect(await q1.text()).toBe(q1Csv);
  });

  it('never changes a published release: no update path, and the database refuses one', async () => {
    expect(await publishQuarter(t.db, Q1, AFTER_Q2)).toEqual({ version: '2025-q1', status: 'exists' });
    expect(await publishQuarter(t.db, { year: 2099, quarter: 1 }, AFTER_Q2)).toEqual({ version: '2099-q1', status: 'not-closed' });
    await expect(t.db.query(`UPDATE open_data_releases SET csv = 'x' WHERE version = '2025-q1'`)).rejects.toThrow(/immutable/);
    await expect(t.db.query(`DELETE FROM open_data_releases WHERE version = '2025-q1'`)).rejects.toThrow(/immutable/);
    await expect(t.db.query(`TRUNCATE open_data_releases`)).rejects.toThrow(/immutable/);
    expect(await (await get('/open-data/releases/2025-q1.csv')).text()).toBe(q1Csv);
  });

  it('publishes a quarter once when several instances try at the same time (advisory lock)', async () => {
    const q3: Quarter = { year: 2025, quarter: 3 };
    await report(await member(true), new Date('2025-08-01T00:00:00Z'));
    const outcomes = await Promise.all([1, 2, 3, 4].map(() => publishQuarter(t.db, q3, new Date('2025-10-02T00:00:00Z'))));
    expect(outcomes.filter((o) => o.status === 'published')).toHaveLength(1);
    expect(outcomes.every((o) => ['published', 'busy', 'exists'].includes(o.status))).toBe(true);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM open_data_releases WHERE version = '2025-q3'`);
    expect(n).toBe(1);
  });

  // Two more instances on the same PostgreSQL database (PGlite has a single connection to share).
  (process.env.DATABASE_URL ? it : it.skip)('publishes on its schedule, each quarter once, when two instances share a database', async () => {
    const url = (t.db.options as { url: string }).url;
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', SEED_DEMO_DATA: 'never', OPEN_DATA_CHECK_MS: '1000', REDIS_URL: process.env.REDIS_URL });
    const apps = await Promise.all([1, 2].map(() => createApp(config, { url, poolSize: 2, embedded: false })));
    try {
      await Promise.all(apps.map((a) => a.init()));
      // Due: every quarter after the latest release (2025-q3) up to the last that has ended.
      const due: string[] = [];
      for (let q = nextQuarter({ year: 2025, quarter: 3 }); compareQuarters(q, lastClosedQuarter(new Date())) <= 0; q = nextQuarter(q)) due.push(versionOf(q));
      expect(due.length).toBeGreaterThan(0);
      let published: string[] = [];
      for (let i = 0; i < 60 && published.length < due.length; i++) {
        await new Promise((r) => setTimeout(r, 250));
        published = (await t.db.query(`SELECT version FROM open_data_releases WHERE version = ANY($1) ORDER BY period_start`, [due])).map((r: { version: string }) => r.version);
      }
      expect(published).toEqual(due);
    } finally {
      await Promise.all(apps.map((a) => a.close()));
    }
  });

  it('property: for random members, consents and reports, the database collects exactly the model’s counts and no published cell breaks disclosure control', async () => {
    const conditions = ['asthma', 'copd'];
    const interventions = ['salbutamol', 'montelukast'];
    const idOf: Record<string, string> = {};
    for (const s of conditions) idOf[s] = (await t.db.query(`SELECT id FROM conditions WHERE slug = $1`, [s]))[0].id;
    for (const s of interventions) idOf[s] = (await t.db.query(`SELECT id FROM interventions WHERE slug = $1`, [s]))[0].id;
    const names: Record<string, string> = {};
    for (const k of SERVICE_KINDS) names[k.slug] = k.name;
    for (const a of AREAS) names[a.code] = a.name;
    for (const r of await t.db.query(`SELECT slug, name FROM conditions WHERE slug = ANY($1) UNION ALL SELECT slug, name FROM interventions WHERE slug = ANY($2)`, [conditions, interventions])) {
      names[r.slug] = r.name;
    }
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom<boolean | null>(true, true, true, false, null), { minLength: 14, maxLength: 14 }),
        fc.array(
          fc.record({
            member: fc.nat(13),
            condition: fc.constantFrom(...conditions),
            intervention: fc.constantFrom(...interventions),
            effectiveness: fc.constantFrom(...EFFECTIVENESS),
            adherence: fc.constantFrom(...ADHERENCE),
            burden: fc.constantFrom(...BURDEN),
            day: fc.nat(95),
            visible: fc.constantFrom(true, true, true, false),
          }),
          { minLength: 10, maxLength: 60 },
        ),
        fc.array(
          fc.record({
            member: fc.nat(13),
            serviceKind: fc.constantFrom(GP, SERVICE_KINDS[1]!.slug),
            area: fc.constantFrom(AREA, AREAS[1]!.code),
            seen: fc.integer({ min: 1, max: 5 }),
            listened: fc.integer({ min: 1, max: 5 }),
            involved: fc.integer({ min: 1, max: 5 }),
            day: fc.nat(95),
            visible: fc.constantFrom(true, true, true, false),
          }),
          { maxLength: 40 },
        ),
        async (consents, raw, rawCare) => {
          const q: Quarter = { year: 2010 + run++, quarter: 2 }; // a quarter of its own per run
          const members: string[] = [];
          for (const c of consents) members.push(await member(c));
          // Some reports fall just outside the quarter (day 91 onwards is the next one).
          const reports: WorldReport[] = raw.map((r, i) => ({ ...r, at: new Date(quarterStart(q).getTime() + r.day * 86_400_000 + i * 1000) }));
          for (const r of reports) {
            await report(members[r.member]!, r.at, { ...r, condition: idOf[r.condition], intervention: idOf[r.intervention], moderation: r.visible ? 'visible' : 'hidden' });
          }
          const care: WorldCare[] = rawCare.map((x, i) => ({ ...x, at: new Date(quarterStart(q).getTime() + x.day * 86_400_000 + i * 1000 + 500) }));
          for (const x of care) {
            await experience(members[x.member]!, x.at, { ...x, moderation: x.visible ? 'visible' : 'hidden' });
          }
          const collected = await collectQuarter(t.db, q);
          const model = modelQuarter(reports, (m) => consents[m] === true, q, (s) => names[s]!, care);
          expect(sorted(collected)).toEqual(sorted(model));
          const published = await publishQuarter(t.db, q, new Date(Date.UTC(q.year + 1, 0, 1)));
          expect(published.status).toBe('published');
          const file = await json(get(`/open-data/releases/${published.version}.json`));
          expect(disclosureViolations(file.cells)).toEqual([]);
          expect(file.cells).toEqual(releaseCells(model));
        },
      ),
      { numRuns: 15 },
    );
  });
});
