import { unzipSync, strFromU8 } from 'fflate';
import { chatSocket, connected, ask as emit, okAck } from '../../testing/chat-client';
import { errorCode, GqlClient } from '../../testing/gql-client';
import { promote } from '../../testing/promote';
import { startTestApp, TestApp } from '../../testing/test-app';
import { EXPORT_SECTIONS } from './data-export';

describe('sessions, data export and account deletion (integration)', () => {
  let t: TestApp;
  let mod: GqlClient;
  let other: GqlClient;
  let otherHandle: string;
  let group: string;

  async function makeGroup() {
    const slug = `a-${Math.random().toString(36).slice(2, 9)}`;
    const c = await mod.ok(`{ condition(slug: "asthma") { id } }`);
    return (
      await mod.ok(`mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`, {
        i: { conditionId: c.condition.id, slug, name: `Rights ${slug}`, description: '', visibility: 'public', allowAnonymous: true },
      })
    ).createGroup.id as string;
  }

  /** A member who has done one of everything Kindred can hold about them. */
  async function busyMember() {
    const me = new GqlClient(t.url);
    const account = await me.register();
    await me.ok(`mutation($g: ID!) { joinGroup(groupId: $g) { id } }`, { g: group });
    await me.ok(`mutation($g: ID!) { followGroup(groupId: $g, follow: true) }`, { g: group });
    const thread = (
      await me.ok(`mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`, {
        i: { groupId: group, kind: 'advice', title: `Pacing advice from ${account.handle}`, body: 'Rest before you are tired.', tags: [], anonymous: false },
      })
    ).startThread.id;
    await me.ok(`mutation($id: ID!, $i: ThreadContentInput!) { editThread(id: $id, input: $i) { id } }`, {
      id: thread,
      i: { title: `Pacing advice from ${account.handle}`, body: 'Rest before you are tired; plan the week.', tags: [] },
    });
    const otherThread = (
      await other.ok(`mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`, {
        i: { groupId: group, kind: 'question', title: 'How do you pace?', body: `Asking @${account.handle} and everyone.`, tags: [], anonymous: false },
      })
    ).startThread.id;
    const replyId = (await me.ok(`mutation($i: ReplyInput!) { reply(input: $i) { id } }`, { i: { threadId: otherThread, body: 'Little and often.', anonymous: false } })).reply.id;
    await me.ok(`mutation($id: ID!) { editReply(id: $id, body: "Little and often, with rests.") { id } }`, { id: replyId });
    await me.ok(`mutation { updateNotificationSettings(input: { enabledKinds: [reply, mention, helpful, join_decided, moderation], digest: weekly }) { digest } }`);
    await me.ok(`mutation($id: ID!) { markHelpful(target: thread, id: $id) { helpfulCount } }`, { id: otherThread });
    await me.ok(`mutation($id: ID!) { savePost(target: reply, id: $id, saved: true) }`, { id: replyId });
    await me.ok(`mutation($g: ID!) { markGroupRead(groupId: $g) }`, { g: group });
    const s = chatSocket(t.url, me);
    await connected(s);
    okAck(await emit(s, 'chat:send', { groupId: group, clientId: `c-${Date.now()}`, body: 'Hello from chat' }));
    s.disconnect();
    const ids = await me.ok(`{ condition(slug: "asthma") { id } intervention(slug: "salbutamol") { id } }`);
    await me.ok(`mutation($i: SetMyConditionsInput!) { setMyConditions(input: $i) { relation } }`, {
      i: { conditions: [{ conditionId: ids.condition.id, relation: 'self' }] },
    });
    await me.ok(`mutation($i: FileExperienceReportInput!) { fileExperienceReport(input: $i) { id } }`, {
      i: {
        conditionId: ids.condition.id,
        interventionId: ids.intervention.id,
        effectiveness: 'moderate',
        sideEffects: [{ name: 'tremor', severity: 'mild' }],
        adherence: 'mostly',
        burden: 'low',
        costBand: 'free',
        durationWeeks: 12,
        stillUsing: true,
        tips: 'Use a spacer.',
      },
    });
    await me.ok(`mutation { setConsent(purpose: clinician_insights, granted: true) { granted } }`);
    await me.ok(`mutation($u: ID!) { blockMember(userId: $u) { id } }`, { u: (await mod.ok(`{ me { id } }`)).me.id });
    await other.ok(`mutation($i: ReplyInput!) { reply(input: $i) { id } }`, { i: { threadId: thread, body: 'Thanks!', anonymous: false } });
    // A story of care, an organisation they answer for, and its response to the story.
    const story = (
      await me.ok(`mutation($i: ShareCareExperienceInput!) { shareCareExperience(input: $i) { id } }`, {
        i: { serviceKind: 'gp-practice', areaCode: 'E54000037', occurredOn: new Date().toISOString().slice(0, 7), whatWasGood: 'Quick appointment.', couldBeBetter: '', ratingSeen: 4, ratingListened: 4, ratingInvolved: 3 },
      })
    ).shareCareExperience.id as string;
    const org = (await me.ok(`mutation($i: ApplyForOrganisationInput!) { applyForOrganisation(input: $i) { id } }`, { i: { name: 'Busy GP Practice', serviceKind: 'gp-practice', areaCode: 'E54000037' } }))
      .applyForOrganisation.id;
    await t.db.query(`UPDATE organisations SET status = 'verified' WHERE id = $1`, [org]);
    await me.ok(`mutation($i: RespondToCareExperienceInput!) { respondToCareExperience(input: $i) { id } }`, {
      i: { experienceId: story, organisationId: org, body: 'Thanks for this.', changedSomething: false },
    });
    // Moderators keep copies of reported content: their thread, and them as a member.
    const report = `mutation($i: ReportInput!) { report(input: $i) { id } }`;
    const myId = (await me.ok(`{ me { id } }`)).me.id as string;
    await other.ok(report, { i: { targetType: 'thread', targetId: thread, reason: 'misinformation', note: `@${account.handle} says rest fixes everything` } });
    await other.ok(report, { i: { targetType: 'member', targetId: myId, reason: 'spam', note: 'Posts the same advice everywhere.' } });
    await new Promise((r) => setTimeout(r, 200)); // the reply's notification
    return { me, account, thread, otherThread, story };
  }

  async function exportOf(c: GqlClient): Promise<{ json: any; html: string; files: string[] }> {
    let e = (await c.ok(`mutation { requestDataExport { id status progress } }`)).requestDataExport;
    const started = Date.now();
    while (e.status !== 'ready') {
      if (e.status === 'failed' || Date.now() - started > 60_000) throw new Error(`export ${e.status}`);
      await new Promise((r) => setTimeout(r, 50));
      e = (await c.ok(`query($id: ID!) { dataExport(id: $id) { id status progress downloadUrl } }`, { id: e.id })).dataExport;
    }
    const res = await fetch(`${t.url}${e.downloadUrl}`, { headers: c.headers({ accept: 'text/html' }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    return { json: JSON.parse(strFromU8(files['kindred-data.json']!)), html: strFromU8(files['kindred-data.html']!), files: Object.keys(files).sort() };
  }

  /** Rows anywhere in the database whose text holds any of the needles. */
  async function tablesNaming(...needles: string[]): Promise<string[]> {
    const tables: { table_name: string }[] = await t.db.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('migrations')`,
    );
    const hits: string[] = [];
    for (const { table_name } of tables) {
      for (const n of needles) {
        const [{ c }] = await t.db.query(`SELECT count(*)::int AS c FROM "${table_name}" x WHERE x::text ILIKE $1`, [`%${n}%`]);
        if (c) hits.push(`${table_name} (${n})`);
      }
    }
    return hits;
  }

  beforeAll(async () => {
    t = await startTestApp({ SEARCH_RELAY_INTERVAL_MS: '50' });
    mod = new GqlClient(t.url);
    await promote(t.db, (await mod.register()).id, 'moderator');
    other = new GqlClient(t.url);
    otherHandle = (await other.register()).handle;
    group = await makeGroup();
    await other.ok(`mutation($g: ID!) { joinGroup(groupId: $g) { id } }`, { g: group });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lists a member’s sessions and ends one, which signs that device out and closes its sockets', async () => {
    const phone = new GqlClient(t.url);
    const acct = await phone.register();
    const laptop = new GqlClient(t.url);
    await laptop.signIn(acct.handle, acct.password);
    const sessions = (await laptop.ok(`{ mySessions { id device current lastSeenAt } }`)).mySessions;
    expect(sessions).toHaveLength(2);
    const phoneSession = sessions.find((s: { current: boolean }) => !s.current);
    const socket = chatSocket(t.url, phone);
    await connected(socket);
    const closed = new Promise((r) => socket.once('disconnect', r));
    expect(await laptop.ok(`mutation($id: ID!) { endSession(id: $id) }`, { id: phoneSession.id })).toEqual({ endSession: true });
    await closed;
    expect((await phone.ok(`{ me { id } }`)).me).toBeNull();
    expect((await laptop.ok(`{ mySessions { id } }`)).mySessions).toHaveLength(1);
    expect(errorCode(await other.gql(`mutation($id: ID!) { endSession(id: $id) }`, { id: sessions[0].id }))).toBe('NOT_FOUND');
  });

  it('exports every kind of record the member created, as JSON and as a readable page, only to them', async () => {
    const { me, account } = await busyMember();
    const { json, html, files } = await exportOf(me);
    expect(files).toEqual(['README.txt', 'kindred-data.html', 'kindred-data.json']);
    const empty = EXPORT_SECTIONS.map((s) => s.key).filter((k) => !json.sections[k]?.length);
    // Everything but what this member never did (propose an intervention, be muted, read a thread).
    expect(empty.sort()).toEqual(['chat_mutes', 'experience_report_revisions', 'interventions_proposed', 'thread_reads']);
    expect(json.sections.profile[0]).toMatchObject({ handle: account.handle, email: account.email });
    expect(json.sections.thread_revisions[0].body).toBe('Rest before you are tired.');
    expect(json.sections.notifications.map((n: { message: string }) => n.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('replied to your thread')]),
    );
    expect(html).toContain(`Everything Kindred holds about ${account.handle}`);
    expect(html).not.toMatch(/<script/i);
    // Nobody else can fetch it.
    const id = (await me.ok(`{ dataExports { id } }`)).dataExports[0].id;
    const stranger = await fetch(`${t.url}/account/exports/${id}`, { headers: other.headers() });
    expect(stranger.status).toBe(404);
    const anonymous = await fetch(`${t.url}/account/exports/${id}`);
    expect(anonymous.status).toBe(401);
  });

  it('refuses deletion with a wrong password, and keeps everything', async () => {
    const me = new GqlClient(t.url);
    await me.register();
    const r = await me.gql(`mutation { deleteAccount(input: { password: "wrong password here", content: keep_content }) }`);
    expect(errorCode(r)).toBe('INVALID_CREDENTIALS');
    expect((await me.ok(`{ me { id } }`)).me).not.toBeNull();
  });

  it('deletes an account keeping its posts under "former member", and then nothing names them', async () => {
    const { me, account, thread, otherThread, story } = await busyMember();
    const [{ id }] = await t.db.query(`SELECT id FROM users WHERE handle = $1`, [account.handle]);
    await me.ok(`mutation($p: String!) { deleteAccount(input: { password: $p, content: keep_content }) }`, { p: account.password });
    expect((await me.ok(`{ me { id } }`)).me).toBeNull();
    const kept = await other.ok(`query($id: ID!) { thread(id: $id) { title body authorLabel author { handle } } }`, { id: thread });
    expect(kept.thread).toMatchObject({ body: 'Rest before you are tired; plan the week.', authorLabel: 'former member', author: null });
    const mentioned = await other.ok(`query($id: ID!) { thread(id: $id) { body bodyHtml helpfulCount } }`, { id: otherThread });
    expect(mentioned.thread.body).toBe('Asking @former-member and everyone.');
    expect(mentioned.thread.helpfulCount).toBe(0);
    const keptStory = await other.ok(`query($id: ID!) { careExperience(id: $id) { authorLabel authorHandle responses { body } } }`, { id: story });
    expect(keptStory.careExperience).toEqual({ authorLabel: 'former member', authorHandle: null, responses: [{ body: 'Thanks for this.' }] });
    await new Promise((r) => setTimeout(r, 400)); // the search relay
    // The title held the handle (the member wrote it): kept content is theirs to keep or remove.
    const naming = (await tablesNaming(account.email, id)).filter((h) => !h.startsWith('audit_log'));
    expect(naming).toEqual([]);
    // Moderators' copies: the thread's keeps its words under "former member"; the report's note
    // no longer names them, and the case about the member themself is gone.
    const cases = await mod.ok(`{ moderationQueue(status: open, first: 50) { nodes { targetType targetId subjectLabel snapshot { title body authorLabel } reports { note } } } }`);
    const threadCase = cases.moderationQueue.nodes.find((c: { targetId: string }) => c.targetId === thread);
    expect(threadCase).toMatchObject({ subjectLabel: 'former member', snapshot: { body: 'Rest before you are tired; plan the week.', authorLabel: 'former member' } });
    expect(threadCase.reports).toEqual([{ note: '@former-member says rest fixes everything' }]);
    expect(JSON.stringify(cases)).not.toContain(`@${account.handle}`);
    const [{ n: memberCases }] = await t.db.query(`SELECT count(*)::int AS n FROM moderation_cases WHERE target_type = 'member' AND target_id = $1`, [id]);
    expect(memberCases).toBe(0);
    const [audit] = await t.db.query(`SELECT actor_id, target_id, details FROM audit_log WHERE action = 'account.delete' ORDER BY id DESC LIMIT 1`);
    expect(audit).toEqual({ actor_id: null, target_id: 'erased', details: { content: 'keep' } });
    expect(JSON.stringify(audit)).not.toContain(account.handle);
  });

  it('deletes an account removing its posts’ text, and then no table, index or export names them', async () => {
    const { me, account, thread, story } = await busyMember();
    const [{ id }] = await t.db.query(`SELECT id FROM users WHERE handle = $1`, [account.handle]);
    await me.ok(`mutation($p: String!) { deleteAccount(input: { password: $p, content: remove_content }) }`, { p: account.password });
    const gone = await other.ok(`query($id: ID!) { thread(id: $id) { isDeleted body authorLabel } }`, { id: thread });
    expect(gone.thread).toMatchObject({ isDeleted: true, body: '', authorLabel: 'former member' });
    expect(errorCode(await other.gql(`query($id: ID!) { careExperience(id: $id) { id } }`, { id: story }))).toBe('NOT_FOUND');
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM organisation_members m JOIN users u ON u.id = m.user_id WHERE u.handle = $1`, [account.handle]);
    expect(n).toBe(0);
    const started = Date.now();
    while ((await tablesNaming(account.handle)).length && Date.now() - started < 5_000) await new Promise((r) => setTimeout(r, 100));
    expect(await tablesNaming(account.handle, account.email, id)).toEqual([]);
    // Their words are gone from moderators' copies too; the cases and what was decided stay.
    const copies: { snapshot: object; reports: object[] }[] = await t.db.query(
      `SELECT c.snapshot, (SELECT json_agg(r.snapshot) FROM content_reports r WHERE r.case_id = c.id) AS reports FROM moderation_cases c WHERE c.target_id = $1`,
      [thread],
    );
    expect(copies).toHaveLength(1);
    for (const copy of [copies[0].snapshot, ...copies[0].reports]) expect(copy).toMatchObject({ title: '[deleted]', body: '', authorLabel: 'former member' });
    const search = await other.ok(`query($q: String!) { search(input: { query: $q }) { total } }`, { q: account.handle });
    expect(search.search.total).toBe(0);
    const theirs = await exportOf(other);
    expect(JSON.stringify(theirs.json)).not.toContain(account.handle);
    expect(otherHandle).toBeTruthy();
  });
});
