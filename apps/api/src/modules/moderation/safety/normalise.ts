/**
 * Normalisation for the crisis check: one spelling for the many ways people type the same words.
 *
 *  - lower case, one kind of apostrophe, "self-harm" → "self harm";
 *  - contractions and phone spellings expanded: "im" / "I'm" → "i am", "dont" → "do not",
 *    "cant" → "can not", "wanna" → "want to", "gonna" → "going to", "u" → "you", "rn" → "right now";
 *  - euphemisms and slang read literally: "kms", "ctb", "top myself", "do myself in", "off myself",
 *    "unalive myself" → "kill myself"; "sewerslide", "sewer slide", "sui" → "suicide"; "od" →
 *    "overdose"; "sh" → "self harm"; dropped g's ("cuttin"); letters held down ("diiie" → "die");
 *  - a few emoji read as words: laughter (😂 💀 → "lol", so "im dead 💀" reads as a joke),
 *    sadness (😭 💔 → "sad"), 💊 → "pills";
 *  - misspellings of a few key words corrected by edit distance one ("sucide", "myslef",
 *    "overdoes" → "overdose") and digits for letters ("su1cide");
 *  - titles after "watched", "read", "the song"… (quoted, or in capitals) read as "title";
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
  // more phone spellings and contractions without apostrophes
  its: 'it is', wheres: 'where is', hows: 'how is', whos: 'who is', everyones: 'everyone is', nobodys: 'nobody is',
  noone: 'no one', nomore: 'no more', alot: 'a lot', okay: 'ok', okey: 'ok', k: 'ok', dnt: 'do not', didint: 'did not', dint: 'did not',
  wudnt: 'would not', wouldve: 'would have', couldve: 'could have', shouldve: 'should have', ima: 'i am going to', finna: 'going to', gunna: 'going to',
  wnat: 'want', wnt: 'want', wamt: 'want', wan: 'want', wantd: 'wanted', abt: 'about', bout: 'about', thnk: 'think', tht: 'that', wat: 'what', wot: 'what',
  becos: 'because', bcos: 'because', bcoz: 'because', cus: 'because', meself: 'myself', mesel: 'myself', mysel: 'myself', myselfe: 'myself',
  tmrw: 'tomorrow', tmr: 'tomorrow', tmrow: 'tomorrow', '2moro': 'tomorrow', '2morrow': 'tomorrow', '2day': 'today', tday: 'today',
  ngl: 'honestly', fr: 'honestly', istg: 'i swear', idc: 'i do not care', idgaf: 'i do not care', cba: 'can not be bothered', nvm: 'never mind',
  lol: 'lol', lmao: 'lol', lmfao: 'lol', rofl: 'lol', haha: 'lol', hahaha: 'lol', jk: 'joking', smh: 'lol',
  // g dropped
  cuttin: 'cutting', killin: 'killing', thinkin: 'thinking', nothin: 'nothing', somethin: 'something', everythin: 'everything', goin: 'going',
  tryin: 'trying', dyin: 'dying', livin: 'living', hurtin: 'hurting', takin: 'taking', feelin: 'feeling', wantin: 'wanting', doin: 'doing',
  endin: 'ending', savin: 'saving', plannin: 'planning', sayin: 'saying', gettin: 'getting', burnin: 'burning', harmin: 'harming',
  // euphemisms and slang for suicide and self-harm
  ctb: 'kill myself', ctbing: 'killing myself', kys: 'kill yourself', suey: 'suicide', sui: 'suicide', suicidial: 'suicidal', sucidal: 'suicidal',
  suicidel: 'suicidal', sucicidal: 'suicidal', selfharmer: 'self harmer',
  dissapear: 'disappear', disapear: 'disappear', dissappear: 'disappear', dissapeared: 'disappeared', dsappear: 'disappear',
  bettr: 'better', beter: 'better', btter: 'better', deaad: 'dead', dieing: 'dying', wna: 'want to', wanto: 'want to',
  goodby: 'goodbye', gbye: 'goodbye', overdoze: 'overdose',
  // contractions typed without the apostrophe ("ill" and "id" are read in context below)
  youll: 'you will', theyll: 'they will', itll: 'it will', thatll: 'that will', itd: 'it would', thatd: 'that would', youd: 'you would',
  theyd: 'they would', youve: 'you have', theyve: 'they have', weve: 'we have', shant: 'shall not', neednt: 'need not', mightnt: 'might not',
  dunno: 'do not know', kinda: 'kind of', sorta: 'sort of', outta: 'out of', gimme: 'give me', lemme: 'let me', woulda: 'would have',
  coulda: 'could have', shoulda: 'should have', cya: 'see you', luv: 'love', sry: 'sorry', soz: 'sorry', thx: 'thanks', thnx: 'thanks',
  ty: 'thank you', jus: 'just', nd: 'and', bcuz: 'because', realy: 'really', rly: 'really', srsly: 'seriously',
  // Scots and northern English
  masel: 'myself', masell: 'myself', mahself: 'myself', maself: 'myself', gonnae: 'going to', gonny: 'going to', wantae: 'want to',
  cannae: 'can not', dinnae: 'do not', didnae: 'did not', wouldnae: 'would not', couldnae: 'could not',
  isnae: 'is not', wasnae: 'was not', willnae: 'will not', winnae: 'will not', havnae: 'have not', havenae: 'have not', shouldnae: 'should not',
  dae: 'do', anymair: 'anymore', nae: 'no', naw: 'no', oot: 'out', ahm: 'i am', yous: 'you', youse: 'you', nowt: 'nothing',
  owt: 'anything', summat: 'something', aye: 'yes', tae: 'to', wi: 'with', fae: 'from', hame: 'home', backin: 'backing',
  // more dropped g's
  havin: 'having', comin: 'coming', runnin: 'running', sittin: 'sitting', lookin: 'looking', waitin: 'waiting', stockpilin: 'stockpiling',
  bleedin: 'bleeding', drinkin: 'drinking', sleepin: 'sleeping', leavin: 'leaving', writin: 'writing', givin: 'giving', walkin: 'walking',
  jumpin: 'jumping', hidin: 'hiding', countin: 'counting', collectin: 'collecting', hopin: 'hoping', wishin: 'wishing', prayin: 'praying',
  carryin: 'carrying', keepin: 'keeping', hangin: 'hanging', starvin: 'starving', punishin: 'punishing', scratchin: 'scratching',
  // British and everyday words for the same states
  knackered: 'exhausted', shattered: 'exhausted', chemists: 'pharmacies', chemist: 'pharmacy',
};

/**
 * Tokens whose reading depends on the next word: "ill be gone" is "i will", "id rather" is
 * "i would", and in txt-speak "2" and "4" are "to" and "for" between words ("want 2 die",
 * "pills 4 later"), "r" is "are", "b" is "be" ("gonna b gone").
 */
