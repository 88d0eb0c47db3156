import { errorCode, GqlClient } from '../../testing/gql-client';
import { promote } from '../../testing/promote';
import { startTestApp, TestApp } from '../../testing/test-app';

const GROUP = `query($slug: String!) { group(slug: $slug) { id name visibility memberCount viewerCanModerate viewerMembership { id status role } condition { slug } } }`;
const MEMBERS = `query($slug: String!) { group(slug: $slug) { members(first: 50) { totalCount nodes { role member { handle } } } } }`;
const REQUESTS = `query($slug: String!) { group(slug: $slug) { joinRequests { totalCount nodes { id member { handle } } } } }`;
const JOIN = `mutation($id: ID!) { joinGroup(groupId: $id) { id status role } }`;
const LEAVE = `mutation($id: ID!) { leaveGroup(groupId: $id) }`;
const DECIDE = `mutation($id: ID!, $approve: Boolean!) { decideJoinRequest(requestId: $id, approve: $approve) { id status } }`;

describe('condition groups (integration)', () => {
  let t: TestApp;
  let admin: GqlClient;
  let conditionId: string;

  /** A fresh group, opened by a site moderator who becomes its first group moderator. */
  async function openGroup(visibility: 'public' | 'private') {
    const slug = `g-${visibility}-${Math.random().toString(36).slice(2, 8)}`;
    const data = await admin.ok(
      `mutation($i: CreateGroupInput!) { createGroup(input: $i) { id slug } }`,
      { i: { conditionId, slug, name: `Test ${slug}`, description: 'A test group', visibility, allowAnonymous: false } },
    );
    return data.createGroup as { id: string; slug: string };
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = new GqlClient(t.url);
    const a = await admin.register();
    await promote(t.db, a.id, 'admin');
    const c = await admin.ok(`{ condition(slug: "type-2-diabetes") { id } }`);
    conditionId = c.condition.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets anyone join a public group at once and keeps the member count true', async () => {
    const g = await openGroup('public');
    const m = new GqlClient(t.url);
    await m.register();
    const joined = await m.ok(JOIN, { id: g.id });
    expect(joined.joinGroup).toMatchObject({ status: 'active', role: 'member' });
    const after = await m.ok(GROUP, { slug: g.slug });
    expect(after.group.memberCount).toBe(2);
    expect(after.group.viewerMembership.status).toBe('active');
    expect(errorCode(await m.gql(JOIN, { id: g.id }))).toBe('ALREADY_MEMBER');
    expect((await m.ok(LEAVE, { id: g.id })).leaveGroup).toBe(true);
    expect((await m.ok(GROUP, { slug: g.slug })).group).toMatchObject({ memberCount: 1, viewerMembership: null });
    expect(errorCode(await m.gql(LEAVE, { id: g.id }))).toBe('NOT_A_MEMBER');
  });

  it('turns joining a private group into a request that a group moderator approves', async () => {
    const g = await openGroup('private');
    const m = new GqlClient(t.url);
    const { handle } = await m.register();
    const req = await m.ok(JOIN, { id: g.id });
    expect(req.joinGroup.status).toBe('pending');
    expect((await m.ok(GROUP, { slug: g.slug })).group.memberCount).toBe(1);

    // A pending member still cannot see the member list.
    expect(errorCode(await m.gql(MEMBERS, { slug: g.slug }))).toBe('FORBIDDEN');
    // Nor can they approve themselves.
    expect(errorCode(await m.gql(DECIDE, { id: req.joinGroup.id, approve: true }))).toBe('FORBIDDEN');
    expect(errorCode(await m.gql(REQUESTS, { slug: g.slug }))).toBe('FORBIDDEN');

    const pending = await admin.ok(REQUESTS, { slug: g.slug });
    expect(pending.group.joinRequests.nodes.map((n: { member: { handle: string } }) => n.member.handle)).toEqual([handle]);
    const decided = await admin.ok(DECIDE, { id: req.joinGroup.id, approve: true });
    expect(decided.decideJoinRequest.status).toBe('active');
    expect(errorCode(await admin.gql(DECIDE, { id: req.joinGroup.id, approve: false }))).toBe('JOIN_REQUEST_NOT_PENDING');

    const members = await m.ok(MEMBERS, { slug: g.slug });
    expect(members.group.members.totalCount).toBe(2);
    expect((await m.ok(GROUP, { slug: g.slug })).group.memberCount).toBe(2);
  });

  it('a declined member is not let in and may ask again', async () => {
    const g = await openGroup('private');
    const m = new GqlClient(t.url);
    await m.register();
    const req = await m.ok(JOIN, { id: g.id });
    await admin.ok(DECIDE, { id: req.joinGroup.id, approve: false });
    expect((await m.ok(GROUP, { slug: g.slug })).group.viewerMembership.status).toBe('declined');
    expect(errorCode(await m.gql(MEMBERS, { slug: g.slug }))).toBe('FORBIDDEN');
    expect((await m.ok(JOIN, { id: g.id })).joinGroup.status).toBe('pending');
  });

  it('a non-member cannot read a private group’s members, by any route', async () => {
    const g = await openGroup('private');
    const insider = new GqlClient(t.url);
    const { handle } = await insider.register();
    const r = await insider.ok(JOIN, { id: g.id });
    await admin.ok(DECIDE, { id: r.joinGroup.id, approve: true });

    const outsider = new GqlClient(t.url);
    await outsider.register();
    const direct = await outsider.gql(MEMBERS, { slug: g.slug });
    expect(errorCode(direct)).toBe('FORBIDDEN');
    expect(JSON.stringify(direct)).not.toContain(handle);
    // Through the group list and through the condition: no member names either.
    const viaList = await outsider.gql(
      `{ groups(conditionSlug: "type-2-diabetes", first: 30) { nodes { slug members(first: 5) { nodes { member { handle } } } } } }`,
    );
    expect(JSON.stringify(viaList)).not.toContain(handle);
    expect(errorCode(viaList)).toBe('FORBIDDEN');
    // A visitor who is not signed in sees no member list at all, even of a public group.
    const visitor = new GqlClient(t.url);
    const pub = await openGroup('public');
    expect(errorCode(await visitor.gql(MEMBERS, { slug: pub.slug }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await visitor.gql(MEMBERS, { slug: g.slug }))).toBe('UNAUTHENTICATED');
    // The outsider cannot approve anyone either.
    const another = new GqlClient(t.url);
    await another.register();
    const pendingReq = await another.ok(JOIN, { id: g.id });
    expect(errorCode(await outsider.gql(DECIDE, { id: pendingReq.joinGroup.id, approve: true }))).toBe('FORBIDDEN');
  });

  it('group moderators appoint moderators; the last one cannot leave while others remain', async () => {
    const g = await openGroup('public');
    const m = new GqlClient(t.url);
    const { handle } = await m.register();
    await m.ok(JOIN, { id: g.id });
    const SET = `mutation($g: ID!, $h: String!, $on: Boolean!) { setGroupModerator(groupId: $g, handle: $h, moderator: $on) { role member { handle } } }`;
    expect(errorCode(await m.gql(SET, { g: g.id, h: handle, on: true }))).toBe('FORBIDDEN');
    expect(errorCode(await admin.gql(LEAVE, { id: g.id }))).toBe('LAST_GROUP_MODERATOR');
    const set = await admin.ok(SET, { g: g.id, h: handle, on: true });
    expect(set.setGroupModerator.role).toBe('moderator');
    expect((await m.ok(GROUP, { slug: g.slug })).group.viewerCanModerate).toBe(true);
    expect((await admin.ok(LEAVE, { id: g.id })).leaveGroup).toBe(true);
  });

  it('only site moderators and admins open groups; members cannot', async () => {
    const m = new GqlClient(t.url);
    await m.register();
    const r = await m.gql(`mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`, {
      i: { conditionId, slug: 'sneaky-group', name: 'Sneaky', description: '', visibility: 'public', allowAnonymous: false },
    });
    expect(errorCode(r)).toBe('FORBIDDEN');
    expect(errorCode(await m.gql(JOIN, { id: 'not-a-uuid' }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await new GqlClient(t.url).gql(JOIN, { id: conditionId }))).toBe('UNAUTHENTICATED');
  });

  it('pages through a list with cursors and refuses over-long pages', async () => {
    const visitor = new GqlClient(t.url);
    const first = await visitor.ok(`{ groups(first: 5) { totalCount pageInfo { hasNextPage endCursor } nodes { slug } } }`);
    expect(first.groups.nodes).toHaveLength(5);
    expect(first.groups.pageInfo.hasNextPage).toBe(true);
    const next = await visitor.ok(`query($a: String) { groups(first: 5, after: $a) { nodes { slug } } }`, {
      a: first.groups.pageInfo.endCursor,
    });
    const overlap = next.groups.nodes.filter((n: { slug: string }) => first.groups.nodes.some((f: { slug: string }) => f.slug === n.slug));
    expect(overlap).toEqual([]);
    expect(errorCode(await visitor.gql(`{ groups(first: 101) { totalCount } }`))).toBe('PAGE_SIZE_TOO_LARGE');
    expect(errorCode(await visitor.gql(`{ groups(after: "garbage") { totalCount } }`))).toBe('INVALID_CURSOR');
  });
});
