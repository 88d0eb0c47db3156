import { randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { ask, chatSocket, connected } from '../../testing/chat-client';
import { GqlClient } from '../../testing/gql-client';
import { promote } from '../../testing/promote';
import { searchIndexed } from '../../testing/search-index';
import { startTestApp, TestApp } from '../../testing/test-app';

/**
 * The leak test: a fixture world where every piece of content a rule protects holds a unique
 * marker, and every kind of viewer calls every query field of the schema — found by walking the
 * schema itself, so a field added tomorrow is called tomorrow — with arguments drawn from the
 * fixtures, and every socket read event. No answer may hold a marker its viewer may not see.
 * Then the anonymous posts change author, and no answer may change with them.
 */

/** Markers: one per protected thing; lower-case letters only, so search treats each as one word. */
const M = {
  privThread: 'qzmkprivthread',
  privReply: 'qzmkprivreply',
  privChat: 'qzmkprivchat',
  privTip: 'qzmkprivtip',
  former: 'qzmkformerpost',
  hidden: 'qzmkhiddenpost',
  byBlocker: 'qzmkbyblocker',
  byBlocked: 'qzmkbyblocked',
  anonThread: 'qzmkanonthread',
  anonReply: 'qzmkanonreply',
  anonStory: 'qzmkanonstory',
  hiddenStory: 'qzmkhiddenstory',
} as const;
type Marker = keyof typeof M;

const PUBLIC: Marker[] = ['anonThread', 'anonReply', 'anonStory', 'byBlocker', 'byBlocked'];
const PRIVATE: Marker[] = ['privThread', 'privReply', 'privChat', 'privTip', 'former'];

/** Who may see which markers (everything else must never reach them). */
const VIEWERS = {
  visitor: PUBLIC,
  outsider: PUBLIC,
  member: [...PUBLIC, ...PRIVATE, 'hidden', 'hiddenStory'], // a member of the private group, and author of the hidden post and story
  former: PUBLIC, // left the private group: keeps nothing of it, not even their own post there
  blocker: ['anonThread', 'anonReply', 'anonStory', 'byBlocker'],
  blocked: ['anonThread', 'anonReply', 'anonStory', 'byBlocked'],
  otherModerator: PUBLIC, // moderates another group only
  pendingClinician: PUBLIC,
  clinician: PUBLIC,
  organisation: PUBLIC, // answers for a verified organisation of the anonymous story's service and area
} satisfies Record<string, Marker[]>;
type Viewer = keyof typeof VIEWERS;

/** A field to select, with the fields below it (none: a leaf). */
interface Sel {
  name: string;
  args: string;
  children: Sel[] | null;
}

interface Call {
  field: string;
  args: Record<string, unknown>;
  /** The operation's head: `query($id: ID!) { thread(id: $id)`. */
  head: string;
  selection: Sel[] | null;
}

describe('no path leaks what a viewer may not see (integration)', () => {
  let t: TestApp;
  const clients = {} as Record<Viewer, GqlClient>;
  let anonAuthor: GqlClient;
  const ids: Record<string, string> = {};
  const pools: Record<string, unknown[]> = {};
  let calls: Call[] = [];

  beforeAll(async () => {
    t = await startTestApp({ SEARCH_RELAY_INTERVAL_MS: '50', INSIGHTS_REFRESH_MS: '100' });
    const make = async (name: string, opts: { asClinician?: boolean } = {}) => {
      const c = new GqlClient(t.url);
      const me = await c.register({ asClinician: opts.asClinician });
      ids[name] = me.id;
      ids[`${name}Handle`] = me.handle;
      return c;
    };
    const site = await make('site');
    await promote(t.db, ids.site!, 'moderator');
    const author = (anonAuthor = await make('anonAuthor')); // X: writes the anonymous posts
    const other = await make('otherAuthor'); // Y: the anonymous posts are handed to them later
    clients.visitor = new GqlClient(t.url);
    for (const v of ['outsider', 'member', 'former', 'blocker', 'blocked', 'otherModerator'] as const) clients[v] = await make(v);
    clients.pendingClinician = await make('pendingClinician', { asClinician: true });
    clients.clinician = await make('clinician', { asClinician: true });
    await promote(t.db, ids.clinician!, 'clinician');
    clients.organisation = await make('organisation');

    const condition = (await site.ok(`{ condition(slug: "asthma") { id } }`)).condition.id as string;
    const group = async (visibility: string, name: string) => {
      const slug = `leak-${name}-${randomUUID().slice(0, 6)}`;
      const g = await site.ok(`mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`, {
        i: { conditionId: condition, slug, name: `Leak ${name}`, description: `The ${name} group`, visibility, allowAnonymous: true },
      });
      ids[`${name}Slug`] = slug;
      return g.createGroup.id as string;
    };
    const priv = await group('private', 'private');
    const pub = await group('public', 'public');
    const elsewhere = await group('public', 'elsewhere');
    Object.assign(ids, { priv, pub, elsewhere });
    const add = async (c: GqlClient, g: string) => {
      const r = await c.ok(`mutation($g: ID!) { joinGroup(groupId: $g) { id status } }`, { g });
      if (r.joinGroup.status === 'pending') await site.ok(`mutation($r: ID!) { decideJoinRequest(requestId: $r, approve: true) { status } }`, { r: r.joinGroup.id });
    };
    for (const c of [clients.member, clients.former, author]) await add(c, priv);
    for (const c of [clients.outsider, clients.member, clients.former, clients.blocker, clients.blocked, author, other]) await add(c, pub);
    await add(clients.otherModerator, elsewhere);
    await site.ok(`mutation($g: ID!, $h: String!) { setGroupModerator(groupId: $g, handle: $h, moderator: true) { role } }`, {
      g: elsewhere,
      h: ids.otherModeratorHandle,
    });

    const thread = async (c: GqlClient, g: string, marker: string, anonymous = false) =>
      (
        await c.ok(`mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`, {
          i: { groupId: g, kind: 'story', title: `About ${marker} and inhalers`, body: `Body text ${marker} here`, tags: [], anonymous },
        })
      ).startThread.id as string;
    const reply = async (c: GqlClient, threadId: string, marker: string, anonymous = false) =>
      (await c.ok(`mutation($i: ReplyInput!) { reply(input: $i) { id } }`, { i: { threadId, body: `A reply ${marker} here`, anonymous } })).reply.id as string;

    ids.privThread = await thread(clients.member, priv, M.privThread);
    ids.privReply = await reply(author, ids.privThread, M.privReply);
    ids.formerThread = await thread(clients.former, priv, M.former);
    ids.hiddenThread = await thread(clients.member, pub, M.hidden);
    ids.blockerThread = await thread(clients.blocker, pub, M.byBlocker);
    ids.blockedThread = await thread(clients.blocked, pub, M.byBlocked);
    ids.anonThread = await thread(author, pub, M.anonThread, true);
    ids.anonReply = await reply(author, ids.anonThread, M.anonReply, true);
    // Replies by others in the blocked pair's threads, and in the anonymous one, mentioning people.
    ids.otherReply = await reply(other, ids.blockerThread, `hello @${ids.blockedHandle}`);
    await reply(other, ids.blockedThread, `hello @${ids.blockerHandle}`);
    await reply(clients.member, ids.anonThread, `hello @${ids.outsiderHandle}`);

    const interventions = (await site.ok(`{ interventions(conditionSlug: "asthma", first: 2) { nodes { id slug } } }`)).interventions.nodes;
    const answers = { effectiveness: 'moderate', sideEffects: [{ name: 'hoarse voice', severity: 'mild' }], adherence: 'mostly', burden: 'low', costBand: 'free', durationWeeks: 12, stillUsing: true };
    ids.privReport = (
      await clients.member.ok(`mutation($i: FileExperienceReportInput!) { fileExperienceReport(input: $i) { id } }`, {
        i: { ...answers, conditionId: condition, interventionId: interventions[0].id, threadId: ids.privThread, tips: `Tip ${M.privTip} here` },
      })
    ).fileExperienceReport.id;
    ids.anonReport = (
      await author.ok(`mutation($i: FileExperienceReportInput!) { fileExperienceReport(input: $i) { id } }`, {
        i: { ...answers, conditionId: condition, interventionId: interventions[1].id, threadId: ids.anonThread, tips: 'A tip under the anonymous thread' },
      })
    ).fileExperienceReport.id;

    // Stories of care: an anonymous one (answered by a verified organisation) and a hidden one.
    const SHARE = `mutation($i: ShareCareExperienceInput!) { shareCareExperience(input: $i) { id } }`;
    const careStory = { serviceKind: 'pulmonary-rehabilitation', areaCode: 'E54000037', occurredOn: new Date().toISOString().slice(0, 7), ratingSeen: 3, ratingListened: 4, ratingInvolved: 2 };
    ids.anonStory = (await author.ok(SHARE, { i: { ...careStory, anonymous: true, whatWasGood: `Story ${M.anonStory} here`, couldBeBetter: 'Shorter waits' } })).shareCareExperience.id;
    ids.hiddenStory = (await clients.member.ok(SHARE, { i: { ...careStory, whatWasGood: `Story ${M.hiddenStory} here`, couldBeBetter: '' } })).shareCareExperience.id;
    ids.org = (
      await clients.organisation.ok(`mutation($i: ApplyForOrganisationInput!) { applyForOrganisation(input: $i) { id } }`, {
        i: { name: 'Leak Test Rehab', serviceKind: careStory.serviceKind, areaCode: careStory.areaCode },
      })
    ).applyForOrganisation.id;
    await t.db.query(`UPDATE organisations SET status = 'verified' WHERE id = $1`, [ids.org]);
    await clients.organisation.ok(`mutation($i: RespondToCareExperienceInput!) { respondToCareExperience(input: $i) { id } }`, {
      i: { experienceId: ids.anonStory, organisationId: ids.org, body: 'Thank you for your story', changedSomething: true, whatChanged: 'Shorter waits now' },
    });
    await site.ok(`mutation($i: ModerationActionInput!) { moderate(input: $i) { id } }`, {
      i: { action: 'hide', targetType: 'care_experience', targetId: ids.hiddenStory, reason: 'Hidden for the leak test' },
    });

    // Chat in the private group.
    const socket = chatSocket(t.url, clients.member);
    await connected(socket);
    await ask(socket, 'chat:join', { groupId: priv });
    await ask(socket, 'chat:send', { groupId: priv, clientId: randomUUID(), body: `Chat ${M.privChat} here` });
    socket.close();

    // The hidden post, a report on the anonymous thread (a case), the block, the former member leaving.
    const hide = await site.ok(`mutation($i: ModerationActionInput!) { moderate(input: $i) { id } }`, {
      i: { action: 'hide', targetType: 'thread', targetId: ids.hiddenThread, reason: 'Hidden for the leak test' },
    });
    ids.hiddenCase = hide.moderate.id;
    await clients.outsider.ok(`mutation($i: ReportInput!) { report(input: $i) { id } }`, {
      i: { targetType: 'thread', targetId: ids.anonThread, reason: 'other', note: 'Checking the anonymous author stays anonymous' },
    });
    ids.anonCase = (await t.db.query(`SELECT id FROM moderation_cases WHERE target_id = $1`, [ids.anonThread]))[0].id;
    await clients.blocker.ok(`mutation($u: ID!) { blockMember(userId: $u) { id } }`, { u: ids.blocked });
    await clients.former.ok(`mutation($g: ID!) { leaveGroup(groupId: $g) }`, { g: priv });
    await searchIndexed(t.db);

    // Argument pools, drawn from the fixtures.
    const threadIds = ['privThread', 'formerThread', 'hiddenThread', 'blockerThread', 'blockedThread', 'anonThread'].map((k) => ids[k]);
    Object.assign(pools, {
      threadId: threadIds,
      reportId: [ids.privReport, ids.anonReport],
      caseId: [ids.hiddenCase, ids.anonCase].filter(Boolean),
      groupId: [priv, pub, elsewhere],
      groupSlug: [ids.privateSlug, ids.publicSlug, ids.elsewhereSlug],
      handle: ['anonAuthor', 'otherAuthor', 'member', 'former', 'blocker', 'blocked'].map((k) => ids[`${k}Handle`]),
      interventionSlug: interventions.map((i: { slug: string }) => i.slug),
      interventionIds: [interventions.map((i: { id: string }) => i.id)],
      careStoryId: [ids.anonStory, ids.hiddenStory],
      organisationId: [ids.org],
      search: [...Object.values(M).map((q) => ({ query: q })), { query: '' }, { query: 'inhalers', sort: 'newest' }],
    });
    calls = buildCalls(t.app.get(GraphQLSchemaHost).schema.getQueryType()!, pools);
  }, 180_000);

  afterAll(async () => {
    await t?.close();
  });

  /**
   * Every call's answer for a viewer, by call. A nested field the viewer may not use (a
   * moderators' list, say) fails the whole answer, so it is left out and the call made again:
   * the viewer gets every field they may use. The queries so made are kept per viewer, so a
   * second pass asks exactly the same.
   */
  const tailored = new Map<string, string>();
  async function answers(viewer: Viewer): Promise<Map<Call, string>> {
    const out = new Map<Call, string>();
    for (const call of calls) {
      const key = `${viewer}|${calls.indexOf(call)}`;
      let query = tailored.get(key);
      let r: Awaited<ReturnType<GqlClient['gql']>>;
      if (query) {
        r = await clients[viewer].gql(query, call.args);
      } else {
        const selection = structuredClone(call.selection);
        for (;;) {
          query = `${call.head}${render(selection)} }`;
          r = await clients[viewer].gql(query, call.args);
          const nested = (r.errors ?? [])
            .map((e) => ((e as { path?: (string | number)[] }).path ?? []).filter((p): p is string => typeof p === 'string'))
            .filter((p) => p.length > 1);
          if (!nested.length || !nested.every((p) => prune(selection, p.slice(1)))) break;
        }
        tailored.set(key, query);
      }
      const errors = (r.errors ?? []).map((e) => ({ path: (e as { path?: unknown }).path, code: e.extensions?.code, message: e.message }));
      out.set(call, JSON.stringify({ data: r.data, errors }));
    }
    return out;
  }

  async function socketAnswers(viewer: Viewer): Promise<string[]> {
    if (viewer === 'visitor') return [];
    const socket = chatSocket(t.url, clients[viewer]);
    await connected(socket);
    const out: string[] = [];
    try {
      for (const groupId of [ids.priv!, ids.pub!, ids.elsewhere!]) {
        out.push(JSON.stringify(await ask(socket, 'chat:join', { groupId })));
        out.push(JSON.stringify(await ask(socket, 'chat:join', { groupId, afterSeq: 0 })));
        out.push(JSON.stringify(await ask(socket, 'chat:history', { groupId })));
        out.push(JSON.stringify(await ask(socket, 'chat:catch-up', { groupId, afterSeq: 0 })));
      }
    } finally {
      socket.close();
    }
    return out;
  }

  it('calls every query field as every viewer, and no answer holds a marker the viewer may not see', async () => {
    const leaks: string[] = [];
    let made = 0;
    let answered = 0;
    for (const viewer of Object.keys(VIEWERS) as Viewer[]) {
      const forbidden = (Object.keys(M) as Marker[]).filter((m) => !(VIEWERS[viewer] as Marker[]).includes(m));
      const results = await answers(viewer);
      for (const [call, text] of results) {
        made++;
        if (text.includes('"errors":[]')) answered++;
        for (const m of forbidden) if (text.includes(M[m])) leaks.push(`${viewer} × ${call.field}(${JSON.stringify(call.args)}) shows ${m}`);
      }
      for (const text of await socketAnswers(viewer)) {
        made++;
        for (const m of forbidden) if (text.includes(M[m])) leaks.push(`${viewer} × socket ${text.slice(0, 80)} shows ${m}`);
      }
    }
    const fields = new Set(calls.map((c) => c.field));
    console.log(
      `leak test: ${fields.size} query fields, ${calls.length} calls per viewer, ${Object.keys(VIEWERS).length} viewers: ${made} (viewer × field) calls, ${answered} answered without error, ${leaks.length} leaks`,
    );
    // Every root field of the schema was called.
    const all = Object.keys(t.app.get(GraphQLSchemaHost).schema.getQueryType()!.getFields());
    expect([...fields].sort()).toEqual(all.sort());
    // Markers do reach those allowed to see them (the test can fail).
    const seen = JSON.stringify([...(await answers('member')).values()]);
    for (const m of VIEWERS.member) expect({ marker: m, seen: seen.includes(M[m]) }).toEqual({ marker: m, seen: true });
    expect(leaks).toEqual([]);
  }, 600_000);

  it('no answer changes when an anonymous post’s author changes (except to the two authors themselves)', async () => {
    const viewers = (Object.keys(VIEWERS) as Viewer[]).filter((v) => v !== 'visitor');
    const before = new Map<Viewer, Map<Call, string>>();
    for (const v of ['visitor' as Viewer, ...viewers]) before.set(v, await answers(v));
    const own0 = `query($id: ID!) { thread(id: $id) { viewerIsAuthor } }`;
    expect((await anonAuthor.ok(own0, { id: ids.anonThread })).thread.viewerIsAuthor).toBe(true);
    await t.db.query(`UPDATE threads SET author_id = $2 WHERE id = $1`, [ids.anonThread, ids.otherAuthor]);
    await t.db.query(`UPDATE replies SET author_id = $2 WHERE id = $1`, [ids.anonReply, ids.otherAuthor]);
    await t.db.query(`UPDATE experience_reports SET user_id = $2 WHERE id = $1`, [ids.anonReport, ids.otherAuthor]);
    await t.db.query(`UPDATE care_experiences SET author_id = $2 WHERE id = $1`, [ids.anonStory, ids.otherAuthor]);
    await searchIndexed(t.db);
    // The comparison does see a change where there is one: the author's own view of their post.
    const own = `query($id: ID!) { thread(id: $id) { viewerIsAuthor replies(first: 5) { nodes { viewerIsAuthor } } } }`;
    expect((await anonAuthor.ok(own, { id: ids.anonThread })).thread.viewerIsAuthor).toBe(false);
    const differences: string[] = [];
    for (const v of ['visitor' as Viewer, ...viewers]) {
      const after = await answers(v);
      for (const [call, text] of before.get(v)!) {
        const [x, y] = [normalise(text), normalise(after.get(call)!)];
        if (x !== y) {
          let i = 0;
          while (x[i] === y[i]) i++;
          differences.push(`${v} × ${call.field}(${JSON.stringify(call.args)}): …${x.slice(Math.max(0, i - 60), i + 40)}… became …${y.slice(Math.max(0, i - 60), i + 40)}…`);
        }
      }
    }
    expect(differences).toEqual([]);
  }, 600_000);
});

/** Values that change between two identical reads (when a session was last seen, a figure's computation time). */
const VOLATILE = /"(lastSeenAt|lastUsedAt|computedAt|generatedAt|expiresAt)":"[^"]*"/g;
const normalise = (text: string) => text.replace(VOLATILE, '"$1":"…"').replace(/Computed at: [0-9T:.Z-]+/g, 'Computed at: …');

