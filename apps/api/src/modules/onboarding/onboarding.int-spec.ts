import { errorCode, GqlClient } from '../../testing/gql-client';
import { startTestApp, TestApp } from '../../testing/test-app';

const SET = `mutation($i: SetMyConditionsInput!) { setMyConditions(input: $i) { relation condition { slug } } }`;
const SUGGESTED = `{ suggestedGroups { relation group { slug forCarers visibility viewerMembership { status } } } }`;

describe('onboarding: my conditions and suggested groups (integration)', () => {
  let t: TestApp;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    const rows: { id: string; slug: string }[] = await t.db.query(`SELECT id, slug FROM conditions WHERE slug IN ('asthma', 'parkinsons-disease', 'copd')`);
    ids = Object.fromEntries(rows.map((r) => [r.slug, r.id]));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('keeps a member’s conditions in their order, replaces them, and shows them to no one else', async () => {
    const me = new GqlClient(t.url);
    await me.register();
    expect((await me.ok(`{ myConditions { relation } }`)).myConditions).toEqual([]);
    const set = await me.ok(SET, {
      i: { conditions: [{ conditionId: ids['asthma'], relation: 'self' }, { conditionId: ids['parkinsons-disease'], relation: 'carer' }, { conditionId: ids['asthma'], relation: 'self' }] },
    });
    expect(set.setMyConditions).toEqual([
      { relation: 'self', condition: { slug: 'asthma' } },
      { relation: 'carer', condition: { slug: 'parkinsons-disease' } },
    ]);
    // Editable later: the whole list is replaced.
    await me.ok(SET, { i: { conditions: [{ conditionId: ids['copd'], relation: 'self' }] } });
    expect((await me.ok(`{ myConditions { condition { slug } } }`)).myConditions).toEqual([{ condition: { slug: 'copd' } }]);

    // Another member sees their own (empty) list; a visitor must sign in.
    const other = new GqlClient(t.url);
    await other.register();
    expect((await other.ok(`{ myConditions { relation } }`)).myConditions).toEqual([]);
    expect(errorCode(await new GqlClient(t.url).gql(`{ myConditions { relation } }`))).toBe('UNAUTHENTICATED');
    expect(errorCode(await new GqlClient(t.url).gql(`{ suggestedGroups { relation } }`))).toBe('UNAUTHENTICATED');
  });

  it('refuses an unknown condition and a list over the limit, changing nothing', async () => {
    const me = new GqlClient(t.url);
    await me.register();
    await me.ok(SET, { i: { conditions: [{ conditionId: ids['asthma'], relation: 'self' }] } });
    const unknown = await me.gql(SET, { i: { conditions: [{ conditionId: '00000000-0000-4000-8000-000000000000', relation: 'self' }] } });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    const tooMany = await me.gql(SET, { i: { conditions: Array.from({ length: 13 }, () => ({ conditionId: ids['asthma'], relation: 'self' })) } });
    expect(errorCode(tooMany)).toBe('VALIDATION_FAILED');
    const badRelation = await me.gql(SET, { i: { conditions: [{ conditionId: ids['asthma'], relation: 'friend' }] } });
    expect(errorCode(badRelation)).toBeTruthy();
    expect((await me.ok(`{ myConditions { condition { slug } } }`)).myConditions).toEqual([{ condition: { slug: 'asthma' } }]);
  });

  it('suggests the groups for my conditions: carers’ groups first for a condition I care for, none for one I live with', async () => {
    const me = new GqlClient(t.url);
    await me.register();
    expect((await me.ok(SUGGESTED)).suggestedGroups).toEqual([]);
    await me.ok(SET, { i: { conditions: [{ conditionId: ids['parkinsons-disease'], relation: 'carer' }, { conditionId: ids['asthma'], relation: 'self' }] } });
    const suggested = (await me.ok(SUGGESTED)).suggestedGroups as { relation: string; group: { slug: string; forCarers: boolean; viewerMembership: null | { status: string } } }[];
    const slugs = suggested.map((s) => s.group.slug);
    expect(slugs[0]).toBe('carers-of-people-with-parkinsons');
    expect(suggested[0]).toMatchObject({ relation: 'carer', group: { forCarers: true } });
    expect(slugs).toContain('living-with-parkinsons');
    expect(slugs).toContain('living-with-asthma');
    expect(slugs.indexOf('living-with-parkinsons')).toBeLessThan(slugs.indexOf('living-with-asthma'));

    // Living with a condition does not suggest its carers' group; joining shows as a membership.
    await me.ok(SET, { i: { conditions: [{ conditionId: ids['parkinsons-disease'], relation: 'self' }] } });
    const mine = (await me.ok(SUGGESTED)).suggestedGroups as typeof suggested;
    expect(mine.map((s) => s.group.slug)).not.toContain('carers-of-people-with-parkinsons');
    expect(mine.every((s) => !s.group.forCarers)).toBe(true);
    const [{ id }] = await t.db.query(`SELECT id FROM groups WHERE slug = 'living-with-parkinsons'`);
    await me.ok(`mutation($g: ID!) { joinGroup(groupId: $g) { id } }`, { g: id });
    const after = (await me.ok(SUGGESTED)).suggestedGroups as typeof suggested;
    expect(after.find((s) => s.group.slug === 'living-with-parkinsons')?.group.viewerMembership).toEqual({ status: 'active' });
  });
});
