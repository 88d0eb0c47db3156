import type { CrisisCategory } from './corpus/templates';

/**
 * The explicit part of the crisis check: patterns by category, read on normalised text
 * (`normalise.ts`: "I'm" → "i am", "dont" → "do not", "kms" → "kill myself"…), each hit then
 * weighed in its context:
 *
 *  - negation in its clause ("i would never kill myself", "no thoughts of suicide") drops it,
 *    but not "i can not stop thinking about…" or "not sure";
 *  - a reported question ("my gp asked if i had thoughts of self harm") or clinical talk
 *    ("the leaflet lists suicidal thoughts") drops the weaker patterns;
 *  - a past-tense recovery story ("ten years ago i tried to take my own life, today…") drops
 *    it, unless the text says it is back ("again", "right now", "creeping back");
 *  - about someone else ("my friend said she wanted to die", "my son is cutting himself") it
 *    becomes the `others` category: worry for someone is signposted too. Without a person the
 *    writer knows (news: "a man took his own life"), it is dropped;
 *  - figures of speech and titles ("this pain is killing me", "die of embarrassment",
 *    "Better Off Dead is such an 80s film") are blanked out before matching.
 *
 * Whatever the patterns miss, the classifier (`crisis-model.ts`) weighs.
 */
export interface PatternHit {
  category: CrisisCategory;
  /** The words that matched (normalised), for moderators. */
  matched: string;
}

interface CrisisPattern {
  category: Exclude<CrisisCategory, 'others'>;
  re: RegExp;
  /** Weaker patterns are dropped in clinical or reported-question context. */
  weak?: boolean;
}

const alt = (...xs: string[]) => `(?:${xs.join('|')})`;
const REFL = alt('myself', 'himself', 'herself', 'themselves', 'themself');
const POSS = alt('my', 'his', 'her', 'their');
const MEDS = alt(
  'tablets', 'tablet', 'pills', 'pill', 'meds', 'medication', 'medicine', 'medicines', 'insulin', 'insulin pens', 'pens', 'co codamol', 'cocodamol',
  'codeine', 'tramadol', 'paracetamol', 'sertraline', 'amitriptyline', 'sleeping tablets', 'sleeping pills', 'morphine', 'morphine patches',
  'gabapentin', 'pregabalin', 'zopiclone', 'oramorph', 'diazepam', 'opioids', 'painkillers', 'antidepressants', 'novorapid', 'lantus',
  'levemir', 'fentanyl', 'oxycodone', 'citalopram', 'fluoxetine', 'mirtazapine', 'quetiapine', 'lithium', 'propranolol', 'steroids',
);
const ENDS = '(?= \\.| ,| \\?| $)';
const w = (s: string) => new RegExp(` ${s}(?= )`, 'g');

