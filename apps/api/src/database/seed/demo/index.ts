import type { DataSource } from 'typeorm';
import { LIMITS } from '@kindred/contracts';
import { renderMarkdown } from '../../../common/markdown/render-markdown';
import { needsTwoFactor } from '../../../modules/access/access.sql';
import { refreshDirty } from '../../../modules/insights/insights-rollup';
import { DEMO_REPORTS, DEMO_THREADS } from '../catalogue/demo-posts.data';
import { Progress } from '../progress';
import { FULL_COMMUNITY, planMembers, seedCommunity, type MemberPlan } from './community';
import { runDemoExtensions } from './extensions';
import { Dice, mulberry32 } from './random';

export { mulberry32 } from './random';

/** Everyone in the demo signs in with this password. Printed at start; never used outside the demo. */
export const DEMO_PASSWORD = 'kindred-demo-2026';

export interface DemoAccount {
  handle: string;
  email: string;
  role: 'member' | 'moderator' | 'clinician' | 'admin';
  clinicianStatus?: 'pending' | 'verified';
  bio: string;
  note: string;
}

/** The accounts printed on start: one of every role. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { handle: 'ada_admin', email: 'admin@demo.kindred.local', role: 'admin', bio: 'Keeps the lights on.', note: 'admin' },
  { handle: 'mo_moderator', email: 'moderator@demo.kindred.local', role: 'moderator', bio: 'Site moderator. Here to help.', note: 'site moderator' },
  { handle: 'dr_clare', email: 'clinician@demo.kindred.local', role: 'clinician', clinicianStatus: 'verified', bio: 'Diabetes specialist nurse.', note: 'verified clinician' },
  { handle: 'dr_pending', email: 'pending.clinician@demo.kindred.local', role: 'clinician', clinicianStatus: 'pending', bio: 'Respiratory physiotherapist.', note: 'clinician awaiting verification' },
  { handle: 'sam_t2d', email: 'member@demo.kindred.local', role: 'member', bio: 'Type 2 since 2019. Walking is my medicine.', note: 'member, moderates a group' },
];

const FIRST = ['alex', 'bea', 'cal', 'dee', 'eli', 'fran', 'gus', 'hana', 'ivo', 'jo', 'kit', 'lee', 'mia', 'ned', 'ola', 'pip', 'quin', 'ria', 'sol', 'tam', 'uma', 'vic', 'wren', 'xan', 'yas', 'zoe'];
const SECOND = ['walker', 'knits', 'brews', 'reads', 'garden', 'runs', 'sings', 'paints', 'hikes', 'bakes'];
const BIOS = [
  'Diagnosed a few years ago, still learning.',
  'Carer for my mum.',
  'Here to share what helped me.',
  'Newly diagnosed and a bit overwhelmed.',
  'Long-timer. Happy to answer questions.',
  '',
];

/**
 * `full`: the living demo community `npm start` and `npm run seed` write (a few hundred members
 * in groups that fit them, hundreds of threads, what-works reports, chat, guides, moderation
 * cases). `small`: the fixture the browser tests and benchmarks use (60 members spread over every
 * group and a handful of hand-written posts), quick to write for every test file.
 */
export type DemoSize = 'full' | 'small';

export interface DemoSummary {
  people: number;
  threads: number;
  replies: number;
  reports: number;
  ms: number;
}

/**
 * Demo members of every role and what they wrote, in one transaction, deterministic (seeded).
 * Prints a progress bar per step and returns what it wrote.
 */
