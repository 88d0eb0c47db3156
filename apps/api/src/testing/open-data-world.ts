import { ADHERENCE, BURDEN, EFFECTIVENESS } from '@kindred/contracts';
import { RATING_CATEGORIES, type CareCounts, type QuarterCounts, type WhatWorksCounts } from '../modules/open-data/open-data-release';
import { quarterEnd, quarterStart, type Quarter } from '../modules/open-data/quarters';

/**
 * A plain model of the contributions an open data release counts, for property tests: the
 * counts a quarter's release must be built from, computed without SQL. The integration test
 * checks that the database's collection gives exactly these counts.
 */
export interface WorldReport {
  member: number;
  condition: string;
  intervention: string;
  effectiveness: (typeof EFFECTIVENESS)[number];
  adherence: (typeof ADHERENCE)[number];
  burden: (typeof BURDEN)[number];
  at: Date;
  visible: boolean;
}

/** An experience of care: a kind of service in an area, rated 1–5 three ways. */
export interface WorldCare {
  member: number;
  serviceKind: string;
  area: string;
  seen: number;
  listened: number;
  involved: number;
  at: Date;
  visible: boolean;
}

export function modelQuarter(
  reports: WorldReport[],
  consenting: (member: number) => boolean,
  q: Quarter,
  names: (slug: string) => string = (s) => s,
  experiences: WorldCare[] = [],
): QuarterCounts {
  const from = quarterStart(q).getTime();
  const to = quarterEnd(q).getTime();
  // Each consenting member's latest visible report per (condition, intervention) filed in the quarter.
  const latest = new Map<string, WorldReport>();
  for (const r of reports) {
    const t = r.at.getTime();
    if (!r.visible || t < from || t >= to || !consenting(r.member)) continue;
    const key = `${r.member}|${r.condition}|${r.intervention}`;
    const seen = latest.get(key);
    if (!seen || seen.at.getTime() < t) latest.set(key, r);
  }
  const groups = new Map<string, WhatWorksCounts>();
  const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const r of latest.values()) {
    const key = `${r.condition}|${r.intervention}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        condition: r.condition,
        conditionName: names(r.condition),
        intervention: r.intervention,
        interventionName: names(r.intervention),
        members: 0,
        effectiveness: zero(EFFECTIVENESS),
        adherence: zero(ADHERENCE),
        burden: zero(BURDEN),
      };
      groups.set(key, g);
    }
    g.members++;
    g.effectiveness[r.effectiveness]++;
    g.adherence[r.adherence]++;
    g.burden[r.burden]++;
  }
  // Each consenting member's latest visible experience per (service kind, area) shared in the quarter.
  const latestCare = new Map<string, WorldCare>();
  for (const x of experiences) {
    const t = x.at.getTime();
    if (!x.visible || t < from || t >= to || !consenting(x.member)) continue;
    const key = `${x.member}|${x.serviceKind}|${x.area}`;
    const seen = latestCare.get(key);
    if (!seen || seen.at.getTime() < t) latestCare.set(key, x);
  }
  const care = new Map<string, CareCounts>();
  for (const x of latestCare.values()) {
    const key = `${x.serviceKind}|${x.area}`;
    let g = care.get(key);
    if (!g) {
      g = {
        serviceKind: x.serviceKind,
        serviceKindName: names(x.serviceKind),
        area: x.area,
        areaName: names(x.area),
        members: 0,
        ratingSeen: zero(RATING_CATEGORIES),
        ratingListened: zero(RATING_CATEGORIES),
        ratingInvolved: zero(RATING_CATEGORIES),
      };
      care.set(key, g);
    }
    g.members++;
    g.ratingSeen[String(x.seen) as (typeof RATING_CATEGORIES)[number]]++;
    g.ratingListened[String(x.listened) as (typeof RATING_CATEGORIES)[number]]++;
    g.ratingInvolved[String(x.involved) as (typeof RATING_CATEGORIES)[number]]++;
  }
  return { whatWorks: [...groups.values()], care: [...care.values()] };
}

/** A published cell as it reads in the JSON file. */
export interface PublishedCell {
  table: string;
  condition: string;
  intervention: string;
  serviceKind: string;
  area: string;
  measure: string;
  category: string;
  count: number | null;
  suppressed: boolean;
}

/**
 * Every way a release's cells could break disclosure control (empty: none): a shown count that
 * is not 0 or a multiple of 5 of at least 10 (so 1–7 is never shown and everything is rounded),
 * a suppressed cell with a value, and a distribution published with its total in which exactly
 * one category is hidden (it would be the total minus the others), or categories shown under a
 * hidden total.
 */
export function disclosureViolations(cells: PublishedCell[]): string[] {
  const out: string[] = [];
  const groups = new Map<string, PublishedCell[]>();
  for (const c of cells) {
    const where = `${c.table} ${c.condition}${c.intervention}${c.serviceKind}${c.area} ${c.measure}/${c.category}`;
    if (c.suppressed && c.count !== null) out.push(`${where}: suppressed with a value`);
    if (!c.suppressed && (c.count === null || (c.count !== 0 && (c.count < 10 || c.count % 5 !== 0)))) out.push(`${where}: shows ${c.count}`);
    const key = `${c.table}|${c.condition}|${c.intervention}|${c.serviceKind}|${c.area}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const [key, group] of groups) {
    const total = group.filter((c) => c.measure === 'members');
    if (total.length !== 1) {
      out.push(`${key}: ${total.length} totals`);
      continue;
    }
    const measures = new Set(group.filter((c) => c.measure !== 'members').map((c) => c.measure));
    for (const m of measures) {
      const cats = group.filter((c) => c.measure === m);
      const hidden = cats.filter((c) => c.suppressed).length;
      if (total[0]!.suppressed && hidden !== cats.length) out.push(`${key} ${m}: a category shown under a hidden total`);
      if (!total[0]!.suppressed && hidden === 1) out.push(`${key} ${m}: exactly one hidden category`);
    }
  }
  return out;
}
