import { errorCode, GqlClient } from '../../testing/gql-client';
import { promote } from '../../testing/promote';
import { startTestApp, TestApp } from '../../testing/test-app';

const FILE = `mutation($i: FileExperienceReportInput!) { fileExperienceReport(input: $i) {
  id effectiveness sideEffects { name severity } durationWeeks tipsHtml viewerIsAuthor threadIds intervention { slug } condition { slug } } }`;
const WHAT_WORKS = `query($c: String!) { whatWorks(conditionSlug: $c) { reportCount entries {
  intervention { slug name } reportCount effectiveness { effectiveness count } topSideEffects { name count } latestTips { reportId tipsHtml threadIds } } } }`;

describe('interventions, experience reports and what works (integration)', () => {
  let t: TestApp;
  let mod: GqlClient;
  let member: GqlClient;
  let other: GqlClient;
  let outsider: GqlClient;
  let conditionId: string;
  let metforminId: string;
  let walkingId: string;

  const answers = (extra: Record<string, unknown> = {}) => ({
    effectiveness: 'major',
    sideEffects: [{ name: 'Upset stomach', severity: 'mild' }],
    adherence: 'mostly',
    burden: 'low',
    costBand: 'free',
    durationWeeks: 52,
    stillUsing: true,
    tips: 'Take it **with food**.',
    ...extra,
  });

  beforeAll(async () => {
    t = await startTestApp();
    mod = new GqlClient(t.url);
    await promote(t.db, (await mod.register()).id, 'moderator');
    member = new GqlClient(t.url);
    await member.register();
    other = new GqlClient(t.url);
    await other.register();
    outsider = new GqlClient(t.url);
    await outsider.register();
    conditionId = (await member.ok(`{ condition(slug: "type-2-diabetes") { id } }`)).condition.id;
    const ivs = await member.ok(`{ interventions(conditionSlug: "type-2-diabetes", first: 100) { totalCount nodes { id slug synonyms } } }`);
    metforminId = ivs.interventions.nodes.find((n: { slug: string }) => n.slug === 'metformin').id;
    walkingId = ivs.interventions.nodes.find((n: { slug: string }) => n.slug === 'walking').id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('seeds a catalogue of real interventions with brand names, searchable by brand', async () => {
    const r = await member.ok(`{ interventions(filter: "glucophage") { nodes { slug category } } }`);
    expect(r.interventions.nodes).toContainEqual({ slug: 'metformin', category: 'medication' });
  });

  it('a proposed intervention waits for a moderator, who accepts or merges it (audited)', async () => {
    const PROPOSE = `mutation($i: ProposeInterventionInput!) { proposeIntervention(input: $i) { id status slug } }`;
    const p = await member.ok(PROPOSE, { i: { name: 'Cinnamon capsules', category: 'lifestyle', description: 'Capsules of cinnamon.', conditionIds: [conditionId] } });
    expect(p.proposeIntervention.status).toBe('pending');
    // Pending entries cannot be reported on or found in the catalogue.
    expect(errorCode(await member.gql(FILE, { i: { conditionId, interventionId: p.proposeIntervention.id, ...answers() } }))).toBe('INTERVENTION_NOT_ACCEPTED');
    expect(errorCode(await member.gql(PROPOSE, { i: { name: 'Metformin', category: 'medication', description: '', conditionIds: [conditionId] } }))).toBe('INTERVENTION_NAME_TAKEN');
    const DECIDE = `mutation($id: ID!, $i: DecideInterventionInput!) { decideIntervention(id: $id, input: $i) { status mergedIntoId } }`;
    expect(errorCode(await member.gql(DECIDE, { id: p.proposeIntervention.id, i: { accept: true, reason: 'looks fine' } }))).toBe('FORBIDDEN');
    const accepted = await mod.ok(DECIDE, { id: p.proposeIntervention.id, i: { accept: true, reason: 'Commonly discussed' } });
    expect(accepted.decideIntervention.status).toBe('accepted');

    const q = await member.ok(PROPOSE, { i: { name: 'Metformin slow release', category: 'medication', description: '', conditionIds: [conditionId] } });
    const merged = await mod.ok(DECIDE, { id: q.proposeIntervention.id, i: { accept: false, mergeIntoId: metforminId, reason: 'Same medicine' } });
    expect(merged.decideIntervention).toEqual({ status: 'merged', mergedIntoId: metforminId });
    const met = await member.ok(`{ intervention(slug: "metformin") { synonyms } }`);
    expect(met.intervention.synonyms).toContain('Metformin slow release');
    expect(errorCode(await mod.gql(DECIDE, { id: q.proposeIntervention.id, i: { accept: true, reason: 'again' } }))).toBe('INTERVENTION_NOT_PENDING');
    const log = await t.db.query(`SELECT action FROM audit_log WHERE target_type = 'intervention' ORDER BY id`);
    expect(log.map((l: { action: string }) => l.action)).toEqual(['intervention.accept', 'intervention.merge']);
  });

  it('files a report, refuses out-of-range values, and keeps its history when updated', async () => {
    const bad = await member.gql(FILE, { i: { conditionId, interventionId: metforminId, ...answers({ durationWeeks: -3, tips: 'x'.repeat(2001) }) } });
    expect(errorCode(bad)).toBe('VALIDATION_FAILED');
    expect(bad.errors![0]!.extensions!.fields!.map((f) => f.field).sort()).toEqual(['durationWeeks', 'tips']);
    expect(errorCode(await member.gql(FILE, { i: { conditionId, interventionId: metforminId, ...answers({ effectiveness: 'amazing' }) } }))).toBe('BAD_USER_INPUT');
    const tooMany = Array.from({ length: 11 }, (_, i) => ({ name: `effect ${i}`, severity: 'mild' }));
    expect(errorCode(await member.gql(FILE, { i: { conditionId, interventionId: metforminId, ...answers({ sideEffects: tooMany }) } }))).toBe('VALIDATION_FAILED');
    expect((await t.db.query(`SELECT count(*)::int AS n FROM experience_reports`))[0].n).toBe(0);

    const filed = (await member.ok(FILE, { i: { conditionId, interventionId: metforminId, ...answers() } })).fileExperienceReport;
    expect(filed).toMatchObject({ effectiveness: 'major', durationWeeks: 52, viewerIsAuthor: true, intervention: { slug: 'metformin' } });
    expect(filed.tipsHtml).toContain('<strong>with food</strong>');
    const UPDATE = `mutation($id: ID!, $i: ReportAnswersInput!) { updateExperienceReport(id: $id, input: $i) { effectiveness revisions { effectiveness durationWeeks } } }`;
    expect(errorCode(await other.gql(UPDATE, { id: filed.id, i: answers({ effectiveness: 'none' }) }))).toBe('FORBIDDEN');
    const updated = await member.ok(UPDATE, { id: filed.id, i: answers({ effectiveness: 'moderate', durationWeeks: 60 }) });
    expect(updated.updateExperienceReport).toEqual({ effectiveness: 'moderate', revisions: [{ effectiveness: 'major', durationWeeks: 52 }] });
    const mine = await member.ok(`{ myExperienceReports { totalCount nodes { id } } }`);
    expect(mine.myExperienceReports.nodes.map((n: { id: string }) => n.id)).toContain(filed.id);
  });

  it('what works shows counts, the effectiveness distribution, side effects and tips linked to threads', async () => {
    const c = await member.ok(`{ condition(slug: "type-2-diabetes") { slug } groups(conditionSlug: "type-2-diabetes", first: 20) { nodes { id slug visibility } } }`);
    const pub = c.groups.nodes.find((g: { slug: string }) => g.slug === 'living-with-type-2-diabetes');
    await other.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { status } }`, { id: pub.id });
    const th = await other.ok(`mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`, {
      i: { groupId: pub.id, kind: 'advice', title: 'Walking after meals', body: 'It really helps my readings.', tags: ['exercise'], anonymous: false },
    });
    const r1 = (await other.ok(FILE, { i: { conditionId, interventionId: walkingId, threadId: th.startThread.id, ...answers({ effectiveness: 'major', sideEffects: [{ name: 'Sore feet', severity: 'mild' }], tips: 'Ten minutes after dinner.' }) } })).fileExperienceReport;
    expect(r1.threadIds).toEqual([th.startThread.id]);
    await member.ok(FILE, { i: { conditionId, interventionId: walkingId, ...answers({ effectiveness: 'slight', sideEffects: [{ name: 'sore feet', severity: 'moderate' }], tips: '' }) } });
    const thread = await member.ok(`query($id: ID!) { thread(id: $id) { experienceReports { id intervention { slug } } } }`, { id: th.startThread.id });
    // A report filed on its own can be attached later, once.
    const loose = (await other.ok(FILE, { i: { conditionId, interventionId: metforminId, ...answers({ tips: '' }) } })).fileExperienceReport;
    const LINK = `mutation($r: ID!, $t: ID!) { linkExperienceReport(reportId: $r, threadId: $t) { threadIds } }`;
    expect(errorCode(await member.gql(LINK, { r: loose.id, t: th.startThread.id }))).toBe('NOT_A_MEMBER');
    expect((await other.ok(LINK, { r: loose.id, t: th.startThread.id })).linkExperienceReport.threadIds).toEqual([th.startThread.id]);
    expect(errorCode(await other.gql(LINK, { r: loose.id, t: th.startThread.id }))).toBe('REPORT_ALREADY_LINKED');
    // Attaching needs the same condition.
    const copdId = (await member.ok(`{ condition(slug: "copd") { id } }`)).condition.id;
    const rehab = (await member.ok(`{ intervention(slug: "pulmonary-rehabilitation") { id } }`)).intervention.id;
    expect(errorCode(await other.gql(FILE, { i: { conditionId: copdId, interventionId: rehab, threadId: th.startThread.id, ...answers() } }))).toBe('BAD_REQUEST');
    expect(thread.thread.experienceReports).toEqual([{ id: r1.id, intervention: { slug: 'walking' } }]);

    const ww = await new GqlClient(t.url).ok(WHAT_WORKS, { c: 'type-2-diabetes' });
    const walking = ww.whatWorks.entries.find((e: { intervention: { slug: string } }) => e.intervention.slug === 'walking');
    expect(walking.reportCount).toBe(2);
    expect(walking.effectiveness).toEqual([
      { effectiveness: 'major', count: 1 },
      { effectiveness: 'moderate', count: 0 },
      { effectiveness: 'slight', count: 1 },
      { effectiveness: 'none', count: 0 },
      { effectiveness: 'cant_tell', count: 0 },
    ]);
    expect(walking.topSideEffects).toEqual([{ name: 'sore feet', count: 2 }]);
    expect(walking.latestTips).toEqual([{ reportId: r1.id, tipsHtml: '<p>Ten minutes after dinner.</p>', threadIds: [th.startThread.id] }]);
    // Interventions with reports come first, and the catalogue's others are listed with zero.
    expect(ww.whatWorks.entries[0].reportCount).toBeGreaterThan(0);
    expect(ww.whatWorks.entries.some((e: { reportCount: number }) => e.reportCount === 0)).toBe(true);
  });

  it('reports filed in a private group count only for its members', async () => {
    const slug = `pg-${Date.now().toString(36)}`;
    const g = (await mod.ok(`mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`, {
      i: { conditionId, slug, name: 'Private T2D circle', description: '', visibility: 'private', allowAnonymous: false },
    })).createGroup.id;
    const req = await member.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { id } }`, { id: g });
    await mod.ok(`mutation($id: ID!) { decideJoinRequest(requestId: $id, approve: true) { status } }`, { id: req.joinGroup.id });
    const th = await member.ok(`mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`, {
      i: { groupId: g, kind: 'story', title: 'My private story', body: 'Only for this circle.', tags: [], anonymous: false },
    });
    const secretTip = 'A secret tip for the circle only';
    const r = (await member.ok(FILE, { i: { conditionId, interventionId: metforminId, threadId: th.startThread.id, ...answers({ tips: secretTip }) } })).fileExperienceReport;

    const before = await outsider.ok(WHAT_WORKS, { c: 'type-2-diabetes' });
    expect(JSON.stringify(before)).not.toContain(secretTip);
    const metOutside = before.whatWorks.entries.find((e: { intervention: { slug: string } }) => e.intervention.slug === 'metformin');
    const metInside = (await member.ok(WHAT_WORKS, { c: 'type-2-diabetes' })).whatWorks.entries.find((e: { intervention: { slug: string } }) => e.intervention.slug === 'metformin');
    expect(metInside.reportCount).toBe(metOutside.reportCount + 1);
    expect(JSON.stringify(metInside)).toContain(secretTip);
    expect(errorCode(await outsider.gql(`query($id: ID!) { experienceReport(id: $id) { tips } }`, { id: r.id }))).toBe('NOT_FOUND');
    expect(errorCode(await new GqlClient(t.url).gql(`query($id: ID!) { experienceReport(id: $id) { tips } }`, { id: r.id }))).toBe('NOT_FOUND');
  });
});