export const CRISIS_PATTERNS: CrisisPattern[] = [
  // ---- intent
  { category: 'intent', re: w(`${alt('kill', 'killing', 'killed', 'kills', 'hang', 'hanging', 'hanged', 'drown', 'drowning', 'poison', 'poisoning', 'shoot', 'shooting', 'gas', 'gassing', 'suffocate', 'suffocating')} ${REFL}`) },
  { category: 'intent', re: w(`${alt('end', 'ending', 'ended', 'ends', 'take', 'taking', 'took', 'takes', 'finish', 'finishing')} ${POSS} (?:own )?life`) },
  { category: 'intent', re: w(`${alt('want', 'wanted', 'wants', 'wanting', 'going', 'ready', 'decided', 'planning', 'plan', 'about', 'need', 'tempted', 'close', 'thinking about', 'thought about', 'think about', 'thinking of', 'considering', 'just want')} (?:to )?${alt('end', 'ending')} ${alt('it all', 'it', 'everything', 'things', 'all of it')}(?! ${alt('with', 'here', 'there', 'early', 'off', 'for the day', 'thread', 'post')})`) },
  { category: 'intent', re: w(`end it all`) },
  { category: 'intent', re: w(`${alt('want', 'wants', 'wanted', 'wanting', 'wish', 'wishes', 'need', 'needs', 'ready', 'deserve', 'deserves')} to ${alt('die', 'be dead', 'not be alive', 'not exist', 'stop existing', 'disappear forever', 'not be here anymore', 'not be here any more')}`) },
  { category: 'intent', re: w(`${alt('commit', 'committing', 'committed', 'attempt', 'attempting', 'attempted', 'considering', 'contemplating', 'planning', 'plan', 'researching', 'thinking about', 'thinking of', 'think about', 'thought about', 'thoughts of', 'thoughts about', 'thinking a lot about', 'talking about', 'talks about', 'talked about', 'going on about', 'keeps mentioning')} suicide`), weak: true },
  { category: 'intent', re: w(`suicide ${alt('is', 'feels like', 'seems like', 'seems', 'feels')} (?:the |my |a )?(?:only )?${alt('way', 'answer', 'option', 'relief', 'escape', 'thing')}`) },
  { category: 'intent', re: w(`${alt('i am', 'i feel', 'i felt', 'i have been', 'i have felt', 'i get', 'i got', 'feeling', 'been feeling', 'been', 'getting', 'i keep feeling', 'feel', 'feels')}(?: ${alt('so', 'very', 'really', 'quite', 'extremely', 'properly', 'actively', 'pretty', 'a bit', 'bit', 'more', 'increasingly', 'incredibly', 'really really')})? suicidal`) },
  { category: 'intent', re: w(`suicidal`), weak: true },

  // ---- passive wish to be dead
  { category: 'passive', re: w(`${alt('hope', 'hoping', 'pray', 'praying', 'wish', 'wishing', 'want')}(?: that)? i ${alt('do not', 'will not', 'would not', 'never', 'did not', 'can not')} wake up`) },
  { category: 'passive', re: w(`${alt('go', 'going', 'fall', 'falling', 'went')} (?:to sleep|asleep)(?: and)? ${alt('never', 'not')} wake up`) },
  { category: 'passive', re: w(`${alt('sleep', 'go to sleep', 'fall asleep')} forever`) },
  { category: 'passive', re: w(`and ${alt('not', 'never')} ${alt('wake', 'waking')} up`) },
  { category: 'passive', re: w(`do not want to ${alt('live', 'be alive', 'exist', 'wake up', 'be on this earth', 'be in this world')}`) },
  { category: 'passive', re: w(`do not want to be here(?= ${alt('anymore', 'any more', 'now', 'tomorrow', 'on this', 'in this', '\\.', ',')}| $)`) },
  { category: 'passive', re: w(`do not want to ${alt('go on', 'carry on', 'keep going', 'keep living')}(?= ${alt('anymore', 'any more', 'like this', '\\.', ',')}| $)`) },
  { category: 'passive', re: w(`${alt('better off', 'be better', 'rather be', 'sooner be', 'might as well be', 'may as well be')} dead`) },
  { category: 'passive', re: w(`wish i ${alt('was', 'were', 'had been', 'had never been', 'was never', 'were never', 'was not', 'had not been')} ${alt('dead', 'born', 'gone', 'here', 'alive')}`) },
  { category: 'passive', re: w(`wish i ${alt('could', 'would', 'can')} (?:just )?${alt('die', 'disappear', 'not exist', 'stop existing', 'not wake up', 'never wake up', 'go to sleep forever', 'fall asleep forever', 'be gone')}`) },
  { category: 'passive', re: w(`${alt('wish', 'hope', 'hoping', 'praying', 'pray')} [^.,]{1,40}?${alt('take', 'takes', 'kill', 'kills', 'finish', 'finishes', 'hit', 'hits')} me(?! ${alt('to', 'out', 'home', 'back', 'in', 'for')})`) },
  { category: 'passive', re: w(`${alt('want', 'wants', 'need')} ${alt('it', 'everything', 'this', 'it all', 'everything all')} to ${alt('end', 'stop for good', 'stop forever', 'stop permanently', 'be over')}`) },
  { category: 'passive', re: w(`${alt('sick', 'tired')} of ${alt('being alive', 'living', 'life', 'existing', 'waking up')}(?! with)`) },
  { category: 'passive', re: w(`do not care if i ${alt('die', 'live', 'wake up', 'do not wake up')}`) },
  { category: 'passive', re: w(`${alt('no longer', 'not')} ${alt('want', 'wish')} to ${alt('live', 'be alive')}`) },

  // ---- plan
  { category: 'plan', re: w(`${alt('lethal', 'fatal', 'deadly')} ${alt('dose', 'amount', 'overdose')}`), weak: true },
  { category: 'plan', re: w(`how ${alt('many', 'much')} [^.,]{1,40}?${alt('would it take', 'does it take', 'would take', 'will it take', 'it takes', 'would be enough', 'to kill', 'to die', 'to not wake up', 'would kill', 'will kill', 'to be fatal', 'would be fatal', 'to end it', 'to overdose')}`) },
  { category: 'plan', re: w(`${alt('ways', 'way', 'how', 'methods', 'method')} ${alt('to', 'of')} ${alt('die', 'dying', 'kill myself', 'killing myself', 'end my life', 'ending my life', 'end it', 'commit suicide')}`) },
  { category: 'plan', re: w(`${alt('painless', 'painlessly', 'quickest', 'quick', 'easiest', 'best')} ${alt('way', 'ways', 'method', 'methods')} ${alt('to', 'of')} ${alt('die', 'go', 'end', 'kill')}`) },
  { category: 'plan', re: w(`suicide ${alt('methods', 'method', 'note', 'notes', 'letter', 'letters', 'plan', 'plans')}`) },
  { category: 'plan', re: w(`${alt('goodbye', 'farewell')} ${alt('note', 'notes', 'letter', 'letters')}`) },
  { category: 'plan', re: w(`${alt('written', 'wrote', 'writing', 'left')} (?:a |my |the |some )?${alt('note', 'notes', 'letter', 'letters')} ${alt('for', 'to')} (?:my |the )?${alt('kids', 'children', 'family', 'husband', 'wife', 'partner', 'mum', 'dad', 'daughter', 'son', 'everyone', 'loved ones', 'parents', 'girls', 'boys')}`) },
  { category: 'plan', re: w(`${alt('worked out', 'decided', 'know', 'planned', 'figured out', 'chosen', 'picked')} (?:exactly )?${alt('how', 'when', 'where')} (?:${alt('i am going to', 'i will', 'i would', 'i could', 'to')} )?${alt('do it', 'end it', 'die', 'kill myself', 'go')}`) },
  { category: 'plan', re: w(`${alt('made', 'have', 'got', 'making')} (?:a|my) plan ${alt('to end', 'to kill', 'to die', 'to take', 'to do it', 'now', 'sorted')}`) },
  { category: 'plan', re: w(`${alt('got', 'have')} it all planned`) },
  { category: 'plan', re: w(`${alt('picked', 'chosen', 'set')} (?:a|the) ${alt('date', 'day')}(?! ${alt('for', 'of')})`) },
  { category: 'plan', re: w(`${alt('noose', 'ligature')}`) },
  { category: 'plan', re: w(`${alt('bought', 'got', 'ordered', 'buy', 'buying')} (?:a |some |the )?rope`) },

  // ---- means: medication, insulin, other methods
  { category: 'means', re: w(`${alt('saving', 'saved', 'save', 'stockpiling', 'stockpiled', 'stockpile', 'hoarding', 'hoarded', 'hoard', 'collecting', 'collected', 'stashing', 'stashed', 'putting aside', 'put aside', 'keeping back', 'kept back', 'squirrelling away', 'storing up', 'building up')} (?:up )?(?:${alt('a few of', 'some of', 'all of', 'all', 'a few', 'some')} )?(?:${alt('my', 'the', 'his', 'her', 'their')} )?(?:old )?${MEDS}`) },
  { category: 'means', re: w(`${MEDS} [^.]{0,60}?${alt('for when i (?:decide|am ready|have had enough|need them|need it|do it|go)', 'way out', 'for the end', 'for after', 'when it gets too much', 'know what they are for', 'enough to (?:die|kill|not wake up|end it)')}`) },
  { category: 'means', re: w(`${alt('take', 'taking', 'took', 'swallow', 'swallowing', 'swallowed', 'inject', 'injecting', 'injected', 'do', 'doing', 'double up', 'overdose on', 'overdosing on')} ${alt('all', 'every', 'the whole', 'the lot', 'all of', 'everything', 'every single')} (?:of )?(?:${alt('my', 'the', 'his', 'her', 'their')} )?(?:${MEDS}|${alt('pill', 'tablet', 'box', 'pack', 'packet', 'bottle', 'supply', 'months supply', 'stash', 'in the house', 'in the cupboard')})(?! ${alt('with', 'in the morning', 'at night', 'as prescribed', 'on time', 'every day', 'each day', 'before', 'after', 'in a', 'at the same')})`) },
  { category: 'means', re: w(`${alt('inject', 'injecting', 'injected')} (?:all|every|the whole|my whole)`) },
  { category: 'means', re: w(`${alt('take', 'taking', 'took', 'swallow', 'swallowing', 'inject', 'injecting', 'double up', 'do', 'doing')} (?:${alt('all', 'every', 'the whole', 'my whole', 'a whole', 'the lot', 'all of', 'everything', 'every single')})[^.]{0,40}?(?:and |then )?${alt('that would be it', 'that is it', 'that will be it', 'be done with it', 'not wake up', 'not waking up', 'never wake up', 'end it', 'be gone')}`) },
  { category: 'means', re: w(`${alt('take', 'taking', 'took', 'swallow', 'swallowing')} ${alt('the lot', 'the whole lot', 'my whole months supply', 'a whole months supply', 'my whole supply')}`) },
  { category: 'means', re: w(`(?:${MEDS}|${alt('pill', 'tablet', 'insulin pens', 'every pill i own', 'worth of meds')}) (?:i own )?in front of me`) },
  { category: 'means', re: w(`${alt('take', 'taking', 'took', 'taken', 'do', 'doing', 'did', 'done', 'have', 'had')} an? overdose`) },
  { category: 'means', re: w(`${alt('overdose', 'overdosing', 'overdosed')} on ${alt('my', 'all', 'the', 'his', 'her', 'their', 'everything', 'insulin', 'pills', 'tablets')}`) },
  { category: 'means', re: w(`${alt('want', 'wanted', 'going', 'planning', 'thinking about', 'thinking of', 'think about', 'tempted', 'could', 'might', 'will', 'ready')} (?:to )?(?:take an )?${alt('overdose', 'overdosing')}`) },
  { category: 'means', re: w(`an overdose ${alt('seems', 'feels', 'is')} (?:like )?(?:the|my) ${alt('easiest', 'only', 'best', 'quickest')}`) },
  { category: 'means', re: w(`${alt('jump', 'jumping', 'jumped', 'throw myself', 'throwing myself', 'step', 'stepping', 'walk', 'walking', 'lie', 'lying', 'drive', 'driving', 'crash', 'crashing')} in front of (?:a |the )?${alt('train', 'trains', 'bus', 'lorry', 'car', 'truck')}`) },
  { category: 'means', re: w(`${alt('jump', 'jumping', 'jumped', 'throw myself', 'throwing myself')} ${alt('off', 'from')} (?:a |the )?${alt('bridge', 'building', 'roof', 'cliff', 'cliffs', 'car park', 'multi storey', 'balcony', 'tower')}`) },

  // ---- farewell and giving away
  { category: 'farewell', re: w(`this ${alt('is', 'will be')} (?:my )?${alt('goodbye', 'final goodbye', 'last post', 'final post', 'last message', 'final message')}(?! ${alt('for', 'before', 'until', 'till', 'of')})`) },
  { category: 'farewell', re: w(`my ${alt('last', 'final')} ${alt('post', 'message', 'goodbye')}(?! ${alt('for', 'before', 'until', 'till', 'of')})`) },
  { category: 'farewell', re: w(`${alt('will not', 'not going to', 'may not', 'might not')} be ${alt('around', 'here', 'alive', 'on here')}(?: much)? ${alt('longer', 'for long', 'after tonight', 'by tomorrow', 'by the weekend', 'tomorrow', 'anymore', 'any more')}`) },
  { category: 'farewell', re: w(`${alt('when', 'after', 'once')} i am ${alt('gone', 'dead', 'not here', 'no longer here', 'not around')}`) },
  { category: 'farewell', re: w(`before i go${ENDS}`) },
  { category: 'farewell', re: w(`${alt('will not', 'never', 'not going to')} be ${alt('posting', 'on here', 'writing')} ${alt('again', 'anymore', 'any more')}(?! ${alt('until', 'till', 'for', 'before', 'after')})`) },
  { category: 'farewell', re: w(`at peace with ${alt('my', 'the', 'this')} ${alt('decision', 'choice')}`) },
  { category: 'farewell', re: w(`by the time ${alt('you', 'anyone', 'someone', 'people', 'anybody')} ${alt('read', 'reads', 'see', 'sees')} this`) },
  { category: 'farewell', re: w(`${alt('will not', 'do not', 'not going to')} need ${alt('them', 'it', 'any of it', 'any of them', 'anything', 'my things', 'these')} ${alt('anymore', 'any more', 'where i am going', 'after')}`) },
  { category: 'farewell', re: w(`${alt('given', 'giving', 'gave')} away (?:${alt('all', 'most', 'most of', 'some of', 'all of')} )?(?:my )?${alt('things', 'stuff', 'belongings', 'possessions', 'jewellery', 'everything')}(?! ${alt('to charity', 'to the charity', 'free')})`) },

  // ---- hopelessness with burden
  { category: 'burden', re: w(`${alt('better', 'happier', 'easier', 'free', 'better off', 'happier off')}(?: off)? without me`) },
  { category: 'burden', re: w(`if i ${alt('was', 'were')} ${alt('gone', 'dead', 'not here', 'not around', 'no longer here')}(?! for)`) },
  { category: 'burden', re: w(`i am(?: ${alt('just', 'only', 'such', 'nothing but', 'a huge', 'a massive', 'a total', 'a', 'the', 'so much of', 'too much of', 'becoming', 'always')})+ burden`) },
  { category: 'burden', re: w(`${alt('no', 'not any', 'not much', 'nothing', 'no more', 'zero')} ${alt('point', 'reason', 'sense', 'purpose')} (?:${alt('in', 'to', 'of', 'for')} )?(?:me )?${alt('living', 'going on', 'carrying on', 'being alive', 'staying alive', 'being here', 'me being here', 'life', 'live', 'existing', 'waking up', 'keep going', 'go on', 'carry on', 'stay alive', 'keep living')}`) },
  { category: 'burden', re: w(`nothing (?:left )?to live for`) },
  { category: 'burden', re: w(`what is the point ${alt('in', 'of')} ${alt('living', 'going on', 'carrying on', 'me', 'life', 'being alive', 'being here', 'anything anymore', 'any of it anymore', 'existing')}`) },
  { category: 'burden', re: w(`why am i (?:still )?${alt('here', 'alive', 'still here')}`) },
  { category: 'burden', re: w(`${alt('no', 'any', 'a', 'one')} reason to ${alt('live', 'stay alive', 'keep living', 'carry on', 'go on', 'be here', 'keep going')}`) },
  { category: 'burden', re: w(`can not see ${alt('any', 'a', 'the')} ${alt('reason', 'point', 'way out', 'future')}`) },
  { category: 'burden', re: w(`${alt('see', 'have', 'there is')} no future(?: for me)?${ENDS}`) },
  { category: 'burden', re: w(`can not ${alt('go on', 'carry on', 'keep going', 'keep fighting', 'live like this', 'do this', 'take it', 'take this', 'take any more', 'take anymore', 'take much more', 'cope', 'face another')} ${alt('anymore', 'any more')}`) },
  { category: 'burden', re: w(`can not ${alt('go on', 'carry on', 'keep going', 'keep fighting', 'live like this', 'do this', 'take it')}(?= ${alt('\\.', ',', 'and', 'there', 'i', 'no', 'nothing', 'so', 'it is', 'everything', 'anymore', 'any more')} | $)`) },
  { category: 'burden', re: w(`${alt('no', 'only one', 'the only', 'one')} way out`) },
  { category: 'burden', re: w(`i am(?: ${alt('just', 'so', 'completely', 'totally', 'absolutely', 'properly', 'actually', 'really')})? done(?= \\.| ,| $| with ${alt('life', 'living', 'everything', 'it all', 'all of it', 'this life', 'existing', 'being alive', 'this world', 'trying', 'fighting')})`) },
  { category: 'burden', re: w(`${alt('given', 'give', 'giving', 'gave')} up on ${alt('life', 'living', 'myself', 'staying alive')}`) },

  // ---- self-harm
  { category: 'self-harm', re: w(`${alt('cut', 'cutting', 'cuts', 'burn', 'burning', 'burned', 'burnt', 'hurt', 'hurting', 'hurts', 'harm', 'harming', 'harmed', 'harms', 'punish', 'punishing', 'punished', 'hit', 'hitting', 'scratch', 'scratching', 'scratched', 'starve', 'starving', 'stab', 'stabbing', 'mutilate', 'mutilating', 'choke', 'choking')} ${REFL}(?! ${alt('on', 'shaving', 'cooking', 'while', 'by accident', 'accidentally', 'lifting', 'falling', 'when i fell', 'in the', 'at', 'doing', 'playing', 'exercising', 'with the kettle', 'with the iron', 'badly on', 'out')})`) },
  { category: 'self-harm', re: w(`self ${alt('harm', 'harming', 'harmed', 'harms', 'injury', 'injuring', 'injured')}(?! ${alt('training', 'awareness', 'rates', 'rate', 'admissions', 'research', 'services', 'team', 'policy', 'course', 'among', 'statistics', 'figures', 'charity', 'leaflet', 'prevention', 'in teenagers', 'in young', 'in teenage')})`), weak: true },
  { category: 'self-harm', re: w(`${alt('cutting', 'cut', 'self harming', 'self harmed', 'self harm', 'hurting myself', 'burning myself', 'harming myself', 'hurt myself')} again`) },
  { category: 'self-harm', re: w(`${alt('cut', 'cutting', 'cuts', 'burn', 'burning', 'burned', 'burnt', 'scratch', 'scratching', 'slash', 'slashing', 'slit', 'carve', 'carving')} (?:${POSS}|into my) ${alt('arm', 'arms', 'leg', 'legs', 'wrist', 'wrists', 'thigh', 'thighs', 'skin', 'stomach', 'body')}(?! ${alt('on', 'while', 'by accident', 'accidentally', 'shaving', 'cooking', 'in the', 'at')})`) },
  { category: 'self-harm', re: w(`urge to ${alt('cut', 'self harm', 'hurt myself', 'harm myself', 'burn myself', 'punish myself')}`) },
  { category: 'self-harm', re: w(`relapsed(?: ${alt('with', 'on', 'into')})? ${alt('self harm', 'cutting', 'self harming')}`) },
  { category: 'self-harm', re: w(`${alt('skipping', 'skip', 'skipped', 'missing', 'miss', 'missed', 'not taking', 'stopped taking', 'stop taking', 'leaving out', 'omitting', 'restricting')} (?:${POSS} )?${MEDS}(?: doses)? ${alt('on purpose', 'deliberately', 'to hurt', 'to punish', 'to harm', 'because i want to', 'hoping', 'so i end up', 'so i die', 'and i do not care')}`) },
  { category: 'self-harm', re: w(`${alt('on purpose', 'deliberately')} ${alt('skipping', 'missing', 'not taking', 'skip', 'miss')}`) },
  { category: 'self-harm', re: w(`${alt('bang', 'banging', 'banged', 'hit', 'hitting')} my head ${alt('against', 'on')} the wall`) },
];

