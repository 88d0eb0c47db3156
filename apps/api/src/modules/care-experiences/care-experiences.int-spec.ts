import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { AREAS } from '../../database/seed/catalogue/areas.data';
import { errorCode, GqlClient } from '../../testing/gql-client';
import { promote } from '../../testing/promote';
import { expectSearchIndexClean, searchIndexed } from '../../testing/search-index';
import { startTestApp, TestApp } from '../../testing/test-app';

const STORY = `id serviceKind { slug } area { code name } occurredOn whatWasGood couldBeBetter ratingSeen ratingListened ratingInvolved
  anonymous authorLabel authorHandle viewerIsAuthor moderationState conditionSlug
  responses { id body changedSomething whatChanged organisation { id name status } } viewerCanRespondAs { id }`;
const SHARE = `mutation($i: ShareCareExperienceInput!) { shareCareExperience(input: $i) { ${STORY} } }`;
const RESPOND = `mutation($i: RespondToCareExperienceInput!) { respondToCareExperience(input: $i) { ${STORY} } }`;
const APPLY = `mutation($i: ApplyForOrganisationInput!) { applyForOrganisation(input: $i) { id status } }`;
const DECIDE = `mutation($o: ID!, $a: Boolean!) { decideOrganisation(organisationId: $o, approve: $a) { id status } }`;
const CELL = `{ value suppressed display }`;
const AREA_PAGE = `query($k: String!, $a: String!) { careAreaPage(serviceKind: $k, areaCode: $a) {
  stories ${CELL} responded ${CELL} notResponded ${CELL} responseRate changed ${CELL} threshold roundingBase consentPurpose
  quarters { start label ratings { rating total ${CELL} poor ${CELL} middling ${CELL} good ${CELL} goodPercent } } } }`;

const DEVON = 'E54000037';
const CORNWALL = 'E54000036';
const month = (monthsAgo = 1) => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - monthsAgo);
  return d.toISOString().slice(0, 7);
};
const story = (over: Record<string, unknown> = {}) => ({
  serviceKind: 'pulmonary-rehabilitation',
  areaCode: DEVON,
  occurredOn: month(),
  whatWasGood: 'The physiotherapist explained every exercise and the group was friendly.',
  couldBeBetter: 'The waiting list was eleven weeks long.',
  ratingSeen: 2,
  ratingListened: 5,
  ratingInvolved: 4,
  anonymous: false,
  ...over,
});

type Cell = { value: number | null; suppressed: boolean; display: string };

/** Disclosure control as libs/contracts applies it (threshold 8, base 5), checked on one published cell. */
function expectCellControlled(c: Cell, truth: number) {
  if (c.suppressed) {
    expect(c.value).toBeNull();
    expect(c.display).toBe('fewer than 8');
    return;
  }
  expect(c.value! % 5).toBe(0);
  if (truth === 0) expect(c.value).toBe(0);
  else {
    expect(truth).toBeGreaterThanOrEqual(8);
    expect(c.value).toBeGreaterThanOrEqual(10);
    expect(Math.abs(c.value! - truth)).toBeLessThanOrEqual(2.5);
  }
}

