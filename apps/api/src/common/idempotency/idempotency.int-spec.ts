import { randomUUID } from 'node:crypto';
import { errorCode, GqlClient } from '../../testing/gql-client';
import { expectSearchIndexClean } from '../../testing/search-index';
import { startTestApp, TestApp } from '../../testing/test-app';

const START = `mutation($i: StartThreadInput!) { startThread(input: $i) { id title } }`;
const REPLY = `mutation($i: ReplyInput!) { reply(input: $i) { id } }`;
const FILE = `mutation($i: FileExperienceReportInput!) { fileExperienceReport(input: $i) { id } }`;

const answers = {
  effectiveness: 'moderate',
  sideEffects: [],
  adherence: 'mostly',
  burden: 'low',
  costBand: 'free',
  durationWeeks: 12,
  stillUsing: true,
  tips: 'Little and often.',
};

describe('idempotent creates: a retried submission is stored once (integration)', () => {
  let t: TestApp;
  let member: GqlClient;
  let other: GqlClient;
  let groupId: string;
  let conditionId: string;
  let interventionId: string;
  const count = async (sql: string, params: unknown[]) => ((await t.db.query(sql, params)) as { n: number }[])[0]!.n;

  beforeAll(async () => {
    t = await startTestApp({ SEARCH_RELAY_INTERVAL_MS: '50' });
    member = new GqlClient(t.url);
    await member.register();
    other = new GqlClient(t.url);
    await other.register();
    const c = await member.ok(`{ condition(slug: "type-2-diabetes") { id } groups(conditionSlug: "type-2-diabetes", first: 20) { nodes { id visibility } } interventions(conditionSlug: "type-2-diabetes", first: 100) { nodes { id slug } } }`);
    conditionId = c.condition.id;
    groupId = c.groups.nodes.find((g: { visibility: string }) => g.visibility === 'public').id;
    interventionId = c.interventions.nodes.find((n: { slug: string }) => n.slug === 'metformin').id;
    for (const m of [member, other]) await m.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { id } }`, { id: groupId });
  });

  afterAll(() => t?.close());

  const thread = (key: string | undefined, title = `Retried ${key ?? 'no key'}`) => ({
    i: { groupId, kind: 'question', title, body: 'Does anyone else find mornings hardest?', tags: [], anonymous: false, ...(key ? { idempotencyKey: key } : {}) },
  });

  it('startThread: a sequential retry returns the stored thread; concurrent retries store one', async () => {
    const key = randomUUID();
    const first = (await member.ok(START, thread(key))).startThread;
    const again = (await member.ok(START, thread(key, 'A different title on retry'))).startThread;
    expect(again).toEqual(first);

    const racing = randomUUID();
    const results = await Promise.all(Array.from({ length: 8 }, () => member.ok(START, thread(racing))));
    expect(new Set(results.map((r) => r.startThread.id)).size).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM threads WHERE title = $1`, [`Retried ${racing}`])).toBe(1);

    // Without a key every call is a new thread (older clients), and keys are per member.
    await member.ok(START, thread(undefined));
    await member.ok(START, thread(undefined));
    expect(await count(`SELECT count(*)::int AS n FROM threads WHERE title = 'Retried no key'`, [])).toBe(2);
    const theirs = (await other.ok(START, thread(key))).startThread;
    expect(theirs.id).not.toBe(first.id);
  });

  it('reply: concurrent retries store one reply and count it once', async () => {
    const threadId = (await member.ok(START, thread(randomUUID()))).startThread.id as string;
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => other.ok(REPLY, { i: { threadId, body: 'Mornings, yes.', anonymous: false, idempotencyKey: key } })),
    );
    expect(new Set(results.map((r) => r.reply.id)).size).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM replies WHERE thread_id = $1`, [threadId])).toBe(1);
    expect(await count(`SELECT reply_count AS n FROM threads WHERE id = $1`, [threadId])).toBe(1);
  });

  it('fileExperienceReport: concurrent retries file one report', async () => {
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => member.ok(FILE, { i: { conditionId, interventionId, ...answers, idempotencyKey: key } })),
    );
    expect(new Set(results.map((r) => r.fileExperienceReport.id)).size).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM idempotency_keys WHERE scope = 'experience_report'`, [])).toBe(1);
  });

  it('refuses a malformed key', async () => {
    expect(errorCode(await member.gql(START, thread('short')))).toBe('VALIDATION_FAILED');
    expect(errorCode(await member.gql(START, thread('not a key; with spaces')))).toBe('VALIDATION_FAILED');
  });

  it('leaves the search index in step with PostgreSQL', async () => {
    await expectSearchIndexClean(t.db);
  });
});
