import { createHash } from 'node:crypto';
import { ADHERENCE, BURDEN, DEFAULT_DISCLOSURE, EFFECTIVENESS, publishGroup, type Cell, type DisclosureConfig } from '@kindred/contracts';
import { quarterDays, versionOf, type Quarter } from './quarters';

/**
 * An open data release, built from the true counts of one quarter. Pure: no I/O, so the same
 * counts always give the same bytes (the property tests rely on it).
 *
 * Disclosure control is fixed for every release (it is part of the published rules, not of a
 * deployment's configuration): counts from 1 to 7 are suppressed, the rest rounded to the
 * nearest 5, with secondary suppression inside each group (see `publishGroup`).
 */
export const OPEN_DATA_DISCLOSURE: DisclosureConfig = DEFAULT_DISCLOSURE;

/** Bumped whenever a column, a measure or a rule changes; each release names the one it follows. */
export const DICTIONARY_VERSION = 1;

/** Ratings of a care experience: 1 (poor) to 5 (very good). */
export const RATING_CATEGORIES = ['1', '2', '3', '4', '5'] as const;

export const OPEN_DATA_TABLES = ['what_works', 'care_experience'] as const;
export type OpenDataTable = (typeof OPEN_DATA_TABLES)[number];

/** One (condition, intervention) of a quarter: each consenting member once. */
export interface WhatWorksCounts {
  condition: string;
  conditionName: string;
  intervention: string;
  interventionName: string;
  members: number;
  effectiveness: Record<(typeof EFFECTIVENESS)[number], number>;
  adherence: Record<(typeof ADHERENCE)[number], number>;
  burden: Record<(typeof BURDEN)[number], number>;
}

/** One (service kind, area) of a quarter: each consenting member once. */
export interface CareCounts {
  serviceKind: string;
  serviceKindName: string;
  area: string;
  areaName: string;
  members: number;
  ratingSeen: Record<(typeof RATING_CATEGORIES)[number], number>;
  ratingListened: Record<(typeof RATING_CATEGORIES)[number], number>;
  ratingInvolved: Record<(typeof RATING_CATEGORIES)[number], number>;
}

export interface QuarterCounts {
  whatWorks: WhatWorksCounts[];
  care: CareCounts[];
}

/** A published cell: one row of the CSV. */
export interface ReleaseCell {
  table: OpenDataTable;
  condition: string;
  conditionName: string;
  intervention: string;
  interventionName: string;
  serviceKind: string;
  serviceKindName: string;
  area: string;
  areaName: string;
  measure: string;
  category: string;
  /** The rounded count; null when suppressed. */
  count: number | null;
  suppressed: boolean;
}

export interface BuiltRelease {
  version: string;
  periodStart: string;
  periodEnd: string;
  cells: ReleaseCell[];
  csv: string;
  json: string;
  csvSha256: string;
  jsonSha256: string;
}

export const CSV_COLUMNS = [
  'release',
  'period_start',
  'period_end',
  'table',
  'condition',
  'condition_name',
  'intervention',
  'intervention_name',
  'service_kind',
  'service_kind_name',
  'area',
  'area_name',
  'measure',
  'category',
  'count',
  'suppressed',
] as const;

export interface DictionaryEntry {
  name: string;
  description: string;
}

export interface OpenDataDictionary {
  version: number;
  columns: DictionaryEntry[];
  measures: (DictionaryEntry & { table: OpenDataTable; categories: string[] })[];
  rules: DictionaryEntry[];
}

const T = OPEN_DATA_DISCLOSURE.threshold;
const B = OPEN_DATA_DISCLOSURE.base;

