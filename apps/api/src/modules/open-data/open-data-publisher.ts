import type { DataSource, EntityManager } from 'typeorm';
import { ADHERENCE, BURDEN, EFFECTIVENESS } from '@kindred/contracts';
import { AREAS } from '../../database/seed/catalogue/areas.data';
import { SERVICE_KINDS } from '../../database/seed/catalogue/service-kinds.data';
import { hasConsented } from '../consents/consents.sql';
import { buildRelease, DICTIONARY_VERSION, RATING_CATEGORIES, type CareCounts, type QuarterCounts, type WhatWorksCounts } from './open-data-release';
import {
  compareQuarters,
  FIRST_QUARTER,
  lastClosedQuarter,
  nextQuarter,
  parseVersion,
  quarterEnd,
  quarterOf,
  quarterStart,
  versionOf,
  type Quarter,
} from './quarters';

/** Two instances (or an instance and the publish command) never publish at the same time. */
const PUBLISH_LOCK = `hashtext('kindred:open-data:publish')`;

/** At most this many quarters are published by one run (a first run on years of data catches up over several). */
export const MAX_QUARTERS_PER_RUN = 40;

/** At most this many releases are listed (one a quarter: 50 years). */
export const MAX_RELEASES_LISTED = 200;

export interface ReleaseSummary {
  version: string;
  periodStart: string;
  periodEnd: string;
  publishedAt: Date;
  dictionaryVersion: number;
  cellCount: number;
  csvSha256: string;
  jsonSha256: string;
  csvBytes: number;
  jsonBytes: number;
}

export interface StoredRelease extends ReleaseSummary {
  csv: string;
  json: string;
}

const SUMMARY_COLUMNS = `version, period_start::text AS period_start, period_end::text AS period_end, published_at, dictionary_version,
  cell_count, csv_sha256, json_sha256, octet_length(csv) AS csv_bytes, octet_length(json) AS json_bytes`;

interface SummaryRow {
  version: string;
  period_start: string;
  period_end: string;
  published_at: Date;
  dictionary_version: number;
  cell_count: number;
  csv_sha256: string;
  json_sha256: string;
  csv_bytes: number;
  json_bytes: number;
}

