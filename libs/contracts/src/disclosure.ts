/**
 * Statistical disclosure control: the one step every number a clinician sees passes through.
 * Pure functions, no I/O; the API applies them and the web client only displays the result.
 *
 * Rules (threshold T and rounding base B come from configuration; defaults T = 8, B = 5):
 *  1. Primary suppression: a count from 1 to T − 1 is never shown ("fewer than 8").
 *     A true zero is shown as 0.
 *  2. Rounding: every other count is rounded to the nearest multiple of B (so the smallest shown
 *     count is 10 when T = 8 and B = 5).
 *  3. Percentages are computed from rounded counts, never from true ones.
 *  4. Secondary suppression: in a group of cells published with their total (a distribution), if
 *     exactly one cell is suppressed, the smallest other non-zero cell is suppressed too, so the
 *     hidden value cannot be worked out as total minus the others. If the total is suppressed,
 *     every cell of the group is.
 *  5. Differencing: callers aggregate by whole weeks (see `snapToWeeks`), so two date ranges that
 *     differ by a day give identical tables; ranges that differ by a week differ by rounded
 *     amounts that never pin a hidden value down to one number.
 */

export interface DisclosureConfig {
  /** Counts below this (and above zero) are suppressed. */
  threshold: number;
  /** Shown counts are rounded to the nearest multiple of this. */
  base: number;
}

export const DEFAULT_DISCLOSURE: DisclosureConfig = { threshold: 8, base: 5 };

/** A published count: a rounded value, or suppressed. */
export interface Cell {
  /** null when suppressed. */
  value: number | null;
  suppressed: boolean;
}

export const SUPPRESSED: Cell = Object.freeze({ value: null, suppressed: true }) as Cell;

/** Nearest multiple of `base` (halves round up). */
export function roundTo(n: number, base: number): number {
  return Math.floor(n / base + 0.5) * base;
}

/**
 * Rules 1 and 2 for a single count. With `suppressZero`, a zero is shown as "fewer than 8" too:
 * for a count on its own (activity in a week, a tag's mentions), a 0 beside "fewer than 8" would
 * tell that someone did post.
 */
export function publishCount(n: number, cfg: DisclosureConfig = DEFAULT_DISCLOSURE, opts: { suppressZero?: boolean } = {}): Cell {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`a count must be a whole number ≥ 0, got ${n}`);
  if (n === 0) return opts.suppressZero ? SUPPRESSED : { value: 0, suppressed: false };
  if (n < cfg.threshold) return SUPPRESSED;
  return { value: roundTo(n, cfg.base), suppressed: false };
}

/** Rule 3: a percentage of two published counts, or null when either is hidden or the total is 0. */
export function percentOf(part: Cell, total: Cell): number | null {
  if (part.suppressed || total.suppressed || !total.value) return null;
  return Math.round((part.value! / total.value) * 1000) / 10;
}

export interface PublishedGroup {
  total: Cell;
  cells: Cell[];
  /** Each cell as a percentage of the published total (null when hidden). */
  percents: (number | null)[];
}

/**
 * Rules 1–4 for a distribution: `counts` are the true counts of its categories and `total` the
 * true number they are shares of (it may exceed their sum when a member can be in no category,
 * or be below it when a member can be in several, as with side effects).
 */
export function publishGroup(counts: number[], total: number, cfg: DisclosureConfig = DEFAULT_DISCLOSURE): PublishedGroup {
  const publishedTotal = publishCount(total, cfg);
  if (publishedTotal.suppressed) {
    return { total: publishedTotal, cells: counts.map(() => SUPPRESSED), percents: counts.map(() => null) };
  }
  const cells = counts.map((n) => publishCount(n, cfg));
  const hidden = cells.filter((c) => c.suppressed).length;
  if (hidden === 1) {
    // Suppress the smallest other non-zero cell as well (ties: the first).
    let pick = -1;
    counts.forEach((n, i) => {
      if (cells[i]!.suppressed || n === 0) return;
      if (pick < 0 || n < counts[pick]!) pick = i;
    });
    if (pick >= 0) cells[pick] = SUPPRESSED;
  }
  return { total: publishedTotal, cells, percents: cells.map((c) => percentOf(c, publishedTotal)) };
}

/** The published difference of two cells (e.g. this period against the last), or null. */
export function changeOf(now: Cell, before: Cell): number | null {
  return now.suppressed || before.suppressed ? null : now.value! - before.value!;
}

/** How a cell reads on screen and in the CSV export. */
export function displayCell(c: Cell, cfg: DisclosureConfig = DEFAULT_DISCLOSURE): string {
  return c.suppressed ? `fewer than ${cfg.threshold}` : String(c.value);
}

const DAY = 86_400_000;

/**
 * Rule 5: widens a date range to whole ISO weeks (Monday 00:00 UTC to the Monday after the last
 * day), so the smallest step between two queries is a week of data.
 * `to` is inclusive of its day.
 */
export function snapToWeeks(from: Date, to: Date): { from: Date; to: Date; weeks: number } {
  const monday = (d: Date) => {
    const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    const dow = (new Date(day).getUTCDay() + 6) % 7; // Monday = 0
    return day - dow * DAY;
  };
  const start = monday(from);
  const end = monday(to) + 7 * DAY;
  return { from: new Date(start), to: new Date(end), weeks: Math.round((end - start) / (7 * DAY)) };
}