const IN_CONTEXT: [RegExp, string][] = [
  [/(?<=^ | \. | , | and | but | so | then | think | guess | reckon | hope | promise | know | maybe | probably )ill (?=be |never |do |just |go |kill |end |take |try |make |have |miss |see |not |probably |always |still |leave |say |write |get )/g, 'i will '],
  [/(?<=^ | \. | , | and | but | so )ah (?=am |was |can |will |would |have |had |just |do |did |want |need |feel |think |know |keep |wish |hate |canny |going )/g, 'i '],
  [/(?<= (?:want|wants|wanted|going|need|needs|ready|trying|try|able|about|decided|deserve|deserves|supposed|have|has|had|like|hate|wish|how)) 2 (?![a-z]*s |children |people |men |women )(?=[a-z])/g, ' to '],
  [/(?<=[a-z]) 4 (?=(?:later|when|the|my|you|me|him|her|them|ever|good|now|everything|all|real|sure|what|a|an|this|that|it|tonight) )/g, ' for '],
  [/(?<= (?:you|they|we|things|u)) r (?=[a-z])/g, ' are '],
  // "sh" for self harm: after "from", "my", "urge to"… or before "urges", "scars", "again", "free"
  [/(?<= (?:from|of|my|the|with|about|into|to|no|free|after|relapsed|relapse|and|did|do|for)) sh(?= )| sh(?= (?:urges?|scars?|again|free|relapse|tonight|today|last night|clean|thoughts)\b)/g, ' self harm'],
  [/(?<= (?:to|will|would|could|might|gonna|going to|not)) b (?=[a-z]|$)/g, ' be '],
];

