import { randomUUID } from 'node:crypto';
import { LIMITS } from '@kindred/contracts';
import type { ChatMessage, PresenceEvent, TypingStateEvent } from '@kindred/contracts';
import { ask, chatSocket, connected, inbox, okAck, refusal, sleep, until, type ChatSocket } from '../../testing/chat-client';
import { errorCode, GqlClient } from '../../testing/gql-client';
import { promote } from '../../testing/promote';
import { startTestApp, TestApp } from '../../testing/test-app';

describe('group chat over Socket.IO (integration, real clients)', () => {
  let t: TestApp;
  let mod: GqlClient;
  let alice: GqlClient;
  let bob: GqlClient;
  let outsider: GqlClient;
  let ids: Record<'mod' | 'alice' | 'bob' | 'outsider', string>;
  let privateGroup: string;
  const sockets: ChatSocket[] = [];

  const open = async (c?: GqlClient, opts: { origin?: string } = {}) => {
    const s = chatSocket(t.url, c, opts);
    sockets.push(s);
    if (c) await connected(s);
    return s;
  };
  async function group(visibility: 'public' | 'private') {
    const slug = `chat-${Math.random().toString(36).slice(2, 9)}`;
    const c = await mod.ok(`{ condition(slug: "asthma") { id } }`);
    const g = await mod.ok(`mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`, {
      i: { conditionId: c.condition.id, slug, name: `Chat ${slug}`, description: '', visibility, allowAnonymous: false },
    });
    return g.createGroup.id as string;
  }
  async function join(c: GqlClient, groupId: string) {
    const r = await c.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { id status } }`, { id: groupId });
    if (r.joinGroup.status === 'pending') {
      await mod.ok(`mutation($id: ID!) { decideJoinRequest(requestId: $id, approve: true) { status } }`, { id: r.joinGroup.id });
    }
  }
  /** A fresh private group with alice and bob as members (mod created it and moderates it). */
  async function room() {
    const g = await group('private');
    await join(alice, g);
    await join(bob, g);
    return g;
  }
  const send = (s: ChatSocket, groupId: string, body: string, clientId: string = randomUUID()) => ask(s, 'chat:send', { groupId, clientId, body });
  const rows = async (groupId: string) =>
    (await t.db.query(`SELECT seq::int, client_id, body, author_id FROM chat_messages WHERE group_id = $1 ORDER BY seq`, [groupId])) as {
      seq: number;
      client_id: string;
      body: string;
      author_id: string;
    }[];

  beforeAll(async () => {
    t = await startTestApp();
    mod = new GqlClient(t.url);
    const m = await mod.register();
    await promote(t.db, m.id, 'moderator');
    outsider = new GqlClient(t.url);
    ids = { mod: m.id, alice: '', bob: '', outsider: (await outsider.register()).id };
  });

  // Fresh members for each test: each member's send rate is limited, and tests must not share it.
  beforeEach(async () => {
    alice = new GqlClient(t.url);
    bob = new GqlClient(t.url);
    ids.alice = (await alice.register()).id;
    ids.bob = (await bob.register()).id;
    privateGroup = await room();
  });

  afterEach(() => {
    sockets.splice(0).forEach((s) => s.disconnect());
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('handshake', () => {
    it('refuses a connection without a session, with a reason', async () => {
      const r = await refusal(await open());
      expect(r.message).toBe('UNAUTHENTICATED');
      expect(r.data).toEqual({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/sign in/i) });
    });

    it('refuses a forged or revoked session cookie', async () => {
      const forged = new GqlClient(t.url);
      forged.cookies.set('kindred_session', 'not-a-real-token');
      expect((await refusal(chatSocket(t.url, forged))).message).toBe('UNAUTHENTICATED');
      const leaver = new GqlClient(t.url);
      await leaver.register();
      const stale = new Map(leaver.cookies);
      await leaver.ok(`mutation { signOut }`);
      stale.forEach((v, k) => leaver.cookies.set(k, v));
      expect((await refusal(chatSocket(t.url, leaver))).message).toBe('UNAUTHENTICATED');
    });

    it('closes a member’s open sockets when they sign out', async () => {
      const s = await open(alice);
      const closed = new Promise<string>((resolve) => s.once('disconnect', resolve));
      await alice.ok(`mutation { signOut }`);
      expect(await closed).toBe('io server disconnect');
    });

    it('refuses a page from another site even with a valid session', async () => {
      const s = chatSocket(t.url, alice, { origin: 'https://evil.example' });
      sockets.push(s);
      const r = await refusal(s);
      expect(r.message).toBe('ORIGIN_NOT_ALLOWED');
    });
  });

  describe('joining a room', () => {
    it('lets members join and refuses non-members, unknown groups and garbage ids', async () => {
      const a = await open(alice);
      const joined = okAck(await ask(a, 'chat:join', { groupId: privateGroup }));
      expect(joined).toMatchObject({ groupId: privateGroup, hasMore: false, mutedUntil: null });
      const o = await open(outsider);
      const refused = await ask(o, 'chat:join', { groupId: privateGroup });
      expect(refused).toEqual({ ok: false, error: { code: 'NOT_A_MEMBER', message: expect.any(String) } });
      expect(await ask(o, 'chat:join', { groupId: randomUUID() })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await ask(o, 'chat:join', { groupId: "x' OR 1=1 --" })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await ask(o, 'chat:join', null as never)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    });

    it('a non-member never receives a private room’s messages, history or catch-up, even by asking directly', async () => {
      const o = await open(outsider);
      const seen = inbox(o);
      const a = await open(alice);
      okAck(await ask(a, 'chat:join', { groupId: privateGroup }));
      okAck(await send(a, privateGroup, 'private words'));
      expect(await ask(o, 'chat:history', { groupId: privateGroup })).toMatchObject({ ok: false, error: { code: 'NOT_A_MEMBER' } });
      expect(await ask(o, 'chat:catch-up', { groupId: privateGroup, afterSeq: 0 })).toMatchObject({ ok: false, error: { code: 'NOT_A_MEMBER' } });
      expect(await send(o, privateGroup, 'let me in')).toMatchObject({ ok: false, error: { code: 'NOT_A_MEMBER' } });
      const gql = await outsider.gql(`query($g: ID!) { chatMessages(groupId: $g) { messages { body } } }`, { g: privateGroup });
      expect(errorCode(gql)).toBe('NOT_A_MEMBER');
      await sleep(200);
      expect(seen).toEqual([]);
    });
  });

  describe('messages', () => {
    it('acknowledges a send only once it is stored, numbers messages per room and delivers them to the room', async () => {
      const g = await room();
      const a = await open(alice);
      const b = await open(bob);
      const bobInbox = inbox(b);
      okAck(await ask(a, 'chat:join', { groupId: g }));
      okAck(await ask(b, 'chat:join', { groupId: g }));
      for (const body of ['one', 'two', 'three']) {
        const ack = okAck(await send(a, g, body));
        // Acknowledged: it is already in PostgreSQL, with its number.
        const stored = await rows(g);
        expect(stored.at(-1)).toMatchObject({ seq: ack.message.seq, body, author_id: ids.alice });
        expect(ack.duplicate).toBe(false);
      }
      expect((await rows(g)).map((r) => r.seq)).toEqual([1, 2, 3]);
      await until(() => bobInbox.length === 3, 5_000, 'bob to receive three messages');
      expect(bobInbox.map((m) => [m.seq, m.body, m.authorLabel])).toEqual([
        [1, 'one', expect.any(String)],
        [2, 'two', expect.any(String)],
        [3, 'three', expect.any(String)],
      ]);
      expect(bobInbox[0]!.author).toEqual({ id: ids.alice, handle: expect.any(String) });
    });

    it('stores a retried client id once, even when the copies race', async () => {
      const g = await room();
      const a = await open(alice);
      const clientId = randomUUID();
      const first = okAck(await send(a, g, 'only once', clientId));
      const again = okAck(await send(a, g, 'only once', clientId));
      expect(again.duplicate).toBe(true);
      expect(again.message.seq).toBe(first.message.seq);
      const racing = randomUUID();
      await sleep(1_100);
      const [x, y] = await Promise.all([send(a, g, 'raced', racing), send(a, g, 'raced', racing)]);
      expect([okAck(x).message.seq, okAck(y).message.seq]).toEqual([2, 2]);
      const stored = await rows(g);
      expect(stored.map((r) => r.client_id)).toEqual([clientId, racing]);
      expect(stored.map((r) => r.seq)).toEqual([1, 2]); // no gap left by the refused copy
    });

    it('refuses empty, over-long and oversized messages clearly, storing nothing', async () => {
      const g = await room();
      const a = await open(alice);
      expect(await send(a, g, '   ')).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: [{ field: 'body', code: 'REQUIRED' }] } });
      expect(await send(a, g, 'x'.repeat(LIMITS.chatMessageMax + 1))).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION_FAILED', fields: [{ field: 'body', code: 'TOO_LONG' }] },
      });
      expect(await ask(a, 'chat:send', { groupId: g, clientId: 'x'.repeat(65), body: 'hi' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      // Beyond the payload limit the server drops the connection instead of reading it.
      const dropped = new Promise<string>((resolve) => a.once('disconnect', resolve));
      a.emit('chat:send', { groupId: g, clientId: randomUUID(), body: 'y'.repeat(LIMITS.chatPayloadBytes + 10) }, () => undefined);
      expect(await dropped).toMatch(/transport (close|error)/);
      expect(await rows(g)).toEqual([]);
    });

    it('limits each member to a burst of 5 beyond 1 per second, with a retry delay', async () => {
      const g = await room();
      const b = await open(bob);
      const results = [];
      for (let i = 0; i < 8; i++) results.push(await send(b, g, `quick ${i}`));
      const refused = results.filter((r) => !r.ok);
      expect(results.filter((r) => r.ok).length).toBe(1 + LIMITS.chatBurst);
      expect(refused[0]).toMatchObject({ ok: false, error: { code: 'TOO_MANY_REQUESTS', retryAfterMs: expect.any(Number) } });
      expect((await rows(g)).length).toBe(1 + LIMITS.chatBurst);
    });

    it('lets the author edit and delete; others cannot; a deleted message shows as deleted everywhere', async () => {
      const g = await room();
      const a = await open(alice);
      const b = await open(bob);
      const updates: ChatMessage[] = [];
      b.on('chat:updated', (m) => updates.push(m));
      okAck(await ask(b, 'chat:join', { groupId: g }));
      const sent = okAck(await send(a, g, 'typo hree')).message;
      await sleep(1_100);
      expect(await ask(b, 'chat:edit', { messageId: sent.id, body: 'hijacked' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await ask(b, 'chat:delete', { messageId: sent.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      const edited = okAck(await ask(a, 'chat:edit', { messageId: sent.id, body: 'typo here' })).message;
      expect(edited).toMatchObject({ body: 'typo here', seq: sent.seq, editedAt: expect.any(String) });
      const deleted = okAck(await ask(a, 'chat:delete', { messageId: sent.id })).message;
      expect(deleted).toMatchObject({ body: null, isDeleted: true, deletedByModerator: false });
      await until(() => updates.length === 2, 5_000, 'edit and delete to reach bob');
      const history = okAck(await ask(b, 'chat:history', { groupId: g }));
      expect(history.messages).toEqual([expect.objectContaining({ seq: sent.seq, body: null, isDeleted: true })]);
      expect(await ask(a, 'chat:edit', { messageId: sent.id, body: 'back' })).toMatchObject({ ok: false, error: { code: 'MESSAGE_DELETED' } });
    });

    it('loads history backwards page by page, over the socket and over GraphQL', async () => {
      const g = await room();
      await t.db.query(`INSERT INTO chat_rooms (group_id, last_seq) VALUES ($1, 120)`, [g]);
      await t.db.query(
        `INSERT INTO chat_messages (group_id, seq, author_id, client_id, body)
         SELECT $1, n, $2, 'seed-' || n, 'message ' || n FROM generate_series(1, 120) n`,
        [g, ids.alice],
      );
      const b = await open(bob);
      const latest = okAck(await ask(b, 'chat:history', { groupId: g }));
      expect(latest.messages.map((m) => m.seq)).toEqual(Array.from({ length: 50 }, (_, i) => 71 + i));
      expect(latest.hasMore).toBe(true);
      const older = okAck(await ask(b, 'chat:history', { groupId: g, beforeSeq: 71, limit: 100 }));
      expect(older.messages.map((m) => m.seq)).toEqual(Array.from({ length: 70 }, (_, i) => 1 + i));
      expect(older.hasMore).toBe(false);
      expect(await ask(b, 'chat:history', { groupId: g, limit: 101 })).toMatchObject({ ok: false, error: { code: 'PAGE_SIZE_TOO_LARGE' } });
      const page = await bob.ok(`query($g: ID!) { chatMessages(groupId: $g, beforeSeq: 3) { hasMore messages { seq body author { handle } } } }`, { g });
      expect(page.chatMessages).toEqual({ hasMore: false, messages: [expect.objectContaining({ seq: 1 }), expect.objectContaining({ seq: 2 })] });
    });
  });

  describe('nothing lost', () => {
    it('gives a reconnecting client everything it missed, in order, once — across pages for a long gap', async () => {
      const g = await room();
      const a = await open(alice);
      let b = await open(bob);
      const bobSeen = inbox(b);
      const before = okAck(await ask(b, 'chat:join', { groupId: g }));
      expect(before.lastSeq).toBe(0);
      okAck(await send(a, g, 'before the drop'));
      await until(() => bobSeen.length === 1, 5_000, 'the first message');
      b.disconnect();
      // During the gap: three live sends (within the burst allowance), then a long stretch
      // written straight to the table, as an hour of other members' messages would be.
      for (const body of ['missed 1', 'missed 2', 'missed 3']) okAck(await send(a, g, body));
      await t.db.query(`UPDATE chat_rooms SET last_seq = last_seq + 250 WHERE group_id = $1`, [g]);
      await t.db.query(
        `INSERT INTO chat_messages (group_id, seq, author_id, client_id, body)
         SELECT $1, 4 + n, $2, 'gap-' || n, 'during the hour ' || n FROM generate_series(1, 250) n`,
        [g, ids.alice],
      );
      b = await open(bob);
      const got: ChatMessage[] = [];
      let ack = okAck(await ask(b, 'chat:join', { groupId: g, afterSeq: bobSeen.at(-1)!.seq }));
      got.push(...ack.messages);
      expect(ack.lastSeq).toBe(254);
      while (ack.hasMore) {
        ack = okAck(await ask(b, 'chat:catch-up', { groupId: g, afterSeq: got.at(-1)!.seq })) as typeof ack;
        got.push(...ack.messages);
      }
      expect(got.map((m) => m.seq)).toEqual(Array.from({ length: 253 }, (_, i) => i + 2));
      expect(got.slice(0, 3).map((m) => m.body)).toEqual(['missed 1', 'missed 2', 'missed 3']);
    });
  });

  describe('presence and typing', () => {
    it('shows who is online and typing, and respects each member switching either off', async () => {
      const g = await room();
      const a = await open(alice);
      const presence: PresenceEvent[] = [];
      const typing: TypingStateEvent[] = [];
      a.on('chat:presence', (e) => presence.push(e));
      a.on('chat:typing-state', (e) => typing.push(e));
      okAck(await ask(a, 'chat:join', { groupId: g }));
      const b = await open(bob);
      const joined = okAck(await ask(b, 'chat:join', { groupId: g }));
      expect(joined.online.map((m) => m.userId).sort()).toEqual([ids.alice, ids.bob].sort());
      await until(() => presence.some((e) => e.member.userId === ids.bob && e.online), 5_000, 'bob online');
      b.emit('chat:typing', { groupId: g, typing: true });
      await until(() => typing.some((e) => e.member.userId === ids.bob && e.typing), 5_000, 'bob typing');
      b.disconnect();
      await until(() => presence.some((e) => e.member.userId === ids.bob && !e.online), 5_000, 'bob offline');

      // Bob hides presence and typing: he no longer appears, and his typing is not relayed.
      await bob.ok(`mutation { updateChatPrivacy(input: { sharePresence: false, shareTyping: false }) { sharePresence shareTyping } }`);
      presence.length = 0;
      typing.length = 0;
      const b2 = await open(bob);
      const again = okAck(await ask(b2, 'chat:join', { groupId: g }));
      expect(again.online.map((m) => m.userId)).toEqual([ids.alice]);
      b2.emit('chat:typing', { groupId: g, typing: true });
      await sleep(300);
      expect(presence).toEqual([]);
      expect(typing).toEqual([]);
      await bob.ok(`mutation { updateChatPrivacy(input: { sharePresence: true, shareTyping: true }) { sharePresence } }`);
      await until(() => presence.some((e) => e.member.userId === ids.bob && e.online), 5_000, 'bob visible again at once');
    });
  });

  describe('safety', () => {
    it('lets a group moderator mute a member for a period; the member’s sends are refused with the reason', async () => {
      const g = await room();
      const b = await open(bob);
      expect(
        errorCode(await alice.gql(`mutation($i: MuteInput!) { muteChatMember(input: $i) { until } }`, { i: { groupId: g, userId: ids.bob, minutes: 10, reason: 'cool off' } })),
      ).toBe('FORBIDDEN');
      const muted = await mod.ok(`mutation($i: MuteInput!) { muteChatMember(input: $i) { handle until reason } }`, {
        i: { groupId: g, userId: ids.bob, minutes: 10, reason: 'Please cool off for a while' },
      });
      expect(new Date(muted.muteChatMember.until).getTime()).toBeGreaterThan(Date.now() + 9 * 60_000);
      const refused = await send(b, g, 'can I talk?');
      expect(refused).toMatchObject({ ok: false, error: { code: 'MUTED', until: expect.any(String), message: expect.stringContaining('Please cool off') } });
      expect(okAck(await ask(b, 'chat:join', { groupId: g })).mutedUntil).toEqual(expect.any(String));
      const [audit] = await t.db.query(`SELECT actor_id, action, reason FROM audit_log WHERE target_id = $1 AND action = 'member.mute'`, [ids.bob]);
      expect(audit).toEqual({ actor_id: ids.mod, action: 'member.mute', reason: 'Please cool off for a while' });
      await mod.ok(`mutation($i: UnmuteInput!) { unmuteChatMember(input: $i) }`, { i: { groupId: g, userId: ids.bob, reason: 'done' } });
      okAck(await send(b, g, 'thanks'));
    });

    it('takes a removed member out of the room at once and refuses their sends', async () => {
      const g = await room();
      const a = await open(alice);
      const b = await open(bob);
      const removed = new Promise<{ code: string }>((resolve) => b.once('chat:removed', resolve));
      const bobSeen = inbox(b);
      okAck(await ask(a, 'chat:join', { groupId: g }));
      okAck(await ask(b, 'chat:join', { groupId: g }));
      await mod.ok(`mutation($g: ID!, $u: ID!) { removeGroupMember(groupId: $g, userId: $u, input: { reason: "Repeated spam" }) }`, { g, u: ids.bob });
      expect(await removed).toMatchObject({ groupId: g, code: 'REMOVED_FROM_GROUP' });
      okAck(await send(a, g, 'after bob left'));
      await sleep(300);
      expect(bobSeen).toEqual([]);
      expect(await send(b, g, 'still here?')).toMatchObject({ ok: false, error: { code: 'NOT_A_MEMBER' } });
      expect(await ask(b, 'chat:join', { groupId: g })).toMatchObject({ ok: false, error: { code: 'NOT_A_MEMBER' } });
    });

    it('takes a member who leaves the group out of the room too', async () => {
      const g = await room();
      const b = await open(bob);
      okAck(await ask(b, 'chat:join', { groupId: g }));
      const removed = new Promise<{ code: string }>((resolve) => b.once('chat:removed', resolve));
      await bob.ok(`mutation($g: ID!) { leaveGroup(groupId: $g) }`, { g });
      expect(await removed).toMatchObject({ code: 'NOT_A_MEMBER' });
    });

    it('lets a moderator delete anyone’s message with a reason (audited), and nobody else', async () => {
      const g = await room();
      const a = await open(alice);
      const sent = okAck(await send(a, g, 'rude words')).message;
      const b = await open(bob);
      expect(await ask(b, 'chat:delete', { messageId: sent.id, reason: 'no' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      const noReason = await mod.gql(`mutation($id: ID!) { deleteChatMessage(id: $id) { isDeleted } }`, { id: sent.id });
      expect(errorCode(noReason)).toBe('VALIDATION_FAILED');
      const del = await mod.ok(`mutation($id: ID!) { deleteChatMessage(id: $id, reason: "Harassment") { isDeleted deletedByModerator body } }`, { id: sent.id });
      expect(del.deleteChatMessage).toEqual({ isDeleted: true, deletedByModerator: true, body: null });
      const [audit] = await t.db.query(`SELECT action, reason FROM audit_log WHERE target_id = $1`, [sent.id]);
      expect(audit).toEqual({ action: 'chat.message.delete', reason: 'Harassment' });
    });

    it('hides blocked members’ messages from the blocker, live and in history, until unblocked', async () => {
      const g = await room();
      const a = await open(alice);
      const b = await open(bob);
      const aliceSeen = inbox(a);
      okAck(await ask(a, 'chat:join', { groupId: g }));
      okAck(await ask(b, 'chat:join', { groupId: g }));
      await alice.ok(`mutation($u: ID!) { blockMember(userId: $u) { handle } }`, { u: ids.bob });
      okAck(await send(b, g, 'you cannot see me'));
      await sleep(1_100);
      okAck(await send(a, g, 'bob cannot see this either'));
      await sleep(300);
      expect(aliceSeen.map((m) => m.body)).toEqual(['bob cannot see this either']);
      expect(okAck(await ask(a, 'chat:history', { groupId: g })).messages.map((m) => m.body)).toEqual(['bob cannot see this either']);
      expect(okAck(await ask(b, 'chat:history', { groupId: g })).messages.map((m) => m.body)).toEqual(['you cannot see me']);
      expect(await alice.ok(`{ blockedMembers { id } }`)).toEqual({ blockedMembers: [{ id: ids.bob }] });
      expect(errorCode(await alice.gql(`mutation($u: ID!) { blockMember(userId: $u) { id } }`, { u: ids.alice }))).toBe('CANNOT_BLOCK_SELF');
      await alice.ok(`mutation($u: ID!) { unblockMember(userId: $u) }`, { u: ids.bob });
      await sleep(1_100);
      okAck(await send(b, g, 'visible again'));
      await until(() => aliceSeen.some((m) => m.body === 'visible again'), 5_000, 'bob’s message after unblocking');
    });
  });
});
