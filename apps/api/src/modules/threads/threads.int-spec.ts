import { ANONYMOUS_LABEL } from '@kindred/contracts';
import { errorCode, GqlClient } from '../../testing/gql-client';
import { promote } from '../../testing/promote';
import { startTestApp, TestApp } from '../../testing/test-app';
import { PAGE_LABELS } from './post.mapper';
import { PostsRepository } from './posts.repository';

const START = `mutation($i: StartThreadInput!) { startThread(input: $i) { id title kind tags bodyHtml authorLabel author { handle } isAnonymous viewerIsAuthor } }`;
const REPLY = `mutation($i: ReplyInput!) { reply(input: $i) { id depth parentId authorLabel author { handle } isAnonymous } }`;
const THREAD = `query($id: ID!) { thread(id: $id) {
  id title body bodyHtml tags kind isLocked isDeleted helpfulCount replyCount viewerMarkedHelpful authorLabel author { id handle } viewerIsAuthor
  replies { totalCount pageInfo { hasNextPage endCursor } nodes { id parentId depth bodyHtml helpfulCount helpedAsker isNew authorLabel author { id handle } viewerMarkedHelpful viewerIsAuthor } }
} }`;

describe('threads, replies and helpful marks (integration)', () => {
  let t: TestApp;
  let mod: GqlClient;
  let asker: GqlClient;
  let helper: GqlClient;
  let outsider: GqlClient;
  let askerHandle: string;
  let publicGroup: string;
  let privateGroup: string;
  let anonGroup: string;

  async function group(visibility: 'public' | 'private', allowAnonymous = false) {
    const slug = `t-${Math.random().toString(36).slice(2, 9)}`;
    const c = await mod.ok(`{ condition(slug: "copd") { id } }`);
    const g = await mod.ok(`mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`, {
      i: { conditionId: c.condition.id, slug, name: `Group ${slug}`, description: '', visibility, allowAnonymous },
    });
    return g.createGroup.id as string;
  }
  async function join(c: GqlClient, groupId: string) {
    const r = await c.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { id status } }`, { id: groupId });
    if (r.joinGroup.status === 'pending') {
      await mod.ok(`mutation($id: ID!) { decideJoinRequest(requestId: $id, approve: true) { status } }`, { id: r.joinGroup.id });
    }
  }
  const start = (c: GqlClient, groupId: string, extra: Record<string, unknown> = {}) =>
    c.gql(START, { i: { groupId, kind: 'question', title: 'How do you manage breathlessness?', body: 'I get **very** out of breath on stairs.', tags: ['exercise'], anonymous: false, ...extra } });

  beforeAll(async () => {
    t = await startTestApp();
    mod = new GqlClient(t.url);
    const m = await mod.register();
    await promote(t.db, m.id, 'moderator');
    asker = new GqlClient(t.url);
    askerHandle = (await asker.register()).handle;
    helper = new GqlClient(t.url);
    await helper.register();
    outsider = new GqlClient(t.url);
    await outsider.register();
    publicGroup = await group('public');
    privateGroup = await group('private');
    anonGroup = await group('public', true);
    for (const c of [asker, helper]) {
      await join(c, publicGroup);
      await join(c, privateGroup);
      await join(c, anonGroup);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('a member starts a thread; Markdown is rendered safely', async () => {
    const r = await start(asker, publicGroup, { body: 'Stairs are hard <script>alert(1)</script> [x](javascript:alert(1))' });
    expect(r.errors).toBeUndefined();
    const th = r.data!.startThread;
    expect(th).toMatchObject({ kind: 'question', tags: ['exercise'], authorLabel: askerHandle, viewerIsAuthor: true });
    expect(th.bodyHtml).not.toMatch(/<script|href="javascript:/i);
    expect(th.bodyHtml).toContain('&lt;script&gt;');
  });

  it('refuses bad input with codes and stores nothing half-written', async () => {
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM threads`))[0].n;
    const empty = await start(asker, publicGroup, { title: '', body: '' });
    expect(errorCode(empty)).toBe('VALIDATION_FAILED');
    expect(empty.errors![0]!.extensions!.fields!.map((f) => f.field).sort()).toEqual(['body', 'title']);
    expect(errorCode(await start(asker, publicGroup, { title: 'x'.repeat(151) }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await start(asker, publicGroup, { body: 'x'.repeat(20_001) }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await start(asker, publicGroup, { tags: ['not-a-real-tag'] }))).toBe('UNKNOWN_TAG');
    expect(errorCode(await start(asker, publicGroup, { tags: ['diet', 'sleep', 'pain', 'work', 'travel', 'fatigue'] }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await start(asker, publicGroup, { kind: 'rant' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await start(outsider, publicGroup))).toBe('NOT_A_MEMBER');
    expect(errorCode(await start(asker, publicGroup, { anonymous: true }))).toBe('ANONYMOUS_NOT_ALLOWED');
    const after = (await t.db.query(`SELECT count(*)::int AS n FROM threads`))[0].n;
    expect(after).toBe(before);
  });

  it('nests replies to any depth and loads the whole tree in order', async () => {
    const th = (await start(asker, publicGroup)).data!.startThread;
    const a = (await helper.ok(REPLY, { i: { threadId: th.id, body: 'Pursed-lip breathing helps me.', anonymous: false } })).reply;
    const b = (await asker.ok(REPLY, { i: { threadId: th.id, parentId: a.id, body: 'How do you do it?', anonymous: false } })).reply;
    let parent = b.id;
    for (let d = 2; d < 8; d++) parent = (await helper.ok(REPLY, { i: { threadId: th.id, parentId: parent, body: `level ${d}`, anonymous: false } })).reply.id;
    const c = (await helper.ok(REPLY, { i: { threadId: th.id, body: 'Also: pulmonary rehab.', anonymous: false } })).reply;
    const view = await asker.ok(THREAD, { id: th.id });
    const nodes = view.thread.replies.nodes;
    expect(view.thread.replyCount).toBe(9);
    expect(nodes.map((n: { id: string }) => n.id)).toEqual([a.id, b.id, ...nodes.slice(2, 8).map((n: { id: string }) => n.id), c.id]);
    expect(nodes.map((n: { depth: number }) => n.depth)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 0]);
    expect(nodes[1].parentId).toBe(a.id);
    // Paging through the tree gives the same order.
    const p1 = await asker.ok(`query($id: ID!) { thread(id: $id) { replies(first: 4) { pageInfo { endCursor hasNextPage } nodes { id } } } }`, { id: th.id });
    const p2 = await asker.ok(`query($id: ID!, $a: String) { thread(id: $id) { replies(first: 10, after: $a) { pageInfo { hasNextPage } nodes { id } } } }`, { id: th.id, a: p1.thread.replies.pageInfo.endCursor });
    expect([...p1.thread.replies.nodes, ...p2.thread.replies.nodes].map((n: { id: string }) => n.id)).toEqual(nodes.map((n: { id: string }) => n.id));
    expect(p2.thread.replies.pageInfo.hasNextPage).toBe(false);
  });

  it('reads a thread in a fixed number of SQL queries, however many replies it has', async () => {
    const small = (await start(asker, publicGroup)).data!.startThread;
    const big = (await start(asker, publicGroup)).data!.startThread;
    for (let i = 0; i < 3; i++) await helper.ok(REPLY, { i: { threadId: small.id, body: `reply ${i}`, anonymous: false } });
    let parent: string | undefined;
    for (let i = 0; i < 30; i++) {
      const c = i % 2 ? asker : helper;
      const r = await c.ok(REPLY, { i: { threadId: big.id, parentId: i % 3 ? parent : undefined, body: `reply ${i}`, anonymous: false } });
      parent = r.reply.id;
    }
    await mod.ok(`mutation($id: ID!) { markHelpful(target: reply, id: $id) { helpfulCount } }`, { id: parent });
    const q1 = await helper.gql(THREAD, { id: small.id });
    const q2 = await helper.gql(THREAD, { id: big.id });
    expect(q2.data!.thread.replies.nodes).toHaveLength(30);
    expect(q1.sqlQueries).toBeGreaterThan(0);
    expect(q2.sqlQueries).toBe(q1.sqlQueries);
  });

  it('keeps edit history, and deleting removes the text but keeps the thread and its replies', async () => {
    const th = (await start(asker, publicGroup)).data!.startThread;
    await helper.ok(REPLY, { i: { threadId: th.id, body: 'an answer', anonymous: false } });
    const EDIT = `mutation($id: ID!, $i: ThreadContentInput!) { editThread(id: $id, input: $i) { title editedAt } }`;
    expect(errorCode(await helper.gql(EDIT, { id: th.id, i: { title: 'Hijacked title', body: 'x', tags: [] } }))).toBe('FORBIDDEN');
    const edited = await asker.ok(EDIT, { id: th.id, i: { title: 'Breathlessness on stairs', body: 'Updated body', tags: ['exercise', 'self-management'] } });
    expect(edited.editThread.editedAt).not.toBeNull();
    const hist = await helper.ok(`query($id: ID!) { thread(id: $id) { revisions { title body } } }`, { id: th.id });
    expect(hist.thread.revisions).toEqual([{ title: 'How do you manage breathlessness?', body: 'I get **very** out of breath on stairs.' }]);
    await asker.ok(`mutation($id: ID!) { deleteThread(id: $id) { isDeleted } }`, { id: th.id });
    const gone = await helper.ok(`query($id: ID!) { thread(id: $id) { title body isDeleted replyCount revisions { body } } }`, { id: th.id });
    expect(gone.thread).toMatchObject({ body: '', isDeleted: true, replyCount: 1, revisions: [] });
    expect(JSON.stringify(gone)).not.toContain('stairs');
    expect(errorCode(await helper.gql(REPLY, { i: { threadId: th.id, body: 'late', anonymous: false } }))).toBe('THREAD_DELETED');
  });

  it('reply edits are validated and keep their history, loaded in a fixed number of queries', async () => {
    const th = (await start(asker, publicGroup)).data!.startThread;
    const EDIT = `mutation($id: ID!, $b: String!) { editReply(id: $id, body: $b) { bodyHtml editedAt } }`;
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const r = (await helper.ok(REPLY, { i: { threadId: th.id, body: `first draft ${i}`, anonymous: false } })).reply;
      await helper.ok(EDIT, { id: r.id, b: `second draft ${i}` });
      ids.push(r.id);
    }
    expect(errorCode(await helper.gql(EDIT, { id: ids[0], b: '   ' }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await helper.gql(EDIT, { id: ids[0], b: 'x'.repeat(10_001) }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await asker.gql(EDIT, { id: ids[0], b: 'not mine' }))).toBe('FORBIDDEN');
    const Q = `query($id: ID!, $n: Int) { thread(id: $id) { replies(first: $n) { nodes { body revisions { body } } } } }`;
    const few = await asker.gql(Q, { id: th.id, n: 1 });
    const all = await asker.gql(Q, { id: th.id, n: 4 });
    expect(all.data!.thread.replies.nodes.map((n: { revisions: { body: string }[] }) => n.revisions[0]!.body)).toEqual([0, 1, 2, 3].map((i) => `first draft ${i}`));
    expect(all.sqlQueries).toBe(few.sqlQueries);
  });

  it('a locked thread takes no replies; only group moderators lock', async () => {
    const th = (await start(asker, publicGroup)).data!.startThread;
    const LOCK = `mutation($id: ID!, $l: Boolean!) { setThreadLocked(id: $id, locked: $l, input: { reason: "Off topic" }) { isLocked } }`;
    expect(errorCode(await asker.gql(LOCK, { id: th.id, l: true }))).toBe('FORBIDDEN');
    expect((await mod.ok(LOCK, { id: th.id, l: true })).setThreadLocked.isLocked).toBe(true);
    expect(errorCode(await helper.gql(REPLY, { i: { threadId: th.id, body: 'too late', anonymous: false } }))).toBe('THREAD_LOCKED');
    const audit = await t.db.query(`SELECT action, reason FROM audit_log WHERE target_id = $1`, [th.id]);
    expect(audit).toEqual([{ action: 'content.lock', reason: 'Off topic' }]);
  });

  it('helpful: once each, undoable, never one’s own; the asker marks replies that helped', async () => {
    const th = (await start(asker, publicGroup)).data!.startThread;
    const r = (await helper.ok(REPLY, { i: { threadId: th.id, body: 'Try a fan', anonymous: false } })).reply;
    const MARK = `mutation($id: ID!) { markHelpful(target: thread, id: $id) { helpfulCount viewerMarkedHelpful } }`;
    const UNMARK = `mutation($id: ID!) { unmarkHelpful(target: thread, id: $id) { helpfulCount viewerMarkedHelpful } }`;
    expect((await helper.ok(MARK, { id: th.id })).markHelpful).toEqual({ helpfulCount: 1, viewerMarkedHelpful: true });
    expect(errorCode(await helper.gql(MARK, { id: th.id }))).toBe('ALREADY_MARKED_HELPFUL');
    expect(errorCode(await asker.gql(MARK, { id: th.id }))).toBe('FORBIDDEN');
    expect((await helper.ok(UNMARK, { id: th.id })).unmarkHelpful).toEqual({ helpfulCount: 0, viewerMarkedHelpful: false });
    expect(errorCode(await helper.gql(UNMARK, { id: th.id }))).toBe('NOT_MARKED_HELPFUL');

    const HELPED = `mutation($id: ID!) { setReplyHelpedAsker(id: $id, helped: true) { helpedAsker } }`;
    expect(errorCode(await helper.gql(HELPED, { id: r.id }))).toBe('NOT_THE_ASKER');
    expect((await asker.ok(HELPED, { id: r.id })).setReplyHelpedAsker.helpedAsker).toBe(true);
    const view = await asker.ok(THREAD, { id: th.id });
    expect(view.thread.replies.nodes[0].helpedAsker).toBe(true);
  });

  it('sorts by latest activity, newest and most helpful, and filters by kind and tag', async () => {
    const g = await group('public');
    await join(asker, g);
    await join(helper, g);
    const a = (await start(asker, g, { title: 'Thread A about diet', kind: 'advice', tags: ['diet'] })).data!.startThread;
    const b = (await start(asker, g, { title: 'Thread B about sleep', kind: 'story', tags: ['sleep'] })).data!.startThread;
    const c = (await start(asker, g, { title: 'Thread C question', tags: [] })).data!.startThread;
    await helper.ok(REPLY, { i: { threadId: a.id, body: 'bump', anonymous: false } });
    await helper.ok(`mutation($id: ID!) { markHelpful(target: thread, id: $id) { helpfulCount } }`, { id: b.id });
    const LIST = `query($g: ID!, $s: ThreadSort, $k: ThreadKind, $t: String) { threads(groupId: $g, sort: $s, kind: $k, tag: $t) { totalCount nodes { id } } }`;
    const ids = async (v: Record<string, unknown>) => (await asker.ok(LIST, { g, ...v })).threads.nodes.map((n: { id: string }) => n.id);
    expect(await ids({ s: 'latest_activity' })).toEqual([a.id, c.id, b.id]);
    expect(await ids({ s: 'newest' })).toEqual([c.id, b.id, a.id]);
    expect((await ids({ s: 'most_helpful' }))[0]).toBe(b.id);
    expect(await ids({ k: 'advice' })).toEqual([a.id]);
    expect(await ids({ t: 'sleep' })).toEqual([b.id]);
  });

  it('a non-member can neither read nor reply in a private group', async () => {
    const th = (await start(asker, privateGroup, { title: 'Private worries' })).data!.startThread;
    const read = await outsider.gql(THREAD, { id: th.id });
    expect(errorCode(read)).toBe('FORBIDDEN');
    expect(JSON.stringify(read)).not.toContain('Private worries');
    const list = await outsider.gql(`query($g: ID!) { threads(groupId: $g) { nodes { title } } }`, { g: privateGroup });
    expect(errorCode(list)).toBe('FORBIDDEN');
    expect(errorCode(await new GqlClient(t.url).gql(THREAD, { id: th.id }))).toBe('FORBIDDEN');
    const reply = await outsider.gql(REPLY, { i: { threadId: th.id, body: 'let me in', anonymous: false } });
    expect(errorCode(reply)).toBe('FORBIDDEN');
    expect(errorCode(await outsider.gql(`mutation($id: ID!) { markHelpful(target: thread, id: $id) { helpfulCount } }`, { id: th.id }))).toBe('FORBIDDEN');
    // A member who can read a public thread but is not in its group cannot reply either.
    const pub = (await start(asker, publicGroup)).data!.startThread;
    expect(errorCode(await outsider.gql(REPLY, { i: { threadId: pub.id, body: 'drive-by', anonymous: false } }))).toBe('NOT_A_MEMBER');
  });

  it('never reveals an anonymous author through any field; a moderator reveal is audited', async () => {
    const th = (await start(asker, anonGroup, { anonymous: true, title: 'Something hard to say' })).data!.startThread;
    expect(th).toMatchObject({ isAnonymous: true, authorLabel: ANONYMOUS_LABEL, author: null, viewerIsAuthor: true });
    const r = (await asker.ok(REPLY, { i: { threadId: th.id, body: 'Thanks all', anonymous: true } })).reply;
    const askerId = (await asker.ok(`{ me { id } }`)).me.id;
    // Everything the schema offers about the thread, read by another member and a visitor.
    const FULL = `query($id: ID!, $g: ID!) {
      thread(id: $id) { id title body bodyHtml authorLabel isAnonymous viewerIsAuthor author { id handle bio joinedAt } revisions { title body }
        group { name }
        replies { nodes { id authorLabel isAnonymous viewerIsAuthor author { id handle } revisions { body } } } }
      threads(groupId: $g, first: 50) { nodes { id authorLabel author { id handle } } }
    }`;
    for (const viewer of [helper, new GqlClient(t.url)]) {
      const res = await viewer.gql(FULL, { id: th.id, g: anonGroup });
      const json = JSON.stringify(res.data);
      expect(json).not.toContain(askerHandle);
      expect(json).not.toContain(askerId);
      expect(res.data!.thread.author).toBeNull();
      expect(res.data!.thread.viewerIsAuthor).toBe(false);
      expect(res.data!.thread.replies.nodes[0]).toMatchObject({ id: r.id, author: null, authorLabel: ANONYMOUS_LABEL });
    }
    // Members cannot reveal; moderators can, with a reason, and it is written down.
    const REVEAL = `mutation($id: ID!) { revealAnonymousAuthor(target: thread, id: $id, input: { reason: "Safeguarding concern" }) { handle } }`;
    expect(errorCode(await helper.gql(REVEAL, { id: th.id }))).toBe('FORBIDDEN');
    expect((await mod.ok(REVEAL, { id: th.id })).revealAnonymousAuthor.handle).toBe(askerHandle);
    const log = await t.db.query(`SELECT action, reason, actor_id FROM audit_log WHERE target_id = $1`, [th.id]);
    expect(log).toEqual([{ action: 'author.reveal', reason: 'Safeguarding concern', actor_id: expect.any(String) }]);
    await expect(t.db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`UPDATE audit_log SET reason = 'x'`)).rejects.toThrow(/append-only/);
  });

  it('marks replies posted since the reader’s last visit as new', async () => {
    const th = (await start(asker, publicGroup)).data!.startThread;
    await helper.ok(REPLY, { i: { threadId: th.id, body: 'first', anonymous: false } });
    await asker.ok(`mutation($id: ID!) { markThreadRead(id: $id) }`, { id: th.id });
    await new Promise((r) => setTimeout(r, 20));
    await helper.ok(REPLY, { i: { threadId: th.id, body: 'second', anonymous: false } });
    const view = await asker.ok(THREAD, { id: th.id });
    expect(view.thread.replies.nodes.map((n: { isNew: boolean }) => n.isNew)).toEqual([false, true]);
  });

  it('withholds a reply moderators have not let through from everyone but its author and moderators, also once its author is gone', async () => {
    const th = (await start(asker, publicGroup)).data!.startThread;
    const shown = (await helper.ok(REPLY, { i: { threadId: th.id, body: 'Pacing helps me.', anonymous: false } })).reply;
    const held = (await helper.ok(REPLY, { i: { threadId: th.id, body: 'Something a moderator hid.', anonymous: false } })).reply;
    const orphan = (await helper.ok(REPLY, { i: { threadId: th.id, body: 'Hidden, and its author left.', anonymous: false } })).reply;
    await t.db.query(`UPDATE replies SET moderation = 'hidden', moderation_reason = 'Under review' WHERE id = ANY($1)`, [[held.id, orphan.id]]);
    // An erased account leaves its posts with no author (ON DELETE SET NULL).
    await t.db.query(`UPDATE replies SET author_id = NULL WHERE id = $1`, [orphan.id]);
    const PAGE = `query($id: ID!) { thread(id: $id) { replies { nodes { id body bodyHtml isHidden authorLabel author { handle } viewerIsAuthor moderationState moderationReason } } } }`;
    const nodes = async (c: GqlClient) => (await c.ok(PAGE, { id: th.id })).thread.replies.nodes as Record<string, unknown>[];
    const withheld = { body: '', bodyHtml: '', isHidden: true, authorLabel: 'hidden member', author: null, viewerIsAuthor: false, moderationReason: null };
    for (const viewer of [new GqlClient(t.url), asker, outsider]) {
      const [a, b, c] = await nodes(viewer);
      expect(a).toMatchObject({ id: shown.id, isHidden: false, moderationState: 'visible' });
      expect(b).toMatchObject({ id: held.id, moderationState: 'hidden', ...withheld });
      expect(c).toMatchObject({ id: orphan.id, moderationState: 'hidden', ...withheld });
    }
    // Its author sees their own reply and why; moderators see both, and why.
    const [, own] = await nodes(helper);
    expect(own).toMatchObject({ id: held.id, isHidden: false, viewerIsAuthor: true, body: 'Something a moderator hid.', moderationReason: 'Under review' });
    const [, b, c] = await nodes(mod);
    expect(b).toMatchObject({ isHidden: false, body: 'Something a moderator hid.', moderationReason: 'Under review' });
    expect(c).toMatchObject({ isHidden: false, body: 'Hidden, and its author left.', authorLabel: 'former member', author: null, moderationReason: 'Under review' });
  });

  it('reads the same reply page with the thread, through a fragment, and on its own when the query asks for two pages', async () => {
    const th = (await start(asker, anonGroup)).data!.startThread;
    for (let i = 0; i < 5; i++) await helper.ok(REPLY, { i: { threadId: th.id, body: `answer ${i}`, anonymous: i === 2 } });
    const ids = (q: { nodes: { id: string }[] }) => q.nodes.map((n) => n.id);
    const plain = await helper.gql(`query($id: ID!) { thread(id: $id) { replies(first: 3) { nodes { id authorLabel isNew } } } }`, { id: th.id });
    const viaFragment = await helper.gql(
      `fragment R on Thread { replies(first: 3) { nodes { id authorLabel isNew } } } query($id: ID!) { thread(id: $id) { id ...R } }`,
      { id: th.id },
    );
    expect(viaFragment.data!.thread.replies).toEqual(plain.data!.thread.replies);
    // Two pages under aliases: each is read on its own, and both are right.
    const two = await helper.gql(
      `query($id: ID!) { thread(id: $id) { a: replies(first: 2) { nodes { id } pageInfo { endCursor } } b: replies(first: 5) { nodes { id } } } }`,
      { id: th.id },
    );
    expect(ids(two.data!.thread.b)).toHaveLength(5);
    expect(ids(two.data!.thread.a)).toEqual(ids(two.data!.thread.b).slice(0, 2));
    expect(ids(plain.data!.thread.replies)).toEqual(ids(two.data!.thread.b).slice(0, 3));
    expect(two.sqlQueries).toBeGreaterThan(plain.sqlQueries);
    // A bad page size is still the replies field's own error.
    expect(errorCode(await helper.gql(`query($id: ID!) { thread(id: $id) { replies(first: 0) { nodes { id } } } }`, { id: th.id }))).toBe('BAD_REQUEST');
  });
  it('reads only the reply fields a query asks for, with the same values as when it asks for all of them', async () => {
    const th = (await start(asker, anonGroup)).data!.startThread;
    for (let i = 0; i < 4; i++) await helper.ok(REPLY, { i: { threadId: th.id, body: `field ${i} — it’s *this*`, anonymous: i === 1 } });
    const ALL = `id parentId depth body bodyHtml authorLabel author { handle } isAnonymous viewerIsAuthor isDeleted isHidden isNew moderationState moderationReason helpfulCount helpedAsker viewerMarkedHelpful viewerSaved createdAt editedAt`;
    const full = (await helper.ok(`query($id: ID!) { thread(id: $id) { replies { nodes { ${ALL} } } } }`, { id: th.id })).thread.replies.nodes as Record<string, unknown>[];
    expect(full).toHaveLength(4);
    expect(full[1]!.authorLabel).toBe(ANONYMOUS_LABEL);
    const pick = (rows: Record<string, unknown>[], names: string[]) => rows.map((r) => Object.fromEntries(names.map((n) => [n, r[n]])));
    // Visitor and member, nodes and edges, fragments and aliases, with the thread and on their own (two pages).
    for (const client of [helper, new GqlClient(t.url)]) {
      const mine = client === helper ? full : (await client.ok(`query($id: ID!) { thread(id: $id) { replies { nodes { ${ALL} } } } }`, { id: th.id })).thread.replies.nodes;
      const a = await client.ok(`query($id: ID!) { thread(id: $id) { replies { nodes { id depth author { handle } } } } }`, { id: th.id });
      expect(a.thread.replies.nodes).toEqual(pick(mine, ['id', 'depth', 'author']));
      const b = await client.ok(
        `fragment F on Reply { bodyHtml createdAt } query($id: ID!) { thread(id: $id) { replies { edges { cursor node { label: authorLabel ...F ... on Reply { isNew } } } } } }`,
        { id: th.id },
      );
      expect(b.thread.replies.edges.map((e: { node: unknown }) => e.node)).toEqual(
        pick(mine, ['authorLabel', 'bodyHtml', 'createdAt', 'isNew']).map(({ authorLabel, ...rest }) => ({ label: authorLabel, ...rest })),
      );
      const two = await client.ok(`query($id: ID!) { thread(id: $id) { x: replies(first: 2) { nodes { __typename body } } y: replies { nodes { helpfulCount viewerIsAuthor } } } }`, {
        id: th.id,
      });
      expect(two.thread.x.nodes).toEqual(pick(mine, ['body']).slice(0, 2).map((r) => ({ __typename: 'Reply', ...r })));
      expect(two.thread.y.nodes).toEqual(pick(mine, ['helpfulCount', 'viewerIsAuthor']));
    }
    // More field combinations than the statements kept: each still answered right (past the limit, with every field read).
    const names = ['parentId', 'depth', 'body', 'bodyHtml', 'isNew', 'helpfulCount', 'createdAt'];
    for (let mask = 1; mask < 2 ** names.length; mask += 3) {
      const chosen = names.filter((_, i) => mask & (1 << i));
      const r = await helper.ok(`query($id: ID!) { thread(id: $id) { replies { nodes { ${chosen.join(' ')} } } } }`, { id: th.id });
      expect(r.thread.replies.nodes).toEqual(pick(full, chosen));
    }
  });
  it('reads a member’s own facts of the thread with its page, as they are when asked on their own, in two statements', async () => {
    const th = (await start(asker, publicGroup)).data!.startThread;
    const first = await asker.ok(REPLY, { i: { threadId: th.id, body: 'mine, before', anonymous: false } });
    const FACTS = `viewerMarkedHelpful viewerLastReadAt viewerFollows viewerSaved author { handle } authorLabel`;
    const facts = async (c: GqlClient) => {
      const withPage = await c.gql(`query($id: ID!) { thread(id: $id) { ${FACTS} replies { nodes { id isNew authorLabel } } } }`, { id: th.id });
      const alone = await c.gql(`query($id: ID!) { thread(id: $id) { ${FACTS} } }`, { id: th.id });
      const { replies, ...own } = withPage.data!.thread;
      expect(own).toEqual(alone.data!.thread);
      return { own, replies: replies.nodes as { id: string; isNew: boolean; authorLabel: string }[], sql: withPage.sqlQueries };
    };
    const fresh = await facts(helper);
    expect(fresh.own).toMatchObject({ viewerMarkedHelpful: false, viewerFollows: false, viewerSaved: false });
    expect(fresh.sql).toBe(2); // the session, then the page with the member's own facts
    await helper.ok(`mutation($id: ID!) { markHelpful(target: thread, id: $id) { helpfulCount } }`, { id: th.id });
    await helper.ok(`mutation($id: ID!) { followThread(id: $id, follow: true) }`, { id: th.id });
    await helper.ok(`mutation($id: ID!) { savePost(target: thread, id: $id, saved: true) }`, { id: th.id });
    await helper.ok(`mutation($id: ID!) { markThreadRead(id: $id) }`, { id: th.id });
    await asker.ok(REPLY, { i: { threadId: th.id, body: 'mine, after', anonymous: false } });
    const marked = await facts(helper);
    expect(marked.own).toMatchObject({ viewerMarkedHelpful: true, viewerFollows: true, viewerSaved: true, authorLabel: askerHandle });
    expect(marked.own.viewerLastReadAt).not.toBeNull();
    expect(marked.replies.map((r) => [r.id === first.reply.id, r.isNew])).toEqual([
      [true, false],
      [false, true],
    ]);
    // A block, either way, withholds the thread's author from the member as from the page's statement.
    const blocker = new GqlClient(t.url);
    await blocker.register();
    await join(blocker, publicGroup);
    await blocker.ok(`mutation($id: ID!) { blockMember(userId: $id) { handle } }`, { id: (await asker.ok(`{ me { id } }`)).me.id });
    const blocked = await blocker.gql(`query($id: ID!) { thread(id: $id) { ${FACTS} replies { nodes { id } } } }`, { id: th.id });
    expect(errorCode(blocked)).toBe('NOT_FOUND');
    expect(errorCode(await blocker.gql(`query($id: ID!) { thread(id: $id) { ${FACTS} } }`, { id: th.id }))).toBe('NOT_FOUND');
    // The facts the statement gives the request's loaders (the block above among them).
    const blockerId = (await blocker.ok(`{ me { id } }`)).me.id as string;
    const page = await t.app.get(PostsRepository).threadPageFor(th.id, blockerId, { afterPath: null, limit: 10, labels: PAGE_LABELS });
    expect([...page!.viewerFacts!.hidden]).toEqual([(await asker.ok(`{ me { id } }`)).me.id]);
    expect(page!.viewerFacts).toMatchObject({ markedThread: false, state: { lastReadAt: expect.any(Date), follows: false } });
    expect((await t.app.get(PostsRepository).threadPageFor(th.id, null, { afterPath: null, limit: 10, labels: PAGE_LABELS }))!.viewerFacts).toBeNull();
  });
});
