import { GqlClient } from '../../../testing/gql-client';
import { startTestApp, TestApp } from '../../../testing/test-app';
import { PasswordService } from '../../../modules/auth/password.service';
import { DEMO_CONDITIONS } from './conditions.data';
import { DEMO_PASSWORD, seedDemoData, type DemoSummary } from './index';

const DASHBOARD = `query($c: String!, $from: DateTime!, $to: DateTime!) { conditionInsights(condition: $c, from: $from, to: $to) {
  weeks threshold interventions { intervention { slug } members { value suppressed display } effectiveness { key count { value suppressed } } }
} }`;

/**
 * The living demo community, as `npm start` writes it on a fresh install: its shape, and that the
 * demo clinician's dashboard shows real, disclosure-controlled numbers for several conditions.
 */
describe('the demo community (integration)', () => {
  let t: TestApp;
  let summary: DemoSummary;
  const lines: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const passwords = new PasswordService();
    summary = await seedDemoData(t.db, (p) => passwords.hash(p), (l) => lines.push(l), { size: 'full' });
    process.stdout.write(`demo community seeded in ${summary.ms} ms: ${JSON.stringify(summary)}\n`);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('has hundreds of threads with nested replies across at least 15 conditions, with progress printed', async () => {
    expect(summary.threads).toBeGreaterThanOrEqual(400);
    const [shape] = await t.db.query(
      `SELECT count(DISTINCT g.condition_id)::int AS conditions,
              (SELECT max(depth) FROM replies)::int AS deepest,
              (SELECT count(*) FROM replies WHERE depth > 0)::int AS nested
         FROM threads th JOIN groups g ON g.id = th.group_id`,
    );
    expect(shape.conditions).toBeGreaterThanOrEqual(15);
    expect(shape.nested).toBeGreaterThan(100);
    expect(shape.deepest).toBeGreaterThanOrEqual(2);
    // Counters match the rows they count.
    const [drift] = await t.db.query(
      `SELECT count(*)::int AS n FROM threads th WHERE reply_count <> (SELECT count(*) FROM replies r WHERE r.thread_id = th.id)
          OR helpful_count <> (SELECT count(*) FROM helpful_marks h WHERE h.target_type = 'thread' AND h.target_id = th.id)`,
    );
    expect(drift.n).toBe(0);
    expect(lines.some((l) => /threads\s+\[#+\]/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^Demo data written in [\d.]+ s/);
  });

  it('puts every generated member in 1 to 3 groups of the conditions they live with or care for', async () => {
    const rows: { handle: string; groups: number; fitting: number }[] = await t.db.query(
      `SELECT u.handle, count(m.*)::int AS groups,
              count(m.*) FILTER (WHERE EXISTS (SELECT 1 FROM member_conditions mc WHERE mc.user_id = u.id AND mc.condition_id = g.condition_id))::int AS fitting
         FROM users u JOIN group_memberships m ON m.user_id = u.id AND m.status = 'active' JOIN groups g ON g.id = m.group_id
        GROUP BY u.handle`,
    );
    expect(rows.length).toBeGreaterThan(300);
    for (const r of rows) {
      expect(r.groups).toBeGreaterThanOrEqual(1);
      expect(r.groups).toBeLessThanOrEqual(3);
      expect(r.fitting).toBe(r.groups);
    }
    const sam = rows.find((r) => r.handle === 'sam_t2d');
    expect(sam?.groups).toBe(2);
  });

  it('has chat history, curated guides and open moderation cases', async () => {
    const [c] = await t.db.query(
      `SELECT (SELECT count(DISTINCT group_id) FROM chat_messages)::int AS rooms, (SELECT count(*) FROM chat_messages)::int AS messages,
              (SELECT count(DISTINCT condition_id) FROM guide_entries)::int AS guides,
              (SELECT count(*) FROM moderation_cases WHERE status = 'open')::int AS cases,
              (SELECT bool_and(r.last_seq = (SELECT max(seq) FROM chat_messages m WHERE m.group_id = r.group_id)) FROM chat_rooms r) AS seq_ok`,
    );
    expect(c.rooms).toBeGreaterThanOrEqual(3);
    expect(c.messages).toBeGreaterThanOrEqual(90);
    expect(c.guides).toBeGreaterThanOrEqual(3);
    expect(c.cases).toBeGreaterThanOrEqual(3);
    expect(c.seq_ok).toBe(true);
    // A visitor reads the curated guide, with its review and its history.
    const { guide } = await new GqlClient(t.url).ok(`{ guide(conditionSlug: "copd") { version lastReviewedByLabel sections { heading entries { summary } } history { version } } }`);
    expect(guide.version).toBe(1);
    expect(guide.lastReviewedByLabel).toBe('mo_moderator');
    expect(guide.sections.map((s: { heading: string }) => s.heading)[0]).toBe('Getting started');
    expect(guide.sections.flatMap((s: { entries: unknown[] }) => s.entries).length).toBeGreaterThanOrEqual(3);
    expect(guide.history).toEqual([{ version: 1 }]);
  });

  it('shows the demo clinician disclosed numbers for at least three conditions over the default 12 weeks', async () => {
    const clinician = new GqlClient(t.url);
    await clinician.signIn('dr_clare', DEMO_PASSWORD);
    const to = new Date();
    const from = new Date(to.getTime() - 11 * 7 * 86_400_000);
    const disclosed: string[] = [];
    for (const c of DEMO_CONDITIONS) {
      const d = (await clinician.ok(DASHBOARD, { c: c.slug, from: from.toISOString(), to: to.toISOString() })).conditionInsights;
      expect(d.threshold).toBe(8);
      const shown = d.interventions.filter((i: { members: { suppressed: boolean; value: number | null } }) => !i.members.suppressed && (i.members.value ?? 0) >= 10);
      // Rounded to 5s, never a raw small count.
      for (const i of d.interventions) if (!i.members.suppressed) expect(i.members.value % 5).toBe(0);
      if (shown.length) disclosed.push(c.slug);
    }
    process.stdout.write(`disclosed for ${disclosed.length} of ${DEMO_CONDITIONS.length} conditions: ${disclosed.join(', ')}\n`);
    expect(disclosed.length).toBeGreaterThanOrEqual(3);
    expect(disclosed).toEqual(expect.arrayContaining(['type-2-diabetes', 'copd', 'long-covid']));
  });
});