/** The data dictionary: every column, every measure and every rule a release follows. */
export const OPEN_DATA_DICTIONARY: OpenDataDictionary = {
  version: DICTIONARY_VERSION,
  columns: [
    { name: 'release', description: 'The release this row belongs to: the quarter it covers, as YYYY-qN (e.g. 2026-q3).' },
    { name: 'period_start', description: 'First day of the quarter (UTC), YYYY-MM-DD.' },
    { name: 'period_end', description: 'Last day of the quarter (UTC), YYYY-MM-DD, inclusive.' },
    { name: 'table', description: 'what_works (experience reports on an intervention for a condition) or care_experience (members’ ratings of a kind of care service in an area).' },
    { name: 'condition', description: 'what_works: the condition’s slug in Kindred’s catalogue (e.g. type-2-diabetes). Empty for care_experience.' },
    { name: 'condition_name', description: 'what_works: the condition’s name. Empty for care_experience.' },
    { name: 'intervention', description: 'what_works: the intervention’s slug (e.g. metformin). Empty for care_experience.' },
    { name: 'intervention_name', description: 'what_works: the intervention’s name. Empty for care_experience.' },
    { name: 'service_kind', description: 'care_experience: the kind of service rated (a slug of Kindred’s service-kind catalogue). Empty for what_works.' },
    { name: 'service_kind_name', description: 'care_experience: the kind of service’s name. Empty for what_works.' },
    {
      name: 'area',
      description:
        'care_experience: the area of the service, as its ONS GSS code: an NHS integrated care board in England, a health board in Wales or Scotland. Empty for what_works.',
    },
    { name: 'area_name', description: 'care_experience: the area’s name. Empty for what_works.' },
    { name: 'measure', description: 'What is counted; see the measures below.' },
    { name: 'category', description: 'The answer counted (e.g. major, 4); empty for the group’s total (measure members).' },
    {
      name: 'count',
      description: `Members, rounded to the nearest ${B}; 0 is a true zero; empty when suppressed (a count from 1 to ${T - 1}, or hidden by secondary suppression).`,
    },
    { name: 'suppressed', description: 'true when the count is withheld by disclosure control, false otherwise.' },
  ],
  measures: [
    { table: 'what_works', name: 'members', categories: [''], description: 'Members who filed an experience report on this intervention for this condition during the quarter (the group’s total).' },
    { table: 'what_works', name: 'effectiveness', categories: [...EFFECTIVENESS], description: 'How well the intervention worked for them (cant_tell: they can’t tell).' },
    { table: 'what_works', name: 'adherence', categories: [...ADHERENCE], description: 'How they used it: as intended, mostly, sometimes, rarely, or they stopped.' },
    { table: 'what_works', name: 'burden', categories: [...BURDEN], description: 'How much of a burden using it was.' },
    { table: 'care_experience', name: 'members', categories: [''], description: 'Members who shared an experience of this kind of service in this area during the quarter (the group’s total).' },
    { table: 'care_experience', name: 'rating_seen', categories: [...RATING_CATEGORIES], description: 'Their rating for being seen, as asked on the story form: 1 (worst) to 5 (best).' },
    { table: 'care_experience', name: 'rating_listened', categories: [...RATING_CATEGORIES], description: 'Their rating for being listened to, as asked on the story form: 1 (worst) to 5 (best).' },
    { table: 'care_experience', name: 'rating_involved', categories: [...RATING_CATEGORIES], description: 'Their rating for being involved in decisions about their care, as asked on the story form: 1 (worst) to 5 (best).' },
  ],
  rules: [
    {
      name: 'consent',
      description:
        'Only members who have given the research consent are counted, as it stands when the release is published. A member who has not said yes, or has withdrawn, is in no count of that release.',
    },
    {
      name: 'withdrawal',
      description:
        'Withdrawing the research consent takes effect from the next release. A published release never changes, so a member withdrawn after a release stays in that release’s counts and is in none after it.',
    },
    {
      name: 'one member, one answer',
      description:
        'In each group a member counts once: what_works with their latest visible report on the intervention for the condition filed in the quarter, care_experience with their latest visible experience of that kind of service in that area shared in the quarter. Reports and experiences hidden, removed or awaiting review by moderators, and deleted experiences, are not counted; anonymous experiences count like any other.',
    },
    {
      name: 'quarters are frozen',
      description:
        'Each release covers the contributions made in one calendar quarter (UTC) and is published once, after the quarter has ended. A later release never recomputes or repeats an earlier quarter, so two releases count different contributions and subtracting one from another tells nothing about any member or small group.',
    },
    {
      name: 'disclosure control',
      description: `A count from 1 to ${T - 1} is suppressed; every other count is rounded to the nearest ${B} (so the smallest shown count is ${Math.ceil(T / B) * B}); a true zero is shown as 0.`,
    },
    {
      name: 'secondary suppression',
      description: `Each measure of a group is a distribution of the group’s members over its categories, published with their total (measure members). When exactly one category is suppressed, the smallest other non-zero category is suppressed too, so no suppressed count can be worked out as the total minus the others; when the total is suppressed, every category is. No total across groups, conditions, interventions, service kinds, areas or quarters is published.`,
    },
  ],
};

