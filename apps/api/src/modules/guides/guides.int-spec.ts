import { errorCode, GqlClient } from '../../testing/gql-client';
import { promote } from '../../testing/promote';
import { startTestApp, TestApp } from '../../testing/test-app';

const GUIDE = `query($c: String!, $first: Int) { guide(conditionSlug: $c) {
  condition { id slug name } intro introHtml version lastReviewedAt lastReviewedByLabel updatedAt viewerCanEdit
  sections { heading entries { id heading position summary curatedAt curatedByLabel sourceAvailable unavailableReason
    source { type id threadId threadTitle excerpt authorLabel helpfulCount createdAt url groupName } } }
  history(first: $first) { version editorLabel note createdAt }
  whatWorks { reportCount entries { intervention { slug } reportCount } } } }`;
const CURATE = `mutation($i: CurateIntoGuideInput!) { curateIntoGuide(input: $i) { version sections { heading entries { id summary position source { id url authorLabel } } } } }`;
const UPDATE = `mutation($i: UpdateGuideEntryInput!) { updateGuideEntry(input: $i) { version sections { heading entries { id summary position } } } }`;
const REMOVE = `mutation($id: ID!, $note: String!) { removeGuideEntry(id: $id, note: $note) { version sections { entries { id } } } }`;
const INTRO = `mutation($c: ID!, $intro: String!, $note: String!) { updateGuideIntro(conditionId: $c, intro: $intro, note: $note) { version intro introHtml } }`;
const REVIEW = `mutation($c: ID!, $note: String!) { markGuideReviewed(conditionId: $c, note: $note) { version lastReviewedAt lastReviewedByLabel } }`;
const START = `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`;
const REPLY = `mutation($i: ReplyInput!) { reply(input: $i) { id } }`;

type Entry = {
  id: string;
  heading: string;
  position: number;
  summary: string;
  sourceAvailable: boolean;
  unavailableReason: string | null;
  source: { type: string; id: string; threadId: string; url: string; authorLabel: string; excerpt: string; threadTitle: string; groupName: string; helpfulCount: number } | null;
};
type Guide = {
  version: number;
  viewerCanEdit: boolean;
  sections: { heading: string; entries: Entry[] }[];
  history: { version: number; editorLabel: string; note: string }[];
  [k: string]: unknown;
};

const entriesOf = (g: Guide) => g.sections.flatMap((s) => s.entries);
const sourceIds = (g: Guide) => entriesOf(g).map((e) => e.source?.id);