function render(selection: Sel[] | null): string {
  if (!selection) return '';
  if (!selection.length) return ' { __typename }';
  return ` { ${selection.map((f) => `${f.name}${f.args}${render(f.children)}`).join(' ')} }`;
}

/** Leaves out the field at `path` (names below the root field; list positions dropped). Whether it was there. */
function prune(selection: Sel[] | null, path: string[]): boolean {
  if (!selection || !path.length) return false;
  const i = selection.findIndex((f) => f.name === path[0]);
  if (i < 0) return false;
  if (path.length === 1) {
    selection.splice(i, 1);
    return true;
  }
  return prune(selection[i]!.children, path.slice(1));
}

/**
 * One call per root field and per combination of its required arguments' candidate values (and
 * one per search input), each selecting every field of its answer down to a few levels.
 */
function buildCalls(query: GraphQLObjectType, pools: Record<string, unknown[]>): Call[] {
  const calls: Call[] = [];
  for (const field of Object.values(query.getFields())) {
    const combos = argumentCombos(field, pools);
    const selection = selectionOf(getNamedType(field.type), 1, new Set());
    for (const args of combos) {
      const defs = field.args.filter((a) => a.name in args).map((a) => `$${a.name}: ${a.type.toString()}`);
      const use = field.args.filter((a) => a.name in args).map((a) => `${a.name}: $${a.name}`);
      const head = `query${defs.length ? `(${defs.join(', ')})` : ''} { ${field.name}${use.length ? `(${use.join(', ')})` : ''}`;
      calls.push({ field: field.name, args, head, selection });
    }
  }
  return calls;
}

