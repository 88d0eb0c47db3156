/**
 * Calendar quarters in UTC: the unit of an open data release. A release covers the contributions
 * made in one quarter (1 January, 1 April, 1 July, 1 October, 00:00 UTC, to the next such day).
 */
export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

/** The earliest quarter a release may cover (Kindred did not exist before). */
export const FIRST_QUARTER: Quarter = { year: 2020, quarter: 1 };

export function quarterOf(d: Date): Quarter {
  return { year: d.getUTCFullYear(), quarter: (Math.floor(d.getUTCMonth() / 3) + 1) as Quarter['quarter'] };
}

export function quarterStart(q: Quarter): Date {
  return new Date(Date.UTC(q.year, (q.quarter - 1) * 3, 1));
}

/** The first instant after the quarter. */
export function quarterEnd(q: Quarter): Date {
  return quarterStart(nextQuarter(q));
}

export function nextQuarter(q: Quarter): Quarter {
  return q.quarter === 4 ? { year: q.year + 1, quarter: 1 } : { year: q.year, quarter: (q.quarter + 1) as Quarter['quarter'] };
}

export function previousQuarter(q: Quarter): Quarter {
  return q.quarter === 1 ? { year: q.year - 1, quarter: 4 } : { year: q.year, quarter: (q.quarter - 1) as Quarter['quarter'] };
}

export function compareQuarters(a: Quarter, b: Quarter): number {
  return a.year - b.year || a.quarter - b.quarter;
}

/** The last quarter that has ended at `now`. */
export function lastClosedQuarter(now: Date): Quarter {
  return previousQuarter(quarterOf(now));
}

/** A release's version: `2026-q3`. */
export function versionOf(q: Quarter): string {
  return `${q.year}-q${q.quarter}`;
}

export const VERSION_PATTERN = /^(\d{4})-q([1-4])$/;

/** The quarter a version names, or null when it is not a version. */
export function parseVersion(v: string): Quarter | null {
  const m = VERSION_PATTERN.exec(v);
  if (!m) return null;
  return { year: Number(m[1]), quarter: Number(m[2]) as Quarter['quarter'] };
}

/** `YYYY-MM-DD` of a UTC date. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** The quarter's first and last day, inclusive: `{ start: '2026-07-01', end: '2026-09-30' }`. */
export function quarterDays(q: Quarter): { start: string; end: string } {
  return { start: isoDay(quarterStart(q)), end: isoDay(new Date(quarterEnd(q).getTime() - 86_400_000)) };
}
