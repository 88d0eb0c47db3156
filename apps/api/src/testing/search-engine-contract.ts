import { randomUUID } from 'node:crypto';
import { CatalogueMatcher, type SearchDocument } from '../modules/search/search-documents';
import type { EngineQuery, SearchAccess, SearchEngine } from '../modules/search/search-engine.port';

/** An engine whose setup cannot succeed (Meilisearch: a settings task that fails) until `repair()`. */
export interface BrokenSetup {
  engine: SearchEngine;
  repair(): Promise<void>;
  cleanup(): Promise<void>;
}

export interface ContractTarget {
  make(): Promise<{ engine: SearchEngine; cleanup(): Promise<void> }>;
  brokenSetup(): Promise<BrokenSetup>;
}

/**
 * The search port's contract, run against every adapter (PostgreSQL always, Meilisearch when
 * MEILI_HOST is set). Documents are written straight to the engine, as the relay would.
 */
export function searchEngineContract(name: string, target: ContractTarget): void {
  const make = () => target.make();
  describe(`search engine contract: ${name}`, () => {
    let engine: SearchEngine;
    let cleanup: () => Promise<void>;
    const publicGroup = randomUUID();
    const privateGroup = randomUUID();
    const diabetes = randomUUID();
    const asthma = randomUUID();
    const visitor: SearchAccess = { memberOf: [], moderates: [], everything: false, hiddenAuthors: [] };
    const member: SearchAccess = { memberOf: [privateGroup], moderates: [], everything: false, hiddenAuthors: [] };
    const moderator: SearchAccess = { memberOf: [privateGroup], moderates: [privateGroup], everything: false, hiddenAuthors: [] };
    const walker = randomUUID();

    let n = 0;
    const doc = (over: Partial<SearchDocument>): SearchDocument => {
      n++;
      const sourceId = randomUUID();
      const type = over.type ?? 'thread';
      return {
        id: `${type}-${sourceId}`,
        type,
        sourceId,
        title: 'Untitled',
        body: '',
        synonyms: '',
        tags: [],
        kind: type === 'thread' || type === 'reply' ? 'question' : null,
        groupId: publicGroup,
        groupName: 'Diabetes together',
        conditionId: diabetes,
        conditionName: 'Type 2 diabetes',
        visibility: 'public',
        hidden: false,
        authorId: null,
        threadAuthorId: null,
        helpfulCount: 0,
        createdAt: new Date(Date.UTC(2026, 0, 1 + n)).toISOString(),
        url: `/threads/${sourceId}`,
        checksum: `c${n}`,
        related: '',
        version: 1,
        ...over,
      };
    };
    const docs = {
      metformin: doc({ title: 'Metformin stomach upset', body: 'Taking metformin with food stopped the stomach upset for me.', tags: ['medication', 'side-effects'], helpfulCount: 9 }),
      walking: doc({ title: 'Walking after dinner', body: 'A short walk after dinner brings my glucose down.', tags: ['exercise'], kind: 'advice', helpfulCount: 3, authorId: walker }),
      inhaler: doc({ title: 'Spacer for my inhaler', body: 'A spacer helps the inhaler medicine reach the lungs.', tags: ['medication'], conditionId: asthma, conditionName: 'Asthma', helpfulCount: 5 }),
      secret: doc({ title: 'Private metformin worries', body: 'Only members of the private group should read this metformin post.', groupId: privateGroup, groupName: 'Private circle', visibility: 'private' }),
      hidden: doc({ title: 'Hidden metformin post', body: 'This metformin post is waiting for moderator review.', groupId: privateGroup, visibility: 'private', hidden: true }),
      condition: doc({ type: 'condition', title: 'Type 2 diabetes', body: 'A long-term condition.', synonyms: 'sugar diabetes · T2D · E11', groupId: null, groupName: null, kind: null }),
      intervention: doc({ type: 'intervention', title: 'Salbutamol', body: 'A reliever inhaler.', synonyms: 'Ventolin · albuterol', groupId: null, groupName: null, conditionId: asthma, conditionName: 'Asthma', kind: 'medication' }),
    };
    const all = Object.values(docs);
    const q = (over: Partial<EngineQuery>): EngineQuery => ({
      text: '',
      types: [],
      conditionIds: [],
      groupIds: [],
      kinds: [],
      tags: [],
      from: null,
      to: null,
      sort: 'relevance',
      offset: 0,
      limit: 20,
      access: visitor,
      ...over,
    });
    const ids = async (query: Partial<EngineQuery>) => (await engine.search(q(query))).hits.map((h) => h.id).sort();

    beforeAll(async () => {
      ({ engine, cleanup } = await make());
      await engine.setup();
      await engine.setup(); // idempotent
      await engine.upsert(all);
    }, 60_000);

    afterAll(async () => {
      await cleanup?.();
    });

    it('finds by words in titles and bodies, ranked, with marked snippets and escaped text', async () => {
      const r = await engine.search(q({ text: 'stomach upset' }));
      expect(r.hits[0]!.id).toBe(docs.metformin.id);
      expect(r.hits[0]!.titleHtml).toMatch(/<mark>[Ss]tomach<\/mark>/);
      expect(r.hits[0]!.snippetHtml).toContain('<mark>');
      expect(r.hits[0]!).toMatchObject({ type: 'thread', sourceId: docs.metformin.sourceId, url: docs.metformin.url, groupName: 'Diabetes together' });
    });

    it('finds a condition by its lay synonyms', async () => {
      expect(await ids({ text: 'sugar diabetes', types: ['condition'] })).toEqual([docs.condition.id]);
      expect(await ids({ text: 'ventolin' })).toEqual([docs.intervention.id]);
    });

    it('finds names through a misspelling', async () => {
      expect(await ids({ text: 'metformim', types: ['thread'] })).toContain(docs.metformin.id);
      expect((await ids({ text: 'salbutamoll' }))).toContain(docs.intervention.id);
    });

    it('applies access inside the query: private content only to members, hidden only to its moderators', async () => {
      expect(await ids({ text: 'metformin', types: ['thread'] })).toEqual([docs.metformin.id]);
      expect((await engine.search(q({ text: 'metformin', types: ['thread'] }))).total).toBe(1);
      expect(await ids({ text: 'metformin', types: ['thread'], access: member })).toEqual([docs.metformin.id, docs.secret.id].sort());
      expect(await ids({ text: 'metformin', types: ['thread'], access: moderator })).toEqual([docs.metformin.id, docs.secret.id, docs.hidden.id].sort());
      expect(await ids({ text: 'metformin', access: { memberOf: [], moderates: [], everything: true, hiddenAuthors: [] } })).toHaveLength(3);
      // Members who blocked each other: the author's posts are left out, counts too.
      const blocked = await engine.search(q({ text: 'walk dinner', access: { ...visitor, hiddenAuthors: [walker, randomUUID()] } }));
      expect(blocked.total).toBe(0);
      expect((await engine.search(q({ text: 'walk dinner' }))).total).toBe(1);
      // Counts and facets never include what the searcher may not see.
      const facets = (await engine.search(q({ text: 'metformin' }))).facets;
      expect(facets.group).toEqual([{ value: publicGroup, count: 1 }]);
    });

    it('filters by type, condition, group, kind, tag and date, and counts facets over all results', async () => {
      expect(await ids({ conditionIds: [asthma], types: ['thread'] })).toEqual([docs.inhaler.id]);
      expect(await ids({ tags: ['exercise'] })).toEqual([docs.walking.id]);
      expect(await ids({ kinds: ['advice'] })).toEqual([docs.walking.id]);
      expect(await ids({ groupIds: [privateGroup] })).toEqual([]);
      expect(await ids({ from: new Date(docs.walking.createdAt), to: new Date(docs.inhaler.createdAt) })).toEqual([docs.walking.id]);
      const r = await engine.search(q({ text: '' }));
      expect(r.total).toBe(5);
      expect(r.facets.type).toEqual([
        { value: 'thread', count: 3 },
        { value: 'condition', count: 1 },
        { value: 'intervention', count: 1 },
      ]);
      expect(r.facets.tag).toEqual(expect.arrayContaining([{ value: 'medication', count: 2 }, { value: 'exercise', count: 1 }]));
      expect(r.facets.condition).toEqual(expect.arrayContaining([{ value: diabetes, count: 3 }, { value: asthma, count: 2 }]));
    });

    it('sorts by newest and most helpful, and pages with offset and limit', async () => {
      const newest = await engine.search(q({ types: ['thread'], sort: 'newest' }));
      expect(newest.hits.map((h) => h.id)).toEqual([docs.inhaler.id, docs.walking.id, docs.metformin.id]);
      const helpful = await engine.search(q({ types: ['thread'], sort: 'helpful' }));
      expect(helpful.hits.map((h) => h.helpfulCount)).toEqual([9, 5, 3]);
      const page2 = await engine.search(q({ types: ['thread'], sort: 'newest', offset: 1, limit: 1 }));
      expect(page2.hits.map((h) => h.id)).toEqual([docs.walking.id]);
      expect(page2.total).toBe(3);
    });

    it('treats engine syntax in a query as text, never as an error', async () => {
      for (const text of ['"stomach', 'metformin AND', ':', '-', '"', 'a:b "c" -d OR', 'groupId = x', "'; DROP TABLE x; --", '\\', '(((', '*']) {
        await expect(engine.search(q({ text }))).resolves.toEqual(expect.objectContaining({ total: expect.any(Number) }));
      }
      expect(await ids({ text: 'metformin -stomach', types: ['thread'] })).toEqual([]);
    });

    it('replaces and removes documents; writing the same batch again changes nothing', async () => {
      const changed = { ...docs.walking, title: 'Evening stroll', body: 'A stroll after dinner.', checksum: 'changed' };
      await engine.upsert([changed]);
      await engine.upsert([changed]);
      expect(await ids({ text: 'stroll' })).toEqual([docs.walking.id]);
      expect(await ids({ text: 'glucose' })).toEqual([]);
      await engine.remove([docs.walking.id]);
      await engine.remove([docs.walking.id]);
      expect(await ids({ text: 'stroll' })).toEqual([]);
      const stored = new Map<string, string>();
      for await (const page of engine.checksums(3)) page.forEach((d) => stored.set(d.id, d.checksum));
      expect(stored.size).toBe(all.length - 1);
      expect(stored.get(docs.metformin.id)).toBe(docs.metformin.checksum);
    });
  });

  /**
   * Where the Meilisearch adapter used to part ways with PostgreSQL without any test noticing:
   * each case is named after the behaviour it pins. Every case has its own words and groups,
   * so the cases share one engine without seeing each other's documents.
   */
  describe(`search engine contract: ${name}, where the engines used to part ways`, () => {
    let engine: SearchEngine;
    let cleanup: () => Promise<void>;
    const visitor: SearchAccess = { memberOf: [], moderates: [], everything: false, hiddenAuthors: [] };
    let n = 0;
    const day = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString();
    const doc = (over: Partial<SearchDocument>): SearchDocument => {
      n++;
      const sourceId = randomUUID();
      return {
        id: `thread-${sourceId}`, type: 'thread', sourceId, title: 'Untitled', body: '', synonyms: '', tags: [], kind: 'question',
        groupId: null, groupName: null, conditionId: null, conditionName: null, visibility: 'public', hidden: false, authorId: null, threadAuthorId: null,
        helpfulCount: 0, createdAt: day(n), url: `/threads/${sourceId}`, checksum: `a${n}`, related: '', version: 1, ...over,
      };
    };
    const q = (over: Partial<EngineQuery>): EngineQuery => ({
      text: '', types: [], conditionIds: [], groupIds: [], kinds: [], tags: [], from: null, to: null, sort: 'relevance', offset: 0, limit: 20,
      access: visitor, ...over,
    });
    const ids = async (query: Partial<EngineQuery>) => (await engine.search(q(query))).hits.map((h) => h.id);
    const sorted = async (query: Partial<EngineQuery>) => (await ids(query)).sort();

    beforeAll(async () => {
      ({ engine, cleanup } = await make());
      await engine.setup();
    }, 60_000);

    afterAll(async () => {
      await cleanup?.();
    });

    it('sorts a text search by newest or most helpful when asked, even where a body-only match is newer than a title match', async () => {
      const group = randomUUID();
      const title = doc({ groupId: group, title: 'Zorbic pacing plan', body: 'How I plan my week.', createdAt: day(1), helpfulCount: 0 });
      const body = doc({ groupId: group, title: 'My week', body: 'A zorbic routine helped.', createdAt: day(9), helpfulCount: 4 });
      await engine.upsert([title, body]);
      expect(await ids({ text: 'zorbic', groupIds: [group] })).toEqual([title.id, body.id]);
      expect(await ids({ text: 'zorbic', groupIds: [group], sort: 'newest' })).toEqual([body.id, title.id]);
      expect(await ids({ text: 'zorbic', groupIds: [group], sort: 'helpful' })).toEqual([body.id, title.id]);
    });

    it('requires every word of a multi-word query but no stop word, and counts only the documents with all of them', async () => {
      const group = randomUUID();
      const all = doc({ groupId: group, body: 'Brain fog at work is the hardest part.', tags: ['fog'] });
      const noAt = doc({ groupId: group, body: 'Brain fog and work do not mix.', tags: ['fog'] });
      const first = doc({ groupId: group, body: 'My brain scan came back clear.', tags: ['scan'] });
      const last = doc({ groupId: group, body: 'Morning fog at work.', tags: ['scan'] });
      await engine.upsert([all, noAt, first, last]);
      const r = await engine.search(q({ text: 'brain fog at work', groupIds: [group] }));
      expect(r.hits.map((h) => h.id).sort()).toEqual([all.id, noAt.id].sort());
      expect(r).toMatchObject({ total: 2, totalIsEstimate: false });
      expect(r.facets.tag).toEqual([{ value: 'fog', count: 2 }]);
      expect(r.facets.group).toEqual([{ value: group, count: 2 }]);
    });

    it('counts facets by frequency over more than 100 distinct groups and tags, the most frequent value last in the alphabet', async () => {
      // 120 groups and tags that sort before the most frequent ones, which come last alphabetically.
      const early = (i: number) => `${(i % 15).toString(16)}${randomUUID().slice(1)}`;
      const lateGroup = `ffffffff-ffff-4fff-bfff-${randomUUID().slice(-12)}`;
      const docs = [
        ...Array.from({ length: 120 }, (_, i) => doc({ groupId: early(i), body: 'facetfinch', tags: [`a-tag-${String(i).padStart(3, '0')}`] })),
        ...Array.from({ length: 5 }, () => doc({ groupId: lateGroup, body: 'facetfinch', tags: ['zz-most-used'] })),
      ];
      await engine.upsert(docs);
      const r = await engine.search(q({ text: 'facetfinch' }));
      expect(r.total).toBe(125);
      expect(r.facets.group[0]).toEqual({ value: lateGroup, count: 5 });
      expect(r.facets.tag[0]).toEqual({ value: 'zz-most-used', count: 5 });
      expect(r.facets.group).toHaveLength(20);
      expect(r.facets.type).toEqual([{ value: 'thread', count: 125 }]);
    });

    it('counts 1,000 of more than 1,000 matches as a floor, reaches offset 980, and counts fewer matches exactly', async () => {
      const group = randomUUID();
      const docs = Array.from({ length: 1_010 }, (_, i) =>
        doc({ groupId: group, title: `Manymatch ${i}`, body: 'manymatch', tags: i % 2 ? ['odd'] : ['even'], createdAt: day(2_000 + i) }),
      );
      for (let i = 0; i < docs.length; i += 250) await engine.upsert(docs.slice(i, i + 250));
      const broad = await engine.search(q({ text: 'manymatch', groupIds: [group], sort: 'newest' }));
      expect(broad).toMatchObject({ total: 1_000, totalIsEstimate: true });
      const deep = await engine.search(q({ text: 'manymatch', groupIds: [group], sort: 'newest', offset: 980, limit: 20 }));
      // Newest first: results 981–1,000 are documents 29 down to 10.
      expect(deep.hits.map((h) => h.title)).toEqual(Array.from({ length: 20 }, (_, i) => `Manymatch ${29 - i}`));
      expect(deep).toMatchObject({ total: 1_000, totalIsEstimate: true });
      const odd = await engine.search(q({ text: 'manymatch', groupIds: [group], tags: ['odd'], offset: 10, limit: 7 }));
      expect(odd).toMatchObject({ total: 505, totalIsEstimate: false });
      expect(odd.hits).toHaveLength(7);
    }, 120_000);

    it('filters on a tag holding a double quote and a backslash, exactly', async () => {
      const tag = 'say "hi" \\ now';
      const quoted = doc({ body: 'quotewren', tags: [tag] });
      const plain = doc({ body: 'quotewren', tags: ['say hi now', 'say "hi" now'] });
      await engine.upsert([quoted, plain]);
      expect(await ids({ text: 'quotewren', tags: [tag] })).toEqual([quoted.id]);
      expect(await sorted({ text: 'quotewren', tags: ['say "hi" now'] })).toEqual([plain.id]);
      expect((await engine.search(q({ text: 'quotewren', tags: [tag] }))).hits[0]!.tags).toEqual([tag]);
    });

    it('rejects a batch holding a malformed document id, writing none of it', async () => {
      const good = doc({ body: 'badidowl' });
      for (const id of ['thread-not a uuid', `thread-${randomUUID()}/x`, 'post-' + randomUUID(), `thread-${'a'.repeat(600)}`, '']) {
        await expect(engine.upsert([good, { ...doc({ body: 'badidowl' }), id }])).rejects.toThrow(/id/i);
      }
      expect(await ids({ text: 'badidowl' })).toEqual([]);
    });

    it('applies access lists of several hundred groups and blocked members', async () => {
      const mine = randomUUID();
      const blocked = randomUUID();
      const friend = randomUUID();
      const member = (over: Partial<SearchAccess> = {}): SearchAccess => ({
        memberOf: [...Array.from({ length: 400 }, () => randomUUID()), mine],
        moderates: [...Array.from({ length: 300 }, () => randomUUID()), mine],
        everything: false,
        hiddenAuthors: [...Array.from({ length: 400 }, () => randomUUID()), blocked],
        ...over,
      });
      const priv = doc({ body: 'listlark', groupId: mine, visibility: 'private' });
      const hidden = doc({ body: 'listlark', groupId: mine, visibility: 'private', hidden: true });
      const elsewhere = doc({ body: 'listlark', groupId: randomUUID(), visibility: 'private' });
      const byBlocked = doc({ body: 'listlark', authorId: blocked });
      const byFriend = doc({ body: 'listlark', authorId: friend });
      // A friend's reply in the blocked member's thread carries that thread's title: left out too.
      const inBlockedThread = doc({ body: 'listlark', authorId: friend, threadAuthorId: blocked });
      await engine.upsert([priv, hidden, elsewhere, byBlocked, byFriend, inBlockedThread]);
      expect(await sorted({ text: 'listlark', access: member() })).toEqual([priv.id, hidden.id, byFriend.id].sort());
      expect(await sorted({ text: 'listlark', access: member({ moderates: [] }) })).toEqual([priv.id, byFriend.id].sort());
      const r = await engine.search(q({ text: 'listlark', access: member() }));
      expect(r.total).toBe(3);
    });

    it('setup rejects while its settings cannot be applied, and succeeds when tried again once they can', async () => {
      const broken = await target.brokenSetup();
      try {
        await expect(broken.engine.setup()).rejects.toThrow();
        await expect(broken.engine.setup()).rejects.toThrow(); // still failing: nothing was marked done
        await broken.repair();
        await expect(broken.engine.setup()).resolves.toBeUndefined();
        await broken.engine.upsert([doc({ body: 'repairedrook' })]);
        expect((await broken.engine.search(q({ text: 'repairedrook' }))).total).toBe(1);
      } finally {
        await broken.cleanup();
      }
    }, 60_000);

    it('finds a post by any name of a catalogue condition, four words or one, both ways', async () => {
      const catalogue = new CatalogueMatcher([
        { name: 'Chronic obstructive pulmonary disease', synonyms: ['COPD', 'emphysema', 'chronic bronchitis'] },
        { name: 'Multiple sclerosis', synonyms: ['MS'] },
      ]);
      const group = randomUUID();
      const post = (title: string, body: string) => {
        const d = doc({ groupId: group, title, body });
        return { ...d, related: catalogue.relatedText(`${d.title}\n${d.body}\n${d.tags.join(' ')}`) };
      };
      const short = post('Nebuliser routine', 'My COPD nebuliser routine in the morning.');
      const long = post('Diagnosis day', 'Living with chronic obstructive pulmonary disease and a nebuliser.');
      const lay = post('Emphysema and stairs', 'Stairs are hard with emphysema.');
      const neither = post('Ms Jones at the clinic', 'Ms Jones said 5 ms of delay is nothing.');
      await engine.upsert([short, long, lay, neither]);
      expect(neither.related).toBe('');
      const found = (text: string) => sorted({ text, groupIds: [group] });
      const copdPosts = [short.id, long.id, lay.id].sort();
      expect(await found('chronic obstructive pulmonary disease')).toEqual(copdPosts);
      expect(await found('copd')).toEqual(copdPosts);
      expect(await found('emphysema')).toEqual(copdPosts);
      expect(await found('copd nebuliser')).toEqual([short.id, long.id].sort());
    });

    it('escapes markup in titles and snippets: a <script> title comes back as text', async () => {
      const d = doc({ title: '<script>alert(1)</script> scriptwren tips', body: 'scriptwren <b>bold</b> <img src=x onerror=alert(1)> & more' });
      await engine.upsert([d]);
      const [hit] = (await engine.search(q({ text: 'scriptwren' }))).hits;
      expect(hit!.titleHtml).toContain('&lt;script&gt;');
      expect(hit!.titleHtml).toMatch(/<mark>scriptwren<\/mark>/i);
      expect(hit!.snippetHtml).toMatch(/<mark>scriptwren<\/mark>/i);
      for (const html of [hit!.titleHtml, hit!.snippetHtml]) {
        expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/<[a-z/]/i);
      }
    });

    it('keeps the stored copy when an older build of the same document arrives after a newer one', async () => {
      const newer = doc({ title: 'Newer versionvole', body: 'versionvole', checksum: 'newer', version: 50 });
      const older = { ...newer, title: 'Older versionvole', checksum: 'older', version: 40 };
      await engine.upsert([newer]);
      await engine.upsert([older]);
      expect((await engine.search(q({ text: 'versionvole' }))).hits.map((h) => h.title)).toEqual(['Newer versionvole']);
      // The same build again, or a later one, replaces it.
      await engine.upsert([{ ...newer, title: 'Rewritten versionvole', checksum: 'rewritten' }]);
      expect((await engine.search(q({ text: 'versionvole' }))).hits.map((h) => h.title)).toEqual(['Rewritten versionvole']);
      await engine.upsert([{ ...newer, title: 'Latest versionvole', checksum: 'latest', version: 51 }]);
      expect((await engine.search(q({ text: 'versionvole' }))).hits.map((h) => h.title)).toEqual(['Latest versionvole']);
    });

    it('lists every document present throughout exactly once while writes and deletes go on', async () => {
      const group = randomUUID();
      const mine = Array.from({ length: 40 }, () => doc({ groupId: group, body: 'checksumcrow' }));
      await engine.upsert(mine);
      const own = new Set(mine.map((d) => d.id));
      const seen: string[] = [];
      const removed = new Set<string>();
      let added = 0;
      for await (const page of engine.checksums(25)) {
        seen.push(...page.map((d) => d.id));
        const listed = mine.filter((d) => seen.includes(d.id) && !removed.has(d.id));
        if (listed.length >= 3 && added < 3) {
          // Remove documents already listed (an offset would now skip as many), add new ones,
          // and rewrite some not yet listed.
          const gone = listed.slice(0, 3).map((d) => d.id);
          await engine.remove(gone);
          gone.forEach((id) => removed.add(id));
          await engine.upsert(Array.from({ length: 4 }, () => doc({ groupId: group, body: 'checksumcrow' })));
          await engine.upsert(mine.filter((d) => !seen.includes(d.id)).slice(0, 5).map((d) => ({ ...d, checksum: 'rewritten', version: 2 })));
          added++;
        }
      }
      expect(added).toBeGreaterThan(0);
      expect(new Set(seen).size).toBe(seen.length);
      const missing = [...own].filter((id) => !removed.has(id) && !seen.includes(id));
      expect(missing).toEqual([]);
      expect([...seen]).toEqual([...seen].sort());
    });
  });
}
