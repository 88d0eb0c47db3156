import { randomUUID } from 'node:crypto';
import { ask, chatSocket, connected, type ChatSocket } from '../../testing/chat-client';
import { errorCode, GqlClient } from '../../testing/gql-client';
import { promote } from '../../testing/promote';
import { searchIndexed } from '../../testing/search-index';
import { startTestApp, TestApp } from '../../testing/test-app';
import { WITHHELD_NOTIFICATION } from '../notifications/notifications.service';

/**
 * The trust layer's findings, one test each: every path an attacker's probe found where the
 * access rules disagreed, tried again the way the probe did. Each failed before the access
 * module and passes with it.
 */
describe('trust findings: private stays private, anonymous stays anonymous (integration)', () => {
  let t: TestApp;
  let mod: GqlClient; // moderates the groups made here (site member, group moderator)
  let site: GqlClient; // site moderator
  let conditionId: string;

  const THREAD = `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`;
  const REPLY = `mutation($i: ReplyInput!) { reply(input: $i) { id } }`;
  const start = async (c: GqlClient, groupId: string, title: string, body: string, anonymous = false) =>
    (await c.ok(THREAD, { i: { groupId, kind: 'story', title, body, tags: [], anonymous } })).startThread.id as string;
  const reply = async (c: GqlClient, threadId: string, body: string, anonymous = false) =>
    (await c.ok(REPLY, { i: { threadId, body, anonymous } })).reply.id as string;
  const join = (c: GqlClient, groupId: string) => c.gql(`mutation($g: ID!) { joinGroup(groupId: $g) { status } }`, { g: groupId });
  const settle = () => new Promise((r) => setTimeout(r, 300));

  async function group(visibility: 'public' | 'private', allowAnonymous = true) {
    const slug = `trust-${randomUUID().slice(0, 8)}`;
    const { createGroup } = await site.ok(`mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`, {
      i: { conditionId, slug, name: `Trust ${slug}`, description: '', visibility, allowAnonymous },
    });
    // The site moderator hands the group to `mod`.
    await mod.ok(`mutation($g: ID!) { joinGroup(groupId: $g) { status } }`, { g: createGroup.id }).catch(() => undefined);
    if (visibility === 'private') {
      const [{ id }] = await t.db.query(`SELECT m.id FROM group_memberships m JOIN users u ON u.id = m.user_id WHERE m.group_id = $1 AND m.status = 'pending'`, [createGroup.id]);
      await site.ok(`mutation($r: ID!) { decideJoinRequest(requestId: $r, approve: true) { status } }`, { r: id });
    }
    const modHandle = (await mod.ok(`{ me { handle } }`)).me.handle;
    await site.ok(`mutation($g: ID!, $h: String!) { setGroupModerator(groupId: $g, handle: $h, moderator: true) { role } }`, { g: createGroup.id, h: modHandle });
    return { id: createGroup.id as string, slug };
  }

  async function member(groupId?: string) {
    const c = new GqlClient(t.url);
    const me = await c.register();
    if (groupId) {
      const r = await join(c, groupId);
      if (r.data?.joinGroup.status === 'pending') {
        const [{ id }] = await t.db.query(`SELECT id FROM group_memberships WHERE group_id = $1 AND user_id = $2`, [groupId, me.id]);
        await mod.ok(`mutation($r: ID!) { decideJoinRequest(requestId: $r, approve: true) { status } }`, { r: id });
      }
    }
    return { c, ...me };
  }

  beforeAll(async () => {
    t = await startTestApp({ SEARCH_RELAY_INTERVAL_MS: '50' });
    site = new GqlClient(t.url);
    await promote(t.db, (await site.register()).id, 'moderator');
    mod = new GqlClient(t.url);
    await mod.register();
    conditionId = (await site.ok(`{ condition(slug: "asthma") { id } }`)).condition.id;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('a mute of an anonymous post’s author names nobody: not in chatMutes, not in the audit log', async () => {
    const g = await group('public');
    const x = await member(g.id);
    const thread = await start(x.c, g.id, 'An anonymous worry about inhalers', 'Posted without my name', true);
    await mod.ok(
      `mutation($i: ModerationActionInput!) { moderate(input: $i) { id } }`,
      { i: { action: 'mute', targetType: 'thread', targetId: thread, durationHours: 2, reason: 'Cooling off for two hours' } },
    );
    const { chatMutes } = await mod.ok(`query($g: ID!) { chatMutes(groupId: $g) { id userId handle label caseId reason } }`, { g: g.id });
    expect(chatMutes).toHaveLength(1);
    expect(chatMutes[0]).toMatchObject({ userId: null, handle: null, label: 'author of an anonymous post' });
    expect(chatMutes[0].caseId).toBeTruthy();
    const log = await mod.ok(`query($g: ID!) { auditLog(groupId: $g, first: 50) { nodes { action targetType targetId reason actorLabel } } }`, { g: g.id });
    expect(log.auditLog.nodes.map((n: { action: string }) => n.action)).toContain('member.mute');
    // Nor in what the log keeps behind the API.
    const stored = await t.db.query(`SELECT target_id, details FROM audit_log WHERE details->>'groupId' = $1`, [g.id]);
    for (const text of [JSON.stringify(log), JSON.stringify(stored)]) {
      expect(text).not.toContain(x.id);
      expect(text).not.toContain(x.handle);
    }
    // Still muted, and told so privately.
    expect(errorCode(await x.c.gql(REPLY, { i: { threadId: thread, body: 'Am I muted?', anonymous: true } }))).toBe('MUTED');
    // Ended by the mute's id, as the moderator knows it.
    expect((await mod.ok(`mutation($i: UnmuteInput!) { unmuteChatMember(input: $i) }`, { i: { groupId: g.id, muteId: chatMutes[0].id, reason: 'Done' } })).unmuteChatMember).toBe(true);
  });

  it('blocks never decide who hears about an anonymous post or mention (a missing notice would name its author)', async () => {
    const g = await group('public');
    const a = await member(g.id);
    const c = await member(g.id);
    const x = await member(g.id);
    const y = await member(g.id);
    await a.c.ok(`mutation($g: ID!) { followGroup(groupId: $g, follow: true) }`, { g: g.id });
    await a.c.ok(`mutation($u: ID!) { blockMember(userId: $u) { id } }`, { u: x.id });
    const thread = await start(c.c, g.id, 'Night-time coughing and what helps', 'Ideas welcome');
    await reply(x.c, thread, `Anonymous idea, @${a.handle}`, true);
    await reply(y.c, thread, `Another anonymous idea, @${a.handle}`, true);
    await start(x.c, g.id, 'An anonymous question from one member', 'Asked without a name', true);
    await start(y.c, g.id, 'An anonymous question from another member', 'Asked without a name', true);
    await settle();
    const { notifications } = await a.c.ok(`{ notifications(first: 20) { nodes { kind message } } }`);
    const kinds = notifications.nodes.map((n: { kind: string }) => n.kind).sort();
    // The same for X (blocked) as for Y: a mention and a new thread each (and C's new thread).
    expect(kinds).toEqual(['mention', 'mention', 'new_thread', 'new_thread', 'new_thread']);
    expect(JSON.stringify(notifications)).not.toContain(x.handle);
    // A named post by X still never reaches A.
    await reply(x.c, thread, `A named idea, @${a.handle}`);
    await settle();
    expect((await a.c.ok(`{ notifications(first: 20) { totalCount } }`)).notifications.totalCount).toBe(5);
  });

  it('a what-works report never ties an anonymous thread to a named one', async () => {
    const g = await group('public');
    const x = await member(g.id);
    const anon = await start(x.c, g.id, 'Anonymous: my preventer inhaler story', 'Said without my name', true);
    const named = await start(x.c, g.id, 'Named: my preventer inhaler story', 'Said with my name');
    const { interventions } = await x.c.ok(`{ interventions(conditionSlug: "asthma", first: 1) { nodes { id } } }`);
    const FILE = `mutation($i: FileExperienceReportInput!) { fileExperienceReport(input: $i) { id } }`;
    const answers = { effectiveness: 'moderate', sideEffects: [], adherence: 'mostly', burden: 'low', costBand: 'free', durationWeeks: 10, stillUsing: true, tips: 'Rinse after use' };
    const report = (await x.c.ok(FILE, { i: { ...answers, conditionId, interventionId: interventions.nodes[0].id, threadId: anon } })).fileExperienceReport.id;
    const link = await x.c.gql(`mutation($r: ID!, $t: ID!) { linkExperienceReport(reportId: $r, threadId: $t) { id } }`, { r: report, t: named });
    expect(errorCode(link)).toBe('REPORT_ANONYMITY_MIX');
    // Links made before the rule (written straight to the table) still tie nothing together.
    await t.db.query(`INSERT INTO thread_experience_reports (thread_id, report_id) VALUES ($1, $2)`, [named, report]);
    const visitor = new GqlClient(t.url);
    const viaAnon = await visitor.ok(`query($id: ID!) { thread(id: $id) { experienceReports { id threadIds } } }`, { id: anon });
    expect(viaAnon.thread.experienceReports).toEqual([{ id: report, threadIds: [] }]);
    const viaNamed = await visitor.ok(`query($id: ID!) { thread(id: $id) { experienceReports { id } } }`, { id: named });
    expect(viaNamed.thread.experienceReports).toEqual([]);
    const direct = await visitor.ok(`query($id: ID!) { experienceReport(id: $id) { threadIds } }`, { id: report });
    expect(direct.experienceReport.threadIds).toEqual([]);
    // Its author still sees both.
    const own = await x.c.ok(`query($id: ID!) { experienceReport(id: $id) { threadIds } }`, { id: report });
    expect(own.experienceReport.threadIds.sort()).toEqual([anon, named].sort());
  });

  it('a private group made public keeps its past members-only, and leaving allowAnonymous out changes nothing', async () => {
    const g = await group('private', true);
    const m = await member(g.id);
    const marker = `qzprivhist${randomUUID().slice(0, 6)}`;
    const old = await start(m.c, g.id, `Written while private ${marker}`, `Only members should ever read ${marker}`);
    await reply(m.c, old, `A private reply ${marker}`);
    await mod.ok(`mutation($g: ID!, $i: UpdateGroupInput!) { updateGroup(groupId: $g, input: $i) { visibility allowAnonymous } }`, {
      g: g.id,
      i: { visibility: 'public' },
    });
    const after = await mod.ok(`query($s: String!) { group(slug: $s) { visibility allowAnonymous } }`, { s: g.slug });
    expect(after.group).toEqual({ visibility: 'public', allowAnonymous: true });
    const fresh = await start(m.c, g.id, 'Written once it was public', 'Anyone may read this now');
    const visitor = new GqlClient(t.url);
    const outsider = (await member()).c;
    for (const c of [visitor, outsider]) {
      expect(errorCode(await c.gql(`query($id: ID!) { thread(id: $id) { title } }`, { id: old }))).toBe('FORBIDDEN');
      const list = await c.ok(`query($g: ID!) { threads(groupId: $g, first: 50) { totalCount nodes { id } } }`, { g: g.id });
      expect(list.threads.nodes.map((n: { id: string }) => n.id)).toEqual([fresh]);
      expect(list.threads.totalCount).toBe(1);
    }
    await searchIndexed(t.db);
    for (const c of [visitor, outsider]) {
      expect((await c.ok(`query($q: String!) { search(input: { query: $q }) { total } }`, { q: marker })).search.total).toBe(0);
    }
    expect((await m.c.ok(`query($q: String!) { search(input: { query: $q }) { total } }`, { q: marker })).search.total).toBe(2);
    // Who belonged while it was private stays among members.
    const members = await outsider.ok(`query($s: String!) { group(slug: $s) { members(first: 50) { nodes { member { id } } } } }`, { s: g.slug });
    expect(members.group.members.nodes.map((n: { member: { id: string } }) => n.member.id)).not.toContain(m.id);
    expect((await m.c.ok(`query($id: ID!) { thread(id: $id) { title } }`, { id: old })).thread.title).toContain(marker);
  });

  it('after a block, the blocker’s threads are not there for the other: no title, no “Re:” search hit, no reply', async () => {
    const g = await group('public');
    const a = await member(g.id);
    const b = await member(g.id);
    const c = await member(g.id);
    const marker = `qzblocktitle${randomUUID().slice(0, 6)}`;
    const thread = await start(a.c, g.id, `A’s private-feeling title ${marker}`, 'Body text');
    await reply(c.c, thread, 'A reply by someone else entirely');
    await a.c.ok(`mutation($u: ID!) { blockMember(userId: $u) { id } }`, { u: b.id });
    await searchIndexed(t.db);
    expect(errorCode(await b.c.gql(`query($id: ID!) { thread(id: $id) { title } }`, { id: thread }))).toBe('NOT_FOUND');
    expect(errorCode(await b.c.gql(REPLY, { i: { threadId: thread, body: 'Can I still answer?', anonymous: false } }))).toBe('NOT_FOUND');
    // Nor A's replies in someone else's thread.
    const elsewhere = await start(c.c, g.id, 'A third member asks something', 'Anyone?');
    const aReply = await reply(a.c, elsewhere, 'A answers here');
    const answer = await b.c.gql(REPLY, { i: { threadId: elsewhere, parentId: aReply, body: 'Answering A', anonymous: false } });
    expect(errorCode(answer)).toBe('NOT_FOUND');
    const found = await b.c.ok(`query($q: String!) { search(input: { query: $q }) { total hits { title } } }`, { q: marker });
    expect(found.search.total).toBe(0);
    expect(JSON.stringify(found)).not.toContain(marker);
    // The other way round too: A does not find B's, and a third member finds both.
    expect((await c.c.ok(`query($q: String!) { search(input: { query: $q }) { total } }`, { q: marker })).search.total).toBe(2);
  });

  it('a former member’s notifications stop quoting the private group’s titles', async () => {
    const g = await group('private');
    const m = await member(g.id);
    const other = await member(g.id);
    const marker = `qzexmember${randomUUID().slice(0, 6)}`;
    const thread = await start(m.c, g.id, `Private title ${marker}`, 'Private body');
    await reply(other.c, thread, 'A private reply');
    await settle();
    const before = await m.c.ok(`{ notifications(first: 5) { nodes { message url } } }`);
    expect(JSON.stringify(before)).toContain(marker);
    await m.c.ok(`mutation($g: ID!) { leaveGroup(groupId: $g) }`, { g: g.id });
    const after = await m.c.ok(`{ notifications(first: 5) { totalCount nodes { message url } } }`);
    expect(JSON.stringify(after)).not.toContain(marker);
    expect(after.notifications.nodes[0]).toEqual({ message: WITHHELD_NOTIFICATION, url: '/notifications' });
  });

  it('search counts in the cost limit: a request of many aliased searches is refused', async () => {
    const visitor = new GqlClient(t.url);
    const aliases = Array.from({ length: 40 }, (_, i) => `s${i}: search(input: { query: "asthma" }) { total }`).join('\n');
    expect(errorCode(await visitor.gql(`{ ${aliases} }`))).toBe('QUERY_TOO_COMPLEX');
    const few = Array.from({ length: 3 }, (_, i) => `s${i}: search(input: { query: "asthma" }) { total }`).join('\n');
    expect((await visitor.gql(`{ ${few} }`)).errors).toBeUndefined();
  });

  it('refuses NUL, other control characters, bidirectional overrides and invisible-only text, in any argument and in chat', async () => {
    const g = await group('public');
    const m = await member(g.id);
    const invalid = async (query: string, variables: Record<string, unknown>) => {
      const r = await m.c.gql(query, variables);
      expect(errorCode(r)).toBe('VALIDATION_FAILED');
      expect(r.errors?.[0]?.extensions?.fields?.[0]?.code).toBe('INVALID_CHARACTERS');
    };
    await invalid(`query($q: String!) { search(input: { query: $q }) { total } }`, { q: 'asth\u0000ma' });
    await invalid(`query($f: String!) { conditions(filter: $f) { totalCount } }`, { f: 'diab\u0000' });
    await invalid(`query($h: String!) { member(handle: $h) { handle } }`, { h: 'sam\u0000' });
    await invalid(THREAD, { i: { groupId: g.id, kind: 'story', title: '\u200b\u200b\u200b\u200b\u200b\u200b', body: 'Body', tags: [], anonymous: false } });
    await invalid(THREAD, { i: { groupId: g.id, kind: 'story', title: 'A fair title', body: 'Looks fine \u202etxt.exe', tags: [], anonymous: false } });
    await invalid(THREAD, { i: { groupId: g.id, kind: 'story', title: 'A bell\u0007 in it', body: 'Body', tags: [], anonymous: false } });
    // Line breaks, tabs, right-to-left marks and emoji with joiners are ordinary text.
    await start(m.c, g.id, 'Family 👨‍👩‍👧 and \u200fمرحبا', 'Line one\n\tLine two');
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM threads WHERE group_id = $1`, [g.id]);
    expect(n).toBe(1);

    const socket: ChatSocket = chatSocket(t.url, m.c);
    try {
      await connected(socket);
      await ask(socket, 'chat:join', { groupId: g.id });
      for (const body of ['hello\u0000', '\u2066hidden\u2069', '\u200b\u200c\u200d']) {
        const ack = await ask(socket, 'chat:send', { groupId: g.id, clientId: randomUUID(), body });
        expect(ack).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      }
      const [{ stored }] = await t.db.query(`SELECT count(*)::int AS stored FROM chat_messages WHERE group_id = $1`, [g.id]);
      expect(stored).toBe(0);
    } finally {
      socket.close();
    }
  });

  it('a member removed from a public group cannot walk back in: joining again is a request a moderator decides', async () => {
    const g = await group('public');
    const m = await member(g.id);
    await mod.ok(`mutation($g: ID!, $u: ID!) { removeGroupMember(groupId: $g, userId: $u, input: { reason: "Repeated harassment" }) }`, { g: g.id, u: m.id });
    expect((await join(m.c, g.id)).data?.joinGroup.status).toBe('pending');
    expect(errorCode(await m.c.gql(THREAD, { i: { groupId: g.id, kind: 'story', title: 'Back again?', body: 'Hello', tags: [], anonymous: false } }))).toBe('NOT_A_MEMBER');
    // Withdrawing the request leaves them removed, not free to join.
    await m.c.ok(`mutation($g: ID!) { leaveGroup(groupId: $g) }`, { g: g.id });
    expect((await join(m.c, g.id)).data?.joinGroup.status).toBe('pending');
    const [{ id }] = await t.db.query(`SELECT id FROM group_memberships WHERE group_id = $1 AND user_id = $2`, [g.id, m.id]);
    await mod.ok(`mutation($r: ID!) { decideJoinRequest(requestId: $r, approve: true) { status } }`, { r: id });
    const ability = await m.c.ok(`query($s: String!) { group(slug: $s) { viewerCanPost viewerCanRead viewerMembership { status } } }`, { s: g.slug });
    expect(ability.group).toEqual({ viewerCanPost: true, viewerCanRead: true, viewerMembership: { status: 'active' } });
  });

  it('wrong passwords from one network do not lock the owner out of their own account', async () => {
    const owner = new GqlClient(t.url);
    const me = await owner.register();
    const attacker = new GqlClient(t.url);
    for (let i = 0; i < 5; i++) await attacker.gql(`mutation($i: SignInInput!) { signIn(input: $i) { id } }`, { i: { login: me.handle, password: 'not-the-password' } });
    expect(errorCode(await attacker.gql(`mutation($i: SignInInput!) { signIn(input: $i) { id } }`, { i: { login: me.handle, password: me.password } }))).toBe(
      'TOO_MANY_REQUESTS',
    );
    const elsewhere = new GqlClient(t.url);
    expect((await elsewhere.gql(`mutation($i: SignInInput!) { signIn(input: $i) { id } }`, { i: { login: me.handle, password: me.password } })).errors).toBeUndefined();
  });

  it('clinician activity counts leave out hidden posts, and show a zero like 1–7', async () => {
    const g = await group('public');
    const clinician = new GqlClient(t.url);
    await promote(t.db, (await clinician.register({ asClinician: true })).id, 'clinician');
    const posters = await Promise.all(Array.from({ length: 8 }, () => member(g.id)));
    const threads: string[] = [];
    for (const p of posters) {
      await p.c.ok(`mutation { setConsent(purpose: clinician_insights, granted: true) { granted } }`);
      threads.push(await start(p.c, g.id, 'How is everyone’s breathing this week?', 'Mine is better'));
    }
    const now = new Date();
    const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - ((now.getUTCDay() + 6) % 7)));
    const from = new Date(monday.getTime() - 7 * 86_400_000).toISOString();
    const to = new Date(monday.getTime() + 6 * 86_400_000).toISOString();
    const weeks = async () =>
      (
        await clinician.ok(`query($f: DateTime!, $t: DateTime!) { conditionInsights(condition: "asthma", from: $f, to: $t) { activity { weekStart threads { value suppressed } } } }`, {
          f: from,
          t: to,
        })
      ).conditionInsights.activity as { weekStart: string; threads: { value: number | null; suppressed: boolean } }[];
    let [last, current] = await weeks();
    expect(current!.threads).toEqual({ value: 10, suppressed: false }); // 8, rounded to 5
    expect(last!.threads).toEqual({ value: null, suppressed: true }); // a true zero looks like 1–7
    await site.ok(`mutation($i: ModerationActionInput!) { moderate(input: $i) { id } }`, {
      i: { action: 'hide', targetType: 'thread', targetId: threads[0], reason: 'Hidden for the insights test' },
    });
    [last, current] = await weeks();
    expect(current!.threads).toEqual({ value: null, suppressed: true }); // 7 visible posts
  });

  it('the API says what the viewer may do in a group, from the same rules it enforces', async () => {
    const g = await group('private');
    const m = await member(g.id);
    const outsider = (await member()).c;
    const q = `query($s: String!) { group(slug: $s) { viewerCanRead viewerCanPost viewerCanModerate } }`;
    expect((await new GqlClient(t.url).ok(q, { s: g.slug })).group).toEqual({ viewerCanRead: false, viewerCanPost: false, viewerCanModerate: false });
    expect((await outsider.ok(q, { s: g.slug })).group).toEqual({ viewerCanRead: false, viewerCanPost: false, viewerCanModerate: false });
    expect((await m.c.ok(q, { s: g.slug })).group).toEqual({ viewerCanRead: true, viewerCanPost: true, viewerCanModerate: false });
    expect((await mod.ok(q, { s: g.slug })).group).toEqual({ viewerCanRead: true, viewerCanPost: true, viewerCanModerate: true });
    expect((await site.ok(q, { s: g.slug })).group).toEqual({ viewerCanRead: true, viewerCanPost: true, viewerCanModerate: true });
  });
});
