import type { DataSource, EntityManager } from 'typeorm';
import { PeriodicTask } from '../../common/scheduling/periodic-task';

/** Weeks of use, as bands: [0,4) [4,8) [8,13) [13,26) [26,52) [52,104) [104,156) [156,260) [260,520) [520,∞). */
export const DURATION_BANDS = [0, 4, 8, 13, 26, 52, 104, 156, 260, 520] as const;

/** Members who said yes to clinician insights, as of now. */
const CONSENTING = `EXISTS (SELECT 1 FROM consents k WHERE k.user_id = %s AND k.purpose = 'clinician-insights' AND k.granted)`;
const consenting = (col: string) => CONSENTING.replace('%s', col);

/**
 * Rebuilds every week of one (condition, intervention) pair from the raw reports: each
 * consenting member's latest visible report (not hidden or removed by moderators) for the pair counts once,
 * in the week it was first filed.
 */
async function recomputePair(tx: EntityManager, conditionId: string, interventionId: string): Promise<void> {
  await tx.query(`DELETE FROM insight_report_weeks WHERE condition_id = $1 AND intervention_id = $2`, [conditionId, interventionId]);
  await tx.query(`DELETE FROM insight_side_effect_weeks WHERE condition_id = $1 AND intervention_id = $2`, [conditionId, interventionId]);
  const latest = `
    latest AS (
      SELECT DISTINCT ON (e.user_id) e.user_id, e.effectiveness, e.adherence, e.burden, e.duration_weeks, e.side_effects,
             insight_week(e.created_at) AS week
        FROM experience_reports e
       WHERE e.condition_id = $1 AND e.intervention_id = $2 AND e.user_id IS NOT NULL AND e.moderation = 'visible' AND ${consenting('e.user_id')}
       ORDER BY e.user_id, e.updated_at DESC, e.id)`;
  const bands = DURATION_BANDS.map((lo, i) => {
    const hi = DURATION_BANDS[i + 1];
    return `count(*) FILTER (WHERE duration_weeks >= ${lo}${hi === undefined ? '' : ` AND duration_weeks < ${hi}`})::int`;
  }).join(', ');
  await tx.query(
    `WITH ${latest}
     INSERT INTO insight_report_weeks
     SELECT $1, $2, week, count(*)::int,
            count(*) FILTER (WHERE effectiveness = 'major')::int, count(*) FILTER (WHERE effectiveness = 'moderate')::int,
            count(*) FILTER (WHERE effectiveness = 'slight')::int, count(*) FILTER (WHERE effectiveness = 'none')::int,
            count(*) FILTER (WHERE effectiveness = 'cant_tell')::int,
            count(*) FILTER (WHERE adherence = 'as_intended')::int, count(*) FILTER (WHERE adherence = 'mostly')::int,
            count(*) FILTER (WHERE adherence = 'sometimes')::int, count(*) FILTER (WHERE adherence = 'rarely')::int,
            count(*) FILTER (WHERE adherence = 'stopped')::int,
            count(*) FILTER (WHERE burden = 'none')::int, count(*) FILTER (WHERE burden = 'low')::int,
            count(*) FILTER (WHERE burden = 'moderate')::int, count(*) FILTER (WHERE burden = 'high')::int,
            ARRAY[${bands}]
       FROM latest GROUP BY week`,
    [conditionId, interventionId],
  );
  // Side effects by name (case and spacing folded), each member once per name at their worst severity.
  await tx.query(
    `WITH ${latest},
     named AS (
       SELECT l.week, l.user_id, lower(btrim(regexp_replace(se->>'name', '\\s+', ' ', 'g'))) AS name,
              max(CASE se->>'severity' WHEN 'severe' THEN 3 WHEN 'moderate' THEN 2 ELSE 1 END) AS severity
         FROM latest l, jsonb_array_elements(l.side_effects) se
        WHERE btrim(coalesce(se->>'name', '')) <> ''
        GROUP BY 1, 2, 3)
     INSERT INTO insight_side_effect_weeks
     SELECT $1, $2, week, name, count(*)::int, count(*) FILTER (WHERE severity = 1)::int,
            count(*) FILTER (WHERE severity = 2)::int, count(*) FILTER (WHERE severity = 3)::int
       FROM named GROUP BY week, name`,
    [conditionId, interventionId],
  );
}