// ---- context ---------------------------------------------------------------------------------

/** Figures of speech, titles and clinical phrases: blanked out before matching. */
const FIGURES: RegExp[] = [
  / (?:die|died|dying|dead) (?:of|from|with) (?:embarrassment|laughing|laughter|shame|boredom|cringe|fright|shock|excitement|jealousy)(?= )/g,
  / dying (?:to|for)(?= )/g,
  / to die for(?= )/g,
  / (?:bored|scared|sick|worried|frightened|tired|freezing|frozen) to death(?= )/g,
  / (?:could|would) (?:kill|murder) (?:for|a)(?= )/g,
  / (?:be|is|was|will be) the death of me(?= )/g,
  / (?:could have|nearly|almost|literally) died(?= )/g,
  / (?:suicide squad|better off dead (?:is|was|film|movie)|film better off dead|live and let die|die hard|die another day|no time to die|kill bill|i want to die but i want to eat tteokbokki|reasons to stay alive|suicide is painless|13 reasons why|thirteen reasons why|dead poets society|how to save a life|knocking on heavens door|knockin on heavens door)(?= )/g,
  / suicide (?:prevention|awareness|helpline|training|charity|rates?|risk|statistics|strategy|bereavement|attempt survivors?|survivors?)(?= )/g,
  / (?:end|ending) (?:this|the) (?:thread|post|discussion|day|week|call|contract|trial|tenancy|membership)(?= )/g,
];

