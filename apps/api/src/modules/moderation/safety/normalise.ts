/**
 * Normalisation for the crisis check: one spelling for the many ways people type the same words.
 *
 *  - lower case, one kind of apostrophe, "self-harm" → "self harm";
 *  - contractions and phone spellings expanded: "im" / "I'm" → "i am", "dont" → "do not",
 *    "cant" → "can not", "wanna" → "want to", "gonna" → "going to", "u" → "you", "rn" → "right now";
 *  - euphemisms and slang read literally: "kms" → "kill myself", "unalive" → "kill",
 *    "sewerslide" → "suicide", "od" → "overdose", "sh" → "self harm";
 *  - misspellings of a few key words corrected by edit distance one ("sucide", "myslef",
 *    "overdoes" → "overdose") and digits for letters ("su1cide");
 *  - sentence ends and commas kept as their own tokens ("." and ","), so negation and
 *    reported speech can be read within a clause.
 *
 * The result is a string of tokens separated by single spaces.
 */

const WORDS: Record<string, string> = {
  im: 'i am', ive: 'i have', id: 'i would', iam: 'i am', imma: 'i am going to',
  dont: 'do not', doesnt: 'does not', didnt: 'did not', cant: 'can not', cannot: 'can not', cnt: 'can not',
  wont: 'will not', wouldnt: 'would not', couldnt: 'could not', shouldnt: 'should not', isnt: 'is not', arent: 'are not',
  wasnt: 'was not', werent: 'were not', havent: 'have not', hasnt: 'has not', hadnt: 'had not', aint: 'am not', mustnt: 'must not',
  wanna: 'want to', gonna: 'going to', gotta: 'got to', tryna: 'trying to', wannna: 'want to', wana: 'want to', gona: 'going to',
  u: 'you', ur: 'your', youre: 'you are', theyre: 'they are', thats: 'that is', whats: 'what is', theres: 'there is',
  hes: 'he is', shes: 'she is', lets: 'let us', ya: 'you', yr: 'your',
  cos: 'because', coz: 'because', cuz: 'because', bc: 'because', becuase: 'because', tho: 'though', thru: 'through',
  tbh: 'to be honest', idk: 'i do not know', rn: 'right now', atm: 'at the moment', pls: 'please', plz: 'please', ppl: 'people',
  wud: 'would', cud: 'could', shud: 'should', wen: 'when', nite: 'night', tonite: 'tonight', '2nite': 'tonight', evry: 'every',
  some1: 'someone', every1: 'everyone', any1: 'anyone', no1: 'no one', sum1: 'someone', b4: 'before', l8r: 'later',
  kms: 'kill myself', kmn: 'kill myself now', unalive: 'kill', unaliving: 'killing', unalived: 'killed',
  sewerslide: 'suicide', suicde: 'suicide', sucide: 'suicide', selfharm: 'self harm', selfharming: 'self harming', selfharmed: 'self harmed',
  sh: 'self harm', od: 'overdose', oded: 'overdosed', oding: 'overdosing', ded: 'dead', kil: 'kill', kll: 'kill',
  myslef: 'myself', mysef: 'myself', anymor: 'anymore',
};