export async function seedDemoData(
  db: DataSource,
  hashPassword: (password: string) => Promise<string>,
  log: (line: string) => void,
  opts: { size?: DemoSize } = {},
): Promise<DemoSummary> {
  const started = Date.now();
  const size = opts.size ?? 'small';
  const rand = mulberry32(20261127);
  const dice = new Dice(rand);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const hash = await hashPassword(DEMO_PASSWORD);
  const accounts = [...DEMO_ACCOUNTS];
  const seen = new Set(accounts.map((a) => a.handle));
  let plans: MemberPlan[] = [];
  if (size === 'full') {
    plans = planMembers(dice, FULL_COMMUNITY.members, seen);
    accounts.push(...plans.map((p) => ({ handle: p.handle, email: p.email, role: 'member' as const, bio: p.bio, note: '' })));
  } else {
    while (accounts.length < DEMO_ACCOUNTS.length + 60) {
      const handle = `${pick(FIRST)}_${pick(SECOND)}${Math.floor(rand() * 90 + 10)}`;
      if (seen.has(handle)) continue;
      seen.add(handle);
      accounts.push({ handle, email: `${handle}@demo.kindred.local`, role: 'member', bio: pick(BIOS), note: '' });
    }
  }
  log(`Writing demo data (${size}: ${accounts.length} people)\n`);
  await db.transaction(async (tx) => {
    const planDays = new Map(plans.map((p) => [p.handle, p.daysAgo]));
    const days = accounts.map((a) => planDays.get(a.handle) ?? Math.floor(rand() * 400) + 1);
    // One statement for everyone: the embedded database is slow per statement.
    const rows: { id: string; handle: string }[] = await tx.query(
      `INSERT INTO users (handle, email, password_hash, role, clinician_status, clinician_registration,
                          clinician_organisation, clinician_verified_at, bio, created_at)
       SELECT h, e, $1, r, cs, CASE WHEN r = 'clinician' THEN 'NMC-' || (10000 + ord - 1) END,
              CASE WHEN r = 'clinician' THEN 'Demo NHS Foundation Trust' END,
              CASE WHEN cs = 'verified' THEN now() END, b, now() - make_interval(days => d)
         FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[]) WITH ORDINALITY AS t(h, e, r, cs, b, d, ord)
       RETURNING id, handle`,
      [
        hash,
        accounts.map((a) => a.handle),
        accounts.map((a) => a.email),
        accounts.map((a) => a.role),
        accounts.map((a) => a.clinicianStatus ?? null),
        accounts.map((a) => a.bio),
        days,
      ],
    );
    const ids = new Map(rows.map((r) => [r.handle, r.id]));
    const people = accounts.map((a) => ({ id: ids.get(a.handle)!, handle: a.handle, role: a.role }));
    new Progress('people', people.length, log).tick(people.length);

    // The catalogue's groups were opened before anyone in the demo joined them.
    await tx.query(`UPDATE groups SET created_at = now() - interval '420 days'`);
    const groups: { id: string; slug: string; visibility: string }[] = await tx.query(
      `SELECT id, slug, visibility FROM groups ORDER BY slug`,
    );
    const members = people.filter((p) => p.role === 'member');
    const sam = people.find((p) => p.handle === 'sam_t2d')!;
    const moderator = people.find((p) => p.handle === 'mo_moderator')!;
    if (size === 'full') {
      const byHandle = new Map(people.map((p) => [p.handle, p]));
      await seedCommunity(tx, dice, log, FULL_COMMUNITY, plans.map((plan) => ({ plan, person: byHandle.get(plan.handle)! })), { sam, moderator });
    }
    // The small fixture: members spread over every group, private groups with pending requests.
    const groupProgress = new Progress('memberships', groups.length, log);
    for (const [i, g] of groups.entries()) {
      if (size === 'full') break;
      const chosen = new Map<string, { role: string; status: string }>();
      const moderator = g.slug === 'living-with-type-2-diabetes' ? sam : pick(members);
      chosen.set(moderator.id, { role: 'moderator', status: 'active' });
      const count = 3 + Math.floor(rand() * 12);
      for (let k = 0; k < count; k++) {
        const p = pick(members);
        if (!chosen.has(p.id)) chosen.set(p.id, { role: 'member', status: 'active' });
      }
      if (g.visibility === 'private') {
        for (let k = 0; k < 2; k++) {
          const p = pick(members);
          if (!chosen.has(p.id)) chosen.set(p.id, { role: 'member', status: 'pending' });
        }
      }
      const entries = [...chosen].map(([userId, m]) => ({ userId, ...m, daysAgo: Math.floor(rand() * 300) + 1 }));
      await tx.query(
        `INSERT INTO group_memberships (group_id, user_id, role, status, requested_at, joined_at)
         SELECT $1, u, r, s, now() - make_interval(days => d), CASE WHEN s = 'active' THEN now() - make_interval(days => d) END
           FROM unnest($2::uuid[], $3::text[], $4::text[], $5::int[]) AS t(u, r, s, d)`,
        [g.id, entries.map((e) => e.userId), entries.map((e) => e.role), entries.map((e) => e.status), entries.map((e) => e.daysAgo)],
      );
      await tx.query(
        `UPDATE groups SET member_count = (SELECT count(*) FROM group_memberships WHERE group_id = $1 AND status = 'active') WHERE id = $1`,
        [g.id],
      );
      groupProgress.tick(i + 1);
    }

    // Every demo address counts as confirmed. Accounts holding a power that needs two-factor
    // sign-in (admin, site moderator, verified clinician, moderators of private groups) start
    // their grace period now: they work without it for LIMITS.twoFactorGraceDays days, then ask
    // for it to be turned on (README, "Accounts").
    await tx.query(`UPDATE users SET email_verified_at = created_at WHERE email_verified_at IS NULL`);
    await tx.query(`UPDATE users u SET two_factor_due_at = now() + make_interval(days => $1) WHERE ${needsTwoFactor('u')}`, [LIMITS.twoFactorGraceDays]);

    // Conversations in a few groups, by their members, with nested replies and helpful marks.
    const postProgress = new Progress('hand-written threads', DEMO_THREADS.length, log);
    for (const [ti, t] of DEMO_THREADS.entries()) {
      const people: { user_id: string }[] = await tx.query(
        `SELECT m.user_id FROM group_memberships m JOIN groups g ON g.id = m.group_id
          WHERE g.slug = $1 AND m.status = 'active' ORDER BY m.joined_at`,
        [t.groupSlug],
      );
      if (people.length < 2) continue;
      const author = (k: number) => people[k % people.length]!.user_id;
      const daysAgo = 20 - ti * 3;
      const [thread] = await tx.query(
        `INSERT INTO threads (group_id, author_id, kind, title, body, body_html, tags, created_at, last_activity_at, reply_count, reply_seq)
         SELECT g.id, $2, $3, $4, $5, $6, $7, now() - make_interval(days => $8), now() - make_interval(days => $8), $9, $9
           FROM groups g WHERE g.slug = $1 RETURNING id`,
        [t.groupSlug, author(ti), t.kind, t.title, t.body, renderMarkdown(t.body), t.tags, daysAgo, t.replies.length],
      );
      const ids: { id: string; path: string; depth: number }[] = [];
      for (const [ri, [parent, body]] of t.replies.entries()) {
        const up = parent === null ? null : ids[parent]!;
        const path = `${up ? `${up.path}.` : ''}${(ri + 1).toString(36).padStart(6, '0')}`;
        const [reply] = await tx.query(
          `INSERT INTO replies (thread_id, parent_id, path, depth, author_id, body, body_html, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, now() - make_interval(days => $8, hours => $9)) RETURNING id`,
          [thread.id, up?.id ?? null, path, up ? up.depth + 1 : 0, author(ti + ri + 1), body, renderMarkdown(body), daysAgo, -(ri + 1)],
        );
        ids.push({ id: reply.id, path, depth: up ? up.depth + 1 : 0 });
      }
      if (ids[0]) {
        await tx.query(
          `INSERT INTO helpful_marks (user_id, target_type, target_id) SELECT user_id, 'reply', $1 FROM group_memberships
            WHERE group_id = (SELECT group_id FROM threads WHERE id = $2) AND status = 'active' AND user_id <> $3 LIMIT 3`,
          [ids[0].id, thread.id, author(ti + 1)],
        );
        await tx.query(`UPDATE replies SET helpful_count = (SELECT count(*) FROM helpful_marks WHERE target_id = $1) WHERE id = $1`, [ids[0].id]);
      }
      postProgress.tick(ti + 1);
    }
    for (const [ri, [conditionSlug, interventionSlug, effectiveness, sideEffect, weeks, tips]] of DEMO_REPORTS.entries()) {
      await tx.query(
        `INSERT INTO experience_reports (user_id, condition_id, intervention_id, effectiveness, side_effects, adherence, burden,
           cost_band, duration_weeks, still_using, tips, tips_html, created_at, updated_at)
         SELECT $1, c.id, i.id, $4, $5, 'mostly', 'low', 'free', $6, true, $7, $8,
                now() - make_interval(days => $9), now() - make_interval(days => $9)
           FROM conditions c, interventions i WHERE c.slug = $2 AND i.slug = $3`,
        [
          members[ri % members.length]!.id,
          conditionSlug,
          interventionSlug,
          effectiveness,
          JSON.stringify(sideEffect ? [{ name: sideEffect, severity: 'mild' }] : []),
          weeks,
          tips,
          renderMarkdown(tips),
          ri + 1,
        ],
      );
    }

    // Moderation: a watched word, and one open case with two reports, so the console has work.
    const [t2d]: { id: string }[] = await tx.query(`SELECT id FROM groups WHERE slug = 'living-with-type-2-diabetes'`);
    if (t2d) {
      await tx.query(`INSERT INTO watched_words (group_id, phrase, action, created_by) VALUES ($1, 'miracle cure', 'block', $2)`, [t2d.id, sam.id]);
      const [reported]: { id: string; title: string; body: string; author_id: string; handle: string }[] = await tx.query(
        `SELECT t.id, t.title, t.body, t.author_id, u.handle FROM threads t JOIN users u ON u.id = t.author_id
          WHERE t.group_id = $1 ORDER BY t.created_at LIMIT 1`,
        [t2d.id],
      );
      const reporters: { user_id: string }[] = await tx.query(
        `SELECT user_id FROM group_memberships WHERE group_id = $1 AND status = 'active' AND role = 'member' AND user_id <> $2 ORDER BY joined_at LIMIT 2`,
        [t2d.id, reported?.author_id ?? null],
      );
      if (reported && reporters.length === 2) {
        const snapshot = JSON.stringify({ title: reported.title, body: reported.body, authorLabel: reported.handle, state: 'visible', capturedAt: new Date().toISOString() });
        const [c]: { id: string }[] = await tx.query(
          `INSERT INTO moderation_cases (target_type, target_id, group_id, subject_id, snapshot, sources, reporter_count)
           VALUES ('thread', $1, $2, $3, $4, ARRAY['report'], 2) RETURNING id`,
          [reported.id, t2d.id, reported.author_id, snapshot],
        );
        const notes = ['This says to stop a medicine without talking to a doctor.', 'Not sure this is safe advice.'];
        for (const [k, r] of reporters.entries()) {
          await tx.query(`INSERT INTO content_reports (case_id, reporter_id, reason, note, snapshot) VALUES ($1, $2, 'misinformation', $3, $4)`, [
            c!.id,
            r.user_id,
            notes[k],
            snapshot,
          ]);
        }
      }
    }
    await runDemoExtensions({ tx, dice, log, size, people });
  });
  // Insights rollups now, so the clinician's dashboard has its numbers from the first request.
  const cells = await refreshDirty(db);
  new Progress('insights rollups', cells, log).tick(cells);
  const [counts]: { threads: number; replies: number; reports: number }[] = await db.query(
    `SELECT (SELECT count(*)::int FROM threads) AS threads, (SELECT count(*)::int FROM replies) AS replies,
            (SELECT count(*)::int FROM experience_reports) AS reports`,
  );
  const summary = { people: accounts.length, ...counts!, ms: Date.now() - started };
  log(`Demo data written in ${(summary.ms / 1000).toFixed(1)} s: ${summary.people} people, ${summary.threads} threads, ${summary.replies} replies, ${summary.reports} what-works reports\n`);
  return summary;
}