/** Slang phrases for killing oneself ("top myself", "do myself in", "off myself"), read as "kill myself". */
const PHRASES: [RegExp, string][] = [
  [/ (?:top|topping|topped|neck|necking|necked|end|ending|ended|delete|deleting|deleted) myself(?! up| off)/g, ' kill myself'],
  [/ (?:do|doing|did|done) myself in(?= )/g, ' kill myself'],
  [/ (to|just|will|should|could|might) off myself/g, ' $1 kill myself'],
  [/ self (?:delete|deleting|deletion|terminate|termination)(?= )/g, ' kill myself'],
  [/ sewer slide(?= )/g, ' suicide'],
  [/ catch(?:ing)? the bus(?= (?:\.|,|tonight|soon|this|today|tomorrow|for good)| $)/g, ' kill myself'],
  // "want to unalive" without an object: themselves
  [/ (want|wants|wanted|going|ready|trying|try) to kill(?= \.| ,| $| tonight| today| soon| right now)/g, ' $1 to kill myself'],
];

/** Emoji that carry meaning for the check: laughter (a figure of speech), sadness, pills, knives. */
const EMOJI: [RegExp, string][] = [
  [/[\u{1F602}\u{1F923}\u{1F480}\u{1F606}\u{1F605}\u{1F62D}\u{1F92A}]/gu, ' lol '],
  [/[\u{1F494}\u{1F622}\u{1F61E}\u{1F614}\u{1F625}\u{1F629}\u{1F62B}\u{1F97A}\u{1F615}\u{2639}]/gu, ' sad '],
  [/[\u{1F48A}]/gu, ' pills '],
  [/[\u{1F52A}\u{1FA92}]/gu, ' knife '],
  [/[\u{1FA78}]/gu, ' blood '],
  [/[\u{1FAA2}]/gu, ' rope '],
];

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
  'deliberately', 'purpose', 'disappear', 'everything', 'anything', 'goodbyes', 'written', 'letters', 'stockpiled', 'overdosed', 'anyone',
  'anybody', 'cocodamol', 'morphine', 'oramorph', 'pregabalin', 'gabapentin', 'amitriptyline', 'sertraline',
  'zopiclone', 'diazepam', 'tramadol', 'codeine', 'novorapid', 'dialysis',
];
/** Real words one edit from a key word: never "corrected". */
const REAL_WORDS = new Set([
  'tablet', 'charming', 'farming', 'warming', 'harping', 'hearing', 'someone', 'everyones', 'burdens', 'burned', 'resisting', 'exciting',
  'letter', 'setters', 'litters', 'purposed', 'purposes', 'keeping', 'sweeping', 'seeping', 'sleeping', 'sleepings', 'forever', 'fever',
  'anyones', 'anythings', 'everythings', 'writer', 'writes', 'bitten', 'smitten', 'written', 'rotten', 'morphing', 'hopeful', 'soulless',
]);

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
/** Short words people stretch ("diiie", "nooo", "byeee"): read with single letters. */
const HELD = new Set(['die', 'dead', 'done', 'bye', 'no', 'so', 'please', 'help', 'alone', 'tired', 'over', 'end', 'kill', 'me', 'hate', 'why', 'sad', 'hurt', 'cut', 'gone', 'sorry']);

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

