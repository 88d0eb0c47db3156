import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { plansEveryExecution, poolOptions } from '../../common/database/pool-options';
import { MIGRATIONS } from '../../database/migrations';
import { searchEngineContract } from '../../testing/search-engine-contract';
import { createTestDatabase } from '../../testing/test-database';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { PostgresSearchEngine } from './postgres-search.engine';
import type { SearchDocument } from './search-documents';

// The PostgreSQL engine runs the contract on every test run (PostgreSQL or PGlite).
searchEngineContract('PostgreSQL full-text search', {
  make: async () => {
    const t = await startTestApp({ SEARCH_RELAY: 'off' }, { catalogue: false });
    return { engine: new PostgresSearchEngine(t.db), cleanup: () => t.close() };
  },
  // Its setup fails until the migrations have built its table, as Meilisearch's fails until its
  // settings are in place: a database with no migrations run, then migrated.
  brokenSetup: async () => {
    const database = await createTestDatabase();
    const db = new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: MIGRATIONS,
      migrationsTransactionMode: 'each',
      extra: poolOptions(database.poolSize, database.embedded),
    });
    await db.initialize();
    return {
      engine: new PostgresSearchEngine(db),
      repair: async () => {
        await db.runMigrations();
      },
      cleanup: async () => {
        await db.destroy();
        await database.drop();
      },
    };
  },
});

