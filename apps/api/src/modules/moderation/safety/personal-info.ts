/**
 * Personal information in text a member is about to post: emails, UK phone numbers, NHS numbers
 * (those whose check digit is right, or any ten digits the writer calls an NHS number), UK
 * postcodes and dates of birth. Numbers may be written in words or mixed ("oh seven seven double
 * one…", "zero 7 nine double one…") and e-mail addresses spelt out ("jane dot smith at gmail dot
 * com", "jane[at]example[dot]org"). The author is warned and may edit or post anyway; nothing is
 * blocked.
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
const DATE = String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d{2})`;
// A date is personal when it is said to be a birth date: after "DOB", "date of birth (is)", "born (on)",
// "birthday (is)", or before "baby" / "born" ("I'm a 29/02/1980 baby", "I'm 8th September 1976 born").
const DOB = new RegExp(
  String.raw`\b(?:d\.?o\.?b\.?(?:\s+is)?|date of birth(?:\s+is)?|born(?:\s+on)?|birthday(?:'s|\s+is)?)\s*[:\-]?\s*(${DATE})|\b(?:i'?m|i am)\s+(?:an?\s+)?(${DATE})\s+(?:baby|born)\b`,
  'gi',
);

/** Said to be an NHS number just before it ("NHS number 721 340 9982", "NHS no. is …"): taken as one even if its check digit is wrong. */
const NHS_LABEL = /\bnhs\s*(?:number|no\b\.?|num|#)[^?!\d\n]{0,40}$/i;

// ---- numbers written in words ----------------------------------------------------------------

const DIGIT_WORDS: Record<string, string> = {
  zero: '0', oh: '0', o: '0', nought: '0', nil: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
};
/** A digit word, a run of digits, or "double"/"treble"/"triple" before one. */
const NUMBER_TOKEN = /\b(?:zero|oh|o|nought|nil|one|two|three|four|five|six|seven|eight|nine|double|treble|triple)\b|\d+/gi;
/** What may sit between two parts of a number read aloud: spaces, commas, dashes, dots, "and". */
const NUMBER_GAP = /^(?:[\s,.\-/]|and\b)*$/i;
/** A number read aloud must have at least this many digits to be looked at (a UK phone or NHS number has 10 or 11). */
const SPOKEN_MIN_DIGITS = 10;

interface SpokenNumber {
  digits: string;
  /** How many of its parts were words ("seven", "double"…). */
  words: number;
  text: string;
  index: number;
}

/**
 * Numbers written in words or mixed with figures ("oh seven seven double one, two three four…",
 * "zero 7 nine 1 1…"): runs of digit words and figures separated only by spaces or punctuation,
 * read as digits. Only runs with at least one word and ten digits or more are returned, so "two
 * or three tablets", "five past seven" and "1 in 4" are never read as a number.
 */
export function spokenNumbers(text: string): SpokenNumber[] {
  const out: SpokenNumber[] = [];
  let run: { digits: string; start: number; end: number; words: number; pending: number } | null = null;
  const close = () => {
    if (run && run.words > 0 && run.digits.length >= SPOKEN_MIN_DIGITS) out.push({ digits: run.digits, words: run.words, text: text.slice(run.start, run.end), index: run.start });
    run = null;
  };
  for (const m of text.matchAll(NUMBER_TOKEN)) {
    const tok = m[0].toLowerCase();
    const start = m.index!;
    if (run && !NUMBER_GAP.test(text.slice(run.end, start))) close();
    if (tok === 'double' || tok === 'treble' || tok === 'triple') {
      run ??= { digits: '', start, end: start, words: 0, pending: 0 };
      run.pending = tok === 'double' ? 2 : 3;
      run.words++;
      run.end = start + tok.length;
      continue;
    }
    const isWord = !/^\d/.test(tok);
    const digit = isWord ? DIGIT_WORDS[tok]! : tok;
    run ??= { digits: '', start, end: start, words: 0, pending: 0 };
    run.digits += run.pending && digit.length === 1 ? digit.repeat(run.pending) : digit;
    run.pending = 0;
    run.end = start + m[0].length;
    if (isWord) run.words++;
  }
  close();
  return out;
}

/** A UK phone number as bare digits: 07… mobiles (11 digits), 01/02/03 landlines (10 or 11), or +44 / 44 without the 0. */
function isUkPhoneDigits(d: string): boolean {
  const national = d.startsWith('44') && d.length >= 12 ? `0${d.slice(2)}` : d;
  return /^07\d{9}$/.test(national) || /^0[123]\d{8,9}$/.test(national);
}

// ---- e-mail addresses spelt out --------------------------------------------------------------

const TLD = String.raw`(?:com|co|uk|org|net|ac|gov|nhs|ie|io|me|info|biz|edu|scot|wales|eu|de|fr|es|it|nl|au|ca|us)\b`;
const SPELT_DOT = String.raw`(?:\s*(?:\[dot\]|\(dot\)|\{dot\}|<dot>)\s*|\s+dot\s+|\.)`;
const SPELT_AT_BRACKETED = String.raw`\s*(?:\[at\]|\(at\)|\{at\}|<at>)\s*`;
const LOCAL = String.raw`[a-z0-9][a-z0-9_+-]*(?:(?:${SPELT_DOT}|\s+underscore\s+)[a-z0-9_+-]+)*`;
const DOMAIN = String.raw`[a-z0-9-]+(?:${SPELT_DOT}[a-z0-9-]+)*?${SPELT_DOT}${TLD}(?:${SPELT_DOT}${TLD})*`;
/** "jane[at]example[dot]org", "jane (at) nhs (dot) net": an unmistakable spelling, any domain. */
const EMAIL_BRACKETED = new RegExp(String.raw`\b${LOCAL}${SPELT_AT_BRACKETED}${DOMAIN}`, 'gi');
/**
 * "jane dot smith at gmail dot com", "chris at hotmail.co.uk": with a plain "at" the domain must be a
 * mail provider or the name must be spelt with "dot" / "underscore", so "look at bbc dot co dot uk"
 * and "meet me at the station" are not addresses.
 */
const PROVIDERS = String.raw`(?:gmail|googlemail|hotmail|outlook|yahoo|ymail|icloud|aol|btinternet|virginmedia|talktalk|protonmail|gmx|msn|tiscali|ntlworld|blueyonder)`;
const EMAIL_SPOKEN = new RegExp(String.raw`\b(${LOCAL})\s+at\s+(${PROVIDERS}${SPELT_DOT}(?:[a-z0-9-]+${SPELT_DOT})*?${TLD}(?:${SPELT_DOT}${TLD})*|${DOMAIN})`, 'gi');
/** Words that come before "at" in ordinary sentences: never the name part of an address. */
const NOT_A_NAME = /^(?:look|looking|looked|me|us|him|her|them|it|you|here|there|home|work|online|aimed|good|bad|great|arrive|arrived|stay|stayed|stop|stopped|born|seen|based|shop|shopping|email|e-mail|mail|message|contact|reach|ping|dm|write|text|work|works|worked|working|live|lives|lived|living|job|jobs|account|sign|signed|log|logged)$/i;

function spokenEmails(text: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  for (const m of text.matchAll(EMAIL_BRACKETED)) out.push({ text: m[0], index: m.index! });
  for (const m of text.matchAll(EMAIL_SPOKEN)) {
    const local = m[1]!;
    const spelt = /\s+(?:dot|underscore)\s+|[._]/i.test(local);
    const provider = new RegExp(String.raw`^${PROVIDERS}\b`, 'i').test(m[2]!);
    if (NOT_A_NAME.test(local) || !(spelt || provider)) continue;
    // already found as a written address ("jane@x.com") or bracketed
    if (out.some((o) => m.index! < o.index + o.text.length && o.index < m.index! + m[0].length)) continue;
    out.push({ text: m[0], index: m.index! });
  }
  return out;
}

export function findPersonalInfo(text: string): PersonalInfoFinding[] {
  const found: PersonalInfoFinding[] = [];
  const add = (kind: PersonalInfoKind, m: RegExpMatchArray, value = m[0]) => found.push({ kind, text: value.trim(), index: m.index ?? 0 });
  for (const m of text.matchAll(EMAIL)) add('email', m);
  for (const e of spokenEmails(text)) if (!found.some((f) => f.kind === 'email' && e.index < f.index + f.text.length && f.index < e.index + e.text.length)) found.push({ kind: 'email', text: e.text.trim(), index: e.index });
  const nhsSpans: [number, number][] = [];
  for (const m of text.matchAll(NHS)) {
    if (isValidNhsNumber(`${m[1]}${m[2]}${m[3]}`) || NHS_LABEL.test(text.slice(Math.max(0, m.index! - 60), m.index!))) {
      add('nhs-number', m);
      nhsSpans.push([m.index!, m.index! + m[0].length]);
    }
  }
  for (const n of spokenNumbers(text)) {
    const labelled = NHS_LABEL.test(text.slice(Math.max(0, n.index - 60), n.index));
    // A list of readings or doses is not a number read aloud: an NHS number needs its label or mostly words,
    // a phone number must start with a zero and have the length of one.
    if (n.digits.length === 10 && (labelled || (n.words >= 5 && isValidNhsNumber(n.digits)))) found.push({ kind: 'nhs-number', text: n.text.trim(), index: n.index });
    else if (n.words >= 3 && isUkPhoneDigits(n.digits)) found.push({ kind: 'phone', text: n.text.trim(), index: n.index });
  }
  for (const m of text.matchAll(PHONE)) {
    const inNhs = nhsSpans.some(([a, b]) => m.index! >= a && m.index! < b);
    if (!inNhs) add('phone', m);
  }
  for (const m of text.matchAll(POSTCODE)) add('postcode', m);
  for (const m of text.matchAll(DOB)) add('date-of-birth', m);
  return found.sort((a, b) => a.index - b.index);
}