describe('curated guides (integration)', () => {
  let t: TestApp;
  let siteMod: GqlClient;
  let groupMod: GqlClient;
  let member: GqlClient;
  let reader: GqlClient;
  let visitor: GqlClient;
  let siteModHandle: string;
  let groupModHandle: string;
  let memberHandle: string;
  let memberId: string;
  let conditionId: string;
  let copdId: string;
  /** A public group `groupMod` moderates, another public one they do not, and a private one. */
  let groupA: string;
  let groupB: string;
  let groupPrivate: string;
  let threadA: string;
  let replyA: string;
  let anonReply: string;
  let threadB: string;
  let privateThread: string;

  async function openGroup(visibility: 'public' | 'private', name: string, condition = conditionId) {
    const slug = `g-${Math.random().toString(36).slice(2, 10)}`;
    const r = await siteMod.ok(`mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`, {
      i: { conditionId: condition, slug, name, description: '', visibility, allowAnonymous: true },
    });
    return r.createGroup.id as string;
  }
  const guide = async (client: GqlClient, c = 'type-2-diabetes', first?: number) =>
    (await client.ok<{ guide: Guide }>(GUIDE, { c, first })).guide;
  const audit = async () =>
    (await t.db.query(`SELECT action, target_type, target_id, reason, details FROM audit_log WHERE target_type = 'guide' ORDER BY id`)) as {
      action: string;
      target_type: string;
      target_id: string;
      reason: string;
      details: Record<string, unknown>;
    }[];

  beforeAll(async () => {
    t = await startTestApp();
    siteMod = new GqlClient(t.url);
    const sm = await siteMod.register();
    siteModHandle = sm.handle;
    await promote(t.db, sm.id, 'moderator');
    groupMod = new GqlClient(t.url);
    groupModHandle = (await groupMod.register()).handle;
    member = new GqlClient(t.url);
    const m = await member.register();
    memberHandle = m.handle;
    memberId = m.id;
    reader = new GqlClient(t.url);
    await reader.register();
    visitor = new GqlClient(t.url);
    const c = await visitor.ok(`{ a: condition(slug: "type-2-diabetes") { id } b: condition(slug: "copd") { id } }`);
    conditionId = c.a.id;
    copdId = c.b.id;

    groupA = await openGroup('public', 'Guide group A');
    groupB = await openGroup('public', 'Guide group B');
    groupPrivate = await openGroup('private', 'Guide private circle');
    for (const g of [groupA, groupB]) {
      await member.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { status } }`, { id: g });
    }
    await groupMod.ok(`mutation($id: ID!) { joinGroup(groupId: $id) { status } }`, { id: groupA });
    await siteMod.ok(`mutation($g: ID!, $h: String!) { setGroupModerator(groupId: $g, handle: $h, moderator: true) { role } }`, {
      g: groupA,
      h: groupModHandle,
    });

    const thread = (groupId: string, title: string, body: string, client = member) =>
      client.ok(START, { i: { groupId, kind: 'advice', title, body, tags: [], anonymous: false } }).then((r) => r.startThread.id as string);
    threadA = await thread(groupA, 'Walking after dinner helps', 'Ten **minutes** of walking after dinner brings my readings down. ' + 'More detail. '.repeat(40));
    replyA = (await member.ok(REPLY, { i: { threadId: threadA, body: 'Swap white bread for *wholegrain*: my levels are steadier.', anonymous: false } })).reply.id;
    anonReply = (await member.ok(REPLY, { i: { threadId: threadA, body: 'I keep a food diary and it keeps me honest.', anonymous: true } })).reply.id;
    threadB = await thread(groupB, 'Batch cooking on Sundays', 'Cooking for the week saves me from takeaways.');
    privateThread = await thread(groupPrivate, 'A private story of mine', 'Only for this circle.', siteMod);
  });
  afterAll(async () => {
    await t.close();
  });

  it('anyone, signed out too, reads a guide no one has edited yet, with what works', async () => {
    const g = await guide(visitor);
    expect(g).toMatchObject({ version: 0, intro: '', sections: [], history: [], viewerCanEdit: false, lastReviewedAt: null, updatedAt: null });
    expect(g.condition).toMatchObject({ slug: 'type-2-diabetes' });
    expect((g.whatWorks as { entries: unknown[] }).entries.length).toBeGreaterThan(0);
    expect((await guide(member)).viewerCanEdit).toBe(false);
    expect((await guide(groupMod)).viewerCanEdit).toBe(true);
    expect((await guide(groupMod, 'copd')).viewerCanEdit).toBe(false);
    expect((await guide(siteMod, 'copd')).viewerCanEdit).toBe(true);
    expect(errorCode(await visitor.gql(GUIDE, { c: 'no-such-condition' }))).toBe('NOT_FOUND');
  });

  it('members, visitors and moderators of other groups cannot curate or edit; private and unknown posts are refused', async () => {
    const input = { sourceType: 'reply', sourceId: replyA, heading: 'Eating well', summary: 'Wholegrain bread keeps levels steadier.' };
    expect(errorCode(await member.gql(CURATE, { i: input }))).toBe('FORBIDDEN');
    expect(errorCode(await visitor.gql(CURATE, { i: input }))).toBe('UNAUTHENTICATED');
    // A group moderator, but not of the group the thread is in.
    expect(errorCode(await groupMod.gql(CURATE, { i: { ...input, sourceType: 'thread', sourceId: threadB } }))).toBe('FORBIDDEN');
    // Guides are public: a private group's posts stay out, even for site moderators.
    expect(errorCode(await siteMod.gql(CURATE, { i: { ...input, sourceType: 'thread', sourceId: privateThread } }))).toBe('SOURCE_NOT_PUBLIC');
    expect(errorCode(await siteMod.gql(CURATE, { i: { ...input, sourceType: 'thread', sourceId: replyA } }))).toBe('NOT_FOUND');
    // A group moderator edits only the guides of their group's condition.
    expect(errorCode(await groupMod.gql(INTRO, { c: copdId, intro: 'Hello', note: 'Trying to edit another guide' }))).toBe('FORBIDDEN');
    expect(errorCode(await member.gql(REVIEW, { c: conditionId, note: 'I reviewed it' }))).toBe('FORBIDDEN');
    expect(errorCode(await visitor.gql(REVIEW, { c: conditionId, note: 'I reviewed it' }))).toBe('UNAUTHENTICATED');
    const bad = await groupMod.gql(CURATE, { i: { ...input, heading: 'x'.repeat(81), summary: 'short' } });
    expect(errorCode(bad)).toBe('VALIDATION_FAILED');
    expect(bad.errors![0]!.extensions!.fields!.map((f) => f.field).sort()).toEqual(['heading', 'summary']);
    expect(errorCode(await groupMod.gql(CURATE, { i: { ...input, heading: '   ' } }))).toBe('VALIDATION_FAILED');
    expect((await t.db.query(`SELECT count(*)::int AS n FROM guide_entries`))[0].n).toBe(0);
    expect(await audit()).toEqual([]);
  });

  it('a group moderator curates a reply under a heading: a new version, a snapshot and an audit entry', async () => {
    const r = await groupMod.ok(CURATE, {
      i: { sourceType: 'reply', sourceId: replyA, heading: '  Eating   well ', summary: 'Wholegrain bread keeps blood sugar steadier than white.', note: 'Good practical tip' },
    });
    expect(r.curateIntoGuide.version).toBe(1);
    expect(r.curateIntoGuide.sections).toEqual([
      { heading: 'Eating well', entries: [expect.objectContaining({ position: 0, source: { id: replyA, url: `/threads/${threadA}#reply-${replyA}`, authorLabel: memberHandle } })] },
    ]);
    const g = await guide(visitor);
    const [entry] = entriesOf(g);
    expect(entry).toMatchObject({
      heading: 'Eating well',
      summary: 'Wholegrain bread keeps blood sugar steadier than white.',
      curatedByLabel: groupModHandle,
      sourceAvailable: true,
      unavailableReason: null,
      source: { type: 'reply', threadId: threadA, threadTitle: 'Walking after dinner helps', groupName: 'Guide group A', helpfulCount: 0 },
    });
    // The excerpt is plain text, never Markdown or HTML.
    expect(entry!.source!.excerpt).toBe('Swap white bread for wholegrain: my levels are steadier.');
    expect(g.history).toEqual([expect.objectContaining({ version: 1, editorLabel: groupModHandle, note: 'Good practical tip' })]);
    expect(g.version).toBe(1);
    expect(g.updatedAt).not.toBeNull();

    const [version] = await t.db.query(`SELECT version, note, editor_id IS NOT NULL AS has_editor, snapshot FROM guide_versions WHERE condition_id = $1`, [conditionId]);
    expect(version).toMatchObject({ version: 1, note: 'Good practical tip', has_editor: true });
    expect(version.snapshot.sections).toEqual([
      { heading: 'Eating well', entries: [expect.objectContaining({ sourceType: 'reply', sourceId: replyA, summary: 'Wholegrain bread keeps blood sugar steadier than white.' })] },
    ]);
    expect(await audit()).toEqual([
      { action: 'guide.curate', target_type: 'guide', target_id: conditionId, reason: 'Good practical tip', details: expect.objectContaining({ groupId: groupA, sourceId: replyA, version: 1 }) },
    ]);
    // Once per guide.
    expect(errorCode(await siteMod.gql(CURATE, { i: { sourceType: 'reply', sourceId: replyA, heading: 'Other', summary: 'The same reply again, twice.' } }))).toBe('ALREADY_IN_GUIDE');
  });

  it('more entries join their heading (whatever its case), the thread one with a long body gets a short excerpt', async () => {
    await siteMod.ok(CURATE, { i: { sourceType: 'thread', sourceId: threadA, heading: 'Getting active', summary: 'A short walk after meals lowers readings.' } });
    await groupMod.ok(CURATE, { i: { sourceType: 'reply', sourceId: anonReply, heading: 'EATING WELL', summary: 'A food diary helps you notice patterns.' } });
    await siteMod.ok(CURATE, { i: { sourceType: 'thread', sourceId: threadB, heading: 'Eating well', summary: 'Batch cooking avoids last-minute takeaways.' } });
    const g = await guide(visitor);
    expect(g.version).toBe(4);
    expect(g.sections.map((s) => [s.heading, s.entries.map((e) => [e.source!.id, e.position])])).toEqual([
      ['Eating well', [[replyA, 0], [anonReply, 1], [threadB, 2]]],
      ['Getting active', [[threadA, 0]]],
    ]);
    const walk = entriesOf(g).find((e) => e.source!.id === threadA)!;
    expect(walk.source!.url).toBe(`/threads/${threadA}`);
    expect(walk.source!.excerpt.length).toBeLessThanOrEqual(300);
    expect(walk.source!.excerpt.endsWith('…')).toBe(true);
    expect(walk.source!.excerpt.startsWith('Ten minutes of walking')).toBe(true);
    // The history lists every edit, newest first, and takes at most 50 at a time.
    expect(g.history.map((h) => h.version)).toEqual([4, 3, 2, 1]);
    expect(g.history[0]!.note).toBe('Curated a thread under “Eating well”.');
    expect((await guide(visitor, 'type-2-diabetes', 2)).history.map((h) => h.version)).toEqual([4, 3]);
    expect(errorCode(await visitor.gql(GUIDE, { c: 'type-2-diabetes', first: 51 }))).toBe('PAGE_SIZE_TOO_LARGE');
    expect(await t.db.query(`SELECT version FROM guide_versions WHERE condition_id = $1 ORDER BY version`, [conditionId])).toEqual(
      [1, 2, 3, 4].map((version) => ({ version })),
    );
  });

  it('never names the author of an anonymous post, to readers or to editors', async () => {
    for (const client of [visitor, reader, member, groupMod, siteMod]) {
      const g = await guide(client);
      const anon = entriesOf(g).find((e) => e.source!.id === anonReply)!;
      expect(anon.source!.authorLabel).toBe('anonymous member');
      expect(JSON.stringify(anon)).not.toContain(memberHandle);
    }
  });

  it('editors change summaries, move entries within and between headings, all versioned and audited', async () => {
    const before = await guide(groupMod);
    const diary = entriesOf(before).find((e) => e.source!.id === anonReply)!;
    const batch = entriesOf(before).find((e) => e.source!.id === threadB)!;
    expect(errorCode(await member.gql(UPDATE, { i: { id: diary.id, summary: 'Members cannot change this.', note: 'trying' } }))).toBe('FORBIDDEN');
    const noNote = await groupMod.gql(UPDATE, { i: { id: diary.id, summary: 'A summary with no note.', note: '' } });
    expect(errorCode(noNote)).toBe('VALIDATION_FAILED');
    expect(noNote.errors![0]!.extensions!.fields!.map((f) => f.field)).toEqual(['note']);
    expect(errorCode(await groupMod.gql(UPDATE, { i: { id: diary.id, note: 'Nothing to change' } }))).toBe('BAD_REQUEST');

    // Move up: the diary goes first in its section, with a clearer summary.
    const up = await groupMod.ok(UPDATE, { i: { id: diary.id, position: 0, summary: 'Keeping a food diary helps you spot patterns.', note: 'Clearer summary, moved up' } });
    expect(up.updateGuideEntry.version).toBe(5);
    expect(up.updateGuideEntry.sections[0].entries.map((e: { id: string; position: number }) => [e.id, e.position])).toEqual([
      [diary.id, 0],
      [entriesOf(before)[0]!.id, 1],
      [batch.id, 2],
    ]);
    expect(up.updateGuideEntry.sections[0].entries[0].summary).toBe('Keeping a food diary helps you spot patterns.');
    // Move to another heading: a new heading starts a new section at the end.
    const moved = await siteMod.ok(UPDATE, { i: { id: batch.id, heading: 'Planning meals', note: 'Its own heading' } });
    expect(moved.updateGuideEntry.sections.map((s: { heading: string; entries: unknown[] }) => [s.heading, s.entries.length])).toEqual([
      ['Eating well', 2],
      ['Getting active', 1],
      ['Planning meals', 1],
    ]);
    // And into an existing heading, first.
    const back = await siteMod.ok(UPDATE, { i: { id: batch.id, heading: 'getting active', position: 0, note: 'Belongs with activity after all' } });
    expect(back.updateGuideEntry.sections.map((s: { heading: string; entries: { id: string }[] }) => [s.heading, s.entries.map((e) => e.id)])).toEqual([
      ['Eating well', [diary.id, entriesOf(before)[0]!.id]],
      ['Getting active', [batch.id, entriesOf(before).find((e) => e.source!.id === threadA)!.id]],
    ]);
    expect(back.updateGuideEntry.version).toBe(7);
    const log = await audit();
    expect(log.slice(-3).map((l) => [l.action, l.reason])).toEqual([
      ['guide.edit', 'Clearer summary, moved up'],
      ['guide.edit', 'Its own heading'],
      ['guide.edit', 'Belongs with activity after all'],
    ]);
    expect(log[log.length - 1]!.details).toMatchObject({ groupId: groupB, entryId: batch.id });
    const [snap] = await t.db.query(`SELECT snapshot FROM guide_versions WHERE condition_id = $1 AND version = 7`, [conditionId]);
    expect(snap.snapshot.sections.map((s: { heading: string; entries: { id: string }[] }) => [s.heading, s.entries.length])).toEqual([
      ['Eating well', 2],
      ['Getting active', 2],
    ]);
  });

  it('editors write the intro and mark the guide reviewed', async () => {
    const intro = await groupMod.ok(INTRO, { c: conditionId, intro: 'Advice **members** found useful.', note: 'First intro' });
    expect(intro.updateGuideIntro).toMatchObject({ version: 8, intro: 'Advice **members** found useful.' });
    expect(intro.updateGuideIntro.introHtml).toContain('<strong>members</strong>');
    expect(errorCode(await groupMod.gql(INTRO, { c: conditionId, intro: 'x'.repeat(4001), note: 'Too long' }))).toBe('VALIDATION_FAILED');
    const reviewed = await siteMod.ok(REVIEW, { c: conditionId, note: 'Checked every entry against the threads' });
    expect(reviewed.markGuideReviewed).toMatchObject({ version: 9, lastReviewedByLabel: siteModHandle });
    expect(reviewed.markGuideReviewed.lastReviewedAt).not.toBeNull();
    const g = await guide(visitor);
    expect(g).toMatchObject({ version: 9, lastReviewedByLabel: siteModHandle, intro: 'Advice **members** found useful.' });
    expect(g.history.slice(0, 2)).toEqual([
      expect.objectContaining({ version: 9, editorLabel: siteModHandle, note: 'Checked every entry against the threads' }),
      expect.objectContaining({ version: 8, editorLabel: groupModHandle, note: 'First intro' }),
    ]);
    expect((await audit()).slice(-2).map((l) => l.action)).toEqual(['guide.edit', 'guide.review']);
  });

  it('a hidden, deleted or now-private source leaves the public guide; editors see it flagged; it cannot be curated', async () => {
    await t.db.query(`UPDATE threads SET moderation = 'hidden' WHERE id = $1`, [threadB]);
    await member.ok(`mutation($id: ID!) { deleteReply(id: $id) { id } }`, { id: replyA });
    for (const client of [visitor, reader, member]) {
      const ids = sourceIds(await guide(client));
      expect(ids).not.toContain(threadB);
      expect(ids).not.toContain(replyA);
      expect(ids).toContain(threadA);
    }
    const forEditor = entriesOf(await guide(groupMod));
    const hidden = forEditor.find((e) => e.source?.id === threadB)!;
    const deleted = forEditor.find((e) => e.source?.id === replyA)!;
    expect(hidden).toMatchObject({ sourceAvailable: false, unavailableReason: 'The thread is hidden by moderators.' });
    expect(deleted).toMatchObject({ sourceAvailable: false, unavailableReason: 'The reply was deleted by its author.' });
    // Its text stays hidden even from editors; the summary and the link remain so they can act.
    expect(hidden.source!.excerpt).toBe('');
    expect(forEditor.find((e) => e.source?.id === threadA)!.sourceAvailable).toBe(true);

    // Curating unavailable posts is refused.
    const hiddenReply = (await member.ok(REPLY, { i: { threadId: threadA, body: 'This one will be hidden.', anonymous: false } })).reply.id;
    await t.db.query(`UPDATE replies SET moderation = 'removed' WHERE id = $1`, [hiddenReply]);
    const input = { sourceType: 'reply', sourceId: hiddenReply, heading: 'Eating well', summary: 'A reply a moderator removed.' };
    expect(errorCode(await siteMod.gql(CURATE, { i: input }))).toBe('SOURCE_UNAVAILABLE');
    const deletedThread = (await member.ok(START, { i: { groupId: groupA, kind: 'story', title: 'Soon to be deleted', body: 'Bye.', tags: [], anonymous: false } })).startThread.id;
    await member.ok(`mutation($id: ID!) { deleteThread(id: $id) { id } }`, { id: deletedThread });
    expect(errorCode(await groupMod.gql(CURATE, { i: { ...input, sourceType: 'thread', sourceId: deletedThread } }))).toBe('SOURCE_UNAVAILABLE');

    // A group that turns private takes its posts out of the public guide.
    await t.db.query(`UPDATE groups SET visibility = 'private' WHERE id = $1`, [groupA]);
    expect(sourceIds(await guide(visitor))).toEqual([]);
    expect(entriesOf(await guide(siteMod)).find((e) => e.source!.id === threadA)).toMatchObject({
      sourceAvailable: false,
      unavailableReason: 'It is for its group’s members only.',
    });
    await t.db.query(`UPDATE groups SET visibility = 'public' WHERE id = $1`, [groupA]);
    await t.db.query(`UPDATE threads SET moderation = 'visible' WHERE id = $1`, [threadB]);
    expect(sourceIds(await guide(visitor)).sort()).toEqual([anonReply, threadA, threadB].sort());
  });

  it('a reader in a block with a curated author does not see their entries, nor replies curated from their threads', async () => {
    await reader.ok(`mutation($id: ID!) { blockMember(userId: $id) { id } }`, { id: memberId });
    const ids = sourceIds(await guide(reader));
    expect(ids).not.toContain(threadA);
    expect(ids).not.toContain(threadB);
    // An entry quotes its thread's title: an anonymous reply in a blocked author's thread goes too
    // (because of the thread, which is named; every reply there would, so it says nothing of who wrote it).
    expect(ids).not.toContain(anonReply);
    expect(sourceIds(await guide(visitor))).toContain(threadA);
    await reader.ok(`mutation($id: ID!) { unblockMember(userId: $id) }`, { id: memberId });
    expect(sourceIds(await guide(reader))).toContain(threadA);
  });

  it('editors remove entries with a note; reading costs the same number of queries however long the guide is', async () => {
    const g = await guide(groupMod);
    const gone = entriesOf(g).find((e) => e.source?.id === replyA)!;
    expect(errorCode(await member.gql(REMOVE, { id: gone.id, note: 'Not mine to remove' }))).toBe('FORBIDDEN');
    expect(errorCode(await groupMod.gql(REMOVE, { id: gone.id, note: '' }))).toBe('VALIDATION_FAILED');
    const removed = await groupMod.ok(REMOVE, { id: gone.id, note: 'The reply was deleted by its author' });
    expect(removed.removeGuideEntry.version).toBe(g.version + 1);
    expect(entriesOf(removed.removeGuideEntry).map((e) => e.id)).not.toContain(gone.id);
    expect(errorCode(await groupMod.gql(REMOVE, { id: gone.id, note: 'Again' }))).toBe('NOT_FOUND');
    const last = (await audit()).pop()!;
    expect(last).toMatchObject({ action: 'guide.remove', reason: 'The reply was deleted by its author', details: expect.objectContaining({ groupId: groupA, entryId: gone.id }) });
    const after = await guide(visitor);
    expect(after.history[0]).toMatchObject({ version: g.version + 1, note: 'The reply was deleted by its author', editorLabel: groupModHandle });
    // Positions close up after a removal.
    expect(after.sections.every((s) => s.entries.every((e, i) => e.position === i))).toBe(true);

    const QUERY = `query($c: String!) { guide(conditionSlug: $c) { version sections { heading entries { id summary source { excerpt authorLabel url } } } history { version } } }`;
    const few = await visitor.gql(QUERY, { c: 'type-2-diabetes' });
    for (let i = 0; i < 4; i++) {
      const t2 = (await member.ok(START, { i: { groupId: groupB, kind: 'advice', title: `More advice number ${i}`, body: `Advice ${i}.`, tags: [], anonymous: false } })).startThread.id;
      await siteMod.ok(CURATE, { i: { sourceType: 'thread', sourceId: t2, heading: `Heading ${i % 2}`, summary: `Summary of advice ${i}.` } });
    }
    const many = await visitor.gql(QUERY, { c: 'type-2-diabetes' });
    expect(entriesOf(many.data!.guide as Guide).length).toBe(entriesOf(few.data!.guide as Guide).length + 4);
    expect(Number.isFinite(few.sqlQueries)).toBe(true);
    expect(many.sqlQueries).toBe(few.sqlQueries);
  });
});