describe('PostgreSQL engine: broad queries', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SEARCH_RELAY: 'off' }, { catalogue: false });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('keeps a long post’s full-text vector in its row, and finds the post by its last words', async () => {
    const [{ storage }] = (await t.db.query(
      `SELECT attstorage AS storage FROM pg_attribute WHERE attrelid = 'search_documents'::regclass AND attname = 'tsv'`,
    )) as { storage: string }[];
    expect(storage).toBe('m');
    const engine = new PostgresSearchEngine(t.db);
    const sourceId = randomUUID();
    // ~1,500 distinct words: a vector far larger than the 2 kB at which PostgreSQL starts to TOAST a row.
    const body = `${Array.from({ length: 1500 }, (_, i) => `word${i.toString(36)}x`).join(' ')} quokkaberry`;
    await engine.upsert([
      {
        id: `thread-${sourceId}`, type: 'thread', sourceId, title: 'A very long story', body, synonyms: '', tags: [], kind: 'experience',
        groupId: null, groupName: null, conditionId: null, conditionName: null, visibility: 'public', hidden: false, authorId: null, threadAuthorId: null,
        helpfulCount: 0, createdAt: new Date().toISOString(), url: '/long', checksum: 'long', related: '', version: 1,
      },
    ]);
    const found = await engine.search({ text: 'quokkaberry', types: [], conditionIds: [], groupIds: [], kinds: [], tags: [], from: null, to: null,
      sort: 'relevance', offset: 0, limit: 10, access: { memberOf: [], moderates: [], everything: false, hiddenAuthors: [] } });
    expect(found.hits.map((h) => h.id)).toEqual([`thread-${sourceId}`]);
    expect(found.hits[0]!.snippetHtml).toContain('<mark>quokkaberry</mark>');
  });

  it('ranks, facets and counts a query matching more than pages reach over its newest matches, and says the total is a floor', async () => {
    const engine = new PostgresSearchEngine(t.db, 3); // pages reach 3 results in this test
    const docs: SearchDocument[] = Array.from({ length: 5 }, (_, i) => {
      const sourceId = randomUUID();
      return {
        id: `thread-${sourceId}`, type: 'thread', sourceId, title: `Pacing tip ${i}`, body: 'pacing helps', synonyms: '', tags: [], kind: 'advice',
        groupId: null, groupName: null, conditionId: null, conditionName: null, visibility: 'public', hidden: false, authorId: null, threadAuthorId: null,
        helpfulCount: 0, createdAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(), url: '/x', checksum: String(i), related: '', version: 1,
      };
    });
    await engine.upsert(docs);
    const q = { text: 'pacing', types: [], conditionIds: [], groupIds: [], kinds: [], tags: [], from: null, to: null, sort: 'relevance' as const, offset: 0, limit: 10,
      access: { memberOf: [], moderates: [], everything: false, hiddenAuthors: [] } };
    const broad = await engine.search(q);
    expect(broad).toMatchObject({ total: 3, totalIsEstimate: true });
    expect(broad.hits.map((h) => h.title).sort()).toEqual(['Pacing tip 2', 'Pacing tip 3', 'Pacing tip 4']);
    expect(broad.facets.type).toEqual([{ value: 'thread', count: 3 }]);
    const narrow = await engine.search({ ...q, text: 'tip 1' });
    expect(narrow).toMatchObject({ totalIsEstimate: false });
  });

  it('finds a new word as soon as another process indexes it, however often it was searched before', async () => {
    const searching = new PostgresSearchEngine(t.db);
    const indexing = new PostgresSearchEngine(t.db); // the relay, in another process
    const q = { types: [], conditionIds: [], groupIds: [], kinds: [], tags: [], from: null, to: null, sort: 'relevance' as const, offset: 0, limit: 10,
      access: { memberOf: [], moderates: [], everything: false, hiddenAuthors: [] } };
    const sourceId = randomUUID();
    await indexing.upsert([{
      id: `thread-${sourceId}`, type: 'thread', sourceId, title: 'Narrowboat life', body: 'narrowboat living with fatigue', synonyms: '', tags: [], kind: 'advice',
      groupId: null, groupName: null, conditionId: null, conditionName: null, visibility: 'public', hidden: false, authorId: null, threadAuthorId: null,
      helpfulCount: 0, createdAt: new Date().toISOString(), url: '/n', checksum: 'n', related: '', version: 1,
    }]);
    // Before "narrowboats" is indexed it is corrected to the closest word the list has.
    for (let i = 0; i < 3; i++) expect((await searching.search({ ...q, text: 'narrowboats' })).correctedText).toBe('narrowboat');
    const id = randomUUID();
    await indexing.upsert([{
      id: `thread-${id}`, type: 'thread', sourceId: id, title: 'Two narrowboats', body: 'we moored the narrowboats together', synonyms: '', tags: [], kind: 'advice',
      groupId: null, groupName: null, conditionId: null, conditionName: null, visibility: 'public', hidden: false, authorId: null, threadAuthorId: null,
      helpfulCount: 0, createdAt: new Date().toISOString(), url: '/m', checksum: 'm', related: '', version: 1,
    }]);
    const after = await searching.search({ ...q, text: 'narrowboats' });
    expect(after.correctedText).toBeNull();
    expect(after.hits.map((h) => h.sourceId)).toContain(id);
  });

  it('searches the recent documents first for several words, and the older ones whenever the recent ones hold too few', async () => {
    // Pages reach 3 results, so the newest 60 documents are searched first.
    const engine = new PostgresSearchEngine(t.db, 3);
    await t.db.query(`DELETE FROM search_documents`);
    const day = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString();
    const docs: SearchDocument[] = Array.from({ length: 100 }, (_, i) => {
      const sourceId = randomUUID();
      const body = [i % 2 === 0 ? 'gentle pacing plan' : 'a quiet day', [5, 10, 95].includes(i) ? 'kestrel lanyard' : ''].join(' ');
      return {
        id: `thread-${sourceId}`, type: 'thread', sourceId, title: `Day ${i}`, body, synonyms: '', tags: [], kind: 'advice',
        groupId: null, groupName: null, conditionId: null, conditionName: null, visibility: 'public', hidden: false, authorId: null, threadAuthorId: null,
        helpfulCount: 0, createdAt: day(i), url: `/x/${i}`, checksum: String(i), related: '', version: 1,
      };
    });
    await engine.upsert(docs);
    const q = { types: [], conditionIds: [], groupIds: [], kinds: [], tags: [], from: null, to: null, sort: 'newest' as const, offset: 0, limit: 10,
      access: { memberOf: [], moderates: [], everything: false, hiddenAuthors: [] } };
    // 50 matches, 30 of them recent: the newest three, from the recent documents alone.
    const broad = await engine.search({ ...q, text: 'gentle pacing' });
    expect(broad).toMatchObject({ total: 3, totalIsEstimate: true });
    expect(broad.hits.map((h) => h.title)).toEqual(['Day 98', 'Day 96', 'Day 94']);
    // 3 matches, one of them recent: the older two are found too.
    const sparse = await engine.search({ ...q, text: 'kestrel lanyard' });
    expect(sparse).toMatchObject({ total: 3, totalIsEstimate: false });
    expect(sparse.hits.map((h) => h.title)).toEqual(['Day 95', 'Day 10', 'Day 5']);
    // Ranked the same way as one statement over everything would rank them.
    const ranked = await engine.search({ ...q, text: 'kestrel lanyard', sort: 'relevance' });
    expect(ranked.hits.map((h) => h.title).sort()).toEqual(['Day 10', 'Day 5', 'Day 95']);
  });
});