const summary = (r: SummaryRow): ReleaseSummary => ({
  version: r.version,
  periodStart: r.period_start,
  // Stored as the day after the quarter (exclusive); published as its last day.
  periodEnd: new Date(Date.parse(`${r.period_end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10),
  publishedAt: r.published_at,
  dictionaryVersion: r.dictionary_version,
  cellCount: r.cell_count,
  csvSha256: r.csv_sha256,
  jsonSha256: r.json_sha256,
  csvBytes: Number(r.csv_bytes),
  jsonBytes: Number(r.json_bytes),
});

const byCategory = <K extends string>(keys: readonly K[], row: Record<string, number>, prefix: string) =>
  Object.fromEntries(keys.map((k) => [k, row[`${prefix}_${k}`] ?? 0])) as Record<K, number>;

const SERVICE_KIND_NAMES = new Map(SERVICE_KINDS.map((k) => [k.slug, k.name]));
const AREA_NAMES = new Map(AREAS.map((a) => [a.code, a.name]));

/**
 * The true counts of one quarter: members with the research consent as it stands now; each
 * member once per (condition, intervention), with their latest visible report filed in the
 * quarter, and once per (service kind, area), with their latest visible experience of care
 * shared in the quarter.
 */
export async function collectQuarter(db: DataSource | EntityManager, q: Quarter): Promise<QuarterCounts> {
  const filter = (col: string, keys: readonly string[], prefix: string) =>
    keys.map((k) => `count(*) FILTER (WHERE l.${col} = '${k}')::int AS ${prefix}_${k}`).join(', ');
  const rows: (Record<string, number> & { condition: string; condition_name: string; intervention: string; intervention_name: string; members: number })[] =
    await db.query(
      `WITH latest AS (
         SELECT DISTINCT ON (e.user_id, e.condition_id, e.intervention_id)
                e.condition_id, e.intervention_id, e.effectiveness, e.adherence, e.burden
           FROM experience_reports e
          WHERE e.created_at >= $1 AND e.created_at < $2 AND e.user_id IS NOT NULL AND e.moderation = 'visible'
            AND ${hasConsented('e.user_id', 'research')}
          ORDER BY e.user_id, e.condition_id, e.intervention_id, e.updated_at DESC, e.id)
       SELECT c.slug AS condition, c.name AS condition_name, i.slug AS intervention, i.name AS intervention_name,
              count(*)::int AS members,
              ${filter('effectiveness', EFFECTIVENESS, 'effectiveness')},
              ${filter('adherence', ADHERENCE, 'adherence')},
              ${filter('burden', BURDEN, 'burden')}
         FROM latest l JOIN conditions c ON c.id = l.condition_id JOIN interventions i ON i.id = l.intervention_id
        GROUP BY c.slug, c.name, i.slug, i.name`,
      [quarterStart(q), quarterEnd(q)],
    );
  const whatWorks: WhatWorksCounts[] = rows.map((r) => ({
    condition: r.condition,
    conditionName: r.condition_name,
    intervention: r.intervention,
    interventionName: r.intervention_name,
    members: r.members,
    effectiveness: byCategory(EFFECTIVENESS, r, 'effectiveness'),
    adherence: byCategory(ADHERENCE, r, 'adherence'),
    burden: byCategory(BURDEN, r, 'burden'),
  }));
  const ratings = (col: string, prefix: string) =>
    RATING_CATEGORIES.map((k) => `count(*) FILTER (WHERE l.${col} = ${Number(k)})::int AS ${prefix}_${k}`).join(', ');
  const careRows: (Record<string, number> & { service_kind: string; area_code: string; members: number })[] = await db.query(
    `WITH latest AS (
       SELECT DISTINCT ON (x.author_id, x.service_kind, x.area_code)
              x.service_kind, x.area_code, x.rating_seen, x.rating_listened, x.rating_involved
         FROM care_experiences x
        WHERE x.created_at >= $1 AND x.created_at < $2 AND x.author_id IS NOT NULL AND x.moderation = 'visible' AND x.deleted_at IS NULL
          AND ${hasConsented('x.author_id', 'research')}
        ORDER BY x.author_id, x.service_kind, x.area_code, x.updated_at DESC, x.id)
     SELECT l.service_kind, l.area_code, count(*)::int AS members,
            ${ratings('rating_seen', 'seen')}, ${ratings('rating_listened', 'listened')}, ${ratings('rating_involved', 'involved')}
       FROM latest l
      GROUP BY l.service_kind, l.area_code`,
    [quarterStart(q), quarterEnd(q)],
  );
  const care: CareCounts[] = careRows.map((r) => ({
    serviceKind: r.service_kind,
    serviceKindName: SERVICE_KIND_NAMES.get(r.service_kind) ?? '',
    area: r.area_code,
    areaName: AREA_NAMES.get(r.area_code) ?? '',
    members: r.members,
    ratingSeen: byCategory(RATING_CATEGORIES, r, 'seen'),
    ratingListened: byCategory(RATING_CATEGORIES, r, 'listened'),
    ratingInvolved: byCategory(RATING_CATEGORIES, r, 'involved'),
  }));
  return { whatWorks, care };
}

export type PublishOutcome = { version: string; status: 'published' | 'exists' | 'busy' | 'not-closed' };

/**
 * Publishes one quarter once it has ended: its counts are collected and its files written in one
 * transaction, under an advisory lock so that two API instances (or an instance and the publish
 * command) never both do it. A quarter already published is left as it is: releases are immutable.
 */
export async function publishQuarter(db: DataSource, q: Quarter, now: Date = new Date()): Promise<PublishOutcome> {
  const version = versionOf(q);
  if (quarterEnd(q) > now) return { version, status: 'not-closed' };
  return db.transaction(async (tx) => {
    const [{ locked }]: { locked: boolean }[] = await tx.query(`SELECT pg_try_advisory_xact_lock(${PUBLISH_LOCK}) AS locked`);
    if (!locked) return { version, status: 'busy' };
    const existing: unknown[] = await tx.query(`SELECT 1 FROM open_data_releases WHERE version = $1`, [version]);
    if (existing.length) return { version, status: 'exists' };
    const counts = await collectQuarter(tx, q);
    const built = buildRelease(q, counts, now);
    const inserted: unknown[] = await tx.query(
      `INSERT INTO open_data_releases (version, period_start, period_end, published_at, dictionary_version, cell_count, csv, json, csv_sha256, json_sha256)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING RETURNING version`,
      [version, quarterStart(q), quarterEnd(q), now, DICTIONARY_VERSION, built.cells.length, built.csv, built.json, built.csvSha256, built.jsonSha256],
    );
    return { version, status: inserted.length ? 'published' : 'exists' };
  });
}

/**
 * The quarters due for publication at `now`: from the one after the latest release (or, before
 * the first release, the quarter of the earliest contribution) to the last quarter that has
 * ended, at most MAX_QUARTERS_PER_RUN.
 */
export async function dueQuarters(db: DataSource, now: Date = new Date()): Promise<Quarter[]> {
  const last = lastClosedQuarter(now);
  const [latest]: { version: string }[] = await db.query(`SELECT version FROM open_data_releases ORDER BY period_start DESC LIMIT 1`);
  let from: Quarter | null = latest ? nextQuarter(parseVersion(latest.version)!) : null;
  if (!from) {
    const [{ first }]: { first: Date | null }[] = await db.query(
      `SELECT least((SELECT min(created_at) FROM experience_reports), (SELECT min(created_at) FROM care_experiences)) AS first`,
    );
    if (!first) return [];
    from = quarterOf(first);
  }
  if (compareQuarters(from, FIRST_QUARTER) < 0) from = FIRST_QUARTER;
  const out: Quarter[] = [];
  for (let q = from; compareQuarters(q, last) <= 0 && out.length < MAX_QUARTERS_PER_RUN; q = nextQuarter(q)) out.push(q);
  return out;
}

/** Publishes every quarter due at `now`, oldest first; `onProgress(done, total)` after each. */
export async function publishDue(
  db: DataSource,
  now: Date = new Date(),
  onProgress: (done: number, total: number, outcome: PublishOutcome | null) => void = () => {},
): Promise<PublishOutcome[]> {
  const due = await dueQuarters(db, now);
  onProgress(0, due.length, null);
  const outcomes: PublishOutcome[] = [];
  for (const [i, q] of due.entries()) {
    const outcome = await publishQuarter(db, q, now);
    outcomes.push(outcome);
    onProgress(i + 1, due.length, outcome);
    if (outcome.status === 'busy') break; // another instance is publishing: it will do the rest
  }
  return outcomes;
}

export async function listReleases(db: DataSource): Promise<ReleaseSummary[]> {
  const rows: SummaryRow[] = await db.query(
    `SELECT ${SUMMARY_COLUMNS} FROM open_data_releases ORDER BY period_start DESC LIMIT ${MAX_RELEASES_LISTED}`,
  );
  return rows.map(summary);
}

/** One release with its files, or null. `version` null: the latest. */
export async function readRelease(db: DataSource, version: string | null): Promise<StoredRelease | null> {
  const rows: (SummaryRow & { csv: string; json: string })[] = await db.query(
    version === null
      ? `SELECT ${SUMMARY_COLUMNS}, csv, json FROM open_data_releases ORDER BY period_start DESC LIMIT 1`
      : `SELECT ${SUMMARY_COLUMNS}, csv, json FROM open_data_releases WHERE version = $1`,
    version === null ? [] : [version],
  );
  const r = rows[0];
  return r ? { ...summary(r), csv: r.csv, json: r.json } : null;
}
