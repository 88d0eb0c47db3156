/// <reference types="jest" />
import { QueryClient } from '@tanstack/react-query';
import { CSRF_COOKIE } from '@kindred/contracts';
import { earlyAnswerKey, keepEarlyAnswers, takeEarlyAnswer } from './early-answers';
import { firstPageOf, firstPageRequests, groupPageLaterQueries, groupPageRequests, threadPageExtras, viewerRequest } from './first-page-requests';
import { useInfiniteThreadQuery, useMeQuery, useTagsQuery, useThreadExperienceReportsQuery } from '../generated/graphql';
import { prefetchFirstPage } from './prefetch';

/**
 * The script in a first page's <head> (early-data.ts) sends firstPageRequests (and, once the group
 * is in, groupPageRequests); the app's GraphQL client uses those answers only for a request with
 * the same text and variables. These tests hold them to what the app's prefetch really sends.
 */

const GROUP = {
  id: 'c9f5f8f4-0000-4000-8000-000000000001',
  slug: 'living-with-copd',
  name: 'Living with COPD',
  viewerCanRead: true,
  viewerCanPost: false,
};

let sent: { key: string }[];
const realFetch = globalThis.fetch;

function answerFor(query: string): unknown {
  if (/^\s*query Group\(/.test(query)) return { data: { group: GROUP } };
  if (/^\s*query Thread\(/.test(query)) {
    return { data: { thread: { id: 't', replies: { nodes: [], edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } } };
  }
  if (/^\s*query (ConditionGroups|GroupThreads)\(/.test(query)) {
    return { data: { groups: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } }, threads: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } } } };
  }
  return { data: { condition: { id: 'c' }, tags: [], me: null, thread: { experienceReports: [] } } };
}

beforeEach(() => {
  sent = [];
  (globalThis as { document?: unknown }).document = { cookie: `${CSRF_COOKIE}=token-1` };
  globalThis.fetch = (async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as { query: string; variables: unknown };
    sent.push({ key: earlyAnswerKey(body.query, body.variables) });
    return new Response(JSON.stringify(answerFor(body.query)), { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  keepEarlyAnswers(new Map());
});

afterAll(() => {
  globalThis.fetch = realFetch;
  delete (globalThis as { document?: unknown }).document;
});

/** Lets the prefetch's chained requests (the group, then its threads) run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
}

const keys = (requests: { query: string; variables: unknown }[]) => requests.map((r) => earlyAnswerKey(r.query, r.variables)).sort();

describe('the first page’s early requests', () => {
  it.each([
    ['/conditions/type-2-diabetes', ''],
    ['/groups/living-with-copd', ''],
    ['/groups/living-with-copd', '?sort=newest&kind=question&tag=inhalers'],
    ['/threads/5d3c2a9e-8b1f-4c55-9b7e-2f0f4b1a7c10', ''],
  ])('are the requests the prefetch sends for %s%s', async (path, search) => {
    const client = new QueryClient();
    await prefetchFirstPage(client, path, search);
    await settle();
    const early = [
      ...firstPageRequests(path),
      viewerRequest(),
      ...(firstPageOf(path)?.page === 'group' ? groupPageRequests(GROUP as never, search) : []),
      // The thread page's readiness also waits for the tag list (the first of its extras).
      ...(firstPageOf(path)?.page === 'thread' ? threadPageExtras(firstPageOf(path)!.param).slice(0, 1) : []),
    ];
    expect(early.length).toBeGreaterThan(0);
    expect(sent.map((s) => s.key).sort()).toEqual(keys(early));
    client.clear();
  });

  it('are used by the app instead of asking again, once, and not when stale', async () => {
    const path = '/threads/5d3c2a9e-8b1f-4c55-9b7e-2f0f4b1a7c10';
    const [request] = firstPageRequests(path);
    const key = earlyAnswerKey(request!.query, request!.variables);
    const early = new Response(JSON.stringify({ data: { thread: { id: 'from-early', replies: { nodes: [], edges: [], pageInfo: { hasNextPage: false } } } } }));
    keepEarlyAnswers(new Map([[key, Promise.resolve(early)]]));
    const client = new QueryClient();
    await prefetchFirstPage(client, path, '');
    expect(sent.map((s) => s.key).sort()).toEqual(keys([viewerRequest(), threadPageExtras('x')[0]!]));
    const cached = client.getQueryData(useInfiniteThreadQuery.getKey(request!.variables as { id: string })) as { pages: { thread: { id: string } }[] };
    expect(cached.pages[0]!.thread.id).toBe('from-early');
    // Used once: the same request again goes to the API.
    expect(takeEarlyAnswer(request!.query, request!.variables)).toBeUndefined();

    keepEarlyAnswers(new Map([[key, Promise.resolve(new Response('{}'))]]), performance.now() - 60_000);
    expect(takeEarlyAnswer(request!.query, request!.variables)).toBeUndefined();
    client.clear();
  });

  it('a group’s threads and tags asked for by the app before the script has sent them: the script’s answers, not a second request', async () => {
    const path = `/groups/${GROUP.slug}`;
    const later = groupPageRequests(GROUP as never, '');
    const answers = new Map<string, Promise<Response>>();
    let sendLater!: () => void;
    const sentLater = new Promise<void>((resolve) => {
      sendLater = () => {
        for (const r of later) answers.set(earlyAnswerKey(r.query, r.variables), Promise.resolve(new Response(JSON.stringify(answerFor(r.query)))));
        resolve();
      };
    });
    keepEarlyAnswers(answers, performance.now(), { queries: new Set(groupPageLaterQueries()), sent: sentLater });
    const asked = later.map((r) => takeEarlyAnswer(r.query, r.variables));
    expect(asked.every((a) => a instanceof Promise)).toBe(true);
    sendLater();
    await Promise.all(asked);
    expect(sent).toEqual([]);
    // Not sent by the script (say, the viewer may not read the group): the app asks itself.
    keepEarlyAnswers(new Map(), performance.now(), { queries: new Set(groupPageLaterQueries()), sent: Promise.resolve() });
    const client = new QueryClient();
    await prefetchFirstPage(client, path, '');
    await settle();
    expect(sent.map((s) => s.key).sort()).toEqual(keys([...firstPageRequests(path), viewerRequest(), ...later]));
    client.clear();
  });

  it('include the page frame’s `me` query and the thread page’s tags and reports as the app sends them', async () => {
    // As useViewer, useTags and ThreadReports call them.
    await useMeQuery.fetcher()();
    await useTagsQuery.fetcher()();
    await useThreadExperienceReportsQuery.fetcher({ id: 't-1' })();
    expect(sent.map((s) => s.key).sort()).toEqual(keys([viewerRequest(), ...threadPageExtras('t-1')]));
  });

  it('match the router’s paths only for the three pages', () => {
    expect(firstPageOf('/conditions/asthma')).toEqual({ page: 'condition', param: 'asthma' });
    expect(firstPageOf('/Groups/a%20b/')).toEqual({ page: 'group', param: 'a b' });
    expect(firstPageOf('/threads/1/edit')).toBeNull();
    expect(firstPageOf('/groups/x/new')).toBeNull();
    expect(firstPageOf('/groups/%E0%A4%A')).toBeNull();
    expect(firstPageRequests('/')).toEqual([]);
  });
});
