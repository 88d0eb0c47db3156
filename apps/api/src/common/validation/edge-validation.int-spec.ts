import { randomUUID } from 'node:crypto';
import { LIMITS } from '@kindred/contracts';
import { errorCode, GqlClient } from '../../testing/gql-client';
import type { GqlResult } from '../../testing/gql-client';
import { promote } from '../../testing/promote';
import { startTestApp, TestApp } from '../../testing/test-app';

/**
 * Validation at the edge: over-long strings, malformed ids, over-large pages and over-long
 * filter lists on a representative set of fields, for bare arguments and input classes alike.
 * Each is refused with a stable code (and, for VALIDATION_FAILED, the field and its code) —
 * never an INTERNAL_ERROR.
 */
describe('validation at the edge (integration)', () => {
  let t: TestApp;
  let site: GqlClient; // site moderator
  let member: GqlClient;
  let clinician: GqlClient;
  let groupId: string;
  let threadId: string;

  const long = (n: number) => 'a'.repeat(n);
  const ids = (n: number) => Array.from({ length: n }, () => randomUUID());
  const field = (r: GqlResult) => r.errors?.[0]?.extensions?.fields?.[0];

  /** A refusal with this code (and, for VALIDATION_FAILED, this field and field code). */
  function refused(r: GqlResult, code: string, fieldName?: string, fieldCode?: string) {
    expect(r.errors?.length).toBeGreaterThan(0);
    expect(errorCode(r)).not.toBe('INTERNAL_ERROR');
    expect(errorCode(r)).toBe(code);
    if (fieldName) expect(field(r)).toMatchObject({ field: fieldName, ...(fieldCode ? { code: fieldCode } : {}) });
  }

  beforeAll(async () => {
    t = await startTestApp();
    site = new GqlClient(t.url);
    await promote(t.db, (await site.register()).id, 'moderator');
    member = new GqlClient(t.url);
    await member.register();
    clinician = new GqlClient(t.url);
    await promote(t.db, (await clinician.register({ asClinician: true })).id, 'clinician');
    const conditionId = (await site.ok(`{ condition(slug: "asthma") { id } }`)).condition.id;
    const slug = `edge-${randomUUID().slice(0, 8)}`;
    groupId = (
      await site.ok(`mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`, {
        i: { conditionId, slug, name: `Edge ${slug}`, description: '', visibility: 'public', allowAnonymous: false },
      })
    ).createGroup.id;
    threadId = (
      await site.ok(`mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`, {
        i: { groupId, kind: 'question', title: 'Edge validation thread', body: 'Hello', tags: [], anonymous: false },
      })
    ).startThread.id;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('refuses over-long bare string arguments with TOO_LONG on the argument', async () => {
    refused(await member.gql(`query($s: String!) { group(slug: $s) { id } }`, { s: long(LIMITS.slugMax + 1) }), 'VALIDATION_FAILED', 'slug', 'TOO_LONG');
    refused(await member.gql(`query($s: String!) { condition(slug: $s) { id } }`, { s: long(LIMITS.slugMax + 1) }), 'VALIDATION_FAILED', 'slug', 'TOO_LONG');
    refused(await member.gql(`query($s: String!) { intervention(slug: $s) { id } }`, { s: long(LIMITS.slugMax + 1) }), 'VALIDATION_FAILED', 'slug', 'TOO_LONG');
    refused(await member.gql(`query($s: String!) { guide(conditionSlug: $s) { intro } }`, { s: long(LIMITS.slugMax + 1) }), 'VALIDATION_FAILED', 'conditionSlug', 'TOO_LONG');
    refused(await member.gql(`query($h: String!) { member(handle: $h) { id } }`, { h: long(LIMITS.handleMax + 1) }), 'VALIDATION_FAILED', 'handle', 'TOO_LONG');
    refused(
      await site.gql(`mutation($g: ID!, $h: String!) { setGroupModerator(groupId: $g, handle: $h, moderator: true) { role } }`, { g: groupId, h: long(LIMITS.handleMax + 1) }),
      'VALIDATION_FAILED',
      'handle',
      'TOO_LONG',
    );
    refused(await member.gql(`query($x: String!) { checkText(text: $x) { support { title } } }`, { x: long(LIMITS.threadBodyMax + 1) }), 'VALIDATION_FAILED', 'text', 'TOO_LONG');
    refused(
      await site.gql(`mutation($id: ID!, $r: String) { deleteChatMessage(id: $id, reason: $r) { id } }`, { id: randomUUID(), r: long(LIMITS.auditReasonMax + 1) }),
      'VALIDATION_FAILED',
      'reason',
      'TOO_LONG',
    );
    // A value within the limit goes through to the service (which answers NOT_FOUND).
    refused(await member.gql(`query($s: String!) { group(slug: $s) { id } }`, { s: long(LIMITS.slugMax) }), 'NOT_FOUND');
  });

  it('refuses over-long strings in input and args classes', async () => {
    refused(await member.gql(`query($q: String) { search(input: { query: $q }) { total } }`, { q: long(LIMITS.searchQueryMax + 1) }), 'VALIDATION_FAILED', 'query', 'TOO_LONG');
    refused(
      await member.gql(`mutation($i: ReportInput!) { report(input: $i) { id } }`, { i: { targetType: 'thread', targetId: threadId, reason: 'spam', note: long(LIMITS.reportNoteMax + 1) } }),
      'VALIDATION_FAILED',
      'note',
      'TOO_LONG',
    );
    refused(await site.gql(`query($q: String) { auditLog(q: $q) { totalCount } }`, { q: long(LIMITS.searchQueryMax + 1) }), 'VALIDATION_FAILED', 'q', 'TOO_LONG');
  });

  it('takes only listed audit actions (or a family of them) in the audit log filter', async () => {
    const LOG = `query($a: String) { auditLog(action: $a, first: 5) { totalCount } }`;
    refused(await site.gql(LOG, { a: 'content.explode' }), 'VALIDATION_FAILED', 'action', 'INVALID_VALUE');
    refused(await site.gql(LOG, { a: "content.hide' OR 1=1" }), 'VALIDATION_FAILED', 'action', 'INVALID_VALUE');
    refused(await site.gql(LOG, { a: long(101) }), 'VALIDATION_FAILED', 'action');
    await site.ok(LOG, { a: 'content.hide' });
    await site.ok(LOG, { a: 'member' });
    await site.ok(LOG, { a: 'thread.lock' }); // a former name: older entries can still be found
  });

  it('refuses malformed ids, bare or in inputs, with VALIDATION_FAILED on the field', async () => {
    refused(await member.gql(`query($id: ID!) { thread(id: $id) { id } }`, { id: 'not-a-uuid' }), 'VALIDATION_FAILED', 'id', 'INVALID_VALUE');
    refused(await member.gql(`mutation($g: ID!) { joinGroup(groupId: $g) { status } }`, { g: '1 OR 1=1' }), 'VALIDATION_FAILED', 'groupId', 'INVALID_VALUE');
    refused(await site.gql(`query($g: ID!) { chatMutes(groupId: $g) { id } }`, { g: 'x' }), 'VALIDATION_FAILED', 'groupId', 'INVALID_VALUE');
    refused(await member.gql(`mutation($u: ID!) { blockMember(userId: $u) { id } }`, { u: '../../etc' }), 'VALIDATION_FAILED', 'userId', 'INVALID_VALUE');
    refused(
      await site.gql(`mutation($g: ID!, $u: ID!) { removeGroupMember(groupId: $g, userId: $u, input: { reason: "Spam" }) }`, { g: groupId, u: 'nobody' }),
      'VALIDATION_FAILED',
      'userId',
      'INVALID_VALUE',
    );
    refused(
      await member.gql(`mutation($i: ReportInput!) { report(input: $i) { id } }`, { i: { targetType: 'thread', targetId: 'nope', reason: 'spam', note: '' } }),
      'VALIDATION_FAILED',
      'targetId',
    );
    refused(await site.gql(`mutation($i: MuteInput!) { muteChatMember(input: $i) { until } }`, { i: { groupId, userId: 'nope', minutes: 10, reason: 'Cool off' } }), 'VALIDATION_FAILED', 'userId');
    refused(
      await clinician.gql(
        `query($c: String!, $ids: [ID!]!) { compareInterventions(condition: $c, from: "2026-01-05T00:00:00Z", to: "2026-02-01T00:00:00Z", interventionIds: $ids) { computedAt } }`,
        { c: 'asthma', ids: ['a', 'b'] },
      ),
      'VALIDATION_FAILED',
      'interventionIds',
      'INVALID_VALUE',
    );
  });

  it('answers PAGE_SIZE_TOO_LARGE above each list’s maximum, BAD_REQUEST below 1', async () => {
    refused(await member.gql(`{ groups(first: ${LIMITS.pageSizeMax + 1}) { totalCount } }`), 'PAGE_SIZE_TOO_LARGE');
    refused(await member.gql(`{ conditions(first: ${LIMITS.pageSizeMax + 1}) { totalCount } }`), 'PAGE_SIZE_TOO_LARGE');
    refused(await member.gql(`{ notifications(first: ${LIMITS.pageSizeMax + 1}) { totalCount } }`), 'PAGE_SIZE_TOO_LARGE');
    refused(await site.gql(`{ moderationQueue(first: ${LIMITS.moderationQueuePageMax + 1}) { totalCount } }`), 'PAGE_SIZE_TOO_LARGE');
    refused(await site.gql(`{ auditLog(first: ${LIMITS.auditPageMax + 1}) { totalCount } }`), 'PAGE_SIZE_TOO_LARGE');
    refused(await member.gql(`{ search(input: { query: "inhaler", first: ${LIMITS.searchPageMax + 1} }) { total } }`), 'PAGE_SIZE_TOO_LARGE');
    refused(await member.gql(`query($id: ID!) { thread(id: $id) { replies(first: ${LIMITS.replyPageMax + 1}) { totalCount } } }`, { id: threadId }), 'PAGE_SIZE_TOO_LARGE');
    refused(await member.gql(`{ guide(conditionSlug: "asthma") { history(first: ${LIMITS.guideHistoryMax + 1}) { version } } }`), 'PAGE_SIZE_TOO_LARGE');
    refused(await site.gql(`query($g: ID!) { chatMessages(groupId: $g, first: ${LIMITS.chatHistoryPageMax + 1}) { hasMore } }`, { g: groupId }), 'PAGE_SIZE_TOO_LARGE');
    refused(await member.gql(`{ groups(first: 0) { totalCount } }`), 'BAD_REQUEST');
    refused(await site.gql(`{ auditLog(first: -1) { totalCount } }`), 'BAD_REQUEST');
    // At the maximum itself, each list answers.
    await member.ok(`{ groups(first: ${LIMITS.pageSizeMax}) { totalCount } }`);
    await site.ok(`{ auditLog(first: ${LIMITS.auditPageMax}) { totalCount } }`);
    await site.ok(`query($g: ID!) { chatMessages(groupId: $g, first: ${LIMITS.chatHistoryPageMax}) { hasMore } }`, { g: groupId });
  });

  it('caps every list filter', async () => {
    const SEARCH = `query($i: SearchInput!) { search(input: $i) { total } }`;
    const over = LIMITS.searchFilterValuesMax + 1;
    refused(await member.gql(SEARCH, { i: { conditionIds: ids(over) } }), 'VALIDATION_FAILED', 'conditionIds', 'OUT_OF_RANGE');
    refused(await member.gql(SEARCH, { i: { groupIds: ids(over) } }), 'VALIDATION_FAILED', 'groupIds', 'OUT_OF_RANGE');
    refused(await member.gql(SEARCH, { i: { tags: Array.from({ length: over }, (_, i) => `tag-${i}`) } }), 'VALIDATION_FAILED', 'tags', 'OUT_OF_RANGE');
    refused(await member.gql(SEARCH, { i: { kinds: Array.from({ length: over }, () => 'question') } }), 'VALIDATION_FAILED', 'kinds', 'OUT_OF_RANGE');
    refused(await member.gql(SEARCH, { i: { types: Array.from({ length: over }, () => 'thread') } }), 'VALIDATION_FAILED', 'types', 'OUT_OF_RANGE');
    refused(await member.gql(SEARCH, { i: { tags: [long(LIMITS.searchFilterValueMax + 1)] } }), 'VALIDATION_FAILED', 'tags', 'TOO_LONG');
    refused(
      await member.gql(`mutation($k: [NotificationKind!]!) { updateNotificationSettings(input: { enabledKinds: $k, digest: off }) { digest } }`, {
        k: Array.from({ length: LIMITS.notificationKindsMax + 1 }, () => 'reply'),
      }),
      'VALIDATION_FAILED',
      'enabledKinds',
    );
    refused(
      await site.gql(`mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`, {
        i: { groupId, kind: 'question', title: 'Too many tags here', body: 'Hello', tags: Array.from({ length: LIMITS.tagsPerThreadMax + 1 }, (_, i) => `t${i}`), anonymous: false },
      }),
      'VALIDATION_FAILED',
      'tags',
    );
    refused(
      await clinician.gql(
        `query($ids: [ID!]!) { compareInterventions(condition: "asthma", from: "2026-01-05T00:00:00Z", to: "2026-02-01T00:00:00Z", interventionIds: $ids) { computedAt } }`,
        { ids: ids(LIMITS.insightsCompareMax + 1) },
      ),
      'VALIDATION_FAILED',
      'interventionIds',
      'OUT_OF_RANGE',
    );
  });

  it('checks the ranges of a moderator act at the edge', async () => {
    const MUTE = `mutation($i: MuteInput!) { muteChatMember(input: $i) { until } }`;
    const someone = randomUUID();
    refused(await site.gql(MUTE, { i: { groupId, userId: someone, minutes: 0, reason: 'Cool off' } }), 'VALIDATION_FAILED', 'minutes', 'OUT_OF_RANGE');
    refused(await site.gql(MUTE, { i: { groupId, userId: someone, minutes: LIMITS.chatMuteMinutesMax + 1, reason: 'Cool off' } }), 'VALIDATION_FAILED', 'minutes', 'OUT_OF_RANGE');
    refused(await site.gql(MUTE, { i: { groupId, userId: someone, minutes: 10, reason: long(LIMITS.auditReasonMax + 1) } }), 'VALIDATION_FAILED', 'reason', 'TOO_LONG');
  });
});
