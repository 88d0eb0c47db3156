import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { TAGS } from '../../apps/api/src/database/seed/catalogue/tags.data';
import { hashToken } from '../../apps/api/src/modules/auth/session.service';
import { refreshDirty } from '../../apps/api/src/modules/insights/insights-rollup';
import { Progress } from '../lib/progress';
import { Rng } from '../lib/rng';

/**
 * Data for the insights scenario, written with plain batched SQL (unnest() of compact integer
 * arrays; the SQL maps the codes to values): members, their consents, experience reports spread
 * over two years, some threads and replies for the activity chart, and one verified clinician
 * with a live session. Deterministic for a given seed.
 *
 * The insight triggers (and the search outbox triggers) are disabled while the bulk load runs,
 * then every touched (condition, intervention) pair and (condition, week) cell is marked dirty
 * with a few set-based statements and the rollups are built with the app's own `refreshDirty`.
 * With the triggers on, each inserted row runs two more INSERT … ON CONFLICT statements (see the
 * README for the measured cost); the rollup build afterwards is the same either way.
 */

export interface InsightsSeedOptions {
  seed: number;
  reports: number;
  members: number;
  threads: number;
  replies: number;
  /** Only the N most popular conditions get members (the quick run keeps the rollup build short). */
  conditionLimit?: number;
}

export interface SeededCondition {
  id: string;
  slug: string;
  name: string;
  reports: number;
  interventions: number;
}

export interface SeededInsights {
  conditions: SeededCondition[];
  /** The condition with the most reports: the one the dashboard is measured on. */
  top: SeededCondition;
  clinician: { id: string; handle: string; token: string };
  members: number;
  consenting: number;
  withdrawn: number;
  reports: number;
  threads: number;
  replies: number;
  /** Seconds spent on each step. */
  seconds: { members: number; reports: number; posts: number; markDirty: number; analyze: number };
  /**
   * What the experience_reports insight trigger adds per inserted row (µs), from the last batches
   * written alternately with and without it; null when there were too few batches.
   */
  trigger: { usPerRow: number | null; rows: number };
}

/** Fixed clock: the data is the same on every run (the clinician's session excepted). A Monday. */
export const EPOCH = Date.UTC(2025, 2, 3, 0, 0, 0);
const DAY = 86_400_000;
/** Reports and posts span two years before EPOCH. */
export const SPAN_DAYS = 730;
const START = EPOCH - SPAN_DAYS * DAY;

/** The id of member n, computed the same way in SQL: md5('kindred-bench-member-' || n)::uuid. */
const MEMBER_ID_SQL = (n: string) => `md5('kindred-bench-member-' || ${n})::uuid`;

/** Rough popularity order (most members first); the rest of the catalogue follows in its own order. */
const POPULAR = [
  'type-2-diabetes',
  'depression',
  'asthma',
  'hypertension',
  'generalised-anxiety-disorder',
  'osteoarthritis',
  'irritable-bowel-syndrome',
  'migraine',
  'copd',
  'rheumatoid-arthritis',
  'fibromyalgia',
  'long-covid',
  'hypothyroidism',
  'atopic-eczema',
  'psoriasis',
];

const EFFECTIVENESS = ['major', 'moderate', 'slight', 'none', 'cant_tell'];
const ADHERENCE = ['as_intended', 'mostly', 'sometimes', 'rarely', 'stopped'];
const BURDEN = ['none', 'low', 'moderate', 'high'];
const COST = ['free', 'under_10', '10_to_50', 'over_50', 'unknown'];
const SEVERITY = ['mild', 'moderate', 'severe'];

/** Side effects members name, by intervention category (most common first). */
const SIDE_EFFECTS: Record<string, string[]> = {
  medication: [
    'nausea', 'headache', 'fatigue', 'dizziness', 'weight gain', 'dry mouth', 'insomnia', 'diarrhoea', 'constipation',
    'low mood', 'rash', 'stomach pain', 'brain fog', 'hair loss', 'muscle aches', 'night sweats', 'tremor', 'palpitations',
  ],
  therapy: ['fatigue', 'low mood', 'anxiety', 'headache', 'poor sleep', 'feeling overwhelmed'],
  device: ['skin irritation', 'discomfort', 'poor sleep', 'bruising', 'itching'],
  lifestyle: ['muscle soreness', 'fatigue', 'hunger', 'joint pain', 'headache'],
  'self-management': ['fatigue', 'frustration', 'poor sleep'],
  service: ['anxiety', 'fatigue'],
};
const SIDE_EFFECT_CHANCE: Record<string, number> = {
  medication: 0.5,
  therapy: 0.15,
  device: 0.25,
  lifestyle: 0.12,
  'self-management': 0.05,
  service: 0.04,
};

