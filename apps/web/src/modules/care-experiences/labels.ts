/** The three ratings of a story, in the order the form asks them. */
export const RATING_FIELDS = [
  { key: 'ratingSeen', label: 'Getting seen', hint: 'How easy was it to get an appointment or be seen?' },
  { key: 'ratingListened', label: 'Being listened to', hint: 'Did they listen to you and take you seriously?' },
  { key: 'ratingInvolved', label: 'Involvement in decisions', hint: 'Were you involved in decisions about your care?' },
] as const;

export const RATING_WORDS: Record<number, string> = { 1: 'Very poor', 2: 'Poor', 3: 'OK', 4: 'Good', 5: 'Very good' };

/** "2026-11" as "November 2026". */
export function formatMonth(ym: string): string {
  const [y, m] = ym.split('-').map(Number);
  if (!y || !m) return ym;
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}