const TITLE_CUE = String.raw`(?:read|reading|watch|watched|watching|seen|listening to|listened to|heard|called|titled|the (?:song|film|movie|book|documentary|series|show|album|podcast|novel|play|episode)|(?:song|film|movie|book|documentary|series|show|album|podcast|novel|play|episode) (?:called|titled))`;
/** A title after "watched", "read", "the song"…: in quotes, or two or more capitalised words. */
const QUOTED_TITLE = new RegExp(String.raw`\b(${TITLE_CUE})\s+["“”]([^"“”]{2,80})["“”]`, 'gi');
const TITLE_CUE_ANY_CASE = TITLE_CUE.replace(/\b([a-z])/g, (c) => `[${c.toUpperCase()}${c}]`);
const CAPITALISED_TITLE = new RegExp(String.raw`\b(${TITLE_CUE_ANY_CASE})\s+((?:[A-Z0-9][\w'’]*)(?:\s+(?:(?:of|to|the|a|an|and|in|on|is|for|with|but|off)\s+)*[A-Z0-9][\w'’]*)+)`, 'g');

/** Titles of books, films and songs ("watched Better Off Dead", 'read "The Man Who Wanted to Die"'), read as the word "title". */
export function withoutTitles(text: string): string {
  return text.replace(QUOTED_TITLE, '$1 title ').replace(CAPITALISED_TITLE, (_, cue: string) => `${cue} title`);
}

/** Normalised tokens of a text, sentence ends as "." and commas as ",". */
export function normalise(text: string): string {
  let t = withoutTitles(text).toLowerCase().replace(/[’‘`´]/g, "'");
  for (const [re, to] of EMOJI) t = t.replace(re, to);
  // Digits standing for letters inside words ("su1cide", "k!ll") before punctuation is removed.
  t = t.replace(/\b[a-z]*[013457@$!*][a-z013457@$!*]*\b|[a-z]+[@$!*][a-z]+/g, (w) => (/[a-z]/.test(w) ? (correctKeyWord(w) ?? w) : w));
  t = t.replace(/(\w)\*+(\w)/g, '$1$2');
  t = t.replace(/\bo\.d\b\.?|\bo\.d\.?(?=\s)/g, 'od').replace(/\b(a\s?&\s?e)\b/g, 'ae');
  t = t.replace(/(\d)\s*(?:yrs?|y\/o|yo)\b/g, '$1 year').replace(/(\w)-(\w)/g, '$1 $2').replace(/(\w)\/(\w)/g, '$1 $2');
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
    const w = raw.replace(/([a-z])\1{2,}/g, '$1$1'); // "sooooo" → "soo" (numbers such as 999 are kept)
    // "diiie", "pleeease": letters held down, read as the word with them single when that is a known word
    const single = w.replace(/(.)\1+/g, '$1');
    const mapped = WORDS[w] ?? correctKeyWord(w) ?? (/(.)\1\1/.test(raw) && single !== w ? (WORDS[single] ?? (KEY_SET.has(single) || HELD.has(single) ? single : null)) : null) ?? w;
    out.push(mapped);
  }
  while (out.length && (out[out.length - 1] === '.' || out[out.length - 1] === ',')) out.pop();
  while (out.length && (out[0] === '.' || out[0] === ',')) out.shift();
  let joined = ` ${out.join(' ')} `;
  for (const [re, to] of IN_CONTEXT) joined = joined.replace(re, to);
  for (const [re, to] of PHRASES) joined = joined.replace(re, to);
  return joined.trim();
}

/** Normalised sentences of a text (for scoring long posts a piece at a time). */
export function sentencesOf(normalised: string): string[] {
  return normalised
    .split(' . ')
    .map((s) => s.trim())
    .filter(Boolean);
}
