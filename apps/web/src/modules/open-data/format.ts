const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "1 July 2026" for a `YYYY-MM-DD` day (a UTC date, shown as that date everywhere). */
export function formatDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? day : dayFormat.format(d);
}

/** "2026 Q3" for the version `2026-q3`. */
export function releaseLabel(version: string): string {
  const m = /^(\d{4})-q([1-4])$/.exec(version);
  return m ? `${m[1]} Q${m[2]}` : version;
}

/** "12 KB", "1.2 MB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