const WEEKS = 12;
function period(): { from: string; to: string } {
  const now = new Date();
  const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - ((now.getUTCDay() + 6) % 7)));
  const from = new Date(monday.getTime() - WEEKS * 7 * 86_400_000);
  const to = new Date(monday.getTime() + 6 * 86_400_000);
  return { from: from.toISOString(), to: to.toISOString() };
}

/** Candidate values for one argument, by its name and the field it belongs to; undefined: leave it out. */
function candidates(field: string, arg: GraphQLArgument, pools: Record<string, unknown[]>): unknown[] | undefined {
  const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
  const { from, to } = period();
  switch (arg.name) {
    case 'id':
      if (field === 'thread') return pools.threadId;
      if (field === 'experienceReport') return pools.reportId;
      if (field === 'moderationCase') return pools.caseId;
      if (field === 'careExperience') return pools.careStoryId;
      return [randomUUID()];
    case 'groupId':
      return required || field === 'auditLog' || field === 'moderationQueue' ? pools.groupId : undefined;
    case 'slug':
      if (field === 'group') return pools.groupSlug;
      if (field === 'intervention') return pools.interventionSlug;
      return ['asthma'];
    case 'handle':
      return pools.handle;
    case 'condition':
    case 'conditionSlug':
      return ['asthma'];
    case 'interventionIds':
      return pools.interventionIds;
    case 'organisationId':
      return pools.organisationId;
    case 'serviceKind':
      return ['pulmonary-rehabilitation'];
    case 'areaCode':
      return ['E54000037'];
    case 'from':
      return required ? [from] : undefined;
    case 'to':
      return required ? [to] : undefined;
    case 'input':
      if (field === 'search') return pools.search;
      return [inputOf(arg.type)];
    case 'text':
      return ['How are you all doing?'];
    default:
      return required ? [valueOf(arg.type)] : undefined;
  }
}