const emptyAttrs = { condition: '', conditionName: '', intervention: '', interventionName: '', serviceKind: '', serviceKindName: '', area: '', areaName: '' };

function groupCells(
  base: Omit<ReleaseCell, 'measure' | 'category' | 'count' | 'suppressed'>,
  members: number,
  measures: { name: string; categories: readonly string[]; counts: Record<string, number> }[],
): ReleaseCell[] {
  const out: ReleaseCell[] = [];
  const cell = (measure: string, category: string, c: Cell): ReleaseCell => ({ ...base, measure, category, count: c.value, suppressed: c.suppressed });
  let total: Cell | null = null;
  const rows: ReleaseCell[] = [];
  for (const m of measures) {
    const g = publishGroup(
      m.categories.map((k) => m.counts[k] ?? 0),
      members,
      OPEN_DATA_DISCLOSURE,
    );
    total = g.total;
    m.categories.forEach((k, i) => rows.push(cell(m.name, k, g.cells[i]!)));
  }
  out.push(cell('members', '', total ?? { value: 0, suppressed: false }));
  out.push(...rows);
  return out;
}

/** Every published cell of a quarter, in a stable order. */
export function releaseCells(counts: QuarterCounts): ReleaseCell[] {
  const cells: ReleaseCell[] = [];
  const ww = [...counts.whatWorks].sort((a, b) => cmp(a.condition, b.condition) || cmp(a.intervention, b.intervention));
  for (const w of ww) {
    cells.push(
      ...groupCells(
        { table: 'what_works', ...emptyAttrs, condition: w.condition, conditionName: w.conditionName, intervention: w.intervention, interventionName: w.interventionName },
        w.members,
        [
          { name: 'effectiveness', categories: EFFECTIVENESS, counts: w.effectiveness },
          { name: 'adherence', categories: ADHERENCE, counts: w.adherence },
          { name: 'burden', categories: BURDEN, counts: w.burden },
        ],
      ),
    );
  }
  const care = [...counts.care].sort((a, b) => cmp(a.serviceKind, b.serviceKind) || cmp(a.area, b.area));
  for (const c of care) {
    cells.push(
      ...groupCells({ table: 'care_experience', ...emptyAttrs, serviceKind: c.serviceKind, serviceKindName: c.serviceKindName, area: c.area, areaName: c.areaName }, c.members, [
        { name: 'rating_seen', categories: RATING_CATEGORIES, counts: c.ratingSeen },
        { name: 'rating_listened', categories: RATING_CATEGORIES, counts: c.ratingListened },
        { name: 'rating_involved', categories: RATING_CATEGORIES, counts: c.ratingInvolved },
      ]),
    );
  }
  return cells;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** RFC 4180: quoted when needed; a text cell that a spreadsheet would run as a formula gets a leading quote. */
function csvField(v: string | number | boolean | null): string {
  let s = v === null ? '' : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The release's files. `publishedAt` is recorded in the JSON only, so the CSV depends on the counts alone. */
export function buildRelease(quarter: Quarter, counts: QuarterCounts, publishedAt: Date): BuiltRelease {
  const version = versionOf(quarter);
  const { start, end } = quarterDays(quarter);
  const cells = releaseCells(counts);
  const lines = [CSV_COLUMNS.join(',')];
  for (const c of cells) {
    lines.push(
      [
        version,
        start,
        end,
        c.table,
        c.condition,
        c.conditionName,
        c.intervention,
        c.interventionName,
        c.serviceKind,
        c.serviceKindName,
        c.area,
        c.areaName,
        c.measure,
        c.category,
        c.count,
        c.suppressed,
      ]
        .map(csvField)
        .join(','),
    );
  }
  const csv = `${lines.join('\r\n')}\r\n`;
  const csvSha256 = sha256(csv);
  const json = JSON.stringify({
    dataset: 'Kindred open data',
    version,
    period: { start, end },
    publishedAt: publishedAt.toISOString(),
    disclosure: { threshold: OPEN_DATA_DISCLOSURE.threshold, roundingBase: OPEN_DATA_DISCLOSURE.base },
    csvSha256,
    dictionary: OPEN_DATA_DICTIONARY,
    cells,
  });
  return { version, periodStart: start, periodEnd: end, cells, csv, json, csvSha256, jsonSha256: sha256(json) };
}
