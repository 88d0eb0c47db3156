import { errorCode, GqlClient } from '../../testing/gql-client';
import { markEmailVerified, promote } from '../../testing/promote';
import { startTestApp, TestApp } from '../../testing/test-app';

const LIST = `query($f: String, $first: Int) { conditions(filter: $f, first: $first) { totalCount nodes { slug name icd10Code synonyms } } }`;
const CREATE = `mutation($i: ConditionInput!) { createCondition(input: $i) { id slug name synonyms } }`;

describe('condition catalogue (integration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('holds at least 25 real conditions with ICD-10 codes', async () => {
    const r = await new GqlClient(t.url).ok(LIST, { first: 100 });
    expect(r.conditions.totalCount).toBeGreaterThanOrEqual(25);
    for (const c of r.conditions.nodes) expect(c.icd10Code).toMatch(/^[A-Z]\d{2}/);
  });

  it.each([
    ['sugar diabetes', 'type-2-diabetes'],
    ['T2D', 'type-2-diabetes'],
    ['copd', 'copd'],
    ['E11', 'type-2-diabetes'],
    ['long covid', 'long-covid'],
  ])('filters as you type: "%s" finds %s', async (filter, slug) => {
    const r = await new GqlClient(t.url).ok(LIST, { f: filter });
    expect(r.conditions.nodes.map((c: { slug: string }) => c.slug)).toContain(slug);
  });

  it('treats LIKE wildcards in the filter as plain text', async () => {
    const r = await new GqlClient(t.url).ok(LIST, { f: '%' });
    expect(r.conditions.totalCount).toBe(0);
  });

  it('lets admins manage the catalogue and nobody else', async () => {
    const member = new GqlClient(t.url);
    await member.register();
    const input = { slug: 'test-condition', name: 'Test condition', icd10Code: 'R69', family: 'Other', synonyms: ['TC', 'TC'], description: '' };
    expect(errorCode(await member.gql(CREATE, { i: input }))).toBe('FORBIDDEN');
    expect(errorCode(await new GqlClient(t.url).gql(CREATE, { i: input }))).toBe('UNAUTHENTICATED');

    const admin = new GqlClient(t.url);
    const a = await admin.register();
    await promote(t.db, a.id, 'admin');
    const created = await admin.ok(CREATE, { i: input });
    expect(created.createCondition.synonyms).toEqual(['TC']);
    expect(errorCode(await admin.gql(CREATE, { i: input }))).toBe('CONDITION_SLUG_TAKEN');
    const bad = await admin.gql(CREATE, { i: { ...input, slug: 'Bad Slug', icd10Code: 'diabetes' } });
    expect(errorCode(bad)).toBe('VALIDATION_FAILED');
    expect(bad.errors![0]!.extensions!.fields!.map((f) => f.field).sort()).toEqual(['icd10Code', 'slug']);

    const updated = await admin.ok(
      `mutation($id: ID!, $i: ConditionInput!) { updateCondition(id: $id, input: $i) { name } }`,
      { id: created.createCondition.id, i: { ...input, name: 'Renamed condition' } },
    );
    expect(updated.updateCondition.name).toBe('Renamed condition');
    expect((await admin.ok(`mutation($id: ID!) { deleteCondition(id: $id) }`, { id: created.createCondition.id })).deleteCondition).toBe(true);

    const t2d = await admin.ok(`{ condition(slug: "type-2-diabetes") { id } }`);
    expect(errorCode(await admin.gql(`mutation($id: ID!) { deleteCondition(id: $id) }`, { id: t2d.condition.id }))).toBe('CONDITION_IN_USE');
  });

  it('admins verify a pending clinician', async () => {
    const clinician = new GqlClient(t.url);
    const { handle } = await clinician.register({ asClinician: true });
    const admin = new GqlClient(t.url);
    const a = await admin.register();
    await promote(t.db, a.id, 'admin');
    const apps = await admin.ok(`{ clinicianApplications { nodes { handle registration organisation status } } }`);
    expect(apps.clinicianApplications.nodes).toContainEqual({ handle, registration: 'GMC1234567', organisation: 'Test Trust', status: 'pending' });
    expect(errorCode(await clinician.gql(`mutation($h: String!) { verifyClinician(handle: $h) { status } }`, { h: handle }))).toBe('FORBIDDEN');
    // Only once the clinician has confirmed their email address (account-security.int-spec.ts).
    expect(errorCode(await admin.gql(`mutation($h: String!) { verifyClinician(handle: $h) { status } }`, { h: handle }))).toBe('EMAIL_NOT_VERIFIED');
    await markEmailVerified(t.db, handle);
    const v = await admin.ok(`mutation($h: String!) { verifyClinician(handle: $h) { status } }`, { h: handle });
    expect(v.verifyClinician.status).toBe('verified');
    expect((await clinician.ok(`{ me { clinicianStatus } }`)).me.clinicianStatus).toBe('verified');
    expect((await admin.ok(`query($h: String!) { member(handle: $h) { isVerifiedClinician } }`, { h: handle })).member.isVerifiedClinician).toBe(true);
  });
});
