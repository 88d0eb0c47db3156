import type { EntityManager } from 'typeorm';
import { renderMarkdown } from '../../../common/markdown/render-markdown';
import { Progress } from '../progress';
import { DEMO_CARER_SHARE, DEMO_CONDITIONS, type DemoConditionProfile } from './conditions.data';
import { Dice, fill } from './random';
import {
  BIO_TEMPLATES,
  CHAT_TEMPLATES,
  FIRST_NAMES,
  NESTED_TEMPLATES,
  REPLY_TEMPLATES,
  SECOND_NAMES,
  SIDE_EFFECTS,
  THREAD_TEMPLATES,
  TIP_TEMPLATES,
} from './templates.data';

/** How big the generated community is (the `full` demo). */
export interface CommunitySize {
  members: number;
  /** Threads to aim for across all groups. */
  threads: number;
  /** Groups whose chat rooms get a history. */
  chatRooms: number;
}

export const FULL_COMMUNITY: CommunitySize = { members: 360, threads: 460, chatRooms: 5 };

export interface MemberPlan {
  handle: string;
  email: string;
  bio: string;
  daysAgo: number;
  conditions: { slug: string; relation: 'self' | 'carer' }[];
  consents: boolean;
}

interface GroupRow {
  id: string;
  slug: string;
  visibility: string;
  for_carers: boolean;
  condition_slug: string;
  condition_name: string;
}

