import { GqlClient } from '../../../testing/gql-client';
import { promote } from '../../../testing/promote';
import { startTestApp, TestApp } from '../../../testing/test-app';

const START = `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`;
const QUEUE = `{ moderationQueue(first: 50) { nodes { id targetId crisis sources } } }`;
const REPORT = `mutation($i: ReportInput!) { report(input: $i) { id } }`;
const MODERATE = `mutation($i: ModerationActionInput!) { moderate(input: $i) { id status resolution } }`;

describe('moderators teach the crisis check (integration)', () => {
  let t: TestApp;
  let moderator: GqlClient;
  let author: GqlClient;
  let reporter: GqlClient;
  let groupId: string;

  const post = async (title: string, body: string) =>
    (await author.ok(START, { i: { groupId, kind: 'story', title, body, tags: [], anonymous: false } })).startThread.id as string;
  const caseOf = async (targetId: string) =>
    (await moderator.ok(QUEUE)).moderationQueue.nodes.find((c: { targetId: string }) => c.targetId === targetId) as
      | { id: string; crisis: boolean; sources: string[] }
      | undefined;
  const examples = async () =>
    (await t.db.query(`SELECT * FROM safety_examples ORDER BY created_at, id`)) as Record<string, unknown>[];

  beforeAll(async () => {
    t = await startTestApp({});
    moderator = new GqlClient(t.url);
    await promote(t.db, (await moderator.register()).id, 'moderator');
    const conditionId = (await moderator.ok(`{ condition(slug: "copd") { id } }`)).condition.id;
    const slug = `s-${Math.random().toString(36).slice(2, 9)}`;
    groupId = (
      await moderator.ok(`mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`, {
        i: { conditionId, slug, name: `Group ${slug}`, description: '', visibility: 'public', allowAnonymous: true },
      })
    ).createGroup.id;
    author = new GqlClient(t.url);
    await author.register();
    reporter = new GqlClient(t.url);
    await reporter.register();
    for (const c of [author, reporter]) await c.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { id } }`, { id: groupId });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a flagged post a moderator judges "not a crisis" is kept as a labelled example, with no author and no ids', async () => {
    const id = await post('Mad week', 'This flare is killing me, but I would honestly kill for a night out. Back to the physio tomorrow, wish me luck with the stairs! kill me now lol');
    // Whether or not the check flags this, a member can report it as a crisis.
    await reporter.ok(REPORT, { i: { targetType: 'thread', targetId: id, reason: 'crisis', note: '' } });
    const c = await caseOf(id);
    expect(c?.crisis).toBe(true);
    const flagged = await post('Goodbye', 'I am going to kill myself tonight, I have had enough.');
    const flaggedCase = await caseOf(flagged);
    expect(flaggedCase).toMatchObject({ crisis: true, sources: ['crisis'] });

    const before = (await examples()).length;
    // The moderator agrees with the check about the flagged post: nothing to learn, nothing kept.
    await moderator.ok(MODERATE, { i: { caseId: flaggedCase!.id, action: 'dismiss', reason: 'Reached out privately; post stays up.', crisis: true } });
    expect((await examples()).length).toBe(before);

    // A flagged post the moderator says is not a crisis (exasperation the check still reads as intent;
    // "If I have to fill in one more PIP form I will kill myself, just exhausted by it" no longer flags).
    const joke = await post('Honestly', 'If the DWP lose my form again I will actually kill myself');
    const jokeCase = await caseOf(joke);
    expect(jokeCase?.crisis).toBe(true);
    const r = await moderator.ok(MODERATE, { i: { caseId: jokeCase!.id, action: 'dismiss', reason: 'A joke about paperwork, not a crisis.', crisis: false } });
    expect(r.moderate).toMatchObject({ status: 'resolved', resolution: 'dismiss' });
    const kept = (await examples()).slice(before);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({
      crisis: false,
      origin: 'moderator-not-crisis',
      target_type: 'thread',
      text: 'Honestly\nIf the DWP lose my form again I will actually kill myself',
      exported_at: null,
    });
    expect(Object.keys(kept[0]!).sort()).toEqual(['created_at', 'crisis', 'exported_at', 'id', 'origin', 'target_type', 'text']);
  });

  it('an unflagged post a moderator marks as a crisis is kept as a crisis example', async () => {
    const id = await post('Sorted', 'Cleared my flat and found a new home for the cat. Feeling calm.');
    expect((await caseOf(id))).toBeUndefined();
    const before = (await examples()).length;
    await moderator.ok(MODERATE, { i: { targetType: 'thread', targetId: id, action: 'dismiss', reason: 'Reached out to the member privately.', crisis: true } });
    const kept = (await examples()).slice(before);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ crisis: true, origin: 'moderator-crisis', target_type: 'thread' });
    expect(String(kept[0]!.text)).toContain('found a new home for the cat');
  });

  it('a profile bio that signals a crisis opens a crisis case on the member (the save is never blocked)', async () => {
    const me = (await reporter.ok(`{ me { id } }`)).me.id as string;
    const saved = await reporter.ok(`mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { bio } }`, {
      i: { bio: 'COPD since 2019. Honestly I just want to go to sleep and never wake up.' },
    });
    expect(saved.updateProfile.bio).toMatch(/never wake up/);
    let found: { crisis: boolean; sources: string[] } | undefined;
    for (let i = 0; i < 50 && !found; i++) {
      found = await caseOf(me);
      if (!found) await new Promise((r) => setTimeout(r, 50));
    }
    expect(found).toMatchObject({ crisis: true, sources: ['crisis'] });
  });
});
