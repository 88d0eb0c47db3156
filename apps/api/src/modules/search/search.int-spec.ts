import type { EntityManager } from 'typeorm';
import { errorCode, GqlClient } from '../../testing/gql-client';
import { promote } from '../../testing/promote';
import { searchIndexed } from '../../testing/search-index';
import { startTestApp, TestApp } from '../../testing/test-app';
import type { AuthUser } from '../../common/auth/auth-user';
import { PostgresSearchEngine } from './postgres-search.engine';
import { SEARCH_ENGINE, type SearchEngine } from './search-engine.port';
import { SearchService } from './search.service';
import type { SearchDocument } from './search-documents';
import { checkIndex } from './search-index';
import { relayBatch, SearchRelay } from './search-relay';

const SEARCH = `query($i: SearchInput!) { search(input: $i) {
  total offset engine correctedQuery
  hits { id type sourceId title titleHtml snippetHtml url kind tags groupId groupName conditionName helpfulCount createdAt }
  facets { type { value label count } condition { value label count } group { value label count } kind { value count } tag { value count } }
} }`;

describe('search through GraphQL, fed by the outbox relay (integration)', () => {
  let t: TestApp;
  let mod: GqlClient;
  let member: GqlClient;
  let outsider: GqlClient;
  let memberHandle: string;
  let publicGroup: { id: string; slug: string };
  let privateGroup: { id: string; slug: string };

  async function group(visibility: 'public' | 'private', allowAnonymous = true) {
    const slug = `s-${Math.random().toString(36).slice(2, 9)}`;
    const c = await mod.ok(`{ condition(slug: "asthma") { id } }`);
    const g = await mod.ok(`mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`, {
      i: { conditionId: c.condition.id, slug, name: `Breathe ${slug}`, description: '', visibility, allowAnonymous },
    });
    return { id: g.createGroup.id as string, slug };
  }
  async function join(c: GqlClient, groupId: string) {
    const r = await c.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { id status } }`, { id: groupId });
    if (r.joinGroup.status === 'pending') {
      await mod.ok(`mutation($id: ID!) { decideJoinRequest(requestId: $id, approve: true) { status } }`, { id: r.joinGroup.id });
    }
  }
  const post = async (c: GqlClient, groupId: string, title: string, body: string, extra: Record<string, unknown> = {}) =>
    (
      await c.ok(`mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`, {
        i: { groupId, kind: 'question', title, body, tags: ['medication'], anonymous: false, ...extra },
      })
    ).startThread.id as string;
  const indexed = () => searchIndexed(t.db);
  const search = (c: GqlClient, input: Record<string, unknown>) => c.gql(SEARCH, { i: input });
  const hits = async (c: GqlClient, input: Record<string, unknown>) => {
    const r = await search(c, input);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!.search;
  };

  beforeAll(async () => {
    t = await startTestApp({ SEARCH_RELAY_INTERVAL_MS: '50' });
    mod = new GqlClient(t.url);
    await promote(t.db, (await mod.register()).id, 'moderator');
    member = new GqlClient(t.url);
    memberHandle = (await member.register()).handle;
    outsider = new GqlClient(t.url);
    await outsider.register();
    publicGroup = await group('public');
    privateGroup = await group('private');
    await join(member, publicGroup.id);
    await join(member, privateGroup.id);
    await post(member, publicGroup.id, 'My inhaler technique with a spacer', 'Using a **spacer** with the inhaler made a big difference.');
    await post(member, privateGroup.id, 'Zebrafinch secret about my inhaler', 'Only the circle should read about zebrafinch.');
    await post(member, publicGroup.id, 'Anonymous worry about steroids', 'Oral steroids make me anxious about weight.', { anonymous: true });
    await post(member, publicGroup.id, 'Script test <script>alert(1)</script>', 'Body with <img src=x onerror=alert(1)> and inhaler words.');
    await indexed();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('finds a condition by the name people use: "sugar diabetes" finds type 2 diabetes', async () => {
    const r = await hits(outsider, { query: 'sugar diabetes', types: ['condition'] });
    expect(r.hits[0]).toMatchObject({ type: 'condition', title: 'Type 2 diabetes', url: '/conditions/type-2-diabetes' });
    expect(r.engine).toBe('postgres');
  });

  it('finds interventions by brand name', async () => {
    const r = await hits(outsider, { query: 'ventolin', types: ['intervention'] });
    expect(r.hits.map((h: { title: string }) => h.title)).toContain('Salbutamol');
  });

  it('corrects a misspelling and says so', async () => {
    const r = await hits(outsider, { query: 'inhaller techniqe', types: ['thread'] });
    expect(r.correctedQuery).toBe('inhaler technique');
    expect(r.hits[0].title).toBe('My inhaler technique with a spacer');
  });

  it('never shows a private group’s post to a non-member: not by query, filter, facet or count', async () => {
    for (const c of [outsider, new GqlClient(t.url)]) {
      expect((await hits(c, { query: 'zebrafinch' })).total).toBe(0);
      const byGroup = await hits(c, { groupIds: [privateGroup.id], types: ['thread', 'reply'] });
      expect(byGroup.total).toBe(0);
      const all = await hits(c, { query: 'inhaler', first: 50 });
      expect(all.hits.map((h: { title: string }) => h.title)).not.toContain('Zebrafinch secret about my inhaler');
      expect(all.facets.group.map((f: { value: string }) => f.value)).not.toContain(privateGroup.id);
      const total = all.facets.type.reduce((n: number, f: { count: number }) => n + f.count, 0);
      expect(total).toBe(all.total);
    }
    // Not even through spelling correction.
    const nearMiss = await hits(outsider, { query: 'zebrafinck' });
    expect(nearMiss.correctedQuery).toBeNull();
    const mine = await hits(member, { query: 'zebrafinch' });
    expect(mine.hits).toEqual([expect.objectContaining({ title: 'Zebrafinch secret about my inhaler', groupId: privateGroup.id })]);
  });

  it('never exposes an anonymous author, in any field', async () => {
    const r = await search(outsider, { query: 'steroids anxious' });
    expect(r.data!.search.total).toBe(1);
    expect(JSON.stringify(r)).not.toContain(memberHandle);
  });

  it('keeps snippets inert: text is escaped and the only markup is <mark>', async () => {
    const r = await hits(outsider, { query: 'script test inhaler words', types: ['thread'] });
    const hit = r.hits.find((h: { title: string }) => h.title.startsWith('Script test'));
    expect(hit.titleHtml).toContain('&lt;script&gt;');
    for (const html of [hit.titleHtml, hit.snippetHtml]) {
      expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/<[a-z/]/i);
    }
  });

  it('finds posts by any name of a condition in the catalogue table, four words or one, both ways', async () => {
    // A condition that is not in the seed data: the names come from the table.
    await t.db.query(
      `INSERT INTO conditions (slug, name, icd10_code, family, synonyms) VALUES ('qz-test', 'Quillon fervent marrow syndrome', 'Z99', 'Test', $1)`,
      [['QFMS', 'marrow quills']],
    );
    const short = await post(member, publicGroup.id, 'Pacing with QFMS', 'My QFMS flares after long walks.');
    const long = await post(member, publicGroup.id, 'New diagnosis', 'Told today it is quillon fervent marrow syndrome.');
    const lay = await post(member, publicGroup.id, 'Marrow quills again', 'The marrow quills are back this week.');
    await indexed();
    const found = async (query: string) =>
      (await hits(outsider, { query, types: ['thread'], first: 50 })).hits.map((h: { sourceId: string }) => h.sourceId).sort();
    const all = [short, long, lay].sort();
    expect(await found('quillon fervent marrow syndrome')).toEqual(all);
    expect(await found('qfms')).toEqual(all);
    expect(await found('marrow quills')).toEqual(all);
    // The seeded catalogue too: a post saying COPD is found by the condition's four-word name.
    const copd = await post(member, publicGroup.id, 'Stairs', 'My COPD makes stairs hard.');
    await indexed();
    expect(await found('chronic obstructive pulmonary disease')).toContain(copd);
  });

  it('filters by facets and sorts; counts are per facet value over all results', async () => {
    const asthma = (await mod.ok(`{ condition(slug: "asthma") { id } }`)).condition.id;
    const r = await hits(member, { query: 'inhaler', conditionIds: [asthma], types: ['thread'], sort: 'newest' });
    expect(r.total).toBe(3);
    expect(r.facets.condition).toEqual([{ value: asthma, label: 'Asthma', count: 3 }]);
    expect(r.facets.kind).toEqual([{ value: 'question', count: 3 }]);
    const times = r.hits.map((h: { createdAt: string }) => h.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('labels group facets with their names, a group created a moment ago included', async () => {
    const labelled = async (c: GqlClient) =>
      Object.fromEntries((await hits(c, { query: 'inhaler' })).facets.group.map((g: { value: string; label: string }) => [g.value, g.label]));
    expect(await labelled(member)).toMatchObject({ [publicGroup.id]: `Breathe ${publicGroup.slug}`, [privateGroup.id]: `Breathe ${privateGroup.slug}` });
    expect(await labelled(outsider)).not.toHaveProperty(privateGroup.id);
    // A group whose id the labels have not seen yet is named at once, not shown as its id.
    const fresh = await group('public');
    await join(member, fresh.id);
    await post(member, fresh.id, 'Inhaler cap lost again', 'Keeping a spare inhaler cap in every bag.');
    await indexed();
    expect(await labelled(member)).toMatchObject({ [fresh.id]: `Breathe ${fresh.slug}`, [publicGroup.id]: `Breathe ${publicGroup.slug}` });
  });

  it('answers bad input with clear codes, and engine syntax with results', async () => {
    expect(errorCode(await search(outsider, { query: 'x'.repeat(5_000) }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await search(outsider, { query: 'inhaler', first: 51 }))).toBe('PAGE_SIZE_TOO_LARGE');
    expect(errorCode(await search(outsider, { query: 'inhaler', offset: 5_000 }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await search(outsider, { conditionIds: ['not-a-uuid'] }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await search(outsider, { tags: ['<b>'] }))).toBe('VALIDATION_FAILED');
    expect(errorCode(await search(outsider, { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }))).toBe('VALIDATION_FAILED');
    expect((await hits(outsider, { conditionIds: ['00000000-0000-4000-8000-000000000000'] })).total).toBe(0);
    for (const query of ['"', '"inhaler', 'inhaler AND', ':', '-', '- -', "' OR 1=1 --", 'a:b', '((', '\\', '', '   ']) {
      const r = await search(outsider, { query });
      expect(r.errors).toBeUndefined();
      expect(r.status).toBe(200);
    }
  });

  it('removes a deleted post from results within the relay’s interval', async () => {
    const id = await post(member, publicGroup.id, 'Quokka breathing exercises', 'Pursed-lip breathing with quokka patience.');
    await indexed();
    expect((await hits(outsider, { query: 'quokka' })).total).toBe(1);
    await member.ok(`mutation($id: ID!) { deleteThread(id: $id) { id } }`, { id });
    const started = Date.now();
    while ((await hits(outsider, { query: 'quokka' })).total !== 0) {
      if (Date.now() - started > 2_000) throw new Error('still found 2 s after deletion');
      await new Promise((r) => setTimeout(r, 25));
    }
  });

  it('makes a group’s content private at once when the group turns private', async () => {
    const g = await group('public');
    await join(member, g.id);
    await post(member, g.id, 'Platypus nebuliser notes', 'Platypus notes for everyone, for now.');
    await indexed();
    expect((await hits(outsider, { query: 'platypus' })).total).toBe(1);
    await mod.ok(`mutation($id: ID!, $i: UpdateGroupInput!) { updateGroup(groupId: $id, input: $i) { id } }`, { id: g.id, i: { name: `Breathe ${g.slug}`, description: '', visibility: 'private', allowAnonymous: true } });
    await indexed();
    expect((await hits(outsider, { query: 'platypus' })).total).toBe(0);
    expect((await hits(member, { query: 'platypus' })).total).toBe(1);
  });

  it('reads the searcher’s memberships, moderation and blocks inside the engine query, exactly as the listed access', async () => {
    // A group moderator, a hidden post in the private group, and a block between two members.
    const groupMod = new GqlClient(t.url);
    const gm = await groupMod.register();
    await join(groupMod, privateGroup.id);
    await mod.ok(`mutation($g: ID!, $h: String!) { setGroupModerator(groupId: $g, handle: $h, moderator: true) { role } }`, { g: privateGroup.id, h: gm.handle });
    const hiddenId = await post(member, privateGroup.id, 'Kookaburra inhaler doubts', 'Kookaburra words waiting for review.');
    await t.db.query(`UPDATE threads SET moderation = 'hidden', moderation_reason = 'test' WHERE id = $1`, [hiddenId]);
    const blocker = new GqlClient(t.url);
    await blocker.register();
    await join(blocker, privateGroup.id);
    await blocker.ok(`mutation($u: ID!) { blockMember(userId: $u) { id } }`, { u: (await member.ok(`{ me { id } }`)).me.id });
    await indexed();

    const service = t.app.get(SearchService);
    const engine = t.app.get<SearchEngine>(SEARCH_ENGINE);
    const viewerOf = async (c: GqlClient) => ({ ...(await c.ok(`{ me { id handle role } }`)).me, clinicianStatus: null, sessionId: '' }) as AuthUser;
    const base = { types: [], conditionIds: [], groupIds: [], kinds: [], tags: [], from: null, to: null, sort: 'relevance' as const, offset: 0, limit: 50 };
    for (const c of [member, outsider, groupMod, blocker]) {
      const viewer = await viewerOf(c);
      const inQuery = await service.engineAccess(viewer);
      expect(inQuery).toEqual({ viewerId: viewer.id });
      for (const text of ['inhaler', 'kookaburra', '']) {
        const listed = await engine.search({ ...base, text, access: await service.access(viewer) });
        expect(await engine.search({ ...base, text, access: inQuery })).toEqual(listed);
      }
    }
    const seen = async (c: GqlClient, query: string) => (await hits(c, { query, first: 50 })).hits.map((h: { sourceId: string }) => h.sourceId);
    expect(await seen(groupMod, 'kookaburra')).toEqual([hiddenId]); // moderators of the group see hidden content
    expect(await seen(member, 'kookaburra')).toEqual([]); // search leaves hidden content to moderators, its author included
    expect(await seen(blocker, 'kookaburra')).toEqual([]); // a member of the group who blocked the author does not
    expect(await seen(outsider, 'zebrafinch')).toEqual([]);
    expect((await seen(blocker, 'zebrafinch')).length).toBe(0);
    expect((await seen(groupMod, 'zebrafinch')).length).toBe(1);
  });

  it('survives an engine failing mid-batch: the changes stay in the outbox, and the index converges', async () => {
    const real = new PostgresSearchEngine(t.db);
    let failures = 2;
    // An engine that writes half of each batch and then fails, twice, as a crash would.
    const flaky = Object.assign(Object.create(real) as PostgresSearchEngine, {
      upsert: async (docs: SearchDocument[], tx?: EntityManager) => {
        if (failures > 0) {
          failures--;
          await real.upsert(docs.slice(0, Math.ceil(docs.length / 2)), tx);
          throw new Error('engine went away mid-batch');
        }
        return real.upsert(docs, tx);
      },
    });
    // Stop the app's relay, so only the flaky one runs.
    await t.app.get(SearchRelay).stop();
    for (let i = 0; i < 30; i++) {
      await t.db.query(
        `INSERT INTO threads (group_id, author_id, kind, title, body, body_html, tags)
         SELECT $1, NULL, 'advice', 'Batch wombat ' || $2, 'wombat body ' || $2, '<p>wombat</p>', '{}'`,
        [publicGroup.id, i],
      );
    }
    await expect(relayBatch(t.db, flaky, 10)).rejects.toThrow('mid-batch');
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM search_outbox`);
    expect(n).toBe(30); // nothing was taken off the outbox
    const relay = new SearchRelay(t.db, flaky, { intervalMs: 10, batch: 10 });
    relay.start();
    await indexed();
    await relay.stop();
    const report = await checkIndex(t.db, real);
    expect({ missing: report.missing.length, extra: report.extra.length, stale: report.stale.length }).toEqual({ missing: 0, extra: 0, stale: 0 });
    expect((await hits(outsider, { query: 'wombat', first: 50 })).total).toBe(30);
    t.app.get(SearchRelay).start();
  });
});