interface Person {
  id: string;
  handle: string;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const profileBySlug = new Map(DEMO_CONDITIONS.map((c) => [c.slug, c]));

/** A profile for a condition outside DEMO_CONDITIONS (members reach it as a second condition). */
function genericProfile(slug: string, name: string): DemoConditionProfile {
  return {
    slug,
    short: name.toLowerCase(),
    weight: 0,
    related: [],
    topics: ['tiredness', 'explaining it to friends', 'getting a diagnosis', 'appointments', 'good days and bad days'],
    reports: [],
    tags: ['self-management', 'appointments'],
  };
}

/** Members of the generated community: who they are and what they live with or care for. */
export function planMembers(dice: Dice, count: number, taken: Set<string>): MemberPlan[] {
  const out: MemberPlan[] = [];
  while (out.length < count) {
    const handle = `${dice.pick(FIRST_NAMES)}_${dice.pick(SECOND_NAMES)}${dice.int(10, 99)}`;
    if (taken.has(handle)) continue;
    taken.add(handle);
    const main = dice.weighted(DEMO_CONDITIONS, (c) => c.weight);
    const relation = dice.chance(DEMO_CARER_SHARE) ? 'carer' : 'self';
    const conditions: MemberPlan['conditions'] = [{ slug: main.slug, relation }];
    if (relation === 'self' && dice.chance(0.35)) conditions.push({ slug: dice.pick(main.related), relation: 'self' });
    const bio = relation === 'carer' ? fill(BIO_TEMPLATES[4]!, { short: main.short }) : fill(dice.pick(BIO_TEMPLATES.slice(0, 4)), { short: main.short, year: dice.int(2008, 2025) });
    out.push({ handle, email: `${handle}@demo.kindred.local`, bio, daysAgo: dice.int(60, 400), conditions, consents: dice.chance(0.8) });
  }
  return out;
}

/**
 * The generated community: memberships that fit each member (1–3 groups), threads with nested
 * replies and helpful marks, what-works reports (with consent to clinician insights for most),
 * chat history in the busiest rooms, curated guides and a few open moderation cases. Bulk
 * statements only (ids are drawn before insert), so it stays fast on the embedded database.
 */
export async function seedCommunity(
  tx: EntityManager,
  dice: Dice,
  log: (line: string) => void,
  size: CommunitySize,
  plans: { person: Person; plan: MemberPlan }[],
  staff: { sam: Person; moderator: Person },
): Promise<void> {
  const now = Date.now();
  const groups: GroupRow[] = await tx.query(
    `SELECT g.id, g.slug, g.visibility, g.for_carers, c.slug AS condition_slug, c.name AS condition_name
       FROM groups g JOIN conditions c ON c.id = g.condition_id ORDER BY g.slug`,
  );
  const conditionIds = new Map<string, string>(
    ((await tx.query(`SELECT id, slug FROM conditions`)) as { id: string; slug: string }[]).map((r) => [r.slug, r.id]),
  );
  const interventions = new Map<string, { id: string; name: string; category: string }>(
    ((await tx.query(`SELECT id, slug, name, category FROM interventions`)) as { id: string; slug: string; name: string; category: string }[]).map(
      (r) => [r.slug, r],
    ),
  );
  const profileOf = (g: GroupRow) => profileBySlug.get(g.condition_slug) ?? genericProfile(g.condition_slug, g.condition_name);
  const groupsOf = (slug: string) => groups.filter((g) => g.condition_slug === slug);
  const mainGroup = (slug: string) => {
    const gs = groupsOf(slug).filter((g) => !g.for_carers);
    return gs.find((g) => g.slug.startsWith('living-with')) ?? gs.find((g) => g.visibility === 'public') ?? gs[0];
  };

  // ---- memberships: 1–3 groups that fit each member -----------------------------------------
  const members = new Map<string, { userId: string; role: string; days: number }[]>();
  const join = (g: GroupRow | undefined, userId: string, days: number, role = 'member') => {
    if (!g) return false;
    const list = members.get(g.id) ?? [];
    if (list.some((m) => m.userId === userId)) return false;
    list.push({ userId, role, days });
    members.set(g.id, list);
    return true;
  };
  const conditionRows: { userId: string; conditionId: string; relation: string; position: number }[] = [];
  for (const { person, plan } of plans) {
    const joined: GroupRow[] = [];
    const days = () => dice.int(1, Math.max(2, plan.daysAgo - 1));
    for (const [i, c] of plan.conditions.entries()) {
      conditionRows.push({ userId: person.id, conditionId: conditionIds.get(c.slug)!, relation: c.relation, position: i });
      const carers = c.relation === 'carer' ? groupsOf(c.slug).find((g) => g.for_carers) : undefined;
      const g = carers ?? mainGroup(c.slug);
      if (g && join(g, person.id, days())) joined.push(g);
    }
    // Sometimes a second group for the first condition (food, work, rehab, newly diagnosed…).
    const first = plan.conditions[0]!;
    const extras = groupsOf(first.slug).filter((g) => !joined.includes(g) && g.for_carers === (first.relation === 'carer'));
    if (joined.length < 3 && extras.length && dice.chance(0.4)) {
      const g = dice.pick(extras);
      if (join(g, person.id, days())) joined.push(g);
    }
    if (first.relation === 'carer' && joined.length < 3 && dice.chance(0.5)) join(mainGroup(first.slug), person.id, days());
  }
  // The demo member moderates the type 2 diabetes group and cooks in the food group.
  join(mainGroup('type-2-diabetes'), staff.sam.id, 380, 'moderator');
  join(groups.find((g) => g.slug === 'type-2-diabetes-everyday-food'), staff.sam.id, 200);
  conditionRows.push({ userId: staff.sam.id, conditionId: conditionIds.get('type-2-diabetes')!, relation: 'self', position: 0 });
  // Each group's longest-standing member moderates it (unless it has one).
  for (const list of members.values()) {
    if (list.some((m) => m.role === 'moderator')) continue;
    list.sort((a, b) => b.days - a.days);
    list[0]!.role = 'moderator';
  }
  const m = [...members.entries()].flatMap(([groupId, list]) => list.map((x) => ({ groupId, ...x })));
  await tx.query(
    `INSERT INTO group_memberships (group_id, user_id, role, status, requested_at, joined_at)
     SELECT g, u, r, 'active', now() - make_interval(days => d), now() - make_interval(days => d)
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[]) AS t(g, u, r, d)`,
    [m.map((x) => x.groupId), m.map((x) => x.userId), m.map((x) => x.role), m.map((x) => x.days)],
  );
  await tx.query(
    `UPDATE groups g SET member_count = (SELECT count(*) FROM group_memberships m WHERE m.group_id = g.id AND m.status = 'active')`,
  );
  await tx.query(
    `INSERT INTO member_conditions (user_id, condition_id, relation, position)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[]) ON CONFLICT DO NOTHING`,
    [conditionRows.map((r) => r.userId), conditionRows.map((r) => r.conditionId), conditionRows.map((r) => r.relation), conditionRows.map((r) => r.position)],
  );
  new Progress('memberships', m.length, log).tick(m.length);

  // ---- threads, nested replies and helpful marks -------------------------------------------------
  const active = groups.filter((g) => (members.get(g.id)?.length ?? 0) >= 3);
  const totalMembers = active.reduce((s, g) => s + members.get(g.id)!.length, 0);
  const threads: { id: string; groupId: string; authorId: string; kind: string; title: string; body: string; tags: string[]; created: number; last: number; replies: number; helpful: number }[] = [];
  const replies: { id: string; threadId: string; parentId: string | null; path: string; depth: number; authorId: string; body: string; created: number; helpful: number; helpedAsker: boolean }[] = [];
  const marks: { userId: string; type: string; targetId: string; created: number }[] = [];
  const planned = new Map(active.map((g) => [g.id, Math.max(2, Math.round((members.get(g.id)!.length / totalMembers) * size.threads))]));
  const progress = new Progress('threads', [...planned.values()].reduce((a, b) => a + b, 0), log);
  for (const g of active) {
    const people = members.get(g.id)!.map((x) => x.userId);
    const profile = profileOf(g);
    const count = planned.get(g.id)!;
    const ivNames = profile.reports.map((s) => interventions.get(s)?.name).filter((n): n is string => !!n);
    for (let k = 0; k < count; k++) {
      const topic = dice.pick(profile.topics);
      const iv = ivNames.length ? dice.pick(ivNames) : 'a new routine';
      const vars = { short: profile.short, topic, iv, n: dice.int(2, 6) };
      const template = dice.pick(ivNames.length ? THREAD_TEMPLATES : THREAD_TEMPLATES.filter((t) => !t.title.includes('{iv}') && !t.body.includes('{iv}')));
      const title = fill(template.title, vars);
      const authorId = dice.pick(people);
      // Recent days are busier: most threads are from the last few weeks.
      const created = now - Math.floor(dice.next() ** 2 * 180 * DAY) - dice.int(1, 20) * HOUR;
      const thread = {
        id: dice.uuid(),
        groupId: g.id,
        authorId,
        kind: template.kind,
        title: title.charAt(0).toUpperCase() + title.slice(1),
        body: fill(template.body, vars),
        tags: dice.sample(profile.tags, dice.int(1, 2)),
        created,
        last: created,
        replies: 0,
        helpful: 0,
      };
      const mine: (typeof replies)[number][] = [];
      const n = people.length > 1 ? dice.int(1, 8) : 0;
      let at = created;
      for (let r = 0; r < n; r++) {
        at = Math.min(now - 60_000, at + dice.int(10, 600) * 60_000);
        const parent = mine.length && dice.chance(0.4) ? dice.pick(mine.filter((x) => x.depth < 4)) : undefined;
        const others = people.filter((p) => p !== (parent?.authorId ?? authorId));
        const body = fill(parent ? dice.pick(NESTED_TEMPLATES) : dice.pick(REPLY_TEMPLATES), { ...vars, n: dice.int(2, 8) });
        const reply = {
          id: dice.uuid(),
          threadId: thread.id,
          parentId: parent?.id ?? null,
          path: `${parent ? `${parent.path}.` : ''}${(r + 1).toString(36).padStart(6, '0')}`,
          depth: parent ? parent.depth + 1 : 0,
          authorId: parent && dice.chance(0.5) ? authorId : dice.pick(others.length ? others : people),
          body,
          created: at,
          helpful: 0,
          helpedAsker: false,
        };
        mine.push(reply);
      }
      // A reply or two others found helpful; the asker says one helped them.
      for (const reply of dice.sample(mine.filter((x) => x.depth === 0), 2)) {
        for (const u of dice.sample(people.filter((p) => p !== reply.authorId), dice.int(1, 4))) {
          marks.push({ userId: u, type: 'reply', targetId: reply.id, created: reply.created + HOUR });
          reply.helpful++;
        }
      }
      const helper = mine.find((x) => x.depth === 0 && x.authorId !== authorId);
      if (thread.kind === 'question' && helper && dice.chance(0.5)) helper.helpedAsker = true;
      if (thread.kind !== 'question') {
        for (const u of dice.sample(people.filter((p) => p !== authorId), dice.int(0, 3))) {
          marks.push({ userId: u, type: 'thread', targetId: thread.id, created: created + HOUR });
          thread.helpful++;
        }
      }
      thread.replies = mine.length;
      thread.last = mine.length ? mine[mine.length - 1]!.created : created;
      threads.push(thread);
      replies.push(...mine);
      progress.tick(threads.length);
    }
  }
  const iso = (t: number) => new Date(t).toISOString();
  for (let i = 0; i < threads.length; i += 500) {
    const c = threads.slice(i, i + 500);
    await tx.query(
      `INSERT INTO threads (id, group_id, author_id, kind, title, body, body_html, tags, created_at, last_activity_at, reply_count, reply_seq, helpful_count)
       SELECT id, g, a, k, ti, b, h, string_to_array(tg, '|'), c, l, n, n, hc
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[], $10::timestamptz[], $11::int[], $12::int[])
           AS t(id, g, a, k, ti, b, h, tg, c, l, n, hc)`,
      [
        c.map((t) => t.id),
        c.map((t) => t.groupId),
        c.map((t) => t.authorId),
        c.map((t) => t.kind),
        c.map((t) => t.title),
        c.map((t) => t.body),
        c.map((t) => renderMarkdown(t.body)),
        c.map((t) => t.tags.join('|')),
        c.map((t) => iso(t.created)),
        c.map((t) => iso(t.last)),
        c.map((t) => t.replies),
        c.map((t) => t.helpful),
      ],
    );
  }
  // Parents before children: one statement per depth.
  const replyProgress = new Progress('replies', replies.length, log);
  let written = 0;
  for (let depth = 0; depth <= 4; depth++) {
    const level = replies.filter((r) => r.depth === depth);
    for (let i = 0; i < level.length; i += 1000) {
      const c = level.slice(i, i + 1000);
      await tx.query(
        `INSERT INTO replies (id, thread_id, parent_id, path, depth, author_id, body, body_html, created_at, helpful_count, helped_asker)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::int[], $6::uuid[], $7::text[], $8::text[], $9::timestamptz[], $10::int[], $11::boolean[])`,
        [
          c.map((r) => r.id),
          c.map((r) => r.threadId),
          c.map((r) => r.parentId),
          c.map((r) => r.path),
          c.map((r) => r.depth),
          c.map((r) => r.authorId),
          c.map((r) => r.body),
          c.map((r) => renderMarkdown(r.body)),
          c.map((r) => iso(r.created)),
          c.map((r) => r.helpful),
          c.map((r) => r.helpedAsker),
        ],
      );
      written += c.length;
      replyProgress.tick(written);
    }
  }
  await tx.query(
    `INSERT INTO helpful_marks (user_id, target_type, target_id, created_at)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::timestamptz[]) ON CONFLICT DO NOTHING`,
    [marks.map((x) => x.userId), marks.map((x) => x.type), marks.map((x) => x.targetId), marks.map((x) => iso(Math.min(now, x.created)))],
  );
  // The demo member has read what was posted in their groups until three days ago: home shows the rest as new.
  await tx.query(
    `INSERT INTO thread_reads (user_id, thread_id, last_read_at)
     SELECT $1, t.id, t.last_activity_at FROM threads t JOIN group_memberships m ON m.group_id = t.group_id AND m.user_id = $1
      WHERE t.last_activity_at < now() - interval '3 days'`,
    [staff.sam.id],
  );

  // ---- what-works reports and consent to clinician insights ---------------------------------
  const reports: { userId: string; conditionId: string; interventionId: string; eff: string; side: string; adherence: string; burden: string; cost: string; weeks: number; still: boolean; tips: string; created: number }[] = [];
  const consenting = plans.filter((p) => p.plan.consents).map((p) => p.person.id);
  for (const { person, plan } of plans) {
    for (const [ci, c] of plan.conditions.entries()) {
      const profile = profileBySlug.get(c.slug);
      if (!profile || c.relation !== 'self' || (ci > 0 && !dice.chance(0.5))) continue;
      const odds = [0.85, 0.65, 0.45, 0.3];
      for (const [ri, slug] of profile.reports.entries()) {
        const iv = interventions.get(slug);
        if (!iv || !dice.chance(odds[ri] ?? 0.2)) continue;
        // Most reports are recent, so the clinician's default 12 weeks show real numbers.
        const created = dice.chance(0.85) ? now - dice.int(1, 75) * DAY : now - dice.int(90, 330) * DAY;
        const eff = dice.weighted(['major', 'moderate', 'slight', 'none', 'cant_tell'] as const, (e) => ({ major: 3 + ri, moderate: 4, slight: 2, none: 1, cant_tell: 1 })[e]);
        const sideNames = SIDE_EFFECTS[iv.category] ?? [];
        const side = sideNames.length && dice.chance(iv.category === 'medication' ? 0.45 : 0.15)
          ? JSON.stringify([{ name: dice.pick(sideNames), severity: dice.weighted(['mild', 'moderate', 'severe'] as const, (s) => ({ mild: 6, moderate: 3, severe: 1 })[s]) }])
          : '[]';
        reports.push({
          userId: person.id,
          conditionId: conditionIds.get(c.slug)!,
          interventionId: iv.id,
          eff,
          side,
          adherence: dice.weighted(['as_intended', 'mostly', 'sometimes', 'rarely', 'stopped'] as const, (a) => ({ as_intended: 5, mostly: 4, sometimes: 2, rarely: 1, stopped: 1 })[a]),
          burden: dice.weighted(['none', 'low', 'moderate', 'high'] as const, (b) => ({ none: 2, low: 4, moderate: 3, high: 1 })[b]),
          cost: iv.category === 'medication' ? dice.pick(['free', 'under_10'] as const) : dice.pick(['free', 'free', 'under_10', '10_to_50', 'unknown'] as const),
          weeks: dice.int(2, 160),
          still: dice.chance(0.8),
          tips: fill(dice.pick(TIP_TEMPLATES[eff]), { topic: dice.pick(profile.topics) }),
          created,
        });
      }
    }
  }
  await tx.query(
    `INSERT INTO consents (user_id, purpose, granted, changed_at)
     SELECT u, 'clinician-insights', true, now() - interval '100 days' FROM unnest($1::uuid[]) AS u`,
    [consenting],
  );
  await tx.query(
    `INSERT INTO consent_events (user_id, purpose, granted, created_at)
     SELECT u, 'clinician-insights', true, now() - interval '100 days' FROM unnest($1::uuid[]) AS u`,
    [consenting],
  );
  await tx.query(
    `INSERT INTO experience_reports (user_id, condition_id, intervention_id, effectiveness, side_effects, adherence, burden, cost_band,
                                     duration_weeks, still_using, tips, tips_html, created_at, updated_at)
     SELECT u, c, i, e, s::jsonb, a, b, cb, w, su, tp, th, ca, ca
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[], $10::boolean[],
                   $11::text[], $12::text[], $13::timestamptz[]) AS t(u, c, i, e, s, a, b, cb, w, su, tp, th, ca)`,
    [
      reports.map((r) => r.userId),
      reports.map((r) => r.conditionId),
      reports.map((r) => r.interventionId),
      reports.map((r) => r.eff),
      reports.map((r) => r.side),
      reports.map((r) => r.adherence),
      reports.map((r) => r.burden),
      reports.map((r) => r.cost),
      reports.map((r) => r.weeks),
      reports.map((r) => r.still),
      reports.map((r) => r.tips),
      reports.map((r) => renderMarkdown(r.tips)),
      reports.map((r) => iso(r.created)),
    ],
  );
  new Progress('what-works reports', reports.length, log).tick(reports.length);

  // ---- chat history in the busiest rooms -------------------------------------------------------
  const busiest = [...active].sort((a, b) => members.get(b.id)!.length - members.get(a.id)!.length).slice(0, size.chatRooms);
  const chat: { groupId: string; seq: number; authorId: string; body: string; created: number }[] = [];
  for (const g of busiest) {
    const people = members.get(g.id)!.map((x) => x.userId);
    const profile = profileOf(g);
    const n = dice.int(30, 48);
    let at = now - 3 * DAY;
    for (let seq = 1; seq <= n; seq++) {
      at = Math.min(now - 60_000, at + dice.int(5, 140) * 60_000);
      chat.push({ groupId: g.id, seq, authorId: dice.pick(people), body: fill(CHAT_TEMPLATES[(seq - 1) % CHAT_TEMPLATES.length]!, { topic: dice.pick(profile.topics) }), created: at });
    }
  }
  await tx.query(
    `INSERT INTO chat_messages (group_id, seq, author_id, client_id, body, created_at)
     SELECT g, s, a, 'demo-' || s, b, c FROM unnest($1::uuid[], $2::bigint[], $3::uuid[], $4::text[], $5::timestamptz[]) AS t(g, s, a, b, c)`,
    [chat.map((x) => x.groupId), chat.map((x) => x.seq), chat.map((x) => x.authorId), chat.map((x) => x.body), chat.map((x) => iso(x.created))],
  );
  await tx.query(
    `INSERT INTO chat_rooms (group_id, last_seq) SELECT group_id, max(seq) FROM chat_messages WHERE group_id = ANY($1::uuid[]) GROUP BY group_id
     ON CONFLICT (group_id) DO UPDATE SET last_seq = EXCLUDED.last_seq`,
    [busiest.map((g) => g.id)],
  );
  new Progress('chat messages', chat.length, log).tick(chat.length);

  // ---- curated guides -----------------------------------------------------------------------
  const guided = DEMO_CONDITIONS.filter((c) => c.guide);
  for (const profile of guided) {
    const g = mainGroup(profile.slug);
    if (!g || g.visibility !== 'public') continue;
    const conditionId = conditionIds.get(profile.slug)!;
    const curator = members.get(g.id)?.find((x) => x.role === 'moderator')?.userId ?? staff.moderator.id;
    const inGroup = threads.filter((t) => t.groupId === g.id);
    const advice = inGroup.filter((t) => t.kind !== 'question').sort((a, b) => b.helpful - a.helpful).slice(0, 2);
    const best = replies.filter((r) => inGroup.some((t) => t.id === r.threadId) && r.depth === 0).sort((a, b) => b.helpful - a.helpful).slice(0, 3);
    const entries = [
      ...advice.map((t, i) => ({ id: dice.uuid(), heading: i === 0 ? 'Getting started' : 'Everyday life', type: 'thread', sourceId: t.id, summary: `${t.title}: a member’s own experience, with replies from others.` })),
      ...best.map((r) => ({ id: dice.uuid(), heading: 'Tips from members', type: 'reply', sourceId: r.id, summary: r.body.slice(0, 200) })),
    ].sort((a, b) => (a.heading === b.heading ? 0 : a.heading === 'Getting started' ? -1 : b.heading === 'Getting started' ? 1 : a.heading.localeCompare(b.heading)));
    const intro = `What members of Living with ${profile.short} have found helpful, curated by the group's moderators. Peer experience, not medical advice: talk to your care team before changing treatment.`;
    await tx.query(
      `INSERT INTO guides (condition_id, intro, version, reviewed_at, reviewed_by, updated_at) VALUES ($1, $2, 1, now() - interval '5 days', $3, now() - interval '5 days')`,
      [conditionId, intro, staff.moderator.id],
    );
    await tx.query(
      `INSERT INTO guide_entries (id, condition_id, heading, position, source_type, source_id, summary, curated_by, curated_at)
       SELECT id, $1, h, ord - 1, st, s, sm, $2, now() - interval '6 days'
         FROM unnest($3::uuid[], $4::text[], $5::text[], $6::uuid[], $7::text[]) WITH ORDINALITY AS t(id, h, st, s, sm, ord)`,
      [conditionId, curator, entries.map((e) => e.id), entries.map((e) => e.heading), entries.map((e) => e.type), entries.map((e) => e.sourceId), entries.map((e) => e.summary)],
    );
    const headings = [...new Set(entries.map((e) => e.heading))];
    const snapshot = {
      conditionId,
      version: 1,
      intro,
      reviewedAt: new Date(now - 5 * DAY).toISOString(),
      sections: headings.map((heading) => ({
        heading,
        entries: entries.filter((e) => e.heading === heading).map((e) => ({ id: e.id, sourceType: e.type, sourceId: e.sourceId, summary: e.summary, curatedAt: new Date(now - 6 * DAY).toISOString() })),
      })),
    };
    await tx.query(`INSERT INTO guide_versions (condition_id, version, editor_id, note, snapshot) VALUES ($1, 1, $2, $3, $4)`, [
      conditionId,
      curator,
      'First version of the guide, from the group’s most helpful posts.',
      JSON.stringify(snapshot),
    ]);
  }
  new Progress('guides', guided.length, log).tick(guided.length);

  // ---- open moderation cases: a spam reply and a risky claim, each reported by two members ---
  const cases: { slug: string; body: string; reason: string; notes: [string, string] }[] = [
    { slug: 'asthma', body: 'Message me for a discount code on supplements that cure everything. Limited offer!', reason: 'spam', notes: ['Looks like an advert.', 'Spam, I think.'] },
    { slug: 'long-covid', body: 'You just need to push through it. Resting only makes it worse, everyone knows that.', reason: 'misinformation', notes: ['This is the opposite of what the post-COVID clinic told me.', 'Could upset people who are pacing.'] },
  ];
  for (const c of cases) {
    const g = mainGroup(c.slug);
    const thread = threads.find((t) => t.groupId === g?.id);
    const people = g ? members.get(g.id)?.map((x) => x.userId) ?? [] : [];
    if (!g || !thread || people.length < 3) continue;
    const [author, ...reporters] = dice.sample(people.filter((p) => p !== thread.authorId), 3) as [string, string, string];
    const [{ handle }]: { handle: string }[] = await tx.query(`SELECT handle FROM users WHERE id = $1`, [author]);
    const [reply]: { id: string }[] = await tx.query(
      `INSERT INTO replies (thread_id, path, depth, author_id, body, body_html, created_at)
       VALUES ($1, $2, 0, $3, $4, $5, now() - interval '5 hours') RETURNING id`,
      [thread.id, (thread.replies + 1).toString(36).padStart(6, '0'), author, c.body, renderMarkdown(c.body)],
    );
    await tx.query(`UPDATE threads SET reply_count = reply_count + 1, reply_seq = reply_seq + 1, last_activity_at = now() - interval '5 hours' WHERE id = $1`, [thread.id]);
    const snapshot = JSON.stringify({ title: null, body: c.body, authorLabel: handle, state: 'visible', capturedAt: new Date(now - 4 * HOUR).toISOString() });
    const [opened]: { id: string }[] = await tx.query(
      `INSERT INTO moderation_cases (target_type, target_id, group_id, subject_id, snapshot, sources, reporter_count, opened_at)
       VALUES ('reply', $1, $2, $3, $4, ARRAY['report'], 2, now() - interval '4 hours') RETURNING id`,
      [reply!.id, g.id, author, snapshot],
    );
    for (const [k, r] of reporters.slice(0, 2).entries()) {
      await tx.query(`INSERT INTO content_reports (case_id, reporter_id, reason, note, snapshot) VALUES ($1, $2, $3, $4, $5)`, [opened!.id, r, c.reason, c.notes[k], snapshot]);
    }
  }
}
