// Dates and counts are written out here rather than with Intl (or toLocaleString, which makes an
// Intl formatter on each call): the first Intl formatter a page makes loads the locale's data,
// which took tens of milliseconds of the first page's main thread on a phone (module evaluation
// of the pages' shared chunk, before any content). The output is the same as en-GB's.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));

/** "3 March 2026" (local time), as Intl's en-GB { day: 'numeric', month: 'long', year: 'numeric' }. */
const dateText = (d: Date) => `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;

/** "14:05" (local time, 24-hour), as Intl's en-GB { hour: '2-digit', minute: '2-digit' }. */
const timeText = (d: Date) => `${twoDigits(d.getHours())}:${twoDigits(d.getMinutes())}`;

/** "3 March 2026". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : dateText(d);
}

/** "3 March 2026 at 14:05" (local time). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : `${dateText(d)} at ${timeText(d)}`;
}

/** "1,234": a whole number with thousands separators, as en-GB's toLocaleString (anything else goes to it). */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-GB');
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 ? `-${digits}` : digits;
}

/** "1 member", "12 members". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** "about 3 minutes", "about 1 hour", "a few seconds". */
export function formatWait(seconds: number): string {
  if (seconds < 60) return 'a few seconds';
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `about ${plural(minutes, 'minute')}`;
  return `about ${plural(Math.ceil(minutes / 60), 'hour')}`;
}

/** "a, b and c". */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "14:05" today, "3 March 2026 at 14:05" on any other day (local time). */
export function formatMessageTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return d.toDateString() === new Date().toDateString() ? timeText(d) : formatDateTime(iso);
}