const THREAD_KINDS = ['question', 'advice', 'story'];
const TAG_SLUGS = TAGS.map((t) => t.slug);

/** Picks an index with probability ∝ weights[i]. */
function weighted(rng: Rng, weights: readonly number[]): () => number {
  let acc = 0;
  const cdf = weights.map((w) => (acc += w));
  return () => {
    const u = rng.next() * acc;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cdf[mid] as number) <= u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const zipfWeights = (n: number, s: number) => Array.from({ length: n }, (_, i) => 1 / (i + 1) ** s);

function normal(rng: Rng): number {
  const u = Math.max(rng.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

interface Pair {
  conditionIndex: number;
  conditionId: string;
  interventionId: string;
  category: string;
  /** −1 … 1: how well members say it works. */
  quality: number;
}

type Sql = (text: string, params?: unknown[]) => Promise<unknown>;

/** The insight and search triggers the bulk load bypasses (re-enabled afterwards). */
const BYPASSED_TRIGGERS: [string, string][] = [
  ['experience_reports', 'experience_reports_insights'],
  ['experience_reports', 'experience_reports_search'],
  ['threads', 'threads_insights'],
  ['threads', 'threads_search'],
  ['replies', 'replies_insights'],
  ['replies', 'replies_search'],
  ['consents', 'consents_insights'],
];

async function setTriggers(sql: Sql, enabled: boolean): Promise<void> {
  for (const [table, trigger] of BYPASSED_TRIGGERS) {
    await sql(`ALTER TABLE ${table} ${enabled ? 'ENABLE' : 'DISABLE'} TRIGGER ${trigger}`);
  }
}

const seconds = (t0: number) => (performance.now() - t0) / 1000;

export async function seedInsights(ds: DataSource, opts: InsightsSeedOptions): Promise<SeededInsights> {
  const sql: Sql = (text, params) => ds.query(text, params);
  const rng = new Rng(opts.seed);
  const spent = { members: 0, reports: 0, posts: 0, markDirty: 0, analyze: 0 };

  // ---- the catalogue: conditions in popularity order, their interventions ---------------------
  const catalogue: { id: string; slug: string; name: string }[] = await ds.query(`SELECT id, slug, name FROM conditions ORDER BY slug`);
  const links: { condition_id: string; intervention_id: string; category: string }[] = await ds.query(
    `SELECT ic.condition_id, ic.intervention_id, i.category
       FROM intervention_conditions ic JOIN interventions i ON i.id = ic.intervention_id
      WHERE i.status = 'accepted' ORDER BY i.slug`,
  );
  const groupRows: { id: string; condition_id: string }[] = await ds.query(`SELECT id, condition_id FROM groups ORDER BY slug`);
  const rank = (slug: string) => {
    const i = POPULAR.indexOf(slug);
    return i < 0 ? POPULAR.length : i;
  };
  const ordered = catalogue
    .filter((c) => links.some((l) => l.condition_id === c.id))
    .sort((a, b) => rank(a.slug) - rank(b.slug) || a.slug.localeCompare(b.slug))
    .slice(0, opts.conditionLimit ?? catalogue.length);
  const pairsOf: Pair[][] = ordered.map((c, ci) => {
    const own = links.filter((l) => l.condition_id === c.id);
    // Popularity within the condition: a seeded shuffle, then Zipf.
    return rng.sample(own, own.length).map((l) => ({
      conditionIndex: ci,
      conditionId: c.id,
      interventionId: l.intervention_id,
      category: l.category,
      quality: Math.max(-1, Math.min(1, normal(rng) * 0.45)),
    }));
  });
  const pairs = pairsOf.flat();
  const pairIndex = new Map(pairs.map((p, i) => [p, i]));
  const pickCondition = weighted(rng, zipfWeights(ordered.length, 0.9));
  const pickInterventionOf = pairsOf.map((ps) => weighted(rng, zipfWeights(ps.length, 1)));

  // ---- members: a main condition (some have a second), joined over the two years --------------
  const M = opts.members;
  const primary = new Uint8Array(M + 1);
  const secondary = new Int16Array(M + 1).fill(-1);
  const joined = new Float64Array(M + 1);
  /** 0: never answered, 1: granted, 2: granted then withdrew. */
  const consent = new Uint8Array(M + 1);
  const membersOf: number[][] = ordered.map(() => []);
  for (let n = 1; n <= M; n++) {
    primary[n] = pickCondition();
    if (rng.chance(0.2)) {
      const s = pickCondition();
      if (s !== primary[n]) secondary[n] = s;
    }
    // A growing community: more members join later.
    joined[n] = START + Math.sqrt(rng.next()) * (SPAN_DAYS - 7) * DAY;
    const u = rng.next();
    consent[n] = u < 0.82 ? 1 : u < 0.86 ? 2 : 0;
    (membersOf[primary[n] as number] as number[]).push(n);
  }

  const byCondition = new Map<string, number>();
  let triggerUsPerRow: number | null = null;
  let triggerProbeRows = 0;
  const t0 = performance.now();
  await setTriggers(sql, false);
  try {
    const userProgress = new Progress('members', M);
    const USER_BATCH = 20_000;
    for (let from = 1; from <= M; from += USER_BATCH) {
      const to = Math.min(M, from + USER_BATCH - 1);
      await sql(
        `INSERT INTO users (id, handle, email, password_hash, created_at, updated_at)
         SELECT ${MEMBER_ID_SQL('n')}, 'member' || n, 'member' || n || '@bench.kindred.test', 'x',
                to_timestamp($3::float8 + n * 0.001), to_timestamp($3::float8 + n * 0.001)
           FROM generate_series($1::int, $2::int) AS n`,
        [from, to, START / 1000 - 86_400],
      );
      userProgress.tick(to);
    }
    const consentRows = [...consent.keys()].filter((n) => n > 0 && consent[n] !== 0);
    const consentProgress = new Progress('consents', consentRows.length);
    for (let i = 0; i < consentRows.length; i += USER_BATCH) {
      const chunk = consentRows.slice(i, i + USER_BATCH);
      await sql(
        `INSERT INTO consents (user_id, purpose, granted, changed_at)
         SELECT ${MEMBER_ID_SQL('c.n')}, 'clinician-insights', c.granted, to_timestamp(c.t)
           FROM unnest($1::int[], $2::bool[], $3::float8[]) AS c(n, granted, t)`,
        [chunk, chunk.map((n) => consent[n] === 1), chunk.map((n) => (joined[n] as number) / 1000 + 3_600)],
      );
      consentProgress.tick(Math.min(i + USER_BATCH, consentRows.length));
    }
    // Their history: one event per answer (the withdrawn said yes first).
    await sql(
      `INSERT INTO consent_events (user_id, purpose, granted, created_at)
       SELECT user_id, purpose, true, changed_at FROM consents
       UNION ALL SELECT user_id, purpose, false, changed_at + interval '30 days' FROM consents WHERE NOT granted`,
    );
    spent.members = seconds(t0);

    // ---- reports: generated in memory (compact), then written in time order --------------------
    const N = opts.reports;
    const rUser = new Int32Array(N);
    const rPair = new Int32Array(N);
    const rTime = new Float64Array(N);
    let count = 0;
    const addReports = (n: number, k: number) => {
      for (let j = 0; j < k && count < N; j++) {
        const c = secondary[n] !== -1 && rng.chance(0.2) ? (secondary[n] as number) : (primary[n] as number);
        const pair = (pairsOf[c] as Pair[])[(pickInterventionOf[c] as () => number)()] as Pair;
        rUser[count] = n;
        rPair[count] = pairIndex.get(pair) as number;
        rTime[count] = (joined[n] as number) + rng.next() * (EPOCH - (joined[n] as number) - 3_600_000);
        count++;
      }
    };
    // A quarter of the members never file a report; the others file 1 + geometric, mean ≈ N / (0.75 M).
    const mean = N / (0.75 * M);
    const p = 1 / Math.max(1, mean);
    for (let n = 1; n <= M && count < N; n++) {
      if (rng.chance(0.25)) continue;
      addReports(n, p >= 1 ? 1 : 1 + Math.floor(Math.log(Math.max(rng.next(), 1e-12)) / Math.log(1 - p)));
    }
    while (count < N) addReports(rng.int(1, M), 1);
    const order = Uint32Array.from({ length: N }, (_, i) => i).sort((a, b) => (rTime[a] as number) - (rTime[b] as number));

    const sidePickers = new Map<string, () => number>();
    // How members answer, by pair: better-rated interventions get more "major", fewer "stopped".
    const effOf = pairs.map((x) => weighted(rng, [0.18 + 0.12 * x.quality, 0.3 + 0.05 * x.quality, 0.25, Math.max(0.02, 0.15 - 0.1 * x.quality), 0.12]));
    const adhOf = pairs.map((x) => weighted(rng, [0.42, 0.3, 0.12, 0.06, Math.max(0.02, 0.1 - 0.06 * x.quality)]));
    const pickBurden = weighted(rng, [0.28, 0.4, 0.22, 0.1]);
    const sideJson: string[] = [];
    const sideIndex = new Map<string, number>();
    const sideEffects = (pair: Pair): number => {
      const names = SIDE_EFFECTS[pair.category] ?? (SIDE_EFFECTS.medication as string[]);
      let k = 0;
      if (rng.chance(SIDE_EFFECT_CHANCE[pair.category] ?? 0.1)) k = rng.chance(0.6) ? 1 : rng.chance(0.7) ? 2 : 3;
      let pick = sidePickers.get(pair.category);
      if (!pick) sidePickers.set(pair.category, (pick = weighted(rng, zipfWeights(names.length, 1.1))));
      const chosen = new Set<string>();
      for (let i = 0; i < k; i++) chosen.add(names[pick()] as string);
      const list = [...chosen].map((name) => {
        // Members type names as they like: the rollup folds case and spacing.
        const typed = rng.chance(0.05) ? `${name[0]?.toUpperCase()}${name.slice(1)}` : rng.chance(0.02) ? ` ${name.replace(' ', '  ')} ` : name;
        const v = rng.next();
        return { name: typed, severity: SEVERITY[v < 0.62 ? 0 : v < 0.92 ? 1 : 2] };
      });
      const json = JSON.stringify(list);
      let idx = sideIndex.get(json);
      if (idx === undefined) {
        idx = sideJson.length;
        sideJson.push(json);
        sideIndex.set(json, idx);
      }
      return idx;
    };

    const t1 = performance.now();
    const reportProgress = new Progress('experience reports', N);
    const BATCH = Math.max(1_000, Math.min(10_000, Math.floor(N / 20)));
    // The insight trigger's cost per row, measured: of the last ten batches, every other one is
    // written with experience_reports_insights enabled (it marks cells that are all marked dirty
    // afterwards anyway).
    const batches = Math.ceil(N / BATCH);
    const probeFrom = batches >= 20 ? batches - 10 : batches;
    const probe = { withMs: 0, withRows: 0, withoutMs: 0, withoutRows: 0 };
    for (let start = 0; start < N; start += BATCH) {
      const idx = order.subarray(start, Math.min(N, start + BATCH));
      const cols = {
        u: [] as number[],
        p: [] as number[],
        eff: [] as number[],
        adh: [] as number[],
        bur: [] as number[],
        cost: [] as number[],
        dur: [] as number[],
        still: [] as boolean[],
        t: [] as number[],
        dt: [] as number[],
        side: [] as string[],
      };
      for (const i of idx) {
        const pi = rPair[i] as number;
        const pair = pairs[pi] as Pair;
        const eff = (effOf[pi] as () => number)();
        const adh = (adhOf[pi] as () => number)();
        const bur = pickBurden();
        const t = (rTime[i] as number) / 1000;
        const edited = rng.chance(0.1) ? rng.next() * Math.min(60 * 86_400, EPOCH / 1000 - t - 60) : 0;
        cols.u.push(rUser[i] as number);
        cols.p.push((rPair[i] as number) + 1);
        cols.eff.push(eff + 1);
        cols.adh.push(adh + 1);
        cols.bur.push(bur + 1);
        cols.cost.push(rng.int(1, COST.length));
        cols.dur.push(Math.min(2600, Math.max(0, Math.round(Math.exp(2.7 + 1.1 * normal(rng))))));
        cols.still.push(adh !== 4);
        cols.t.push(t);
        cols.dt.push(Math.max(0, edited));
        cols.side.push(sideJson[sideEffects(pair)] as string);
        byCondition.set(pair.conditionId, (byCondition.get(pair.conditionId) ?? 0) + 1);
      }
      const b = start / BATCH;
      const withTrigger = b >= probeFrom && (b - probeFrom) % 2 === 1;
      if (withTrigger) await sql(`ALTER TABLE experience_reports ENABLE TRIGGER experience_reports_insights`);
      const tb = performance.now();
      await sql(
        `INSERT INTO experience_reports (user_id, condition_id, intervention_id, effectiveness, side_effects, adherence, burden,
                                         cost_band, duration_weeks, still_using, created_at, updated_at)
         SELECT ${MEMBER_ID_SQL('r.u')}, ($1::uuid[])[r.p], ($2::uuid[])[r.p], ($3::text[])[r.eff], r.side::jsonb,
                ($4::text[])[r.adh], ($5::text[])[r.bur], ($6::text[])[r.cost], r.dur, r.still, to_timestamp(r.t), to_timestamp(r.t + r.dt)
           FROM unnest($7::int[], $8::int[], $9::int[], $10::int[], $11::int[], $12::int[], $13::int[], $14::bool[],
                       $15::float8[], $16::float8[], $17::text[]) AS r(u, p, eff, adh, bur, cost, dur, still, t, dt, side)`,
        [
          pairs.map((x) => x.conditionId),
          pairs.map((x) => x.interventionId),
          EFFECTIVENESS,
          ADHERENCE,
          BURDEN,
          COST,
          cols.u,
          cols.p,
          cols.eff,
          cols.adh,
          cols.bur,
          cols.cost,
          cols.dur,
          cols.still,
          cols.t,
          cols.dt,
          cols.side,
        ],
      );
      const batchMs = performance.now() - tb;
      if (withTrigger) {
        await sql(`ALTER TABLE experience_reports DISABLE TRIGGER experience_reports_insights`);
        probe.withMs += batchMs;
        probe.withRows += idx.length;
      } else if (b >= probeFrom) {
        probe.withoutMs += batchMs;
        probe.withoutRows += idx.length;
      }
      reportProgress.tick(start + idx.length);
    }
    spent.reports = seconds(t1);
    if (probe.withRows && probe.withoutRows) {
      triggerUsPerRow = ((probe.withMs / probe.withRows - probe.withoutMs / probe.withoutRows) * 1000);
      triggerProbeRows = probe.withRows + probe.withoutRows;
    }

    // ---- threads and replies, for the activity chart and top tags -------------------------------
    const t2 = performance.now();
    const groupsOf = ordered.map((c) => groupRows.filter((g) => g.condition_id === c.id).map((g) => g.id));
    const threadIds: string[] = [];
    const threadTime: number[] = [];
    const threadCondition: number[] = [];
    const postProgress = new Progress('threads and replies', opts.threads + opts.replies);
    const POST_BATCH = 5_000;
    for (let start = 0; start < opts.threads; start += POST_BATCH) {
      const rows = { id: [] as string[], g: [] as string[], u: [] as number[], kind: [] as string[], title: [] as string[], tags: [] as string[], t: [] as number[] };
      for (let i = start; i < Math.min(opts.threads, start + POST_BATCH); i++) {
        let c = pickCondition();
        while (!(groupsOf[c] as string[]).length || !(membersOf[c] as number[]).length) c = pickCondition();
        const author = rng.pick(membersOf[c] as number[]);
        const t = (joined[author] as number) + rng.next() * (EPOCH - (joined[author] as number) - 3_600_000);
        const id = rng.uuid();
        threadIds.push(id);
        threadTime.push(t);
        threadCondition.push(c);
        rows.id.push(id);
        rows.g.push(rng.pick(groupsOf[c] as string[]));
        rows.u.push(author);
        rows.kind.push(rng.pick(THREAD_KINDS));
        rows.title.push(`Thread ${i + 1}`);
        rows.tags.push(`{${rng.sample(TAG_SLUGS.slice(0, 12), rng.int(0, 3)).join(',')}}`);
        rows.t.push(t / 1000);
      }
      await sql(
        `INSERT INTO threads (id, group_id, author_id, kind, title, body, body_html, tags, created_at, last_activity_at)
         SELECT r.id, r.g, ${MEMBER_ID_SQL('r.u')}, r.kind, r.title, 'Has anyone else found this?', '<p>Has anyone else found this?</p>',
                r.tags::text[], to_timestamp(r.t), to_timestamp(r.t)
           FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::text[], $6::text[], $7::float8[]) AS r(id, g, u, kind, title, tags, t)`,
        [rows.id, rows.g, rows.u, rows.kind, rows.title, rows.tags, rows.t],
      );
      postProgress.tick(Math.min(opts.threads, start + POST_BATCH));
    }
    const replySeq = new Int32Array(threadIds.length);
    const pickThread = weighted(rng, zipfWeights(threadIds.length, 0.6));
    for (let start = 0; start < opts.replies; start += POST_BATCH) {
      const rows = { th: [] as string[], path: [] as string[], u: [] as number[], t: [] as number[] };
      for (let i = start; i < Math.min(opts.replies, start + POST_BATCH); i++) {
        const ti = pickThread();
        const c = threadCondition[ti] as number;
        const seq = (replySeq[ti] as number) + 1;
        replySeq[ti] = seq;
        const t = Math.min(EPOCH - 60_000, (threadTime[ti] as number) + rng.next() * 30 * DAY);
        rows.th.push(threadIds[ti] as string);
        rows.path.push(seq.toString(36).padStart(6, '0'));
        rows.u.push(rng.chance(0.8) ? rng.pick(membersOf[c] as number[]) : rng.int(1, M));
        rows.t.push(t / 1000);
      }
      await sql(
        `INSERT INTO replies (thread_id, path, depth, author_id, body, body_html, created_at)
         SELECT r.th, r.path, 0, ${MEMBER_ID_SQL('r.u')}, 'Same here, thank you for posting.', '<p>Same here, thank you for posting.</p>', to_timestamp(r.t)
           FROM unnest($1::uuid[], $2::text[], $3::int[], $4::float8[]) AS r(th, path, u, t)`,
        [rows.th, rows.path, rows.u, rows.t],
      );
      postProgress.tick(opts.threads + Math.min(opts.replies, start + POST_BATCH));
    }
    if (opts.threads > 0) {
      await sql(
        `UPDATE threads t SET reply_count = r.n, reply_seq = r.n, last_activity_at = r.last
           FROM (SELECT thread_id, count(*)::int AS n, max(created_at) AS last FROM replies GROUP BY thread_id) r
          WHERE r.thread_id = t.id`,
      );
    }
    spent.posts = seconds(t2);

    // ---- mark every touched cell dirty, as the triggers would have ------------------------------
    const t3 = performance.now();
    await sql(`INSERT INTO insight_dirty_pairs SELECT DISTINCT condition_id, intervention_id FROM experience_reports ON CONFLICT DO NOTHING`);
    await sql(
      `INSERT INTO insight_dirty_activity
       SELECT DISTINCT condition_id, insight_week(created_at) FROM experience_reports
       UNION SELECT g.condition_id, insight_week(t.created_at) FROM threads t JOIN groups g ON g.id = t.group_id
       UNION SELECT g.condition_id, insight_week(r.created_at) FROM replies r JOIN threads t ON t.id = r.thread_id JOIN groups g ON g.id = t.group_id
       ON CONFLICT DO NOTHING`,
    );
    spent.markDirty = seconds(t3);
  } finally {
    await setTriggers(sql, true);
  }

  // The bulk load is done: fresh statistics and visibility maps, as after any large import.
  const t4 = performance.now();
  await sql(`VACUUM ANALYZE`);
  spent.analyze = seconds(t4);

  // ---- the clinician ------------------------------------------------------------------------
  const token = randomBytes(32).toString('base64url');
  const [clin] = (await ds.query(
    `INSERT INTO users (handle, email, password_hash, role, clinician_status, clinician_registration, clinician_organisation, clinician_verified_at)
     VALUES ('dr_bench', 'dr_bench@bench.kindred.test', 'x', 'clinician', 'verified', 'GMC 0000000', 'Bench NHS Trust', now())
     RETURNING id`,
  )) as { id: string }[];
  await ds.query(
    `INSERT INTO sessions (user_id, token_hash, user_agent, last_seen_at, expires_at) VALUES ($1, $2, 'kindred-bench', now(), now() + interval '1 day')`,
    [clin?.id, hashToken(token)],
  );

  const conditions: SeededCondition[] = ordered
    .map((c, ci) => ({ ...c, reports: byCondition.get(c.id) ?? 0, interventions: (pairsOf[ci] as Pair[]).length }))
    .sort((a, b) => b.reports - a.reports);
  return {
    conditions,
    top: conditions[0] as SeededCondition,
    clinician: { id: clin?.id as string, handle: 'dr_bench', token },
    members: M,
    consenting: [...consent].filter((v) => v === 1).length,
    withdrawn: [...consent].filter((v) => v === 2).length,
    reports: opts.reports,
    threads: opts.threads,
    replies: opts.replies,
    seconds: spent,
    trigger: { usPerRow: triggerUsPerRow, rows: triggerProbeRows },
  };
}

export interface BuiltRollups {
  seconds: number;
  /** Dirty cells before the build. */
  pairs: number;
  activity: number;
  /** Rows in the rollup tables after it. */
  reportWeeks: number;
  sideEffectWeeks: number;
  activityWeeks: number;
  tagWeeks: number;
}

/**
 * Builds the rollups with the app's own refresher (`refreshDirty`, the code the background
 * refresher and the dashboard run), one condition at a time so progress can be shown; one API
 * instance's worth of work (a single connection at a time).
 */
export async function buildRollups(ds: DataSource): Promise<BuiltRollups> {
  const [dirty] = (await ds.query(
    `SELECT (SELECT count(*)::int FROM insight_dirty_pairs) AS pairs, (SELECT count(*)::int FROM insight_dirty_activity) AS activity`,
  )) as { pairs: number; activity: number }[];
  const t0 = performance.now();
  const cellsOf: { condition_id: string; n: number }[] = await ds.query(
    `SELECT condition_id, sum(n)::int AS n FROM (
       SELECT condition_id, count(*) AS n FROM insight_dirty_pairs GROUP BY 1
       UNION ALL SELECT condition_id, count(*) FROM insight_dirty_activity GROUP BY 1) x GROUP BY 1 ORDER BY 1`,
  );
  const total = cellsOf.reduce((n, c) => n + c.n, 0);
  const progress = new Progress('rollups (dirty cells)', total);
  let done = 0;
  for (const c of cellsOf) {
    done += await refreshDirty(ds, { conditionId: c.condition_id });
    progress.tick(Math.min(done, total));
  }
  await refreshDirty(ds); // anything left
  const seconds = (performance.now() - t0) / 1000;
  // Settle before anything is measured: statistics and visibility maps for the rollups (and the
  // dirty tables the build churned through), and the load's dirty pages written out now rather
  // than by a checkpoint in the middle of a measurement.
  await ds.query(`VACUUM ANALYZE insight_report_weeks, insight_side_effect_weeks, insight_activity_weeks, insight_tag_weeks, insight_dirty_pairs, insight_dirty_activity`);
  await ds.query(`CHECKPOINT`).catch(() => undefined); // needs a superuser (or pg_checkpoint); skipped otherwise
  const [built] = (await ds.query(
    `SELECT (SELECT count(*)::int FROM insight_report_weeks) AS report_weeks, (SELECT count(*)::int FROM insight_side_effect_weeks) AS side_weeks,
            (SELECT count(*)::int FROM insight_activity_weeks) AS activity_weeks, (SELECT count(*)::int FROM insight_tag_weeks) AS tag_weeks`,
  )) as { report_weeks: number; side_weeks: number; activity_weeks: number; tag_weeks: number }[];
  return {
    seconds,
    pairs: dirty?.pairs ?? 0,
    activity: dirty?.activity ?? 0,
    reportWeeks: built?.report_weeks ?? 0,
    sideEffectWeeks: built?.side_weeks ?? 0,
    activityWeeks: built?.activity_weeks ?? 0,
    tagWeeks: built?.tag_weeks ?? 0,
  };
}
