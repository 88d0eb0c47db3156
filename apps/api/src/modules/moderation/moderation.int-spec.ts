import { ask, chatSocket, connected, type ChatSocket } from '../../testing/chat-client';
import { errorCode, GqlClient } from '../../testing/gql-client';
import { promote } from '../../testing/promote';
import { searchIndexed } from '../../testing/search-index';
import { startTestApp, TestApp } from '../../testing/test-app';

const START = `mutation($i: StartThreadInput!) { startThread(input: $i) { id moderationState moderationReason } }`;
const REPLY = `mutation($i: ReplyInput!) { reply(input: $i) { id moderationState moderationReason } }`;
const THREAD = `query($id: ID!) { thread(id: $id) { id title body moderationState moderationReason isHidden
  replies { nodes { id body authorLabel isHidden moderationState moderationReason } } } }`;
const REPORT = `mutation($i: ReportInput!) { report(input: $i) { id message } }`;
const QUEUE = `query($g: ID, $crisis: Boolean, $status: CaseStatus) { moderationQueue(groupId: $g, crisisOnly: $crisis, status: $status, first: 50) {
  totalCount nodes { id targetType targetId crisis reporterCount sources status } } }`;
const CASE = `query($id: ID!) { moderationCase(id: $id) { id targetType targetId status crisis sources reporterCount resolution contextUrl subjectLabel
  group { id } reasons { reason count } snapshot { title body authorLabel state } current { body state }
  claimedBy { handle } viewerHasClaim reports { reason note reporter { handle } snapshot { body } } history { action reason actorLabel } } }`;
const MODERATE = `mutation($i: ModerationActionInput!) { moderate(input: $i) { id status resolution } }`;
const NOTES = `{ notifications(first: 20) { nodes { kind message url } } }`;
const SEARCH = `query($q: String!) { search(input: { query: $q }) { total hits { type url } } }`;

