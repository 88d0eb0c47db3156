import { errorCode, GqlClient } from '../../testing/gql-client';
import { promote } from '../../testing/promote';
import { startTestApp, TestApp } from '../../testing/test-app';

const HOME = `query($filter: HomeThreadFilter, $first: Int, $after: String) {
  homeThreads(filter: $filter, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { newReplyCount isNew viewerFollows viewerLastReadAt thread { id title authorLabel group { slug } } }
  }
}`;
const GROUPS = `{ homeGroups { unreadCount group { id name } } }`;
const THREAD = `query($id: ID!) { thread(id: $id) { id viewerLastReadAt viewerFollows viewerSaved replies { nodes { id isNew viewerSaved } } } }`;
const START = `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`;
const REPLY = `mutation($i: ReplyInput!) { reply(input: $i) { id } }`;

type HomeNode = { newReplyCount: number; isNew: boolean; viewerFollows: boolean; viewerLastReadAt: string | null; thread: { id: string; title: string; authorLabel: string } };

describe('the member home, read state, follows and saved posts (integration)', () => {
  let t: TestApp;
  let mod: GqlClient;
  let ana: GqlClient;
  let ben: GqlClient;
  let cat: GqlClient;
  let outsider: GqlClient;
  const ids: Record<string, string> = {};
  const creds: Record<string, { email: string; password: string }> = {};
  let publicGroup: string;
  let privateGroup: string;
  let otherGroup: string;

  async function group(visibility: 'public' | 'private', name: string) {
    const slug = `h-${Math.random().toString(36).slice(2, 9)}`;
    const c = await mod.ok(`{ condition(slug: "copd") { id } }`);
    const g = await mod.ok(`mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`, {
      i: { conditionId: c.condition.id, slug, name, description: '', visibility, allowAnonymous: true },
    });
    return g.createGroup.id as string;
  }
  async function join(c: GqlClient, groupId: string) {
    const r = await c.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { id status } }`, { id: groupId });
    if (r.joinGroup.status === 'pending') {
      await mod.ok(`mutation($id: ID!) { decideJoinRequest(requestId: $id, approve: true) { status } }`, { id: r.joinGroup.id });
    }
  }
  const start = async (c: GqlClient, groupId: string, title: string, anonymous = false) =>
    (await c.ok(START, { i: { groupId, kind: 'question', title, body: 'Body text.', tags: [], anonymous } })).startThread.id as string;
  const reply = async (c: GqlClient, threadId: string, body = 'A reply.', parentId?: string) =>
    (await c.ok(REPLY, { i: { threadId, body, parentId, anonymous: false } })).reply.id as string;
  const home = async (c: GqlClient, vars: Record<string, unknown> = {}) => (await c.ok(HOME, vars)).homeThreads as { nodes: HomeNode[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
  const node = async (c: GqlClient, threadId: string) => (await home(c, { first: 50 })).nodes.find((n) => n.thread.id === threadId);
  const unread = async (c: GqlClient, groupId: string) =>
    ((await c.ok(GROUPS)).homeGroups as { unreadCount: number; group: { id: string } }[]).find((g) => g.group.id === groupId)?.unreadCount;
  /** Moves the clock of what happened so far back, so later acts are strictly after it. */
  const age = async () => {
    for (const [table, col] of [['threads', 'created_at'], ['threads', 'last_activity_at'], ['replies', 'created_at'], ['thread_reads', 'last_read_at'], ['group_reads', 'read_before']]) {
      await t.db.query(`UPDATE ${table} SET ${col} = ${col} - interval '1 minute'`);
    }
    await t.db.query(`UPDATE group_memberships SET joined_at = joined_at - interval '1 minute'`);
  };

  beforeAll(async () => {
    t = await startTestApp();
    mod = new GqlClient(t.url);
    await promote(t.db, (await mod.register()).id, 'moderator');
    ana = new GqlClient(t.url);
    ben = new GqlClient(t.url);
    cat = new GqlClient(t.url);
    outsider = new GqlClient(t.url);
    for (const [name, c] of Object.entries({ ana, ben, cat, outsider })) {
      const r = await c.register({ handle: `${name}_${Math.random().toString(36).slice(2, 7)}` });
      ids[name] = r.id;
      creds[name] = r;
    }
    publicGroup = await group('public', 'Breathing together');
    privateGroup = await group('private', 'Anxious breathers');
    otherGroup = await group('public', 'Zzz elsewhere');
    for (const c of [ana, ben, cat]) {
      await join(c, publicGroup);
      await join(c, privateGroup);
    }
    await join(outsider, otherGroup);
    await join(outsider, publicGroup);
    await age();
  });
  afterAll(async () => {
    await t.close();
  });

  it('asks for a session, and answers empty lists to a member with no groups', async () => {
    expect(errorCode(await new GqlClient(t.url).gql(HOME))).toBe('UNAUTHENTICATED');
    const lonely = new GqlClient(t.url);
    await lonely.register();
    expect((await home(lonely)).nodes).toEqual([]);
    expect((await lonely.ok(GROUPS)).homeGroups).toEqual([]);
    expect((await lonely.ok(`{ homeReplies { nodes { threadId } } homeReports { nodes { id } } savedPosts { nodes { id } } }`))).toEqual({
      homeReplies: { nodes: [] },
      homeReports: { nodes: [] },
      savedPosts: { nodes: [] },
    });
  });

  it('lists threads in my groups, newest activity first, with replies new to me; private groups only for members', async () => {
    const older = await start(ben, publicGroup, 'Pursed-lip breathing: does it help?');
    const secret = await start(ben, privateGroup, 'Panic and breathlessness at night');
    await start(outsider, otherGroup, 'A thread in a group ana is not in');
    await age();
    await reply(cat, older, 'It helps me a lot.');
    await reply(cat, older, 'Especially on stairs.');
    const a = await home(ana);
    const titles = a.nodes.map((n) => n.thread.title);
    expect(titles.slice(0, 2)).toEqual(['Pursed-lip breathing: does it help?', 'Panic and breathlessness at night']);
    expect(titles).not.toContain('A thread in a group ana is not in');
    const first = a.nodes[0]!;
    expect(first).toMatchObject({ newReplyCount: 2, isNew: true, viewerFollows: false });
    // The outsider is in the public group only: the private group's thread never reaches them.
    const o = (await home(outsider)).nodes.map((n) => n.thread.id);
    expect(o).toContain(older);
    expect(o).not.toContain(secret);
    // Ben wrote the threads: they are not new to him; cat's replies are.
    expect(await node(ben, older)).toMatchObject({ isNew: false, newReplyCount: 2, viewerFollows: true });
    // Cat's own replies are never new to her.
    expect((await node(cat, older))!.newReplyCount).toBe(0);
  });

  it('pages by cursor without repeating or skipping a thread', async () => {
    for (let i = 0; i < 5; i++) await start(ben, publicGroup, `Paging thread number ${i}`);
    const all = (await home(ana, { first: 50 })).nodes.map((n) => n.thread.id);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await home(ana, { first: 3, after });
      seen.push(...page.nodes.map((n) => n.thread.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    expect(errorCode(await ana.gql(HOME, { first: 51 }))).toBe('PAGE_SIZE_TOO_LARGE');
    expect(errorCode(await ana.gql(HOME, { after: 'nonsense' }))).toBe('INVALID_CURSOR');
  });

  it('read state is kept server-side: a second session sees what the first read, and new replies since', async () => {
    const th = await start(ben, publicGroup, 'Read me on two devices');
    await reply(ben, th, 'First answer.');
    await age();
    // The first session reads the thread.
    expect(await node(ana, th)).toMatchObject({ newReplyCount: 1, viewerLastReadAt: expect.any(String) });
    await ana.ok(`mutation($id: ID!) { markThreadRead(id: $id) }`, { id: th });
    await age();
    const fresh = await reply(cat, th, 'Posted after ana read it.');
    // A second session of the same member (signed in anew) sees the same read position.
    const second = new GqlClient(t.url);
    expect((await second.signIn(creds.ana!.email, creds.ana!.password)).errors).toBeUndefined();
    const seen = (await second.ok(THREAD, { id: th })).thread;
    expect(seen.replies.nodes.filter((r: { isNew: boolean }) => r.isNew).map((r: { id: string }) => r.id)).toEqual([fresh]);
    expect(await node(second, th)).toMatchObject({ newReplyCount: 1, isNew: false });
    await second.ok(`mutation($id: ID!) { markThreadRead(id: $id) }`, { id: th });
    expect((await node(ana, th))!.newReplyCount).toBe(0);
    expect((await ana.ok(THREAD, { id: th })).thread.replies.nodes.some((r: { isNew: boolean }) => r.isNew)).toBe(false);
  });

  it('counts unread threads per group and marks a whole group read', async () => {
    const before = await unread(ana, publicGroup);
    expect(before).toBeGreaterThan(0);
    expect(await unread(ana, privateGroup)).toBe(1);
    await ana.ok(`mutation($g: ID!) { markGroupRead(groupId: $g) }`, { g: publicGroup });
    expect(await unread(ana, publicGroup)).toBe(0);
    expect((await home(ana, { first: 50 })).nodes.filter((n) => n.newReplyCount > 0 || n.isNew).every((n) => n.thread.title.startsWith('Panic'))).toBe(true);
    await age();
    const th = await start(cat, publicGroup, 'Started after ana marked the group read');
    expect(await unread(ana, publicGroup)).toBe(1);
    expect(await node(ana, th)).toMatchObject({ isNew: true, newReplyCount: 0 });
    // Marking needs read access to the group.
    expect(errorCode(await outsider.gql(`mutation($g: ID!) { markGroupRead(groupId: $g) }`, { g: privateGroup }))).toBe('FORBIDDEN');
  });

  it('leaves out threads and replies of members in a block with me, and hidden content, as every list does', async () => {
    const blocked = await start(cat, publicGroup, 'Cat wrote this before the block');
    const mixed = await start(ben, publicGroup, 'Replies from cat and ben');
    const hidden = await start(ben, publicGroup, 'Hidden by moderators');
    const anonymous = await start(cat, publicGroup, 'Cat, anonymously', true);
    await age();
    await reply(cat, mixed, 'Cat says hi.');
    await reply(ben, mixed, 'Ben says hi.');
    await ana.ok(`mutation($u: ID!) { blockMember(userId: $u) { id } }`, { u: ids.cat });
    await t.db.query(`UPDATE threads SET moderation = 'hidden' WHERE id = $1`, [hidden]);
    const list = (await home(ana, { first: 50 })).nodes;
    const got = list.map((n) => n.thread.id);
    expect(got).not.toContain(blocked);
    expect(got).not.toContain(hidden);
    // An anonymous thread is never hidden by a block (that would tell who wrote it).
    expect(got).toContain(anonymous);
    expect(list.find((n) => n.thread.id === mixed)!.newReplyCount).toBe(1);
    // The author and moderators still see a hidden thread; ben wrote it.
    expect((await home(ben, { first: 50 })).nodes.map((n) => n.thread.id)).toContain(hidden);
    // Who is in a block with ana comes with the page: the session, then the page, two statements.
    const counted = await ana.gql(HOME, { first: 50 });
    expect(counted.data!.homeThreads.nodes.map((n: HomeNode) => n.thread.id)).toEqual(got);
    expect(counted.sqlQueries).toBe(2);
    await ana.ok(`mutation($u: ID!) { unblockMember(userId: $u) }`, { u: ids.cat });
  });

  it('replying follows a thread; followers are told of replies; unfollow stops it; the following list', async () => {
    const th = await start(ben, publicGroup, 'Follow me for replies');
    await reply(ana, th, 'I am following now.');
    expect((await ana.ok(THREAD, { id: th })).thread.viewerFollows).toBe(true);
    const following = (await home(ana, { filter: 'following', first: 50 })).nodes.map((n) => n.thread.id);
    expect(following).toContain(th);
    const count = async () => (await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND thread_id = $2`, [ids.ana, th]))[0].n as number;
    const wait = async (n: number) => {
      for (let i = 0; i < 50 && (await count()) !== n; i++) await new Promise((r) => setTimeout(r, 50));
      return count();
    };
    await reply(cat, th, 'Cat replies to the thread.');
    expect(await wait(1)).toBe(1);
    const [msg] = await t.db.query(`SELECT message FROM notifications WHERE user_id = $1 AND thread_id = $2`, [ids.ana, th]);
    expect(msg.message).toMatch(/a thread you follow/);
    expect(await ana.ok(`mutation($id: ID!) { followThread(id: $id, follow: false) }`, { id: th })).toEqual({ followThread: false });
    await reply(cat, th, 'Nobody following hears this.');
    await new Promise((r) => setTimeout(r, 300));
    expect(await count()).toBe(1);
    expect((await home(ana, { filter: 'following', first: 50 })).nodes.map((n) => n.thread.id)).not.toContain(th);
    // A follower who switched reply notifications off is not told.
    await ana.ok(`mutation($id: ID!) { followThread(id: $id, follow: true) }`, { id: th });
    await ana.ok(`mutation($i: NotificationSettingsInput!) { updateNotificationSettings(input: $i) { digest } }`, {
      i: { enabledKinds: ['mention', 'helpful', 'join_decided', 'moderation', 'new_thread'], digest: 'off' },
    });
    await reply(cat, th, 'Still nothing for ana.');
    await new Promise((r) => setTimeout(r, 300));
    expect(await count()).toBe(1);
    // Following needs read access: a private group's thread is not followed from outside.
    const secret = await start(ben, privateGroup, 'Members only, follow refused');
    expect(errorCode(await outsider.gql(`mutation($id: ID!) { followThread(id: $id, follow: true) }`, { id: secret }))).toBe('FORBIDDEN');
  });

  it('saves threads and replies for later; the Saved list respects access; replies to me', async () => {
    const th = await start(ben, privateGroup, 'Worth saving for later');
    const r1 = await reply(cat, th, 'A reply worth keeping.');
    const mine = await reply(ana, th, 'Ana answers.');
    const toMe = await reply(ben, th, 'Ben answers ana.', mine);
    await ana.ok(`mutation($id: ID!) { savePost(target: thread, id: $id, saved: true) }`, { id: th });
    await ana.ok(`mutation($id: ID!) { savePost(target: reply, id: $id, saved: true) }`, { id: r1 });
    // Saving twice is one save.
    await ana.ok(`mutation($id: ID!) { savePost(target: reply, id: $id, saved: true) }`, { id: r1 });
    const view = (await ana.ok(THREAD, { id: th })).thread;
    expect(view.viewerSaved).toBe(true);
    expect(view.replies.nodes.filter((r: { viewerSaved: boolean }) => r.viewerSaved).map((r: { id: string }) => r.id)).toEqual([r1]);
    const SAVED = `{ savedPosts { nodes { id thread { id title } reply { id bodyHtml } } } }`;
    const saved = (await ana.ok(SAVED)).savedPosts.nodes;
    expect(saved.map((s: { reply: { id: string } | null }) => s.reply?.id ?? null)).toEqual([r1, null]);
    // Nobody else sees them, and the outsider cannot save what they cannot read.
    expect((await ben.ok(SAVED)).savedPosts.nodes).toEqual([]);
    expect(errorCode(await outsider.gql(`mutation($id: ID!) { savePost(target: thread, id: $id, saved: true) }`, { id: th }))).toBe('FORBIDDEN');
    // Replies to me: ben's answer to ana's reply.
    const replies = (await ana.ok(`{ homeReplies { nodes { threadId threadTitle reply { id authorLabel isNew } } } }`)).homeReplies.nodes;
    expect(replies[0]).toMatchObject({ threadId: th, threadTitle: 'Worth saving for later', reply: { id: toMe, isNew: true } });
    // A member who leaves the private group no longer sees its saved posts or replies to them there.
    await ana.ok(`mutation($g: ID!) { leaveGroup(groupId: $g) }`, { g: privateGroup });
    expect((await ana.ok(SAVED)).savedPosts.nodes).toEqual([]);
    expect((await ana.ok(`{ homeReplies { nodes { threadId } } }`)).homeReplies.nodes.map((n: { threadId: string }) => n.threadId)).not.toContain(th);
    // Forgetting a save.
    await ana.ok(`mutation($id: ID!) { savePost(target: thread, id: $id, saved: false) }`, { id: th });
    expect((await t.db.query(`SELECT count(*)::int AS n FROM saved_posts WHERE user_id = $1 AND reply_id IS NULL`, [ids.ana]))[0].n).toBe(0);
  });
});