const CLAUSE_BREAK = / (?:\.|,|\?|but|though|although|however|except|yet) /g;
const NEGATION = /\b(?:never|not|no|nor|without|accidentally|by accident)\b/;
const NOT_NEGATION = /\b(?:not sure|not know|not stop|can not stop|could not stop|not help|not cope|not bear|no one|no way|not even|not tell|not want anyone|not talk|nobody|no idea|no reason|no point|not see)\b/;
const REPORTED = /\b(?:asked (?:me )?(?:if|whether|about)|asks (?:me )?(?:if|whether|about)|ask about|questionnaire|form asks|phq|assessment)\b/;
const ANSWER_NO = / (?:and |but )?i (?:said|answered|replied) no\b| (?:and )?(?:honestly )?i do not(?: \.| ,| $| i just)/;
const CLINICAL = /\b(?:leaflet|side effects?|study|studies|research|paper|article|training|course|prevention|awareness|rates?|statistics|risk of|higher risk|patients|news|bbc|guardian|reported|coroner|can cause|may cause|causes|linked to|warning|monitored|monitor|screening|lists)\b/;
const RECOVERY = /\b(?:years? ago|decades? ago|used to|when i was (?:younger|young|a teenager|a teen|at school|at uni|a student|first diagnosed|diagnosed|\d+)|back (?:in|when)|(?:clean|free of it|self harm free|free from it) for|(?:years|months) clean|survived|survivor|looking back|in the past|recovered|recovery|got (?:me )?through|pulled me through|helped me (?:recover|through)|gets? better|got better|glad i am still here|glad to (?:still )?be here|grateful to (?:still )?be here|better place|now i (?:am|have|run|volunteer|work|know)|i am (?:doing )?(?:well|better|okay|ok|fine) now|these days i|turned it around)\b/;
const PRESENT = /\b(?:again|right now|tonight|at the moment|currently|these days i (?:feel|want)|lately|close to that|creeping back|is back|are back|coming back|starting to feel|feel (?:that|it) again)\b/;
const THIRD = /\b(?:he|she|they|his|her|their|him|them|himself|herself|themselves|themself|someone|somebody)\b/;
const FIRST = /\b(?:i|me|myself|we|us)\b/;
const RELATION = /\b(?:my|our) (?:(?:best|close|old|oldest|youngest|teenage|little|older|younger|elderly|step|twin) )*(?:friend|mate|son|daughter|mum|mom|mother|dad|father|husband|wife|partner|brother|sister|flatmate|housemate|nan|gran|granny|grandad|grandma|grandpa|grandad|boyfriend|girlfriend|uncle|aunt|auntie|cousin|niece|nephew|child|kid|kids|children|teenager|teen|colleague|neighbour|fiance|fiancee|stepson|stepdaughter|client|patient|student|pal|bestie|bf|gf|other half|missus|hubby)s?\b|\b(?:someone|somebody|a friend|a mate|friend of mine|loved one)\b/;