describe('PostgreSQL engine: the search statement, prepared', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SEARCH_RELAY: 'off' }, { catalogue: false });
  });
  afterAll(async () => {
    await t?.close();
  });

  const q = { types: [], conditionIds: [], groupIds: [], kinds: [], tags: [], from: null, to: null, sort: 'relevance' as const, offset: 0, limit: 50,
    access: { memberOf: [], moderates: [], everything: false, hiddenAuthors: [] } };
  const doc = (title: string, body: string): SearchDocument => {
    const sourceId = randomUUID();
    return {
      id: `thread-${sourceId}`, type: 'thread', sourceId, title, body, synonyms: '', tags: [], kind: 'advice',
      groupId: null, groupName: null, conditionId: null, conditionName: null, visibility: 'public', hidden: false, authorId: null, threadAuthorId: null,
      helpfulCount: 0, createdAt: new Date().toISOString(), url: `/t/${sourceId}`, checksum: sourceId, related: '', version: 1,
    };
  };

  it('is named on a PostgreSQL server and planned afresh for every search, with the right results each time', async () => {
    if (!process.env.DATABASE_URL) return; // PGlite: the next test
    // One session, so every search meets the statement that session prepared.
    const one = new DataSource({ type: 'postgres', url: (t.db.options as { url: string }).url, extra: poolOptions(1, false) });
    await one.initialize();
    try {
      expect(plansEveryExecution(one)).toBe(true);
      expect(await one.query(`SHOW plan_cache_mode`)).toEqual([{ plan_cache_mode: 'force_custom_plan' }]);
      const engine = new PostgresSearchEngine(one);
      await engine.upsert([doc('Quince jam', 'a quince from the garden'), ...Array.from({ length: 30 }, (_, i) => doc(`Pacing ${i}`, 'pacing every day'))]);
      for (let i = 0; i < 8; i++) {
        // The same text for both words; a rare word and a common one, in turn.
        const rare = i % 2 === 0;
        const found = await engine.search({ ...q, text: rare ? 'quince' : 'pacing' });
        expect(found.total).toBe(rare ? 1 : 30);
        expect(found.hits[0]!.titleHtml).toContain(rare ? '<mark>Quince</mark>' : '<mark>Pacing</mark>');
      }
      const prepared = (await one.query(
        `SELECT name, generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements WHERE statement LIKE '%candidates AS MATERIALIZED%'`,
      )) as { name: string; generic: number; custom: number }[];
      expect(prepared).toEqual([{ name: expect.stringMatching(/^kindred_search_[0-9a-f]{20}$/), generic: 0, custom: 8 }]);

      // 18 more shapes of the statement (sort × types × tags): at most 16 texts are named in all,
      // and the searches beyond them, sent unnamed, answer the same.
      for (const sort of ['relevance', 'newest', 'helpful'] as const) {
        for (const types of [[], ['thread'], ['thread', 'reply']] as const) {
          for (const tags of [[], ['jam']]) {
            const found = await engine.search({ ...q, text: 'quince', sort, types: [...types], tags });
            expect(found.total).toBe(tags.length ? 0 : 1);
          }
        }
      }
      const [{ named }] = (await one.query(`SELECT count(*)::int AS named FROM pg_prepared_statements WHERE name LIKE 'kindred_search_%'`)) as { named: number }[];
      expect(named).toBe(16);
    } finally {
      await one.destroy();
    }
  });

  it('is sent unnamed on the embedded PGlite, whose one session outlives its connections', async () => {
    if (process.env.DATABASE_URL) {
      // On a server the app's own pool plans every execution (the test above), the embedded one does not.
      expect(plansEveryExecution(t.db)).toBe(true);
      return;
    }
    expect(plansEveryExecution(t.db)).toBe(false);
    const engine = new PostgresSearchEngine(t.db);
    await engine.upsert([doc('Quince jam', 'a quince from the garden')]);
    expect((await engine.search({ ...q, text: 'quince' })).total).toBe(1);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM pg_prepared_statements`)).toEqual([{ n: 0 }]);
  });
});
