import { REQUEST_ID_HEADER } from '@kindred/contracts';
import { errorCode, GqlClient } from '../../testing/gql-client';
import { promote } from '../../testing/promote';
import { startTestApp, TestApp } from '../../testing/test-app';
import { COMPILED_QUERY_LANE, type CompiledQueryLane } from './compiled-query-lane';

const THREAD = `query($id: ID!) { thread(id: $id) { id title viewerIsAuthor createdAt replies { totalCount nodes { id bodyHtml authorLabel author { handle } viewerIsAuthor createdAt } } } }`;

describe('the compiled query lane (integration)', () => {
  let t: TestApp;
  let lane: CompiledQueryLane;
  let author: GqlClient;
  let authorHandle: string;
  let publicThread: string;
  let privateThread: string;

  /** One POST as the web client sends it; the raw answer. */
  async function post(client: GqlClient, query: string, variables: Record<string, unknown>, extra: Record<string, string> = {}) {
    if (!client.cookies.size) await client.visit();
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: client.headers({ 'content-type': 'application/json', accept: 'application/json', ...extra }),
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, headers: res.headers, text: await res.text() };
  }

  beforeAll(async () => {
    t = await startTestApp();
    lane = t.app.get<CompiledQueryLane>(COMPILED_QUERY_LANE);
    author = new GqlClient(t.url);
    const me = await author.register();
    authorHandle = me.handle;
    await promote(t.db, me.id, 'moderator');
    const c = await author.ok(`{ condition(slug: "copd") { id } }`);
    const groupOf = async (visibility: string) => {
      const slug = `l-${Math.random().toString(36).slice(2, 9)}`;
      const g = await author.ok(`mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`, {
        i: { conditionId: c.condition.id, slug, name: `Group ${slug}`, description: '', visibility, allowAnonymous: false },
      });
      return g.createGroup.id as string;
    };
    const threadIn = async (groupId: string) => {
      const s = await author.ok(`mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`, {
        i: { groupId, kind: 'question', title: 'Pacing on bad days', body: 'What helps you **pace**?', tags: [], anonymous: false },
      });
      const id = s.startThread.id as string;
      await author.ok(`mutation($i: ReplyInput!) { reply(input: $i) { id } }`, {
        // Characters outside Latin-1 (the answer text is then two bytes a character): the lane encodes it itself.
        i: { threadId: id, body: 'Short walks, often — it’s what works 🙂', anonymous: false },
      });
      return id;
    };
    publicThread = await threadIn(await groupOf('public'));
    privateThread = await threadIn(await groupOf('private'));
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers a repeated query itself, with the bytes, status and headers Apollo sends, request log and SQL count included', async () => {
    const visitor = new GqlClient(t.url);
    const before = lane.served;
    const first = await post(visitor, THREAD, { id: publicThread });
    expect(lane.served).toBe(before); // the first time, Apollo answers (and admits the text)
    const second = await post(visitor, THREAD, { id: publicThread });
    expect(lane.served).toBe(before + 1);
    expect(second.status).toBe(200);
    expect(second.text).toBe(first.text);
    expect(second.text).toContain('often — it’s what works 🙂');
    expect(second.headers.get('content-length')).toBe(String(Buffer.byteLength(second.text)));
    expect(JSON.parse(second.text).data.thread.replies.nodes[0].authorLabel).toBe(authorHandle);
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(second.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(second.headers.get('x-sql-queries')).toBe(first.headers.get('x-sql-queries'));
    expect(second.headers.get(REQUEST_ID_HEADER)).toMatch(/^[0-9a-f-]{36}$/);
    const names = (h: Headers) => [...h.keys()].filter((k) => !['date', REQUEST_ID_HEADER].includes(k)).sort();
    expect(names(second.headers)).toEqual(names(first.headers));
  });

  it('builds each request its own context: the viewer’s own fields differ for the same text', async () => {
    await post(author, THREAD, { id: publicThread });
    const before = lane.served;
    const mine = JSON.parse((await post(author, THREAD, { id: publicThread })).text);
    const theirs = JSON.parse((await post(new GqlClient(t.url), THREAD, { id: publicThread })).text);
    expect(lane.served).toBe(before + 2);
    expect(mine.data.thread.viewerIsAuthor).toBe(true);
    expect(mine.data.thread.replies.nodes[0].viewerIsAuthor).toBe(true);
    expect(theirs.data.thread.viewerIsAuthor).toBe(false);
    expect(theirs.data.thread.replies.nodes[0].viewerIsAuthor).toBe(false);
  });

  it('leaves every error to Apollo: access refused, a missing thread, guards on the variables, bad variables', async () => {
    const visitor = new GqlClient(t.url);
    await post(visitor, THREAD, { id: publicThread });
    const before = lane.served;
    const refused = JSON.parse((await post(visitor, THREAD, { id: privateThread })).text);
    expect(refused.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(refused.data).toBeNull();
    const missing = await visitor.gql(THREAD, { id: '00000000-0000-4000-8000-000000000000' });
    expect(errorCode(missing)).toBe('NOT_FOUND');
    const invisible = await visitor.gql(THREAD, { id: publicThread, note: '\u202e' });
    expect(errorCode(invisible)).toBe('VALIDATION_FAILED');
    const notAnId = await visitor.gql(THREAD, { id: 42 });
    expect(notAnId.errors?.length).toBeGreaterThan(0);
    const noId = await visitor.gql(THREAD, {});
    expect(errorCode(noId)).toBe('BAD_USER_INPUT');
    expect(lane.served).toBe(before);
  });

  it('leaves other answer types, mutations and persisted-query extensions to Apollo', async () => {
    const visitor = new GqlClient(t.url);
    await post(visitor, THREAD, { id: publicThread });
    const before = lane.served;
    const other = await post(visitor, THREAD, { id: publicThread }, { accept: 'application/graphql-response+json' });
    expect(other.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: visitor.headers({ 'content-type': 'application/json' }),
      body: JSON.stringify({ query: THREAD, variables: { id: publicThread }, extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }),
    });
    expect(res.status).toBe(400);
    const mark = `mutation($id: ID!) { markThreadRead(id: $id) }`;
    expect((await author.ok(mark, { id: publicThread })).markThreadRead).toBe(true);
    expect((await author.ok(mark, { id: publicThread })).markThreadRead).toBe(true);
    expect(lane.served).toBe(before);
  });
});