/** The text with figures of speech and titles blanked out. */
export function withoutFigures(spaced: string): string {
  let t = spaced;
  for (const f of FIGURES) t = t.replace(f, ' ~');
  return t;
}

function clauseBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) start = m.index! + m[0].length - 1;
  return before.slice(start);
}

function sentenceAround(text: string, index: number, end: number): { before: string; after: string; whole: string } {
  const s = text.lastIndexOf(' . ', index);
  const e = text.indexOf(' . ', end);
  const from = s < 0 ? 0 : s + 2;
  const to = e < 0 ? text.length : e;
  return { before: text.slice(from, index), after: text.slice(end, to), whole: text.slice(from, to) };
}


/** Whether a pattern's words speak about the writer (self), someone else (other), or are dropped (null). */
function subjectOf(matched: string, clause: string): 'self' | 'other' {
  // "does anyone else feel like killing themselves": a question that includes the writer.
  if (/\b(?:anyone else|anybody else|does anyone|do other people|do you all|how do you)\b/.test(clause)) return 'self';
  if (/\b(?:myself|my|me|i)\b/.test(matched) && !/\b(?:himself|herself|themselves|themself|his|her|their|him|them)\b/.test(matched)) return 'self';
  if (/\b(?:himself|herself|themselves|themself|his|her|their|him|them)\b/.test(matched)) return 'other';
  // The nearest subject before the words, within the clause.
  const tokens = clause.trim().split(' ').reverse();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (FIRST.test(t)) {
      // "my friend" is someone else; "my" alone before a verb is the writer.
      return 'self';
    }
    if (THIRD.test(t)) return 'other';
    if (RELATION.test(`${tokens[i + 1] ?? ''} ${t}`)) return 'other';
  }
  return 'self';
}

