import { Pool } from 'pg';
import { summarise, type Summary } from '../lib/stats';

/**
 * The baseline for insights: ONE hand-written SQL aggregate over the raw `experience_reports`
 * table for a condition and a date range, sent straight through a `pg` Pool (no HTTP, no
 * GraphQL, no rollups, no disclosure control). Per intervention: each consenting member's
 * latest report counted once (in the week it was first filed, as the rollups do), the
 * effectiveness, adherence and burden counts, the median duration (percentile_disc: the middle
 * member's value) and every side effect named (folded like the rollups: case and spacing), with
 * its members at their worst severity. It is what answering the dashboard's main table from the
 * raw data costs, and it leaves out what Kindred adds: the activity chart, the previous period
 * (trends), top tags, duration bands and the disclosure rules.
 */
export const BASELINE_SQL = `
WITH latest AS (
  SELECT DISTINCT ON (e.intervention_id, e.user_id)
         e.intervention_id, e.user_id, e.effectiveness, e.adherence, e.burden, e.duration_weeks, e.side_effects, e.created_at
    FROM experience_reports e
   WHERE e.condition_id = $1 AND e.user_id IS NOT NULL
     AND EXISTS (SELECT 1 FROM consents k WHERE k.user_id = e.user_id AND k.purpose = 'clinician-insights' AND k.granted)
   ORDER BY e.intervention_id, e.user_id, e.updated_at DESC, e.id
),
counted AS (SELECT * FROM latest WHERE created_at >= $2 AND created_at < $3),
named AS (
  SELECT c.intervention_id, c.user_id, lower(btrim(regexp_replace(se->>'name', '\\s+', ' ', 'g'))) AS name,
         max(CASE se->>'severity' WHEN 'severe' THEN 3 WHEN 'moderate' THEN 2 ELSE 1 END) AS severity
    FROM counted c, jsonb_array_elements(c.side_effects) se
   WHERE btrim(coalesce(se->>'name', '')) <> ''
   GROUP BY 1, 2, 3
),
side AS (
  SELECT intervention_id, name, count(*)::int AS members, count(*) FILTER (WHERE severity = 1)::int AS mild,
         count(*) FILTER (WHERE severity = 2)::int AS moderate, count(*) FILTER (WHERE severity = 3)::int AS severe
    FROM named GROUP BY 1, 2
),
per AS (
  SELECT intervention_id, count(*)::int AS members,
         count(*) FILTER (WHERE effectiveness = 'major')::int AS major, count(*) FILTER (WHERE effectiveness = 'moderate')::int AS moderate,
         count(*) FILTER (WHERE effectiveness = 'slight')::int AS slight, count(*) FILTER (WHERE effectiveness = 'none')::int AS none,
         count(*) FILTER (WHERE effectiveness = 'cant_tell')::int AS cant_tell,
         count(*) FILTER (WHERE adherence = 'as_intended')::int AS as_intended, count(*) FILTER (WHERE adherence = 'mostly')::int AS mostly,
         count(*) FILTER (WHERE adherence = 'sometimes')::int AS sometimes, count(*) FILTER (WHERE adherence = 'rarely')::int AS rarely,
         count(*) FILTER (WHERE adherence = 'stopped')::int AS stopped,
         count(*) FILTER (WHERE burden = 'none')::int AS b_none, count(*) FILTER (WHERE burden = 'low')::int AS b_low,
         count(*) FILTER (WHERE burden = 'moderate')::int AS b_moderate, count(*) FILTER (WHERE burden = 'high')::int AS b_high,
         percentile_disc(0.5) WITHIN GROUP (ORDER BY duration_weeks) AS median_weeks
    FROM counted GROUP BY intervention_id
)
SELECT p.*, i.slug, i.name AS intervention_name,
       coalesce((SELECT jsonb_agg(jsonb_build_object('name', s.name, 'members', s.members, 'mild', s.mild, 'moderate', s.moderate,
                                                     'severe', s.severe) ORDER BY s.members DESC, s.name)
                   FROM side s WHERE s.intervention_id = p.intervention_id), '[]'::jsonb) AS side_effects
  FROM per p JOIN interventions i ON i.id = p.intervention_id
 ORDER BY p.members DESC, i.name`;

export interface BaselineRow {
  intervention_id: string;
  slug: string;
  intervention_name: string;
  members: number;
  major: number;
  moderate: number;
  slight: number;
  none: number;
  cant_tell: number;
  as_intended: number;
  mostly: number;
  sometimes: number;
  rarely: number;
  stopped: number;
  b_none: number;
  b_low: number;
  b_moderate: number;
  b_high: number;
  median_weeks: number;
  side_effects: { name: string; members: number; mild: number; moderate: number; severe: number }[];
}

export interface SqlLoadResult extends Summary {
  latenciesMs: Float64Array;
  errors: number;
  firstError: string | null;
  rowsPerAnswer: number;
}

/**
 * A closed loop of `connections` concurrent callers, each running the next query as soon as the
 * previous answer is in (the arguments rotate over `argsList`), through a pg Pool of as many
 * connections (one with PGlite). Warm-up first; then only queries that complete inside the
 * measured window count, as in the HTTP load generator.
 */
export async function runSqlLoad(opts: {
  url: string;
  poolSize: number;
  connections: number;
  argsList: unknown[][];
  warmupMs: number;
  durationMs: number;
}): Promise<SqlLoadResult> {
  const pool = new Pool({ connectionString: opts.url, max: opts.poolSize });
  let latencies = new Float64Array(1024);
  let recorded = 0;
  let errors = 0;
  let rows = 0;
  let firstError: string | null = null;
  let next = 0;
  const started = performance.now();
  const measureFrom = started + opts.warmupMs;
  const measureUntil = measureFrom + opts.durationMs;
  const loop = async () => {
    while (performance.now() < measureUntil) {
      const args = opts.argsList[next] as unknown[];
      next = (next + 1) % opts.argsList.length;
      const t0 = performance.now();
      try {
        const r = await pool.query(BASELINE_SQL, args);
        const t1 = performance.now();
        if (t1 >= measureFrom && t1 <= measureUntil) {
          if (recorded === latencies.length) {
            const grown = new Float64Array(latencies.length * 2);
            grown.set(latencies);
            latencies = grown;
          }
          latencies[recorded++] = t1 - t0;
          rows += r.rowCount ?? 0;
        }
      } catch (e) {
        errors++;
        firstError ??= e instanceof Error ? e.message : String(e);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
  };
  try {
    // Connect first (PGlite accepts a new connection only once the previous one has gone).
    for (let attempt = 1; ; attempt++) {
      try {
        await pool.query('SELECT 1');
        break;
      } catch (e) {
        if (attempt >= 20) throw e;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    await Promise.all(Array.from({ length: opts.connections }, loop));
  } finally {
    await pool.end();
  }
  const measured = latencies.slice(0, recorded);
  return {
    ...summarise(measured, opts.durationMs / 1000),
    latenciesMs: measured,
    errors,
    firstError,
    rowsPerAnswer: recorded ? rows / recorded : 0,
  };
}