describe('experiences of care and responses from services (integration)', () => {
  let t: TestApp;
  let admin: GqlClient;
  let member: GqlClient;
  let memberHandle: string;
  let staff: GqlClient;
  let staffHandle: string;
  let outsider: GqlClient;
  let moderator: GqlClient;
  let devonOrg: string;
  let cornwallOrg: string;
  let pendingOrg: string;

  beforeAll(async () => {
    t = await startTestApp({ SEARCH_RELAY_INTERVAL_MS: '50' });
    admin = new GqlClient(t.url);
    await promote(t.db, (await admin.register()).id, 'admin');
    member = new GqlClient(t.url);
    ({ handle: memberHandle } = await member.register());
    staff = new GqlClient(t.url);
    staffHandle = (await staff.register()).handle;
    outsider = new GqlClient(t.url);
    await outsider.register();
    moderator = new GqlClient(t.url);
    await promote(t.db, (await moderator.register()).id, 'moderator');
    const apply = async (c: GqlClient, name: string, areaCode: string) =>
      (await c.ok(APPLY, { i: { name, serviceKind: 'pulmonary-rehabilitation', areaCode, website: 'https://example.org/rehab' } })).applyForOrganisation;
    const devon = await apply(staff, 'Devon Pulmonary Rehab', DEVON);
    expect(devon.status).toBe('pending');
    devonOrg = devon.id;
    cornwallOrg = (await apply(staff, 'Cornwall Pulmonary Rehab', CORNWALL)).id;
    pendingOrg = (await apply(outsider, 'Not Yet Verified Rehab', DEVON)).id;
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('accepts only catalogue kinds and areas, and refuses personal information in every free-text field', async () => {
    expect(errorCode(await member.gql(SHARE, { i: story({ serviceKind: 'dr-smiths-surgery' }) }))).toBe('UNKNOWN_SERVICE_KIND');
    expect(errorCode(await member.gql(SHARE, { i: story({ areaCode: 'EX1 2AB' }) }))).toBe('UNKNOWN_AREA');
    expect(errorCode(await member.gql(SHARE, { i: story({ occurredOn: '2026-13' }) }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await member.gql(SHARE, { i: story({ ratingSeen: 6 }) }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await member.gql(SHARE, { i: story({ whatWasGood: '', couldBeBetter: '  ' }) }))).toBe('VALIDATION_FAILED');
    for (const field of ['whatWasGood', 'couldBeBetter']) {
      for (const leak of ['I live at EX1 2AB near the clinic', 'ring me on 07700 900123', 'email me at sam@example.org']) {
        const r = await member.gql(SHARE, { i: story({ [field]: leak }) });
        expect({ field, leak, code: errorCode(r) }).toEqual({ field, leak, code: 'PERSONAL_INFORMATION' });
        expect(r.errors![0]!.extensions!.fields).toEqual([expect.objectContaining({ field, code: 'NOT_ALLOWED' })]);
      }
    }
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM care_experiences`);
    expect(n).toBe(0);
    const ok = (await member.ok(SHARE, { i: story() })).shareCareExperience;
    expect(ok).toMatchObject({ serviceKind: { slug: 'pulmonary-rehabilitation' }, area: { code: DEVON }, authorHandle: memberHandle, viewerIsAuthor: true });
  });

  it('lets only verified organisations of that service and area respond; the member is notified and the response shows under the story', async () => {
    const s = (await member.ok(SHARE, { i: story({ couldBeBetter: 'Nobody told me when the next course would start.' }) })).shareCareExperience;
    const response = { experienceId: s.id, organisationId: devonOrg, body: 'Thank you for telling us.', changedSomething: true, whatChanged: 'We now post course dates online.' };
    // Not verified yet.
    expect(errorCode(await staff.gql(RESPOND, { i: response }))).toBe('ORGANISATION_NOT_VERIFIED');
    expect(errorCode(await member.gql(DECIDE, { o: devonOrg, a: true }))).toBe('FORBIDDEN');
    await admin.ok(DECIDE, { o: devonOrg, a: true });
    await admin.ok(DECIDE, { o: cornwallOrg, a: true });
    expect(errorCode(await admin.gql(DECIDE, { o: devonOrg, a: false }))).toBe('ORGANISATION_NOT_PENDING');
    // Not a member of it; a pending organisation; a verified one for another area.
    expect(errorCode(await outsider.gql(RESPOND, { i: response }))).toBe('NOT_ORGANISATION_MEMBER');
    expect(errorCode(await outsider.gql(RESPOND, { i: { ...response, organisationId: pendingOrg } }))).toBe('ORGANISATION_NOT_VERIFIED');
    expect(errorCode(await staff.gql(RESPOND, { i: { ...response, organisationId: cornwallOrg } }))).toBe('ORGANISATION_NOT_FOR_THIS_SERVICE');
    // Personal information and a missing "what changed" are refused.
    expect(errorCode(await staff.gql(RESPOND, { i: { ...response, body: 'Call our manager on 07700 900123' } }))).toBe('PERSONAL_INFORMATION');
    expect(errorCode(await staff.gql(RESPOND, { i: { ...response, whatChanged: 'See PL4 8AA office' } }))).toBe('PERSONAL_INFORMATION');
    expect(errorCode(await staff.gql(RESPOND, { i: { ...response, whatChanged: '' } }))).toBe('VALIDATION_FAILED');
    // The verified organisation for that service and area.
    const seen = (await staff.ok(`query($id: ID!) { careExperience(id: $id) { viewerCanRespondAs { id } } }`, { id: s.id })).careExperience;
    expect(seen.viewerCanRespondAs).toEqual([{ id: devonOrg }]);
    const answered = (await staff.ok(RESPOND, { i: response })).respondToCareExperience;
    expect(answered.responses).toEqual([
      { id: expect.any(String), body: 'Thank you for telling us.', changedSomething: true, whatChanged: 'We now post course dates online.', organisation: { id: devonOrg, name: 'Devon Pulmonary Rehab', status: 'verified' } },
    ]);
    // The response names the organisation, never the person who wrote it.
    expect(JSON.stringify(await outsider.ok(`query($id: ID!) { careExperience(id: $id) { ${STORY} } }`, { id: s.id }))).not.toContain(staffHandle);
    // The author is told.
    let notes: { kind: string; message: string; url: string }[] = [];
    for (let i = 0; i < 50 && !notes.length; i++) {
      notes = (await member.ok(`{ notifications(first: 10) { nodes { kind message url } } }`)).notifications.nodes.filter((n: { kind: string }) => n.kind === 'care_response');
      if (!notes.length) await new Promise((r) => setTimeout(r, 100));
    }
    expect(notes).toEqual([{ kind: 'care_response', message: 'Devon Pulmonary Rehab responded to your story and says it changed something', url: `/care/stories/${s.id}#response-${answered.responses[0].id}` }]);
    // The organisation console lists the story, and not once answered when asked for unanswered ones.
    const inbox = (q: boolean) =>
      staff.ok(`query($o: ID!, $u: Boolean!) { organisationInbox(organisationId: $o, unansweredOnly: $u) { nodes { id } } }`, { o: devonOrg, u: q });
    expect((await inbox(false)).organisationInbox.nodes.map((n: { id: string }) => n.id)).toContain(s.id);
    expect((await inbox(true)).organisationInbox.nodes.map((n: { id: string }) => n.id)).not.toContain(s.id);
    expect(errorCode(await outsider.gql(`query($o: ID!) { organisationInbox(organisationId: $o) { totalCount } }`, { o: devonOrg }))).toBe('FORBIDDEN');
  });

  it('never names the author of an anonymous story: not to organisations, moderators, search, or anyone', async () => {
    // An author with nothing else on Kindred, so any trace of them in an answer comes from this story.
    const author = new GqlClient(t.url);
    const { handle: authorHandle, id: authorId } = await author.register();
    const s = (await author.ok(SHARE, { i: story({ anonymous: true, whatWasGood: 'qzanonstory the nurse was kind' }) })).shareCareExperience;
    expect(s).toMatchObject({ anonymous: true, authorLabel: 'anonymous member', authorHandle: null, viewerIsAuthor: true });
    await staff.ok(RESPOND, { i: { experienceId: s.id, organisationId: devonOrg, body: 'Thank you, we will pass this on.', changedSomething: false, whatChanged: '' } });
    await outsider.ok(`mutation($i: ReportInput!) { report(input: $i) { id } }`, {
      i: { targetType: 'care_experience', targetId: s.id, reason: 'other', note: 'checking the author stays anonymous' },
    });
    await searchIndexed(t.db);
    const found = (await staff.ok(`query($i: SearchInput!) { search(input: $i) { total hits { type title url snippetHtml } } }`, { i: { query: 'qzanonstory' } })).search;
    expect(found.hits).toEqual([expect.objectContaining({ type: 'care_story', url: `/care/stories/${s.id}`, title: 'Experience of care: Pulmonary rehabilitation in NHS Devon ICB' })]);
    const answers = [
      found,
      await staff.ok(`query($id: ID!) { careExperience(id: $id) { ${STORY} } }`, { id: s.id }),
      await staff.ok(`query($o: ID!) { organisationInbox(organisationId: $o) { nodes { ${STORY} } } }`, { o: devonOrg }),
      await outsider.ok(`{ careExperiences(first: 50) { nodes { ${STORY} } } }`),
      await new GqlClient(t.url).ok(`{ careExperiences(serviceKind: "pulmonary-rehabilitation", areaCode: "${DEVON}") { nodes { ${STORY} } } }`),
      await moderator.ok(`{ moderationQueue(first: 20) { nodes { targetType subjectLabel subject { handle } snapshot { authorLabel body } } } }`),
      await outsider.ok(AREA_PAGE, { k: 'pulmonary-rehabilitation', a: DEVON }),
    ];
    const text = JSON.stringify(answers);
    expect(text).toContain('qzanonstory');
    expect(text).not.toContain(authorHandle);
    expect(text).not.toContain(authorId);
    const queue = answers[5]!.moderationQueue.nodes.find((n: { snapshot: { body: string } }) => n.snapshot.body.includes('qzanonstory'));
    expect(queue).toMatchObject({ targetType: 'care_experience', subjectLabel: 'anonymous member', subject: null });
    // To a stranger the author flag is false, as for every other story.
    expect((await outsider.ok(`query($id: ID!) { careExperience(id: $id) { viewerIsAuthor authorHandle } }`, { id: s.id })).careExperience).toEqual({
      viewerIsAuthor: false,
      authorHandle: null,
    });
  });

  it('can be reported and hidden like any post, and a crisis story opens a crisis case', async () => {
    const s = (await member.ok(SHARE, { i: story({ couldBeBetter: 'qzhideme they lost my referral twice' }) })).shareCareExperience;
    await moderator.ok(`mutation($i: ModerationActionInput!) { moderate(input: $i) { id } }`, {
      i: { action: 'hide', targetType: 'care_experience', targetId: s.id, reason: 'Hidden while we check it' },
    });
    expect(errorCode(await outsider.gql(`query($id: ID!) { careExperience(id: $id) { id } }`, { id: s.id }))).toBe('NOT_FOUND');
    expect(JSON.stringify(await outsider.ok(`{ careExperiences(first: 100) { nodes { couldBeBetter } } }`))).not.toContain('qzhideme');
    expect((await member.ok(`query($id: ID!) { careExperience(id: $id) { moderationState } }`, { id: s.id })).careExperience.moderationState).toBe('hidden');
    const crisis = (await member.ok(SHARE, { i: story({ couldBeBetter: 'After that appointment I want to end my life.' }) })).shareCareExperience;
    const [c] = await t.db.query(`SELECT crisis, target_type FROM moderation_cases WHERE target_id = $1`, [crisis.id]);
    expect(c).toEqual({ crisis: true, target_type: 'care_experience' });
    // Hidden stories leave search for everyone but moderators; a deleted one leaves the index.
    await searchIndexed(t.db);
    const search = (c: GqlClient, q: string) => c.ok(`query($i: SearchInput!) { search(input: $i) { total } }`, { i: { query: q } });
    expect((await search(outsider, 'qzhideme')).search.total).toBe(0);
    expect((await search(moderator, 'qzhideme')).search.total).toBe(1);
    expect(errorCode(await outsider.gql(`mutation($id: ID!) { deleteCareExperience(id: $id) }`, { id: crisis.id }))).toBe('FORBIDDEN');
    expect((await member.ok(`mutation($id: ID!) { deleteCareExperience(id: $id) }`, { id: crisis.id })).deleteCareExperience).toBe(true);
    await expectSearchIndexClean(t.db);
  });

  it('counts only members who consented to research on the area page', async () => {
    const kind = 'memory-clinic';
    const areaCode = 'E54000057';
    const ids = await members(12, false);
    for (const id of ids) await insertStory(id, kind, areaCode, { seen: 5, listened: 5, involved: 5 });
    const before = (await outsider.ok(AREA_PAGE, { k: kind, a: areaCode })).careAreaPage;
    expect(before.consentPurpose).toBe('research');
    expect(before.stories).toEqual({ value: 0, suppressed: false, display: '0' });
    expect(before.quarters.flatMap((q: any) => q.ratings.map((r: any) => r.total.value))).toEqual(Array(24).fill(0));
    await t.db.query(`INSERT INTO consents (user_id, purpose, granted) SELECT unnest($1::uuid[]), 'research', true`, [ids]);
    const after = (await outsider.ok(AREA_PAGE, { k: kind, a: areaCode })).careAreaPage;
    expect(after.stories).toEqual({ value: 10, suppressed: false, display: '10' });
    // A clinician-insights consent alone does not count.
    const other = await members(9, false);
    await t.db.query(`INSERT INTO consents (user_id, purpose, granted) SELECT unnest($1::uuid[]), 'clinician-insights', true`, [other]);
    for (const id of other) await insertStory(id, kind, areaCode, { seen: 1, listened: 1, involved: 1 });
    expect((await outsider.ok(AREA_PAGE, { k: kind, a: areaCode })).careAreaPage.stories.value).toBe(10);
    // Withdrawn consent stops the count at once.
    await t.db.query(`UPDATE consents SET granted = false WHERE user_id = ANY($1) AND purpose = 'research'`, [ids.slice(0, 6)]);
    expect((await outsider.ok(AREA_PAGE, { k: kind, a: areaCode })).careAreaPage.stories).toEqual({ value: null, suppressed: true, display: 'fewer than 8' });
  });

  it('no cell of the area page violates disclosure control, whatever the stories (property test)', async () => {
    const areaCodes = AREAS.map((a) => a.code).filter((c) => c !== DEVON && c !== CORNWALL && c !== 'E54000057');
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            quarter: fc.integer({ min: 0, max: 7 }),
            seen: fc.integer({ min: 1, max: 5 }),
            listened: fc.integer({ min: 1, max: 5 }),
            involved: fc.integer({ min: 1, max: 5 }),
            consent: fc.boolean(),
            responded: fc.boolean(),
            changed: fc.boolean(),
          }),
          { maxLength: 40 },
        ),
        async (stories) => {
          const areaCode = areaCodes[run++ % areaCodes.length]!;
          const kind = 'gp-practice';
          await t.db.query(`DELETE FROM care_experiences WHERE area_code = $1 AND service_kind = $2`, [areaCode, kind]);
          const ids = await members(stories.length, false);
          const now = new Date();
          const thisQuarter = Date.UTC(now.getUTCFullYear(), Math.floor(now.getUTCMonth() / 3) * 3, 1);
          const truth = { total: 0, responded: 0, changed: 0, q: new Map<string, { total: number; seen: number[]; listened: number[]; involved: number[] }>() };
          for (const [i, s] of stories.entries()) {
            const d = new Date(thisQuarter);
            d.setUTCMonth(d.getUTCMonth() - 3 * s.quarter);
            if (s.consent) await t.db.query(`INSERT INTO consents (user_id, purpose, granted) VALUES ($1, 'research', true)`, [ids[i]]);
            const id = await insertStory(ids[i]!, kind, areaCode, s, d.toISOString().slice(0, 10));
            if (s.responded) {
              await t.db.query(
                `INSERT INTO care_experience_responses (experience_id, organisation_id, body, changed_something, what_changed) VALUES ($1, $2, 'Thanks', $3, $4)`,
                [id, devonOrg, s.changed, s.changed ? 'A change' : ''],
              );
            }
            if (!s.consent) continue;
            truth.total++;
            if (s.responded) truth.responded++;
            if (s.responded && s.changed) truth.changed++;
            const key = d.toISOString().slice(0, 10);
            const q = truth.q.get(key) ?? { total: 0, seen: [0, 0, 0], listened: [0, 0, 0], involved: [0, 0, 0] };
            q.total++;
            for (const r of ['seen', 'listened', 'involved'] as const) q[r][s[r] <= 2 ? 0 : s[r] === 3 ? 1 : 2]!++;
            truth.q.set(key, q);
          }
          const page = (await new GqlClient(t.url).ok(AREA_PAGE, { k: kind, a: areaCode })).careAreaPage;
          expectCellControlled(page.stories, truth.total);
          expectCellControlled(page.responded, truth.responded);
          expectCellControlled(page.notResponded, truth.total - truth.responded);
          expectCellControlled(page.changed, truth.changed);
          // A two-cell distribution never hides just one of its cells.
          expect([page.responded.suppressed, page.notResponded.suppressed].filter(Boolean).length).not.toBe(1);
          if (page.responseRate !== null) expect(page.responseRate).toBe(Math.round((page.responded.value / page.stories.value) * 1000) / 10);
          for (const q of page.quarters) {
            const tq = truth.q.get(q.start) ?? { total: 0, seen: [0, 0, 0], listened: [0, 0, 0], involved: [0, 0, 0] };
            for (const r of q.ratings) {
              const counts = tq[r.rating as 'seen'];
              expectCellControlled(r.total, tq.total);
              const cells = [r.poor, r.middling, r.good];
              cells.forEach((c: Cell, i: number) => (r.total.suppressed ? expect(c.suppressed).toBe(true) : expectCellControlled(c, counts[i]!)));
              expect(cells.filter((c: Cell) => c.suppressed).length).not.toBe(1);
              if (r.goodPercent !== null) expect(r.goodPercent).toBe(Math.round((r.good.value / r.total.value) * 1000) / 10);
            }
          }
        },
      ),
      { numRuns: 12, seed: 20261206 },
    );
  }, 300_000);

  async function members(n: number, consent: boolean): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const handle = `c${randomUUID().slice(0, 8)}`;
      const [{ id }] = await t.db.query(`INSERT INTO users (handle, email, password_hash) VALUES ($1, $1 || '@example.test', 'x') RETURNING id`, [handle]);
      if (consent) await t.db.query(`INSERT INTO consents (user_id, purpose, granted) VALUES ($1, 'research', true)`, [id]);
      ids.push(id);
    }
    return ids;
  }

  async function insertStory(userId: string, kind: string, areaCode: string, r: { seen: number; listened: number; involved: number }, occurredOn?: string): Promise<string> {
    const [{ id }] = await t.db.query(
      `INSERT INTO care_experiences (author_id, service_kind, area_code, occurred_on, what_was_good, could_be_better, rating_seen, rating_listened, rating_involved)
       VALUES ($1, $2, $3, COALESCE($4::date, date_trunc('month', now())::date), 'Good', 'Better', $5, $6, $7) RETURNING id`,
      [userId, kind, areaCode, occurredOn ?? null, r.seen, r.listened, r.involved],
    );
    return id;
  }
});