function argumentCombos(field: GraphQLField<unknown, unknown>, pools: Record<string, unknown[]>): Record<string, unknown>[] {
  let combos: Record<string, unknown>[] = [{}];
  for (const arg of field.args) {
    const values = candidates(field.name, arg, pools);
    if (!values) continue;
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [arg.name]: v })));
  }
  return combos.slice(0, 40);
}

/** A plain value of an input type (for required arguments the pools do not name). */
function valueOf(type: GraphQLInputType): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [];
  if (isEnumType(t)) return t.getValues()[0]!.value;
  if (isInputObjectType(t)) return inputOf(t);
  if (isScalarType(t)) {
    if (t.name === 'Int') return 1;
    if (t.name === 'Boolean') return false;
    if (t.name === 'DateTime') return new Date().toISOString();
    if (t.name === 'ID') return randomUUID();
    return 'hello';
  }
  return null;
}

function inputOf(type: GraphQLInputType): Record<string, unknown> {
  const t = getNamedType(type);
  const out: Record<string, unknown> = {};
  if (!isInputObjectType(t)) return out;
  for (const f of Object.values(t.getFields())) if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = valueOf(f.type);
  return out;
}

/** Every field of a type's answer down to a few levels; connections ask for 3 items; no type twice on a path. */
function selectionOf(type: ReturnType<typeof getNamedType>, depth: number, path: Set<string>): Sel[] | null {
  if (!isObjectType(type)) return null;
  const parts: Sel[] = [];
  for (const f of Object.values(type.getFields())) {
    if (f.name === 'edges') continue;
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(f.type);
    const args = f.args.some((a) => a.name === 'first') ? '(first: 3)' : '';
    if (!isObjectType(named)) {
      parts.push({ name: f.name, args: '', children: null });
      continue;
    }
    if (depth >= 4 || path.has(named.name)) continue;
    const inner = selectionOf(named, depth + 1, new Set([...path, type.name]));
    if (inner?.length) parts.push({ name: f.name, args, children: inner });
  }
  return parts;
}
