import { randomUUID } from 'node:crypto';
import type { SearchDocument } from '../modules/search/search-documents';
import type { EngineQuery, SearchAccess, SearchEngine } from '../modules/search/search-engine.port';

/**
 * The search port's contract, run against every adapter (PostgreSQL always, Meilisearch when
 * MEILI_HOST is set). Documents are written straight to the engine, as the relay would.
 */
export function searchEngineContract(name: string, make: () => Promise<{ engine: SearchEngine; cleanup(): Promise<void> }>): void {
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
        helpfulCount: 0,
        createdAt: new Date(Date.UTC(2026, 0, 1 + n)).toISOString(),
        url: `/threads/${sourceId}`,
        checksum: `c${n}`,
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
}