describe('moderation: reports, queue, actions, audit (integration)', () => {
  let t: TestApp;
  let site: GqlClient; // a site moderator
  let groupMod: GqlClient; // moderates group A only
  let otherMod: GqlClient; // moderates group B only
  let author: GqlClient;
  let authorHandle: string;
  let authorAccount: { email: string; password: string };
  const reporters: GqlClient[] = [];
  let groupA: string;
  let groupB: string;
  let conditionId: string;
  let n = 0;
  const slugs = new Map<string, string>();

  async function group(visibility: 'public' | 'private', moderator: GqlClient, modHandle: string) {
    const slug = `m-${Math.random().toString(36).slice(2, 9)}`;
    const g = await site.ok(`mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`, {
      i: { conditionId, slug, name: `Group ${slug}`, description: '', visibility, allowAnonymous: true },
    });
    const id = g.createGroup.id as string;
    slugs.set(id, slug);
    await join(moderator, id);
    await site.ok(`mutation($g: ID!, $h: String!) { setGroupModerator(groupId: $g, handle: $h, moderator: true) { role } }`, { g: id, h: modHandle });
    return id;
  }
  async function join(c: GqlClient, groupId: string) {
    const r = await c.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { id status } }`, { id: groupId });
    if (r.joinGroup.status === 'pending') {
      await site.ok(`mutation($id: ID!) { decideJoinRequest(requestId: $id, approve: true) { status } }`, { id: r.joinGroup.id });
    }
  }
  const thread = async (c: GqlClient, groupId: string, body = 'Pacing has helped me more than anything else.', extra = {}) =>
    (await c.ok(START, { i: { groupId, kind: 'advice', title: `Pacing tip number ${++n}`, body, tags: [], anonymous: false, ...extra } })).startThread;
  const report = (c: GqlClient, targetType: string, targetId: string, reason = 'misinformation', note = '') =>
    c.gql(REPORT, { i: { targetType, targetId, reason, note } });
  const caseFor = async (c: GqlClient, targetId: string) =>
    (await c.ok(QUEUE, {})).moderationQueue.nodes.find((x: { targetId: string }) => x.targetId === targetId);

  beforeAll(async () => {
    t = await startTestApp({ MODERATION_HIDE_AFTER_REPORTS: '3', MODERATION_NEW_MEMBER_POSTS: '2' });
    site = new GqlClient(t.url);
    await promote(t.db, (await site.register()).id, 'moderator');
    conditionId = (await site.ok(`{ condition(slug: "copd") { id } }`)).condition.id;
    groupMod = new GqlClient(t.url);
    const gm = await groupMod.register();
    otherMod = new GqlClient(t.url);
    const om = await otherMod.register();
    groupA = await group('public', groupMod, gm.handle);
    groupB = await group('private', otherMod, om.handle);
    author = new GqlClient(t.url);
    const a = await author.register();
    authorHandle = a.handle;
    authorAccount = a;
    await join(author, groupA);
    await join(author, groupB);
    for (let i = 0; i < 4; i++) {
      const c = new GqlClient(t.url);
      await c.register();
      await join(c, groupA);
      reporters.push(c);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('a member reports a thread; moderators see who reported, the author and other members never do', async () => {
    const th = await thread(author, groupA);
    const r = await report(reporters[0]!, 'thread', th.id, 'misinformation', 'This contradicts NICE guidance.');
    expect(r.errors).toBeUndefined();
    expect(r.data!.report.message).toMatch(/will not be told who reported/);
    expect(errorCode(await report(reporters[0]!, 'thread', th.id))).toBe('ALREADY_REPORTED');
    expect(errorCode(await report(author, 'thread', th.id))).toBe('CANNOT_REPORT_SELF');
    // Members, the author included, cannot read the queue or a case.
    for (const c of [author, reporters[1]!]) expect(errorCode(await c.gql(QUEUE, {}))).toBe('FORBIDDEN');
    expect((await author.ok(`{ moderationSummary { open } }`)).moderationSummary).toBeNull();
    expect((await groupMod.ok(`{ moderationSummary { open crisis } }`)).moderationSummary.open).toBeGreaterThan(0);
    const found = await caseFor(groupMod, th.id);
    expect(found).toMatchObject({ targetType: 'thread', reporterCount: 1, status: 'open', sources: ['report'] });
    expect(errorCode(await author.gql(CASE, { id: found.id }))).toBe('FORBIDDEN');
    const c = (await groupMod.ok(CASE, { id: found.id })).moderationCase;
    expect(c.reports).toHaveLength(1);
    expect(c.reports[0]).toMatchObject({ reason: 'misinformation', note: 'This contradicts NICE guidance.' });
    expect(c.reports[0].reporter.handle).toBeTruthy();
    expect(c).toMatchObject({ subjectLabel: authorHandle, contextUrl: `/threads/${th.id}`, group: { id: groupA } });
    // Nothing the author can read names the reporter.
    const notes = JSON.stringify(await author.ok(NOTES));
    expect(notes).not.toContain(c.reports[0].reporter.handle);
  });

  it('a private group’s content cannot be reported (or probed) by a non-member; a group moderator cannot see another group’s queue', async () => {
    const th = await thread(author, groupB);
    expect(errorCode(await report(reporters[0]!, 'thread', th.id))).toBe('FORBIDDEN');
    await report(author, 'member', (await site.ok(`{ me { id } }`)).me.id, 'harassment');
    // Group B's moderator sees group B's case; group A's moderator cannot filter their way into it.
    await report(site, 'thread', th.id, 'spam');
    expect(await caseFor(otherMod, th.id)).toBeTruthy();
    expect(await caseFor(groupMod, th.id)).toBeUndefined();
    const aQueue = (await groupMod.ok(QUEUE, { g: groupB })).moderationQueue;
    expect(aQueue.totalCount).toBe(0);
    // A member case (no group) is for site moderators only.
    const memberCase = (await site.ok(QUEUE, {})).moderationQueue.nodes.find((x: { targetType: string }) => x.targetType === 'member');
    expect(memberCase).toBeTruthy();
    expect(errorCode(await groupMod.gql(CASE, { id: memberCase.id }))).toBe('FORBIDDEN');
    expect(errorCode(await groupMod.gql(MODERATE, { i: { caseId: memberCase.id, action: 'dismiss', reason: 'Not harassment.' } }))).toBe('FORBIDDEN');
  });

  it('three different reporters hide a post at once, pending review: hidden everywhere but to its author and moderators', async () => {
    const th = await thread(author, groupA, 'Stop taking your inhaler, honey cures COPD narrowboatzz.');
    await searchIndexed(t.db);
    expect((await reporters[3]!.ok(SEARCH, { q: 'narrowboatzz' })).search.total).toBe(1);
    for (const c of reporters.slice(0, 3)) expect((await report(c, 'thread', th.id)).errors).toBeUndefined();
    // Others: the thread is gone from the page, the list and search.
    expect(errorCode(await reporters[3]!.gql(THREAD, { id: th.id }))).toBe('CONTENT_HIDDEN');
    const list = await reporters[3]!.ok(`query($g: ID!) { threads(groupId: $g, first: 100) { nodes { id } } }`, { g: groupA });
    expect(list.threads.nodes.map((x: { id: string }) => x.id)).not.toContain(th.id);
    await searchIndexed(t.db);
    expect((await reporters[3]!.ok(SEARCH, { q: 'narrowboatzz' })).search.total).toBe(0);
    expect((await groupMod.ok(SEARCH, { q: 'narrowboatzz' })).search.total).toBe(1);
    // The author still sees it, and why; the moderator sees it flagged.
    const mine = (await author.ok(THREAD, { id: th.id })).thread;
    expect(mine).toMatchObject({ moderationState: 'hidden', body: expect.stringContaining('honey') });
    expect(mine.moderationReason).toMatch(/Reported by 3 members/);
    expect((await groupMod.ok(THREAD, { id: th.id })).thread.moderationState).toBe('hidden');
    const found = await caseFor(groupMod, th.id);
    expect(found.sources).toEqual(expect.arrayContaining(['report', 'auto_hidden']));
    const notes = (await author.ok(NOTES)).notifications.nodes;
    expect(notes.some((x: { kind: string; message: string }) => x.kind === 'moderation' && /hidden while moderators review/.test(x.message))).toBe(true);
    // Dismissing (the reports were wrong) restores it.
    await groupMod.ok(MODERATE, { i: { caseId: found.id, action: 'dismiss', reason: 'Reviewed: satire, clearly labelled.' } });
    expect((await reporters[3]!.ok(THREAD, { id: th.id })).thread.moderationState).toBe('visible');
  });

  it('a claim keeps a second moderator out until it is released; a resolved case takes no more actions', async () => {
    const th = await thread(author, groupA);
    await report(reporters[0]!, 'thread', th.id, 'spam');
    const found = await caseFor(site, th.id);
    const claimed = (await groupMod.ok(`mutation($id: ID!) { claimModerationCase(id: $id) { viewerHasClaim claimedBy { handle } } }`, { id: found.id }))
      .claimModerationCase;
    expect(claimed.viewerHasClaim).toBe(true);
    const r = await site.gql(MODERATE, { i: { caseId: found.id, action: 'hide', reason: 'Spam link.' } });
    expect(errorCode(r)).toBe('CASE_CLAIMED');
    expect(r.errors![0]!.message).toContain('@');
    expect(errorCode(await site.gql(`mutation($id: ID!) { claimModerationCase(id: $id) { id } }`, { id: found.id }))).toBe('CASE_CLAIMED');
    await groupMod.ok(`mutation($id: ID!) { releaseModerationCase(id: $id) { id } }`, { id: found.id });
    const done = (await site.ok(MODERATE, { i: { caseId: found.id, action: 'remove', reason: 'Spam link to a shop.' } })).moderate;
    expect(done).toMatchObject({ status: 'resolved', resolution: 'remove' });
    expect(errorCode(await groupMod.gql(MODERATE, { i: { caseId: found.id, action: 'restore', reason: 'Changed my mind.' } }))).toBe('CASE_RESOLVED');
    expect(errorCode(await reporters[1]!.gql(THREAD, { id: th.id }))).toBe('CONTENT_HIDDEN');
  });

  it('keeps the content as reported after the author edits it, and the history of every action', async () => {
    const th = await thread(author, groupA, 'Original words that were reported.');
    await report(reporters[0]!, 'thread', th.id, 'other', 'Check this');
    await author.ok(`mutation($id: ID!, $i: ThreadContentInput!) { editThread(id: $id, input: $i) { id } }`, {
      id: th.id,
      i: { title: 'An edited title', body: 'Edited words.', tags: [] },
    });
    const found = await caseFor(groupMod, th.id);
    await groupMod.ok(MODERATE, { i: { caseId: found.id, action: 'lock', reason: 'Cooling off.' } });
    const c = (await groupMod.ok(CASE, { id: found.id })).moderationCase;
    expect(c.snapshot.body).toContain('Original words');
    expect(c.reports[0].snapshot.body).toContain('Original words');
    expect(c.current.body).toContain('Edited words');
    expect(c.history[0]).toMatchObject({ action: 'content.lock', reason: 'Cooling off.' });
    expect(c.status).toBe('open');
    expect(errorCode(await author.gql(REPLY, { i: { threadId: th.id, body: 'Can I still reply?', anonymous: false } }))).toBe('THREAD_LOCKED');
    expect(errorCode(await groupMod.gql(MODERATE, { i: { caseId: found.id, action: 'hide', reason: 'x' } }))).toBe('VALIDATION_FAILED');
  });

  it('a hidden reply is withheld from others in the thread, and its author is told why', async () => {
    const th = await thread(reporters[0]!, groupA);
    const rep = (await author.ok(REPLY, { i: { threadId: th.id, body: 'Email me at someone@example.com for the cure.', anonymous: false } })).reply;
    await groupMod.ok(MODERATE, { i: { targetType: 'reply', targetId: rep.id, action: 'hide', reason: 'Personal contact details and a false cure.' } });
    const seen = (await reporters[1]!.ok(THREAD, { id: th.id })).thread.replies.nodes.find((x: { id: string }) => x.id === rep.id);
    expect(seen).toMatchObject({ body: '', isHidden: true, moderationState: 'hidden', moderationReason: null });
    const own = (await author.ok(THREAD, { id: th.id })).thread.replies.nodes.find((x: { id: string }) => x.id === rep.id);
    expect(own).toMatchObject({ isHidden: false, moderationState: 'hidden', moderationReason: 'Personal contact details and a false cure.' });
    const notes = (await author.ok(NOTES)).notifications.nodes;
    expect(notes.some((x: { message: string; url: string }) => /hid your reply/.test(x.message) && /false cure/.test(x.message) && x.url.includes(rep.id))).toBe(true);
    // Restoring it brings it back for everyone.
    await groupMod.ok(MODERATE, { i: { targetType: 'reply', targetId: rep.id, action: 'restore', reason: 'Edited by the author.' } });
    const back = (await reporters[1]!.ok(THREAD, { id: th.id })).thread.replies.nodes.find((x: { id: string }) => x.id === rep.id);
    expect(back).toMatchObject({ isHidden: false, moderationState: 'visible' });
  });

  it('a group moderator cannot act outside their group; a member cannot act at all', async () => {
    const th = await thread(author, groupB);
    const act = { targetType: 'thread', targetId: th.id, action: 'hide', reason: 'Trying my luck.' };
    expect(errorCode(await groupMod.gql(MODERATE, { i: act }))).toBe('FORBIDDEN');
    expect(errorCode(await reporters[0]!.gql(MODERATE, { i: act }))).toBe('FORBIDDEN');
    expect(errorCode(await author.gql(MODERATE, { i: act }))).toBe('FORBIDDEN');
    expect(errorCode(await groupMod.gql(MODERATE, { i: { ...act, action: 'mute', durationHours: 2, targetType: 'thread' } }))).toBe('FORBIDDEN');
    expect((await author.ok(THREAD, { id: th.id })).thread.moderationState).toBe('visible');
  });

  it('mutes a member in a group: no chat and no posting there until it ends', async () => {
    const muted = new GqlClient(t.url);
    await muted.register();
    await join(muted, groupA);
    const th = await thread(muted, groupA);
    await groupMod.ok(MODERATE, { i: { targetType: 'thread', targetId: th.id, action: 'mute', durationHours: 24, reason: 'Repeated off-topic posts.' } });
    expect(errorCode(await muted.gql(START, { i: { groupId: groupA, kind: 'advice', title: 'Posting while muted', body: 'Hello', tags: [], anonymous: false } }))).toBe(
      'MUTED',
    );
    const socket: ChatSocket = chatSocket(t.url, muted);
    try {
      await connected(socket);
      await ask(socket, 'chat:join', { groupId: groupA });
      const ack = await ask(socket, 'chat:send', { groupId: groupA, clientId: 'm1', body: 'hello?' });
      expect(ack).toMatchObject({ ok: false, error: { code: 'MUTED' } });
    } finally {
      socket.close();
    }
    const notes = (await muted.ok(NOTES)).notifications.nodes;
    expect(notes.some((x: { message: string }) => /muted you/.test(x.message) && /off-topic/.test(x.message))).toBe(true);
  });

  it('suspends an account (site moderators only): its sessions end and it cannot sign in or post', async () => {
    const th = await thread(author, groupA);
    const act = { targetType: 'thread', targetId: th.id, action: 'suspend', durationHours: 48, reason: 'Repeated harassment after warnings.' };
    expect(errorCode(await groupMod.gql(MODERATE, { i: act }))).toBe('FORBIDDEN');
    await groupMod.ok(MODERATE, { i: { ...act, action: 'warn', durationHours: undefined } });
    await site.ok(MODERATE, { i: act });
    expect((await author.ok(`{ me { id } }`)).me).toBeNull();
    // A site moderator cannot suspend another site moderator (only an admin can).
    const other = new GqlClient(t.url);
    await promote(t.db, (await other.register()).id, 'moderator');
    await join(other, groupA);
    const modThread = await thread(other, groupA);
    expect(errorCode(await site.gql(MODERATE, { i: { ...act, targetId: modThread.id } }))).toBe('FORBIDDEN');
    expect(errorCode(await author.gql(START, { i: { groupId: groupA, kind: 'advice', title: 'Still here?', body: 'x', tags: [], anonymous: false } }))).toBe(
      'UNAUTHENTICATED',
    );
    const fresh = new GqlClient(t.url);
    const r = await fresh.signIn(authorAccount.email, authorAccount.password);
    expect(errorCode(r)).toBe('ACCOUNT_SUSPENDED');
    expect(r.errors![0]!.message).toMatch(/Repeated harassment/);
    // Lift it for the tests that follow (and check it can be lifted in the database only by time).
    await t.db.query(`UPDATE users SET suspended_until = now() - interval '1 second' WHERE handle = $1`, [authorHandle]);
    expect((await author.signIn(authorAccount.email, authorAccount.password)).errors).toBeUndefined();
    const notes = (await author.ok(NOTES)).notifications.nodes;
    expect(notes.some((x: { message: string }) => /warned you/.test(x.message))).toBe(true);
    expect(notes.some((x: { message: string }) => /suspended until/.test(x.message))).toBe(true);
  });

  it('crisis text is posted, tops the queue, and the sender is offered help (chat too)', async () => {
    const older = await thread(author, groupA);
    for (const c of reporters.slice(0, 2)) await report(c, 'thread', older.id, 'spam');
    const th = await thread(author, groupA, 'Some nights I wish I was dead. I don’t know who to tell.');
    expect(th.moderationState).toBe('visible');
    const queue = (await groupMod.ok(QUEUE, {})).moderationQueue.nodes;
    expect(queue[0]).toMatchObject({ targetId: th.id, crisis: true, sources: ['crisis'] });
    expect((await groupMod.ok(QUEUE, { crisis: true })).moderationQueue.nodes.every((x: { crisis: boolean }) => x.crisis)).toBe(true);
    const socket = chatSocket(t.url, author);
    try {
      await connected(socket);
      await ask(socket, 'chat:join', { groupId: groupA });
      const ack = await ask(socket, 'chat:send', { groupId: groupA, clientId: 'c1', body: 'I just want to die, I can’t keep doing this.' });
      expect(ack).toMatchObject({ ok: true, support: { lines: expect.arrayContaining([expect.objectContaining({ href: 'tel:116123' })]) } });
      const calm = await ask(socket, 'chat:send', { groupId: groupA, clientId: 'c2', body: 'This pain is killing me today.' });
      expect(calm).toMatchObject({ ok: true });
      expect((calm as { support?: unknown }).support).toBeUndefined();
    } finally {
      socket.close();
    }
    const chatCase = (await groupMod.ok(QUEUE, { crisis: true })).moderationQueue.nodes.find((x: { targetType: string }) => x.targetType === 'chat_message');
    expect(chatCase).toBeTruthy();
  });

  it('hides a chat message from history for everyone, live', async () => {
    const reader = chatSocket(t.url, reporters[0]!);
    const writer = chatSocket(t.url, author);
    try {
      await Promise.all([connected(reader), connected(writer)]);
      await ask(reader, 'chat:join', { groupId: groupA });
      await ask(writer, 'chat:join', { groupId: groupA });
      const sent = await ask(writer, 'chat:send', { groupId: groupA, clientId: 'h1', body: 'Buy cheap pills at spam.example' });
      if (!sent.ok) throw new Error('send failed');
      const updated = new Promise<{ id: string; body: string | null; moderationState: string }>((resolve) => reader.on('chat:updated', resolve));
      await groupMod.ok(MODERATE, { i: { targetType: 'chat_message', targetId: sent.message.id, action: 'remove', reason: 'Spam.' } });
      expect(await updated).toMatchObject({ id: sent.message.id, body: null, moderationState: 'removed' });
      const history = await ask(reader, 'chat:history', { groupId: groupA });
      if (!history.ok) throw new Error('history failed');
      const m = history.messages.find((x) => x.id === sent.message.id)!;
      expect(m).toMatchObject({ body: null, isDeleted: true, moderationState: 'removed' });
    } finally {
      reader.close();
      writer.close();
    }
  });

  it('watched words block, hold for approval, or flag; new members’ first posts wait in groups that ask', async () => {
    const WORD = `mutation($i: WatchedWordInput!) { addWatchedWord(input: $i) { id phrase action } }`;
    expect(errorCode(await reporters[0]!.gql(WORD, { i: { groupId: groupA, phrase: 'miracle cure', action: 'block' } }))).toBe('FORBIDDEN');
    await groupMod.ok(WORD, { i: { groupId: groupA, phrase: 'miracle cure', action: 'block' } });
    await groupMod.ok(WORD, { i: { groupId: groupA, phrase: 'supplement shop', action: 'approve' } });
    await groupMod.ok(WORD, { i: { groupId: groupA, phrase: 'ivermectin', action: 'flag' } });
    expect(errorCode(await groupMod.gql(WORD, { i: { groupId: groupA, phrase: 'Miracle Cure', action: 'flag' } }))).toBe('WATCHED_WORD_TAKEN');
    const WORDS = `query($s: String!) { group(slug: $s) { watchedWords { phrase action } } }`;
    expect((await groupMod.ok(WORDS, { s: slugs.get(groupA) })).group.watchedWords).toHaveLength(3);
    expect(errorCode(await reporters[0]!.gql(WORDS, { s: slugs.get(groupA) }))).toBe('FORBIDDEN');
    const blocked = await author.gql(START, { i: { groupId: groupA, kind: 'advice', title: 'A Miracle Cure!', body: 'Really.', tags: [], anonymous: false } });
    expect(errorCode(blocked)).toBe('WATCHED_WORD');
    // In chat too (the words are read once and kept briefly; adding one takes effect at once here).
    const socket = chatSocket(t.url, author);
    try {
      await connected(socket);
      await ask(socket, 'chat:join', { groupId: groupA });
      expect(await ask(socket, 'chat:send', { groupId: groupA, clientId: 'w1', body: 'found a MIRACLE cure today' })).toMatchObject({
        ok: false,
        error: { code: 'WATCHED_WORD' },
      });
      expect(await ask(socket, 'chat:send', { groupId: groupA, clientId: 'w2', body: 'no cure, but pacing helps' })).toMatchObject({ ok: true });
    } finally {
      socket.close();
    }
    const held = await thread(author, groupA, 'Try the supplement shop on the high street.');
    expect(held).toMatchObject({ moderationState: 'pending' });
    expect(errorCode(await reporters[0]!.gql(THREAD, { id: held.id }))).toBe('CONTENT_HIDDEN');
    const flagged = await thread(author, groupA, 'Has anyone tried ivermectin for this?');
    expect(flagged.moderationState).toBe('visible');
    expect((await caseFor(groupMod, flagged.id)).sources).toEqual(['watched_word']);
    const heldCase = await caseFor(groupMod, held.id);
    expect(heldCase.sources).toEqual(['watched_word']);
    await groupMod.ok(MODERATE, { i: { caseId: heldCase.id, action: 'approve', reason: 'A local shop, fine.' } });
    expect((await reporters[0]!.ok(THREAD, { id: held.id })).thread.moderationState).toBe('visible');

    // New members' first two posts wait in a group that approves them.
    await groupMod.ok(`mutation($g: ID!) { setGroupApproveNewMembers(groupId: $g, enabled: true) { approveNewMembers } }`, { g: groupA });
    const newbie = new GqlClient(t.url);
    await newbie.register();
    await join(newbie, groupA);
    const first = await thread(newbie, groupA);
    expect(first.moderationState).toBe('pending');
    expect(first.moderationReason).toMatch(/first posts/);
    expect((await caseFor(groupMod, first.id)).sources).toEqual(['new_member']);
    await groupMod.ok(MODERATE, { i: { targetType: 'thread', targetId: first.id, action: 'approve', reason: 'Welcome!' } });
    const second = await thread(newbie, groupA);
    expect(second.moderationState).toBe('pending');
    await groupMod.ok(MODERATE, { i: { targetType: 'thread', targetId: second.id, action: 'approve', reason: 'Welcome!' } });
    expect((await thread(newbie, groupA)).moderationState).toBe('visible');
    await groupMod.ok(`mutation($g: ID!) { setGroupApproveNewMembers(groupId: $g, enabled: false) { approveNewMembers } }`, { g: groupA });
  });

  it('what-works leaves out a hidden experience report', async () => {
    const WW = `query($c: String!) { whatWorks(conditionSlug: $c) { reportCount } }`;
    const before = (await reporters[2]!.ok(WW, { c: 'copd' })).whatWorks.reportCount;
    const ivs = await author.ok(`{ interventions(conditionSlug: "copd", first: 5) { nodes { id } } }`);
    const filed = (
      await author.ok(`mutation($i: FileExperienceReportInput!) { fileExperienceReport(input: $i) { id moderationState } }`, {
        i: {
          conditionId,
          interventionId: ivs.interventions.nodes[0].id,
          effectiveness: 'major',
          sideEffects: [],
          adherence: 'mostly',
          burden: 'low',
          costBand: 'free',
          durationWeeks: 10,
          stillUsing: true,
          tips: 'It worked for me.',
        },
      })
    ).fileExperienceReport;
    expect((await reporters[2]!.ok(WW, { c: 'copd' })).whatWorks.reportCount).toBe(before + 1);
    expect(errorCode(await groupMod.gql(MODERATE, { i: { targetType: 'experience_report', targetId: filed.id, action: 'hide', reason: 'Fake.' } }))).toBe('FORBIDDEN');
    await site.ok(MODERATE, { i: { targetType: 'experience_report', targetId: filed.id, action: 'hide', reason: 'Looks fabricated.' } });
    expect((await reporters[2]!.ok(WW, { c: 'copd' })).whatWorks.reportCount).toBe(before);
    expect(errorCode(await reporters[2]!.gql(`query($id: ID!) { experienceReport(id: $id) { id } }`, { id: filed.id }))).toBe('NOT_FOUND');
  });

  it('limits how many reports one member files in an hour', async () => {
    const flooder = new GqlClient(t.url);
    const { id: flooderId } = await flooder.register();
    await join(flooder, groupA);
    // 30 reports filed in the last hour (on other items)…
    for (let i = 0; i < 30; i++) {
      const [{ id: other }] = await t.db.query(
        `INSERT INTO moderation_cases (target_type, target_id, snapshot, status) VALUES ('member', gen_random_uuid(), '{}', 'resolved') RETURNING id`,
      );
      await t.db.query(`INSERT INTO content_reports (case_id, reporter_id, reason, snapshot) VALUES ($1, $2, 'spam', '{}')`, [other, flooderId]);
    }
    // …and the 31st is refused, with nothing stored.
    const th = await thread(author, groupA);
    const r = await report(flooder, 'thread', th.id, 'spam');
    expect(errorCode(r)).toBe('TOO_MANY_REQUESTS');
    expect(r.errors![0]!.message).toMatch(/30 reports an hour/);
    expect(await caseFor(site, th.id)).toBeUndefined();
  });

  it('every action is in the audit log, searchable by moderators; no API and no SQL can change an entry', async () => {
    const LOG = `query($q: String, $a: String, $actor: String) { auditLog(q: $q, action: $a, actorHandle: $actor, first: 100) { totalCount nodes { action reason actorLabel groupId } } }`;
    const all = (await site.ok(LOG, {})).auditLog;
    expect(all.nodes.map((x: { action: string }) => x.action)).toEqual(
      expect.arrayContaining(['content.hide', 'content.remove', 'content.restore', 'content.lock', 'member.mute', 'member.suspend', 'member.warn', 'content.auto_hide', 'content.approve']),
    );
    expect(all.nodes.find((x: { action: string }) => x.action === 'content.auto_hide').actorLabel).toMatch(/automatic/);
    const found = (await site.ok(LOG, { q: 'fabricated' })).auditLog.nodes;
    expect(found).toHaveLength(1);
    expect((await site.ok(LOG, { a: 'member' })).auditLog.nodes.every((x: { action: string }) => x.action.startsWith('member.'))).toBe(true);
    // Group A's moderator sees only group A's entries; members see nothing.
    const mine = (await groupMod.ok(LOG, {})).auditLog.nodes;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((x: { groupId: string }) => x.groupId === groupA)).toBe(true);
    expect(errorCode(await author.gql(LOG, {}))).toBe('FORBIDDEN');
    // The schema has no mutation that touches the audit log…
    const schema = await site.ok(`{ __schema { mutationType { fields { name } } } }`);
    const names: string[] = schema.__schema.mutationType.fields.map((f: { name: string }) => f.name);
    expect(names.filter((x) => /audit/i.test(x))).toEqual([]);
    // …and the database refuses to change or delete one, whoever asks.
    await expect(t.db.query(`UPDATE audit_log SET reason = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
  });

  it('the older direct mutations are the same acts as the queue’s: one audit name each, recorded against the open case, the author told', async () => {
    const m = new GqlClient(t.url);
    const me = await m.register();
    await join(m, groupA);
    const LOCK = `mutation($id: ID!) { setThreadLocked(id: $id, locked: true, input: { reason: "Going in circles" }) { isLocked } }`;
    const th = await thread(m, groupA);
    expect((await report(reporters[1]!, 'thread', th.id)).errors).toBeUndefined();
    const found = await caseFor(groupMod, th.id);
    await groupMod.ok(LOCK, { id: th.id });
    const c = (await groupMod.ok(CASE, { id: found.id })).moderationCase;
    expect(c.history[0]).toMatchObject({ action: 'content.lock', reason: 'Going in circles' });
    expect(c.status).toBe('open');
    const [{ details }] = await t.db.query(`SELECT details FROM audit_log WHERE target_id = $1 AND action = 'content.lock'`, [th.id]);
    expect(details.caseId).toBe(found.id);
    // A direct act on an item with no open case opens none.
    const other = await thread(m, groupA);
    await groupMod.ok(LOCK, { id: other.id });
    expect(await caseFor(groupMod, other.id)).toBeUndefined();
    // Muting a member by id and ending it: member.mute and member.unmute, naming the member (nothing anonymous here).
    const MUTE = `mutation($i: MuteInput!) { muteChatMember(input: $i) { until } }`;
    const UNMUTE = `mutation($i: UnmuteInput!) { unmuteChatMember(input: $i) }`;
    await groupMod.ok(MUTE, { i: { groupId: groupA, userId: me.id, minutes: 5, reason: 'Five minutes to cool off' } });
    expect((await groupMod.ok(UNMUTE, { i: { groupId: groupA, userId: me.id, reason: 'Done' } })).unmuteChatMember).toBe(true);
    expect((await groupMod.ok(UNMUTE, { i: { groupId: groupA, userId: me.id, reason: 'Again' } })).unmuteChatMember).toBe(false);
    const rows = await t.db.query(`SELECT action, details->>'memberId' AS member FROM audit_log WHERE target_id = $1 ORDER BY id`, [me.id]);
    expect(rows).toEqual([
      { action: 'member.mute', member: me.id },
      { action: 'member.unmute', member: me.id },
    ]);
    const notes = (await m.ok(NOTES)).notifications.nodes.map((x: { message: string }) => x.message);
    expect(notes.some((x: string) => /locked your thread/.test(x) && /Going in circles/.test(x))).toBe(true);
    expect(notes.some((x: string) => /muted you/.test(x))).toBe(true);
    expect(notes.some((x: string) => /ended your mute/.test(x))).toBe(true);
  });
});
