import { errorCode, GqlClient } from '../../testing/gql-client';
import { promote } from '../../testing/promote';
import { searchIndexed } from '../../testing/search-index';
import { startTestApp, TestApp } from '../../testing/test-app';

describe('blocking hides members from each other everywhere (integration)', () => {
  let t: TestApp;
  let mod: GqlClient;
  let ana: GqlClient;
  let ben: GqlClient;
  let ids: { ana: string; ben: string };
  let group: string;
  let slug: string;

  const post = async (c: GqlClient, title: string, body: string, anonymous = false) =>
    (
      await c.ok(`mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`, {
        i: { groupId: group, kind: 'story', title, body, tags: [], anonymous },
      })
    ).startThread.id as string;
  const titles = async (c: GqlClient) =>
    (await c.ok(`query($g: ID!) { threads(groupId: $g, first: 50) { totalCount nodes { title } } }`, { g: group })).threads;
  const found = async (c: GqlClient, query: string) => (await c.ok(`query($q: String!) { search(input: { query: $q }) { total } }`, { q: query })).search.total;
  const indexed = () => searchIndexed(t.db);

  beforeAll(async () => {
    t = await startTestApp({ SEARCH_RELAY_INTERVAL_MS: '50' });
    mod = new GqlClient(t.url);
    await promote(t.db, (await mod.register()).id, 'moderator');
    ana = new GqlClient(t.url);
    ben = new GqlClient(t.url);
    ids = { ana: (await ana.register()).id, ben: (await ben.register()).id };
    const c = await mod.ok(`{ condition(slug: "asthma") { id } }`);
    slug = `b-${Date.now()}`;
    group = (
      await mod.ok(`mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`, {
        i: { conditionId: c.condition.id, slug, name: 'Blocking', description: '', visibility: 'public', allowAnonymous: true },
      })
    ).createGroup.id;
    for (const m of [ana, ben]) await m.ok(`mutation($g: ID!) { joinGroup(groupId: $g) { id } }`, { g: group });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('hides threads, replies, search results and member lists both ways, but never anonymous posts, and not from moderators', async () => {
    const anaThread = await post(ana, 'Ana writes about aardvarks', 'aardvark zyxquil diary');
    await post(ben, 'Ben writes about bumblebees', 'bumblebee notes');
    await post(ben, 'An anonymous story about capybaras', 'capybara secrets', true);
    await ben.ok(`mutation($i: ReplyInput!) { reply(input: $i) { id } }`, { i: { threadId: anaThread, body: 'Ben replies with bumblebee facts', anonymous: false } });
    await indexed();
    await ana.ok(`mutation($u: ID!) { blockMember(userId: $u) { id } }`, { u: ids.ben });

    expect((await titles(ana)).nodes.map((n: { title: string }) => n.title).sort()).toEqual(['An anonymous story about capybaras', 'Ana writes about aardvarks']);
    expect((await titles(ben)).nodes.map((n: { title: string }) => n.title).sort()).toEqual(['An anonymous story about capybaras', 'Ben writes about bumblebees']);
    expect((await titles(mod)).totalCount).toBe(3);

    const thread = await ana.ok(`query($id: ID!) { thread(id: $id) { replies { nodes { body bodyHtml isHidden authorLabel author { id } } } } }`, { id: anaThread });
    expect(thread.thread.replies.nodes).toEqual([{ body: '', bodyHtml: '', isHidden: true, authorLabel: 'hidden member', author: null }]);
    // For Ben, Ana's thread is not there: not its title, not replying to it.
    expect(errorCode(await ben.gql(`query($id: ID!) { thread(id: $id) { title } }`, { id: anaThread }))).toBe('NOT_FOUND');
    expect(
      errorCode(await ben.gql(`mutation($i: ReplyInput!) { reply(input: $i) { id } }`, { i: { threadId: anaThread, body: 'Still here?', anonymous: false } })),
    ).toBe('NOT_FOUND');

    const docs = await t.db.query(`SELECT type, title, author_id FROM search_documents WHERE body ILIKE '%bumblebee%'`);
    expect(docs.every((d: { author_id: string }) => d.author_id === ids.ben)).toBe(true);
    expect(await found(ana, 'bumblebee')).toBe(0);
    expect(await found(ben, 'zyxquil')).toBe(0); // Ana's thread body (Ben's own reply quotes only its title)
    expect(await found(ana, 'capybara')).toBe(1); // anonymous: hiding it would say who wrote it
    expect(await found(mod, 'bumblebee')).toBeGreaterThan(0);

    const members = async (c: GqlClient) =>
      (await c.ok(`query($g: String!) { group(slug: $g) { members(first: 50) { nodes { member { id } } } } }`, { g: slug })).group.members.nodes.map(
        (n: { member: { id: string } }) => n.member.id,
      );
    expect(await members(ana)).not.toContain(ids.ben);
    expect(await members(ben)).not.toContain(ids.ana);
    expect(await members(mod)).toEqual(expect.arrayContaining([ids.ana, ids.ben]));

    await ana.ok(`mutation($u: ID!) { unblockMember(userId: $u) }`, { u: ids.ben });
    expect((await titles(ana)).totalCount).toBe(3);
    expect(await found(ana, 'bumblebee')).toBeGreaterThan(0);
    expect(await members(ana)).toContain(ids.ben);
  });
});
