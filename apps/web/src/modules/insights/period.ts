import { snapToWeeks } from '@kindred/contracts';

const DAY = 86_400_000;

/**
 * The longest period the API accepts (INSIGHTS_MAX_WEEKS, 156 by default). Checked here too so
 * the form can say so before asking; the API's own answer still wins if it is set lower.
 */
export const MAX_WEEKS = 156;

/** How many whole weeks the dashboard opens with. */
export const DEFAULT_WEEKS = 12;

/** "2026-03-02" for a UTC date. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** A YYYY-MM-DD string as the UTC midnight it names, or null when it is not a real day. */
export function parseDay(value: string | null | undefined): Date | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const d = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(d.getTime()) || isoDay(d) !== value ? null : d;
}

/** The API's DateTime for a day chosen in a date input (midnight UTC). */
export const toApiDateTime = (day: string): string => `${day}T00:00:00.000Z`;

/**
 * The last 12 whole weeks, this one included: from the Monday eleven weeks before this
 * week's Monday, to today (the API widens it to the Sunday).
 */
export function defaultRange(today: Date = new Date()): { from: string; to: string } {
  const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const monday = day - ((new Date(day).getUTCDay() + 6) % 7) * DAY;
  return { from: isoDay(new Date(monday - (DEFAULT_WEEKS - 1) * 7 * DAY)), to: isoDay(new Date(day)) };
}

/** Whole weeks the API will use for a range (the same rule it applies). */
export function weeksFor(from: string, to: string): number | null {
  const a = parseDay(from);
  const b = parseDay(to);
  return a && b && a <= b ? snapToWeeks(a, b).weeks : null;
}

const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const longDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The period the answer covers, from its `from` and exclusive `to`:
 * "12 whole weeks, 2 Mar – 24 May 2026" (the year on both ends when they differ).
 */
export function describePeriod(fromIso: string, toExclusiveIso: string, weeks: number): string {
  const from = new Date(fromIso);
  const last = new Date(new Date(toExclusiveIso).getTime() - DAY);
  const sameYear = from.getUTCFullYear() === last.getUTCFullYear();
  const start = sameYear ? dayMonth.format(from) : dayMonthYear.format(from);
  return `${weeks} whole ${weeks === 1 ? 'week' : 'weeks'}, ${start} – ${dayMonthYear.format(last)}`;
}

/** The first and last day of a period, for file names: ["2026-03-02", "2026-05-24"]. */
export function periodDays(fromIso: string, toExclusiveIso: string): [string, string] {
  return [isoDay(new Date(fromIso)), isoDay(new Date(new Date(toExclusiveIso).getTime() - DAY))];
}

/** "Week of 2 March 2026" for a week's Monday (YYYY-MM-DD). */
export function weekLabel(weekStart: string): string {
  const d = parseDay(weekStart);
  return d ? `Week of ${longDay.format(d)}` : weekStart;
}

/** "2 Mar" for a chart axis. */
export function shortDay(weekStart: string): string {
  const d = parseDay(weekStart);
  return d ? dayMonth.format(d) : weekStart;
}

/** The disclosure rules in plain words, from the answer's own threshold and rounding base. */
export function disclosureRules(threshold: number, roundingBase: number): string {
  return `Counts from 1 to ${threshold - 1} are shown as “fewer than ${threshold}”; others are rounded to the nearest ${roundingBase}.`;
}

export interface RangeErrors {
  from?: string;
  to?: string;
}

/** The same rules the API applies to a range, checked before asking. */
export function validateRange(from: string, to: string): RangeErrors {
  const errors: RangeErrors = {};
  const a = parseDay(from);
  const b = parseDay(to);
  if (!from) errors.from = 'Enter the first day of the period.';
  else if (!a) errors.from = 'Enter the first day as a real date, like 2 March 2026.';
  if (!to) errors.to = 'Enter the last day of the period.';
  else if (!b) errors.to = 'Enter the last day as a real date, like 24 May 2026.';
  if (a && b) {
    if (a > b) errors.to = 'The last day must be the same as or after the first day.';
    else if (snapToWeeks(a, b).weeks > MAX_WEEKS) errors.to = `Choose a period of at most ${MAX_WEEKS} weeks (3 years).`;
  }
  return errors;
}