/** Rebuilds one (condition, week) of activity and tags from consenting members' posts and reports. */
async function recomputeActivity(tx: EntityManager, conditionId: string, week: string): Promise<void> {
  await tx.query(`DELETE FROM insight_activity_weeks WHERE condition_id = $1 AND week = $2`, [conditionId, week]);
  await tx.query(`DELETE FROM insight_tag_weeks WHERE condition_id = $1 AND week = $2`, [conditionId, week]);
  // The week's bounds in UTC, like insight_week().
  const inWeek = (col: string) =>
    `${col} >= ($2::date::timestamp AT TIME ZONE 'UTC') AND ${col} < (($2::date + 7)::timestamp AT TIME ZONE 'UTC')`;
  await tx.query(
    `INSERT INTO insight_activity_weeks
     SELECT $1, $2::date,
       (SELECT count(*)::int FROM threads t JOIN groups g ON g.id = t.group_id
         WHERE g.condition_id = $1 AND ${inWeek('t.created_at')} AND t.deleted_at IS NULL AND t.moderation = 'visible' AND ${consenting('t.author_id')}),
       (SELECT count(*)::int FROM replies r JOIN threads t ON t.id = r.thread_id JOIN groups g ON g.id = t.group_id
         WHERE g.condition_id = $1 AND ${inWeek('r.created_at')} AND r.deleted_at IS NULL AND r.moderation = 'visible' AND t.moderation = 'visible'
           AND ${consenting('r.author_id')}),
       (SELECT count(*)::int FROM experience_reports e
         WHERE e.condition_id = $1 AND ${inWeek('e.created_at')} AND e.moderation = 'visible' AND ${consenting('e.user_id')})`,
    [conditionId, week],
  );
  await tx.query(
    `INSERT INTO insight_tag_weeks
     SELECT $1, $2::date, tag, count(*)::int
       FROM threads t JOIN groups g ON g.id = t.group_id, unnest(t.tags) tag
      WHERE g.condition_id = $1 AND ${inWeek('t.created_at')} AND t.deleted_at IS NULL AND t.moderation = 'visible' AND ${consenting('t.author_id')}
      GROUP BY tag`,
    [conditionId, week],
  );
}

/**
 * Recomputes dirty rollup cells, a batch per transaction (rows locked with SKIP LOCKED, so API
 * instances share the work). With `conditionId`, only that condition's: the dashboard does this
 * before it answers, so what it shows reflects every change committed before the request.
 * Returns how many cells were recomputed.
 */
export async function refreshDirty(db: DataSource, opts: { conditionId?: string; batch?: number } = {}): Promise<number> {
  const batch = opts.batch ?? 200;
  let done = 0;
  // Most of the time nothing is dirty: one cheap read instead of a transaction.
  const [{ dirty }]: { dirty: boolean }[] = await db.query(
    opts.conditionId
      ? `SELECT EXISTS (SELECT 1 FROM insight_dirty_pairs WHERE condition_id = $1) OR EXISTS (SELECT 1 FROM insight_dirty_activity WHERE condition_id = $1) AS dirty`
      : `SELECT EXISTS (SELECT 1 FROM insight_dirty_pairs) OR EXISTS (SELECT 1 FROM insight_dirty_activity) AS dirty`,
    opts.conditionId ? [opts.conditionId] : [],
  );
  if (!dirty) return 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      const only = opts.conditionId ? 'WHERE condition_id = $2' : '';
      const args = opts.conditionId ? [batch, opts.conditionId] : [batch];
      const pairs: { condition_id: string; intervention_id: string }[] = await tx.query(
        `SELECT condition_id, intervention_id FROM insight_dirty_pairs ${only} LIMIT $1 FOR UPDATE SKIP LOCKED`,
        args,
      );
      for (const p of pairs) {
        await recomputePair(tx, p.condition_id, p.intervention_id);
        await tx.query(`DELETE FROM insight_dirty_pairs WHERE condition_id = $1 AND intervention_id = $2`, [p.condition_id, p.intervention_id]);
      }
      const weeks: { condition_id: string; week: string }[] = await tx.query(
        `SELECT condition_id, week::text FROM insight_dirty_activity ${only} LIMIT $1 FOR UPDATE SKIP LOCKED`,
        args,
      );
      for (const w of weeks) {
        await recomputeActivity(tx, w.condition_id, w.week);
        await tx.query(`DELETE FROM insight_dirty_activity WHERE condition_id = $1 AND week = $2::date`, [w.condition_id, w.week]);
      }
      return pairs.length + weeks.length;
    });
    done += n;
    if (n === 0) return done;
  }
}

/** Keeps the rollups fresh in the background (stated staleness: one interval). */
export class InsightsRefresher extends PeriodicTask {
  constructor(db: DataSource, intervalMs: number, onError: (e: unknown) => void) {
    super(intervalMs, () => refreshDirty(db), onError);
  }
}
