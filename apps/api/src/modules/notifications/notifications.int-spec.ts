import type { NotificationEvent } from '@kindred/contracts';
import { chatSocket, connected, until, type ChatSocket } from '../../testing/chat-client';
import { errorCode, GqlClient } from '../../testing/gql-client';
import { markEmailVerified, promote } from '../../testing/promote';
import { startTestApp, TestApp } from '../../testing/test-app';
import { DigestService } from './digest.service';

const LIST = `query($unread: Boolean) { unreadNotificationCount notifications(first: 20, unreadOnly: $unread) { totalCount nodes { id kind message url readAt } } }`;

describe('notifications, mentions and the email digest (integration)', () => {
  let t: TestApp;
  let mod: GqlClient;
  let asker: GqlClient;
  let helper: GqlClient;
  let askerHandle: string;
  let helperHandle: string;
  let helperId: string;
  let askerId: string;
  let group: string;
  let privateGroup: string;
  const sockets: ChatSocket[] = [];

  async function makeGroup(visibility: 'public' | 'private') {
    const slug = `n-${Math.random().toString(36).slice(2, 9)}`;
    const c = await mod.ok(`{ condition(slug: "asthma") { id } }`);
    return (
      await mod.ok(`mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`, {
        i: { conditionId: c.condition.id, slug, name: `Notify ${slug}`, description: '', visibility, allowAnonymous: true },
      })
    ).createGroup.id as string;
  }
  async function join(c: GqlClient, groupId: string) {
    const r = await c.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { id status } }`, { id: groupId });
    if (r.joinGroup.status === 'pending') {
      await mod.ok(`mutation($id: ID!) { decideJoinRequest(requestId: $id, approve: true) { status } }`, { id: r.joinGroup.id });
    }
  }
  const ask = async (c: GqlClient, groupId: string, body: string, extra: Record<string, unknown> = {}) =>
    (
      await c.ok(`mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`, {
        i: { groupId, kind: 'question', title: 'Peak flow readings at night', body, tags: [], anonymous: false, ...extra },
      })
    ).startThread.id as string;
  const reply = async (c: GqlClient, threadId: string, body: string, extra: Record<string, unknown> = {}) =>
    (await c.ok(`mutation($i: ReplyInput!) { reply(input: $i) { id } }`, { i: { threadId, body, anonymous: false, ...extra } })).reply.id as string;
  const list = async (c: GqlClient, unread = false) => (await c.ok(LIST, { unread })) as { unreadNotificationCount: number; notifications: { totalCount: number; nodes: any[] } };
  const settle = () => new Promise((r) => setTimeout(r, 150)); // notifications are made just after the commit

  beforeAll(async () => {
    t = await startTestApp();
    mod = new GqlClient(t.url);
    await promote(t.db, (await mod.register()).id, 'moderator');
    asker = new GqlClient(t.url);
    ({ handle: askerHandle, id: askerId } = await asker.register());
    helper = new GqlClient(t.url);
    ({ handle: helperHandle, id: helperId } = await helper.register());
    group = await makeGroup('public');
    privateGroup = await makeGroup('private');
    await join(asker, group);
    await join(helper, group);
  });

  afterEach(() => sockets.splice(0).forEach((s) => s.disconnect()));
  afterAll(async () => {
    await t?.close();
  });

  it('tells the asker about a reply live over the socket and in the list, and marks read one by one or all at once', async () => {
    const s = chatSocket(t.url, asker);
    sockets.push(s);
    const live: NotificationEvent[] = [];
    s.on('notification:new', (e) => live.push(e));
    await connected(s);
    const thread = await ask(asker, group, 'Mine drop at 3am.');
    const replyId = await reply(helper, thread, 'Mine too; a spacer helped.');
    await until(() => live.length === 1, 5_000, 'a live notification');
    expect(live[0]).toEqual({
      notification: { id: expect.any(String), kind: 'reply', message: `${helperHandle} replied to your thread “Peak flow readings at night”`, url: `/threads/${thread}#reply-${replyId}`, createdAt: expect.any(String) },
      unread: 1,
    });
    const before = await list(asker);
    expect(before.unreadNotificationCount).toBe(1);
    expect(before.notifications.nodes[0]).toMatchObject({ id: live[0]!.notification.id, kind: 'reply', readAt: null });
    await helper.ok(`mutation($id: ID!) { markHelpful(target: thread, id: $id) { helpfulCount } }`, { id: thread });
    await settle();
    expect((await list(asker)).unreadNotificationCount).toBe(2);
    await asker.ok(`mutation($id: ID!) { markNotificationRead(id: $id) { readAt } }`, { id: live[0]!.notification.id });
    expect((await list(asker, true)).notifications.nodes.map((n) => n.kind)).toEqual(['helpful']);
    expect(await asker.ok(`mutation { markAllNotificationsRead }`)).toEqual({ markAllNotificationsRead: 1 });
    expect((await list(asker)).unreadNotificationCount).toBe(0);
    // Another member's notifications are not theirs to mark.
    expect((await helper.gql(`mutation($id: ID!) { markNotificationRead(id: $id) { id } }`, { id: live[0]!.notification.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('notifies a mention with a link to the post, and never about content the mentioned member may not read', async () => {
    const thread = await ask(helper, group, `What do you think, @${askerHandle}?`);
    await settle();
    const mine = await list(asker, true);
    expect(mine.notifications.nodes[0]).toMatchObject({ kind: 'mention', url: `/threads/${thread}` });
    const html = await helper.ok(`query($id: ID!) { thread(id: $id) { bodyHtml } }`, { id: thread });
    expect(html.thread.bodyHtml).toContain(`<a href="/members/${askerHandle}" class="mention">@${askerHandle}</a>`);
    await asker.ok(`mutation { markAllNotificationsRead }`);
    await join(helper, privateGroup);
    await ask(helper, privateGroup, `Secret circle; @${askerHandle} is not in it.`);
    await settle();
    expect((await list(asker, true)).notifications.totalCount).toBe(0);
  });

  it('does not notify a kind the member switched off, and tells followers about new threads', async () => {
    await asker.ok(`mutation { updateNotificationSettings(input: { enabledKinds: [mention, helpful, join_decided, moderation, new_thread], digest: off }) { enabledKinds } }`);
    const thread = await ask(asker, group, 'Switched off replies');
    await reply(helper, thread, 'You will not hear about this one.');
    await settle();
    expect((await list(asker, true)).notifications.totalCount).toBe(0);
    await asker.ok(`mutation($g: ID!) { followGroup(groupId: $g, follow: true) }`, { g: group });
    const slug = (await t.db.query(`SELECT slug FROM groups WHERE id = $1`, [group]))[0].slug;
    expect((await asker.ok(`query($s: String!) { group(slug: $s) { viewerFollows } }`, { s: slug })).group.viewerFollows).toBe(true);
    await ask(helper, group, 'A new thread for followers');
    await settle();
    expect((await list(asker, true)).notifications.nodes.map((n) => n.kind)).toEqual(['new_thread']);
    await asker.ok(`mutation { markAllNotificationsRead }`);
    await asker.ok(`mutation { updateNotificationSettings(input: { enabledKinds: [reply, mention, helpful, join_decided, moderation, new_thread], digest: off }) { enabledKinds } }`);
  });

  it('stops mentions and notifications between members who blocked each other, both ways', async () => {
    await asker.ok(`mutation($u: ID!) { blockMember(userId: $u) { id } }`, { u: helperId });
    const thread = await ask(asker, group, 'Blocked test');
    // For the blocked member the blocker's thread is not there: no reply, so nothing to tell.
    const refused = await helper.gql(`mutation($i: ReplyInput!) { reply(input: $i) { id } }`, { i: { threadId: thread, body: `Hello @${askerHandle}`, anonymous: false } });
    expect(errorCode(refused)).toBe('NOT_FOUND');
    await ask(helper, group, `Hello @${askerHandle}`);
    await ask(asker, group, `And you, @${helperHandle}?`);
    await settle();
    expect((await list(asker, true)).notifications.totalCount).toBe(0);
    expect((await list(helper, true)).notifications.nodes.filter((n) => n.kind === 'mention')).toEqual([]);
    await asker.ok(`mutation($u: ID!) { unblockMember(userId: $u) }`, { u: helperId });
    await reply(helper, thread, 'Back again');
    await settle();
    expect((await list(asker, true)).notifications.totalCount).toBe(1);
    await asker.ok(`mutation { markAllNotificationsRead }`);
  });

  it('tells a member about a moderation action on their content, without naming the moderator', async () => {
    const thread = await ask(asker, group, 'To be locked');
    await mod.ok(`mutation($id: ID!) { setThreadLocked(id: $id, locked: true, input: { reason: "Resolved; please start a new thread" }) { isLocked } }`, { id: thread });
    await settle();
    const n = (await list(asker, true)).notifications.nodes[0];
    expect(n).toMatchObject({ kind: 'moderation', message: 'A moderator locked your thread “Peak flow readings at night”: Resolved; please start a new thread' });
    await asker.ok(`mutation { markAllNotificationsRead }`);
  });

  it('sends a daily digest of unread notifications through the mail transport, once per day', async () => {
    // Digests go only to confirmed addresses (account-security.int-spec.ts checks the delivered mail).
    await markEmailVerified(t.db, helperHandle);
    await helper.ok(`mutation { updateNotificationSettings(input: { enabledKinds: [reply, mention, helpful, join_decided, moderation, new_thread], digest: daily }) { digest } }`);
    await helper.ok(`mutation { markAllNotificationsRead }`);
    const thread = await ask(helper, group, 'Digest me');
    await reply(asker, thread, 'A reply for the digest');
    await settle();
    const digests = t.app.get(DigestService);
    const now = new Date();
    const sent = await digests.sendDue(now);
    const mine = sent.filter((d) => d.to.startsWith(helperHandle.toLowerCase()));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.subject).toBe('Kindred: 1 new notification');
    expect(mine[0]!.text).toContain(`${askerHandle} replied to your thread`);
    expect(mine[0]!.text).toContain(`http://localhost:3000/threads/${thread}#reply-`);
    expect((await digests.sendDue(new Date(now.getTime() + 60_000))).filter((d) => d.to.startsWith(helperHandle.toLowerCase()))).toEqual([]);
    expect(askerId).toBeTruthy();
  });
});