/** Contractions with an apostrophe, read before the apostrophe is dropped. */
const APOSTROPHE: [RegExp, string][] = [
  [/\bi'm\b/g, 'i am'],
  [/\bcan't\b/g, 'can not'],
  [/\bwon't\b/g, 'will not'],
  [/\bain't\b/g, 'am not'],
  [/\b(\w+)n't\b/g, '$1 not'],
  [/\b(i|you|we|they|he|she|it|that|who)'ll\b/g, '$1 will'],
  [/\b(i|you|we|they|he|she|it|that|who)'d\b/g, '$1 would'],
  [/\b(\w+)'ve\b/g, '$1 have'],
  [/\b(\w+)'re\b/g, '$1 are'],
  [/\b(it|that|there|what|he|she|who|here|where|everything|nothing|life)'s\b/g, '$1 is'],
  [/\b(\w+)'s\b/g, '$1'],
  [/'/g, ''],
];

/** Key words whose misspellings are corrected (long and distinctive, so a real word is never bent into one). */
const KEY_WORDS = [
  'suicide', 'suicidal', 'suicides', 'myself', 'overdose', 'overdosing', 'overdosed', 'insulin', 'paracetamol', 'tablets',
  'medication', 'goodbye', 'anymore', 'burden', 'hopeless', 'pointless', 'worthless', 'lethal', 'stockpiling', 'stockpile',
  'everyone', 'everybody', 'without', 'tonight', 'relapsed', 'harming', 'unbearable', 'painlessly', 'existing', 'nothing',
];
/** Real words one edit from a key word: never "corrected". */
const REAL_WORDS = new Set(['tablet', 'charming', 'farming', 'warming', 'harping', 'hearing', 'someone', 'everyones', 'burdens', 'burned', 'resisting', 'exciting']);

const deletions = (w: string) => {
  const out = new Set<string>();
  for (let i = 0; i < w.length; i++) out.add(w.slice(0, i) + w.slice(i + 1));
  return out;
};

/** Single deletions of each key word, to find a key word one edit (insertion, deletion, swap, substitution) away. */
const NEIGHBOURS = (() => {
  const m = new Map<string, string>();
  for (const k of KEY_WORDS) {
    m.set(k, k);
    for (const d of deletions(k)) if (!m.has(d)) m.set(d, k);
  }
  return m;
})();
const KEY_SET = new Set(KEY_WORDS);

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '*': 'u' };

/** A misspelt key word, or null. */
export function correctKeyWord(token: string): string | null {
  if (token.length < 5 || KEY_SET.has(token) || REAL_WORDS.has(token)) return null;
  if (/[^a-z]/.test(token)) {
    const plain = token.replace(/[013457@$!*]/g, (c) => LEET[c] ?? c);
    if (/^[a-z]+$/.test(plain)) return KEY_SET.has(plain) ? plain : correctKeyWord(plain);
    return null;
  }
  const direct = NEIGHBOURS.get(token); // the token is a key word with one letter missing
  if (direct) return direct;
  for (const d of deletions(token)) {
    const k = NEIGHBOURS.get(d); // one letter extra, swapped or substituted
    if (k && Math.abs(k.length - token.length) <= 1) return k;
  }
  return null;
}

/** Normalised tokens of a text, sentence ends as "." and commas as ",". */
export function normalise(text: string): string {
  let t = text.toLowerCase().replace(/[’‘`´]/g, "'");
  // Digits standing for letters inside words ("su1cide", "k!ll") before punctuation is removed.
  t = t.replace(/\b[a-z]*[013457@$!*][a-z013457@$!*]*\b|[a-z]+[@$!*][a-z]+/g, (w) => (/[a-z]/.test(w) ? (correctKeyWord(w) ?? w) : w));
  t = t.replace(/(\w)\*+(\w)/g, '$1$2');
  t = t.replace(/\bo\.d\b\.?|\bo\.d\.?(?=\s)/g, 'od').replace(/\b(a\s?&\s?e)\b/g, 'ae');
  t = t.replace(/(\w)-(\w)/g, '$1 $2').replace(/(\w)\/(\w)/g, '$1 $2');
  for (const [re, to] of APOSTROPHE) t = t.replace(re, to);
  t = t
    .replace(/[.!?;:\n]+/g, ' . ')
    .replace(/,+/g, ' , ')
    .replace(/[^a-z0-9., ]+/g, ' ');
  const out: string[] = [];
  for (const raw of t.split(/\s+/)) {
    if (!raw) continue;
    if (raw === '.' || raw === ',') {
      if (out.length && out[out.length - 1] !== raw) out.push(raw);
      continue;
    }
    const w = raw.replace(/(.)\1{2,}/g, '$1$1'); // "sooooo" → "soo"
    const mapped = WORDS[w] ?? correctKeyWord(w) ?? w;
    out.push(mapped);
  }
  while (out.length && (out[out.length - 1] === '.' || out[out.length - 1] === ',')) out.pop();
  while (out.length && (out[0] === '.' || out[0] === ',')) out.shift();
  return out.join(' ');
}

/** Normalised sentences of a text (for scoring long posts a piece at a time). */
export function sentencesOf(normalised: string): string[] {
  return normalised
    .split(' . ')
    .map((s) => s.trim())
    .filter(Boolean);
}
