/**
 * Personal information in text a member is about to post: emails, UK phone numbers, NHS numbers
 * (only those whose check digit is right), UK postcodes and dates of birth. The author is warned
 * and may edit or post anyway; nothing is blocked.
 */
export type PersonalInfoKind = 'email' | 'phone' | 'nhs-number' | 'postcode' | 'date-of-birth';

export interface PersonalInfoFinding {
  kind: PersonalInfoKind;
  /** The matched text, so the composer can point at it. */
  text: string;
  index: number;
}

/** NHS numbers: 10 digits, weights 10..2 on the first nine, 11 − (sum mod 11) is the tenth (11 → 0, 10 → invalid). */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  if (/^(\d)\1{9}$/.test(digits)) return false; // 0000000000 and the like are not issued
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(digits[9]);
}

const EMAIL = /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g;
// UK numbers: mobiles 07xxx, landlines 01/02/03, and +44 forms; spaces, dots and dashes allowed between groups.
const PHONE = /(?<!\d|\d\.)(?:\+44\s?\(?0?\)?\s?|\(?0)(?:7\d{3}|1\d{2,4}|2\d|3\d{2})\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?!\d|\.\d)/g;
const NHS = /(?<!\d|\d\.)(\d{3})[\s-]?(\d{3})[\s-]?(\d{4})(?!\d|\.\d)/g;
// Full UK postcodes (outward and inward parts), e.g. "SW1A 1AA", "m1 1ae".
const POSTCODE = /\b(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?) ?\d[ABD-HJLNP-UW-Z]{2})\b/gi;
const DATE = String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d{2})`;
// A date is personal when it is said to be a birth date.
const DOB = new RegExp(String.raw`\b(?:d\.?o\.?b\.?|date of birth|born(?: on)?|birthday(?: is)?)\s*[:\-]?\s*(${DATE})`, 'gi');

export function findPersonalInfo(text: string): PersonalInfoFinding[] {
  const found: PersonalInfoFinding[] = [];
  const add = (kind: PersonalInfoKind, m: RegExpMatchArray, value = m[0]) => found.push({ kind, text: value.trim(), index: m.index ?? 0 });
  for (const m of text.matchAll(EMAIL)) add('email', m);
  const nhsSpans: [number, number][] = [];
  for (const m of text.matchAll(NHS)) {
    if (isValidNhsNumber(`${m[1]}${m[2]}${m[3]}`)) {
      add('nhs-number', m);
      nhsSpans.push([m.index!, m.index! + m[0].length]);
    }
  }
  for (const m of text.matchAll(PHONE)) {
    const inNhs = nhsSpans.some(([a, b]) => m.index! >= a && m.index! < b);
    if (!inNhs) add('phone', m);
  }
  for (const m of text.matchAll(POSTCODE)) add('postcode', m);
  for (const m of text.matchAll(DOB)) add('date-of-birth', m);
  return found.sort((a, b) => a.index - b.index);
}
