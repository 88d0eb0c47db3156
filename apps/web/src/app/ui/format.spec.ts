/// <reference types="jest" />
import { formatCount, formatDate, formatDateTime, formatMessageTime, plural } from './format';

/** The text is written out without Intl (format.ts): it must read as en-GB's Intl text does. */
describe('format', () => {
  const dates = ['2026-03-03T09:05:00.000Z', '2026-12-31T23:59:59.999Z', '2027-01-01T00:00:00.000Z', '2026-07-14T12:30:00.000Z'];

  it('writes dates and times as Intl does for en-GB (local time)', () => {
    const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
    for (const iso of dates) {
      const d = new Date(iso);
      expect(formatDate(iso)).toBe(date.format(d));
      expect(formatDateTime(iso)).toBe(`${date.format(d)} at ${time.format(d)}`);
    }
    const now = new Date();
    expect(formatMessageTime(now.toISOString())).toBe(time.format(now));
    expect(formatDate('not a date')).toBe('');
    expect(formatDateTime(null)).toBe('');
  });

  it('writes counts as toLocaleString does for en-GB', () => {
    for (const n of [0, 1, 12, 999, 1_000, 12_345, 1_234_567, -4_321, 2.5]) expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
    expect(plural(1, 'reply', 'replies')).toBe('1 reply');
    expect(plural(1_200, 'reply', 'replies')).toBe('1,200 replies');
  });
});