/** Why a pattern's words did not count. */
export type DroppedBecause = 'negated' | 'answered-no' | 'clinical' | 'reported' | 'recovery' | 'news';

const SUBJECTS = new Set(['i', 'he', 'she', 'they', 'we', 'you']);

/** The words between the clause's last subject and the match ("i would never |kill myself|" → "would never"). */
function verbPhraseBefore(clause: string): string {
  const tokens = clause.trim().split(' ').filter(Boolean);
  let from = Math.max(0, tokens.length - 5);
  for (let i = tokens.length - 1; i >= 0 && i >= tokens.length - 8; i--) {
    if (SUBJECTS.has(tokens[i]!)) {
      from = i + 1;
      break;
    }
  }
  return tokens.slice(from).join(' ');
}

/** Every pattern hit that survives its context (in order of appearance), and why others did not. */
export function analyseCrisisPatterns(normalised: string): { hits: PatternHit[]; dropped: { category: CrisisCategory; because: DroppedBecause }[] } {
  const spaced = ` ${normalised} `;
  const text = withoutFigures(spaced);
  const recovery = RECOVERY.test(text) && !PRESENT.test(text);
  const hasRelation = RELATION.test(text);
  const hits: { at: number; hit: PatternHit }[] = [];
  const dropped: { category: CrisisCategory; because: DroppedBecause }[] = [];
  for (const p of CRISIS_PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      const index = m.index!;
      const matched = m[0].trim();
      const clause = clauseBefore(text, index + 1);
      const near = verbPhraseBefore(clause);
      const sentence = sentenceAround(text, index, index + m[0].length);
      const drop = (because: DroppedBecause) => dropped.push({ category: p.category, because });
      if (NEGATION.test(near) && !NOT_NEGATION.test(near)) drop('negated');
      else if (ANSWER_NO.test(sentence.after)) drop('answered-no');
      else if (p.weak && CLINICAL.test(sentence.whole)) drop('clinical');
      else if (REPORTED.test(clause) || (p.weak && REPORTED.test(sentence.before))) drop('reported');
      else if (recovery) drop('recovery');
      else {
        const subject = subjectOf(matched, clause);
        if (subject === 'other' && !hasRelation) drop('news');
        else hits.push({ at: index, hit: { category: subject === 'other' ? 'others' : p.category, matched } });
      }
    }
  }
  return { hits: hits.sort((a, b) => a.at - b.at).map((h) => h.hit), dropped };
}

export const findCrisisPatterns = (normalised: string): PatternHit[] => analyseCrisisPatterns(normalised).hits;
