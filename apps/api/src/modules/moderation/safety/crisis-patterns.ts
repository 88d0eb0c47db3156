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
 *    "Better Off Dead is such an 80s film") are blanked out before matching;
 *  - a recovery story read from its turnaround ("… six years later I'm so glad I stayed", "4 years
 *    on", "changed everything"), a joke said of oneself ("… jk", "(joking obviously)", never "not
 *    joking"), an accident with medicine ("by mistake"), advice to the reader ("please get support
 *    with the suicidal feelings"), a question put to the writer and answered no, a professional's
 *    question about a patient, and end-of-life readiness drop a hit too (2026-12).
 *
 * Whatever the patterns miss, the classifier (`crisis-model.ts`) weighs.
 */
export interface PatternHit {
  category: CrisisCategory;
  /** The words that matched (normalised), for moderators. */
  matched: string;
}

interface CrisisPattern {
  /** `others`: a pattern that is only ever about someone else (it still needs a person the writer knows). */
  category: CrisisCategory;
  re: RegExp;
  /** Weaker patterns are dropped in clinical or reported-question context. */
  weak?: boolean;
  /** Letters, goodbyes and giving things away: dropped when the text is about planning for a terminal illness. */
  endOfLife?: boolean;
  /**
   * A topic word ("self harm") as much as a deed: it counts only as the writer's own act ("i self
   * harm", "my self harm", "going to self harm", "self harmed last night") or in the present
   * ("self harming"); otherwise ("old self harm scars", "the storyline about self harm",
   * "self harm admissions are rising") it is left to the model (dropped as `topic`). Over the
   * whole training data the bare word decided 7 crisis sentences and 6 that were not.
   */
  topic?: boolean;
}

const OWN_ACT_BEFORE = /(?:^| )(?:i|my|to|will|would|going to|gonna|and|been|have|has|had) $/;
const OWN_ACT_AFTER = /^ (?:last night|tonight|today|this (?:morning|week)|again|urges?|is getting|every|most nights|and nobody|and no one)\b/;

const alt = (...xs: string[]) => `(?:${xs.join('|')})`;
const REFL = alt('myself', 'himself', 'herself', 'themselves', 'themself');
const POSS = alt('my', 'his', 'her', 'their', 'your');
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
  { category: 'intent', re: w(`${alt('want', 'wanted', 'wants', 'wanting', 'going', 'ready', 'decided', 'planning', 'plan', 'about', 'need', 'tempted', 'close', 'thinking about', 'thought about', 'think about', 'thinking of', 'considering', 'just want', 'thoughts of', 'thought of', 'urge to', 'tempted to', 'close to', 'feel like', 'feels like')} (?:to )?${alt('end', 'ending')} ${alt('it all', 'it', 'everything', 'things', 'all of it')}(?! ${alt('with', 'here', 'there', 'early', 'off', 'for the day', 'thread', 'post')})`) },
  { category: 'intent', re: w(`end it all`) },
  { category: 'intent', re: w(`${alt('want', 'wants', 'wanted', 'wanting', 'wish', 'wishes', 'need', 'needs', 'ready', 'deserve', 'deserves')} to ${alt('die', 'be dead', 'not be alive', 'not exist', 'stop existing', 'disappear forever', 'not be here anymore', 'not be here any more')}`) },
  { category: 'intent', re: w(`${alt('commit', 'committing', 'committed', 'attempt', 'attempting', 'attempted', 'considering', 'contemplating', 'planning', 'plan', 'researching', 'thinking about', 'thinking of', 'think about', 'thought about', 'thoughts of', 'thoughts about', 'thinking a lot about', 'talking about', 'talks about', 'talked about', 'going on about', 'keeps mentioning')} suicide`), weak: true },
  { category: 'intent', re: w(`suicide ${alt('is', 'feels like', 'seems like', 'seems', 'feels')} (?:the |my |a )?(?:only )?${alt('door', 'choice', 'solution', 'exit', 'way', 'answer', 'option', 'relief', 'escape', 'thing')}`) },
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
  { category: 'passive', re: w(`wish ${alt('i', 'they', 'you', 'we')} ${alt('could', 'would', 'can')} (?:just )?${alt('die', 'disappear', 'not exist', 'stop existing', 'not wake up', 'never wake up', 'go to sleep forever', 'fall asleep forever', 'be gone')}`) },
  { category: 'passive', re: w(`${alt('wish', 'wishing', 'wished', 'hope', 'hoping', 'hoped', 'praying', 'pray')} [^.,]{1,50}?${alt('take', 'takes', 'kill', 'kills', 'finish', 'finishes', 'hit', 'hits', 'had got', 'had taken', 'had killed', 'had finished')} me(?! ${alt('to', 'out', 'home', 'back', 'in', 'for')})`) },
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
  { category: 'plan', re: w(`${alt('written', 'wrote', 'writing', 'left')} (?:a |my |the |some )?${alt('note', 'notes', 'letter', 'letters')} ${alt('for', 'to')} (?:my |the )?${alt('kids', 'children', 'family', 'husband', 'wife', 'partner', 'mum', 'dad', 'daughter', 'son', 'everyone', 'loved ones', 'parents', 'girls', 'boys')}`), endOfLife: true },
  { category: 'plan', re: w(`${alt('worked out', 'decided', 'know', 'planned', 'figured out', 'chosen', 'picked')} (?:exactly )?${alt('how', 'when', 'where')} (?:${alt('i am going to', 'i will', 'i would', 'i could', 'to')} )?${alt('do it', 'end it', 'die', 'kill myself', 'go')}`) },
  { category: 'plan', re: w(`${alt('made', 'have', 'got', 'making')} (?:a|my) plan ${alt('to end', 'to kill', 'to die', 'to take', 'to do it', 'now', 'sorted')}`) },
  { category: 'plan', re: w(`${alt('got', 'have')} it all planned`) },
  { category: 'plan', re: w(`${alt('picked', 'chosen', 'set')} (?:a|the) ${alt('date', 'day')}(?! ${alt('for', 'of')})`) },
  { category: 'plan', re: w(`${alt('noose', 'ligature')}`), weak: true },
  { category: 'plan', re: w(`${alt('bought', 'got', 'ordered', 'buy', 'buying')} (?:a |some |the )?rope`) },

  // ---- means: medication, insulin, other methods
  { category: 'means', re: w(`${alt('saving', 'saved', 'save', 'stockpiling', 'stockpiled', 'stockpile', 'hoarding', 'hoarded', 'hoard', 'collecting', 'collected', 'stashing', 'stashed', 'putting aside', 'put aside', 'keeping back', 'kept back', 'squirrelling away', 'storing up', 'building up')} (?:up )?(?:${alt('a few of', 'some of', 'all of', 'all', 'a few', 'some')} )?(?:${alt('my', 'the', 'his', 'her', 'their')} )?(?:old )?${MEDS}(?! ${alt('in a dosette', 'in the dosette', 'in a pill', 'for the week', 'for holiday', 'for the holiday', 'for our holiday', 'before we go', 'before holiday', 'for travel', 'in the fridge', 'to take back', 'to return', 'for disposal')})`) },
  { category: 'means', re: w(`${MEDS} [^.]{0,60}?${alt('for when i (?:decide|am ready|have had enough|need them|need it|do it|go)', 'way out', 'for the end', 'for after', 'when it gets too much', 'know what they are for', 'enough to (?:die|kill|not wake up|end it)')}`) },
  { category: 'means', re: w(`${alt('take', 'taking', 'took', 'swallow', 'swallowing', 'swallowed', 'inject', 'injecting', 'injected', 'do', 'doing', 'double up', 'overdose on', 'overdosing on')} ${alt('all', 'every', 'the whole', 'the lot', 'all of', 'everything', 'every single')} (?:of )?(?:${alt('my', 'the', 'his', 'her', 'their')} )?(?:${MEDS}|${alt('pill', 'tablet', 'box', 'pack', 'packet', 'bottle', 'supply', 'months supply', 'stash', 'in the house', 'in the cupboard')})(?! ${alt('with', 'in the morning', 'this morning', 'at night', 'tonight as', 'as prescribed', 'on time', 'every day', 'each day', 'today', 'yesterday', 'before', 'after', 'in a', 'at the same', 'together', 'for the day', 'for the week', 'by mistake', 'by accident')})`) },
  { category: 'means', re: w(`${alt('inject', 'injecting', 'injected')} (?:all|every|the whole|my whole)`) },
  { category: 'means', re: w(`${alt('take', 'taking', 'took', 'swallow', 'swallowing', 'inject', 'injecting', 'double up', 'do', 'doing')} (?:${alt('all', 'every', 'the whole', 'my whole', 'a whole', 'the lot', 'all of', 'everything', 'every single')})[^.]{0,40}?(?:and |then )?${alt('that would be it', 'that is it', 'that will be it', 'be done with it', 'not wake up', 'not waking up', 'never wake up', 'end it', 'be gone')}`) },
  { category: 'means', re: w(`${alt('take', 'taking', 'took', 'swallow', 'swallowing')} ${alt('the lot', 'the whole lot', 'my whole months supply', 'a whole months supply', 'my whole supply')}`) },
  { category: 'means', re: w(`(?:${MEDS}|${alt('pill', 'tablet', 'insulin pens', 'every pill i own', 'worth of meds')}) (?:i own )?in front of me`) },
  { category: 'means', re: w(`${alt('take', 'taking', 'took', 'taken', 'do', 'doing', 'did', 'done', 'have', 'had')} an? overdose(?! ${alt('of vitamin', 'of iron', 'of caffeine', 'of sugar', 'of sun', 'by accident', 'by mistake', 'accidentally')})`) },
  { category: 'means', re: w(`${alt('overdose', 'overdosing', 'overdosed')} on ${alt('my', 'all', 'the', 'his', 'her', 'their', 'everything', 'insulin', 'pills', 'tablets')}`) },
  { category: 'means', re: w(`${alt('want', 'wanted', 'going', 'planning', 'thinking about', 'thinking of', 'think about', 'tempted', 'could', 'might', 'will', 'ready')} (?:to )?(?:take an )?${alt('overdose', 'overdosing')}`) },
  { category: 'means', re: w(`an overdose ${alt('seems', 'feels', 'is')} (?:like )?(?:the|my) ${alt('easiest', 'only', 'best', 'quickest')}`) },
  { category: 'means', re: w(`${alt('jump', 'jumping', 'jumped', 'throw myself', 'throwing myself', 'step', 'stepping', 'walk', 'walking', 'lie', 'lying', 'drive', 'driving', 'crash', 'crashing')} in front of (?:a |the )?${alt('train', 'trains', 'bus', 'lorry', 'car', 'truck')}`) },
  { category: 'means', re: w(`${alt('jump', 'jumping', 'jumped', 'throw myself', 'throwing myself')} ${alt('off', 'from')} (?:a |the )?${alt('bridge', 'building', 'roof', 'cliff', 'cliffs', 'car park', 'multi storey', 'balcony', 'tower')}`) },

  // ---- farewell and giving away
  { category: 'farewell', re: w(`this ${alt('is', 'will be')} (?:my )?${alt('goodbye', 'final goodbye', 'last post', 'final post', 'last message', 'final message')}(?! ${alt('for', 'before', 'until', 'till', 'of')})`) },
  // "my last post" as the previous one ("after my last post", "my last post sounded bad") is not a goodbye
  { category: 'farewell', re: new RegExp(`(?<! ${alt('after', 'since', 'in', 'about', 'from', 'on', 'to', 're', 'of', 'read')}) my ${alt('last', 'final')} ${alt('post', 'message', 'goodbye')}(?! ${alt('for', 'before', 'until', 'till', 'of', 'sounded', 'was', 'got', 'made', 'about', 'on', 'in', 'where', 'worried', 'scared', 'i')})(?= )`, 'g') },
  { category: 'farewell', re: w(`${alt('will not', 'not going to', 'may not', 'might not')} be ${alt('around', 'here', 'alive', 'on here')}(?: much)? ${alt('longer', 'for long', 'after tonight', 'by tomorrow', 'by the weekend', 'tomorrow', 'anymore', 'any more')}`) },
  { category: 'farewell', re: w(`${alt('when', 'after', 'once')} i am ${alt('gone', 'dead', 'not here', 'no longer here', 'not around')}`), endOfLife: true },
  { category: 'farewell', re: w(`before i go${ENDS}`) },
  { category: 'farewell', re: w(`${alt('will not', 'never', 'not going to')} be ${alt('posting', 'on here', 'writing')} ${alt('again', 'anymore', 'any more')}(?! ${alt('until', 'till', 'for', 'before', 'after')})`) },
  { category: 'farewell', re: w(`at peace with ${alt('my', 'the', 'this')} ${alt('decision', 'choice')}`) },
  { category: 'farewell', re: w(`by the time ${alt('you', 'anyone', 'someone', 'people', 'anybody')} ${alt('read', 'reads', 'see', 'sees')} this`) },
  { category: 'farewell', re: w(`${alt('will not', 'do not', 'not going to')} need ${alt('them', 'it', 'any of it', 'any of them', 'anything', 'my things', 'these')} ${alt('anymore', 'any more', 'where i am going', 'after')}`) },
  { category: 'farewell', re: w(`${alt('given', 'giving', 'gave')} away (?:${alt('all', 'most', 'most of', 'some of', 'all of')} )?(?:my )?${alt('things', 'stuff', 'belongings', 'possessions', 'jewellery', 'everything')}(?! ${alt('to charity', 'to the charity', 'free')})`), endOfLife: true },

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
  { category: 'self-harm', re: w(`${alt('cut', 'cutting', 'cuts', 'burn', 'burning', 'burned', 'burnt', 'hurt', 'hurting', 'hurts', 'harm', 'harming', 'harmed', 'harms', 'punish', 'punishing', 'punished', 'hit', 'hitting', 'scratch', 'scratching', 'scratched', 'starve', 'starving', 'stab', 'stabbing', 'mutilate', 'mutilating', 'choke', 'choking')} ${REFL}(?! ${alt('on(?! purpose)', 'shaving', 'cooking', 'while', 'by accident', 'accidentally', 'lifting', 'falling', 'when i fell', 'in the', 'at', 'doing', 'playing', 'exercising', 'with the kettle', 'with the iron', 'badly on', 'out')})`) },
  { category: 'self-harm', topic: true, re: w(`self ${alt('harm', 'harming', 'harmed', 'harms', 'injury', 'injuring', 'injured')}(?! ${alt('training', 'awareness', 'rates', 'rate', 'admissions', 'research', 'services', 'team', 'policy', 'course', 'among', 'statistics', 'figures', 'charity', 'leaflet', 'prevention', 'in teenagers', 'in young', 'in teenage')})`), weak: true },
  { category: 'self-harm', re: w(`${alt('cutting', 'cut', 'self harming', 'self harmed', 'self harm', 'hurting myself', 'burning myself', 'harming myself', 'hurt myself')} again`) },
  { category: 'self-harm', re: w(`${alt('cut', 'cutting', 'cuts', 'burn', 'burning', 'burned', 'burnt', 'scratch', 'scratching', 'slash', 'slashing', 'slashed', 'slit', 'carve', 'carving', 'carved', 'slice', 'slicing', 'sliced')} (?:${POSS}|into my|into ${POSS}) ${alt('arm', 'arms', 'leg', 'legs', 'wrist', 'wrists', 'thigh', 'thighs', 'skin', 'stomach', 'body')}(?! ${alt('on', 'while', 'by accident', 'accidentally', 'shaving', 'cooking', 'in the', 'at')})`) },
  { category: 'self-harm', re: w(`urge to ${alt('cut', 'self harm', 'hurt myself', 'harm myself', 'burn myself', 'punish myself')}`) },
  { category: 'self-harm', re: w(`relapsed(?: ${alt('with', 'on', 'into')})? ${alt('self harm', 'cutting', 'self harming')}`) },
  { category: 'self-harm', re: w(`${alt('skipping', 'skip', 'skipped', 'missing', 'miss', 'missed', 'not taking', 'stopped taking', 'stop taking', 'leaving out', 'omitting', 'restricting')} (?:${POSS} )?${MEDS}(?: doses)? ${alt('on purpose', 'deliberately', 'to hurt', 'to punish', 'to harm', 'because i want to', 'hoping', 'so i end up', 'so i die', 'and i do not care')}`) },
  { category: 'self-harm', re: w(`${alt('on purpose', 'deliberately')} ${alt('skipping', 'missing', 'not taking', 'skip', 'miss')}`) },
  { category: 'self-harm', re: w(`${alt('bang', 'banging', 'banged', 'hit', 'hitting')} my head ${alt('against', 'on')} the wall`) },
  // ---- added 2026-11: wording the first patterns missed
  // intent
  { category: 'intent', re: w(`going to do it ${alt('soon', 'tonight', 'this weekend', 'tomorrow', 'after the kids', 'when everyone', 'once everyone', 'when my', 'while', 'before my')}(?! ${alt('anyway', 'i think', 'with')})`) },
  { category: 'intent', re: w(`i ${alt('end', 'finish')} ${alt('it', 'everything', 'it all', 'my life')}(?= \\.| ,| $| x| for good)`) },
  { category: 'passive', re: w(`${alt('want', 'wanted')} ${alt('it', 'this', 'everything', 'it all', 'life')} (?:to be )?(?:all )?over(?= \\.| ,| $| x| now| for good| me)`) },
  { category: 'burden', re: w(`can not ${alt('go on', 'carry on', 'keep going', 'keep living', 'cope', 'do this', 'take')} like this(?= \\.| ,| $| ${alt('anymore', 'any more', 'much longer', 'for much longer', 'forever')})`) },
  { category: 'burden', re: w(`done \\. (?:${alt('just', 'so', 'completely', 'totally', 'really')} )?done`) },
  { category: 'means', re: w(`${alt('taking', 'take', 'swallowing', 'swallow', 'took')} ${alt('everything', 'all the pills', 'all the tablets', 'every pill', 'every tablet', 'all the meds')} in the ${alt('medicine cabinet', 'cupboard', 'house', 'drawer', 'bathroom', 'cabinet')}`) },
  { category: 'passive', re: w(`if i ${alt('got', 'get', 'was', 'were')} ${alt('hit', 'run over', 'knocked down', 'killed')}[^.]{0,40}?${alt('relieved', 'a relief', 'would not mind', 'would not care', 'fine by me', 'glad', 'happy')}`) },
  { category: 'intent', re: w(`${alt('want', 'wanted', 'going', 'ready', 'decided', 'about', 'planning', 'tempted')} to ${alt('end everything', 'finish it all', 'go through with it', 'stop being alive', 'stop living', 'check out for good', 'check out early')}(?! ${alt('from', 'of the', 'at the', 'to beat', 'of work', 'from work')})`) },
  { category: 'intent', re: w(`${alt('end', 'ending', 'finish', 'finishing')} (?:it|everything|things)(?: all)? ${alt('tonight', 'this weekend', 'tomorrow', 'soon', 'after christmas', 'before my', 'when the kids', 'once everyone', 'on friday', 'on sunday', 'on monday')}`) },
  { category: 'intent', re: w(`${alt('is when i', 'tonight is the night', 'is the night i', 'is the day i')}(?: ${alt('do it', 'end it', 'end everything', 'finish it', 'go')})?${ENDS}`) },
  { category: 'intent', re: w(`${alt('want', 'wanting')} out ${alt('of life', 'of this life', 'of living', 'of everything', '\\. out of life')}`) },
  { category: 'intent', re: w(`${alt('call it a day', 'calling it a day', 'checking out', 'check out', 'clock out', 'clocking out', 'tap out', 'tapping out')} ${alt('on life', 'on living', 'of life', 'on everything', 'for good', 'permanently', 'early')}(?! ${alt('from', 'of the', 'at the', 'to beat', 'of work', 'from work', 'tomorrow', 'on friday', 'today')})`) },
  { category: 'intent', re: w(`${alt('decided', 'ready', 'deserve', 'going', 'want', 'wanna')} to die(?! ${alt('of', 'from', 'laughing', 'for', 'with it', 'with my phone', 'on this hill')})`) },
  { category: 'intent', re: w(`suicide ${alt('keeps', 'is always', 'is all', 'is the only thing', 'keeps popping', 'keeps coming')}`) },
  { category: 'intent', re: w(`${alt('thought', 'thoughts', 'idea')} of ${alt('killing myself', 'ending my life', 'dying', 'suicide', 'ending it')} ${alt('is the only', 'calms', 'comforts', 'helps', 'keeps', 'will not go', 'is all')}`) },
  { category: 'intent', re: w(`${alt('nearly', 'almost')} ${alt('did it', 'went through with it', 'ended it', 'killed myself', 'jumped', 'took them', 'took the lot')}`) },
  { category: 'intent', re: w(`can not stop myself ${alt('this time', 'tonight', 'anymore', 'any more')}`) },
  // passive
  { category: 'passive', re: w(`${alt('would not', 'do not', 'will not')} ${alt('mind', 'care')} if ${alt('i died', 'i die', 'i did not wake up', 'i do not wake up', 'i never woke up', 'i was gone', 'i was dead', 'i got hit', 'something happened to me', 'it killed me', 'it took me', 'i did not come round', 'i never came round', 'i did not make it')}`) },
  { category: 'passive', re: w(`if ${alt('i died', 'i die', 'i did not wake up', 'i do not wake up', 'i never woke up', 'i never wake up', 'i did not come round', 'i do not come round', 'i did not make it', 'i do not make it')}[^.]{0,40}?${alt('relieved', 'a relief', 'fine by me', 'fine with me', 'ok with (?:it|that)', 'would not mind', 'would not care', 'glad', 'a blessing', 'for the best', 'happy', 'grateful')}`) },
  { category: 'passive', re: w(`if ${alt('a', 'the', 'my', 'this')} [^.,]{1,30}? ${alt('takes', 'took', 'ends', 'ended', 'finishes', 'finished', 'kills', 'killed', 'hits', 'hit', 'gets', 'got')} me(?: off)?[^.]{0,25}? ${alt('would not mind', 'would not care', 'do not mind', 'do not care', 'will not mind', 'would be relieved', 'would honestly be relieved', 'fine by me', 'so be it', 'good', 'a relief')}`) },
  { category: 'passive', re: w(`${alt('hope', 'hopes', 'hoped', 'hoping', 'pray', 'prayed', 'praying', 'wish', 'wished', 'wishing')}(?: that)? ${alt('i', 'i will', 'i would')} ${alt('do not', 'did not', 'would not', 'will not', 'never')} ${alt('come round', 'come around', 'make it', 'survive', 'pull through', 'wake up')}`) },
  { category: 'passive', re: w(`${alt('hope', 'hopes', 'hoped', 'hoping', 'wish', 'wishing', 'pray', 'praying')}(?: that)? i (?:just |simply )?${alt('do not wake up', 'never wake up', 'die in my sleep', 'go in my sleep', 'do not make it', 'die')}`) },
  { category: 'passive', re: w(`${alt('hope', 'hopes', 'hoped', 'hoping', 'wish', 'wishing', 'pray', 'praying')} [^.,]{1,40}?${alt('gets me', 'ends me', 'finishes me off', 'takes me in my sleep', 'take me in my sleep', 'comes back so it can')}`) },
  { category: 'passive', re: w(`${alt('want', 'wish i could', 'just', 'could just', 'like to')} (?:to )?(?:just )?${alt('disappear', 'vanish')} ${alt('forever', 'for good', 'and never come back', 'and not come back', 'permanently', 'and never be found', 'off the face of the earth')}`) },
  { category: 'passive', re: w(`${alt('want', 'need', 'wish')} ${alt('everything', 'it', 'it all', 'this', 'life', 'my life', 'the world')} to (?:just )?${alt('stop', 'end', 'be over')}(?: \\.| ,)? ${alt('for good', 'forever', 'permanently')}`) },
  { category: 'passive', re: w(`${alt('rather', 'sooner')} ${alt('not be here', 'not exist', 'not be alive', 'be gone', 'not wake up', 'die')}`) },
  { category: 'passive', re: w(`${alt('life', 'living', 'my life')} ${alt('is not', 'is no longer', 'does not feel', 'does not seem', 'is just not', 'is not really')} worth ${alt('living', 'it', 'it anymore', 'living anymore')}`) },
  { category: 'passive', re: w(`${alt('wish', 'wishing', 'hope', 'hoping')} my heart (?:would |will )?(?:just )?${alt('stop', 'stops', 'gives out', 'give out')}`) },
  { category: 'passive', re: w(`${alt('wish', 'wishing')} i ${alt('had', 'was', 'were')} ${alt('terminal', 'dying', 'a terminal illness', 'terminally ill', 'cancer')}`) },
  { category: 'passive', re: w(`swallow me up ${alt('for good', 'forever', 'permanently')}`) },
  { category: 'passive', re: w(`${alt('tired', 'sick', 'exhausted', 'fed up')} of ${alt('being alive', 'living', 'existing', 'being here', 'life itself')}(?= \\.| ,| $| and| i| so)`) },
  // plan
  { category: 'plan', re: w(`${alt('note', 'notes', 'letter', 'letters')} (?:${alt('for', 'to')} (?:my |the )?[a-z]+(?: to find)? )?${alt('is', 'are')} ${alt('in', 'on', 'under', 'by')} (?:the |my )?[a-z ]{0,15}?${alt('drawer', 'table', 'desk', 'bed', 'side', 'phone', 'drafts', 'kitchen', 'pillow', 'envelope', 'cupboard')}`), endOfLife: true },
  { category: 'plan', re: w(`${alt('note', 'notes', 'letter', 'letters')}[^.]{0,40} for after${ENDS}`), endOfLife: true },
  { category: 'plan', re: w(`${alt('written', 'wrote', 'writing', 'left')} (?:a |my |the )?${alt('goodbye', 'suicide', 'final')} ${alt('note', 'notes', 'letter', 'letters', 'message', 'messages')}`) },
  { category: 'plan', re: w(`${alt('picked', 'chosen', 'chose', 'found', 'scouted')} (?:the|a) ${alt('bridge', 'spot', 'place', 'method', 'tree', 'building', 'cliff', 'location')}(?! ${alt('for', 'to eat', 'to stay', 'to live', 'of')})`) },
  { category: 'plan', re: w(`${alt('have', 'got')} (?:the|a) ${alt('date', 'day')} ${alt('set', 'picked', 'chosen', 'in my head')}`) },
  { category: 'plan', re: w(`(?:the|a) ${alt('date', 'day')} ${alt('is set', 'is picked', 'is chosen')}${ENDS}`) },
  { category: 'plan', re: w(`${alt('know', 'worked out', 'figured out', 'decided')} (?:exactly )?${alt('how and when', 'when and how', 'how i would do it', 'how i will do it', 'how i am going to do it', 'where i would do it', 'the way i would do it', 'how and where')}`) },
  { category: 'plan', re: w(`how ${alt('long', 'quickly', 'fast')} (?:does it|would it|will it|it) ${alt('take', 'takes')} to die`) },
  { category: 'plan', re: w(`how ${alt('much', 'many')} [^.,]{1,30}?${alt('would kill', 'will kill', 'kills', 'to kill', 'would finish', 'to finish', 'finish off', 'would be fatal', 'is fatal', 'is lethal', 'would be lethal', 'would it take', 'to die', 'does it take')}`) },
  { category: 'plan', re: w(`how high [^.]{0,30}?${alt('bridge', 'multi storey', 'car park', 'building', 'cliff', 'cliffs', 'tower', 'block', 'balcony', 'roof', 'viaduct')}`) },
  { category: 'plan', re: w(`${alt('googling', 'googled', 'researching', 'researched', 'looked up', 'looking up', 'searching', 'searched')} [^.]{0,30}?${alt('how to die', 'how to kill myself', 'ways to die', 'methods', 'how much insulin', 'how many tablets', 'how many pills', 'lethal', 'fatal dose', 'quickest way', 'painless way', 'how long it takes to die', 'how to tie', 'overdose')}`) },
  { category: 'plan', re: w(`${alt('sorted', 'written', 'updated', 'done')} (?:out )?my will.{0,70}?${alt('notes', 'letters', 'goodbye', 'ready', 'at peace', 'given away', 'cancelled', 'calm now', 'the end')}`), endOfLife: true },
  { category: 'plan', re: w(`(?:i )?${alt('bought', 'got', 'ordered', 'have', 'buy', 'buying')} (?:the |a |some )?${alt('rope', 'ropes', 'charcoal', 'helium', 'razor blades', 'blades')}(?! ${alt('for', 'to', 'from the garden', 'at work')})`) },
  { category: 'plan', re: w(`${alt('stop', 'stopping', 'stopped', 'skip', 'skipping', 'skipped', 'refuse', 'refusing', 'miss', 'missing', 'quit', 'quitting', 'come off', 'coming off', 'not going to')} (?:${alt('my', 'the', 'all my')} )?${alt('dialysis', 'dialysis sessions', 'insulin', 'treatment', 'feeds', 'transplant meds', 'heart meds')}[^.]{0,30}?${alt('on purpose', 'deliberately', 'to die', 'so i die', 'so i can die', 'until i die', 'and let it happen', 'and let nature take its course', 'because i want to die', 'i want to die', 'i want it to be over', 'i want this to be over', 'so it ends', 'and it ends', 'and that will be it', 'hoping i die', 'hoping it kills me', 'go into dka', 'end up in dka')}`) },
  // means
  { category: 'means', re: w(`${alt('stash', 'stockpile', 'hoard', 'store', 'supply', 'months worth', 'weeks worth', 'box', 'load', 'collection')} of ${MEDS} ${alt('for when', 'for the end', 'hidden', 'saved', 'put away', 'i am keeping', 'for a way out', 'just in case i need', 'for later', 'for one day')}`) },
  { category: 'means', re: w(`${MEDS} [^.]{0,40}?${alt('for when (?:it is|the) time', 'for when i (?:decide|am ready|cannot|can not)', 'just in case i need a way out', 'for if i need a way out', 'as a way out', 'as my way out', 'my exit', 'an exit plan', 'my exit plan', 'when the time comes')}`) },
  { category: 'means', re: w(`${alt('stash', 'stockpile', 'hoard')} of ${alt('meds', 'pills', 'tablets', 'medication', 'insulin', 'painkillers')}`) },
  { category: 'means', re: w(`enough ${MEDS}(?: ${alt('saved', 'stored', 'hidden', 'now', 'collected', 'put by', 'here')})?(?: ${alt('to', 'now to', 'saved to')})? ${alt('die', 'not wake up', 'end it', 'kill me', 'kill myself', 'do it', 'do the job', 'finish me', 'never wake up', 'be sure')}`) },
  { category: 'means', re: w(`${alt('have', 'got', 'saved', 'collected', 'stockpiled')} enough ${alt('pills', 'tablets', 'meds', 'insulin', 'morphine', 'medication')}${ENDS}`) },
  { category: 'means', re: w(`${alt('counting', 'count', 'counted', 'looking at', 'staring at', 'lined up', 'lining up', 'laid out')} (?:${alt('my', 'all my', 'the', 'all the')} )?${MEDS}[^.]{0,40}?${alt('enough', 'how many', 'would be', 'would do it', 'kill', 'end it', 'not wake up', 'tonight')}`) },
  { category: 'means', re: w(`${alt('took', 'taken', 'take', 'swallowed', 'swallow', 'have taken', 'had', 'necked', 'injected', 'inject')} (?:${alt('a load', 'loads', 'a lot', 'too many', 'way too many', 'far too many', 'a handful', 'handfuls', 'a bunch', 'a whole box', 'a whole packet', 'a whole pack', 'a whole bottle', 'a whole strip', 'a months worth', 'every single one', 'too much', 'way too much', 'a massive dose', 'the whole lot', 'the whole box')})(?: of)? (?:${alt('my', 'the', 'his', 'her')} )?(?:${MEDS} )?[^.]{0,30}?${alt('on purpose', 'deliberately', 'i feel weird', 'feel weird', 'feeling sleepy', 'feel sleepy', 'an hour ago', 'earlier', 'i do not care', 'and waiting', 'to die', 'to not wake up', 'to end it', 'so i do not wake up', 'tonight', 'just now')}(?! ${alt('by mistake', 'by accident', 'accidentally', 'and rang', 'and called', 'and phoned')})`) },
  { category: 'means', re: w(`${alt('injected', 'inject', 'injecting')} ${alt('all', 'every', 'the whole', 'my whole', 'loads of', 'a load of')} (?:of )?(?:my )?${alt('insulin', 'novorapid', 'lantus', 'levemir', 'humalog', 'fiasp', 'pen', 'pens')}`) },
  { category: 'means', re: w(`${alt('bridge', 'bridges', 'cliff', 'cliffs', 'platform', 'platforms', 'railway', 'railway line', 'tracks', 'train tracks', 'river', 'sea', 'edge', 'roof', 'multi storey', 'car park', 'motorway', 'canal', 'lake', 'balcony', 'trains', 'train', 'viaduct', 'tower block', 'water')}[^.]{0,70}?${alt('thinking', 'thought', 'daydreaming', 'fantasising', 'fantasizing', 'wondering', 'imagining', 'dreaming', 'tempted', 'urge')} (?:about |of |to )?${alt('jumping', 'jump', 'going over', 'go over', 'stepping off', 'step off', 'stepping out', 'step out', 'stepping in front', 'not coming back', 'not going home', 'ending it', 'ending my life', 'throwing myself', 'letting go', 'walking in', 'swerving', 'swerve', 'driving off', 'falling', 'how easy it would be')}`) },
  { category: 'means', re: w(`${alt('thinking', 'thought', 'daydreaming', 'fantasising', 'fantasizing', 'imagining', 'dreaming')} (?:about |of )?${alt('jumping', 'stepping', 'throwing myself', 'swerving', 'driving', 'walking', 'going over')}[^.]{0,30}?${alt('bridge', 'cliff', 'cliffs', 'platform', 'train', 'trains', 'tracks', 'railway', 'river', 'sea', 'edge', 'roof', 'multi storey', 'car park', 'motorway', 'lorry', 'bus', 'oncoming', 'off it', 'off the')}`) },
  { category: 'means', re: w(`${alt('stood', 'standing', 'stand', 'sat', 'sitting', 'sit')} (?:${alt('at', 'on')} )?(?:the )?edge of (?:the )?${alt('platform', 'bridge', 'cliff', 'cliffs', 'roof', 'building', 'car park', 'multi storey', 'balcony')}`) },
  { category: 'means', re: w(`${alt('walk', 'walking', 'walked', 'swim', 'swimming', 'swam', 'wade', 'wading')} ${alt('into', 'out into', 'out to', 'in to')} (?:the )?${alt('sea', 'river', 'water', 'lake', 'waves')}[^.]{0,20}?${alt('not', 'never')} ${alt('come', 'coming', 'came')} back`) },
  { category: 'means', re: w(`${alt('crash', 'crashing', 'drive', 'driving', 'swerve', 'swerving', 'steer', 'steering')} (?:my car |the car )?${alt('into', 'off')} ${alt('a wall', 'a tree', 'the bridge', 'a bridge', 'oncoming', 'a lorry', 'the central reservation', 'a cliff', 'the cliff', 'the road', 'it')}(?! ${alt('by accident', 'accidentally', 'last year', 'in the snow', 'on the ice')})`) },
  // farewell
  { category: 'farewell', re: w(`${alt('this is goodbye', 'saying goodbye to (?:you all|everyone|all of you|kindred)', 'goodbye (?:everyone|all|kindred|all of you|my friends|friends|guys)', 'bye everyone', 'bye all', 'bye guys', 'said my goodbyes', 'say my goodbyes', 'saying my goodbyes', 'say goodbye properly', 'say bye properly', 'wanted to say goodbye', 'wanted to say bye', 'made my peace')}(?! ${alt('for now', 'for a bit', 'for a while', 'for the weekend', 'for the week', 'to my old', 'to the', 'until', 'till', 'see you', 'back', 'have a', 'enjoy', 'speak')})`), endOfLife: true },
  { category: 'farewell', re: w(`${alt('thank you', 'thanks', 'i love you')} ${alt('all', 'everyone', 'you all', 'for everything', 'all for everything', 'everyone for everything', 'for trying', 'for putting up with me', 'for being there', 'for being so kind', 'for being kind to me')}[^.]{0,20}?(?: \\. | , )?${alt('goodbye', 'bye', 'please do not be sad', 'do not be sad', 'take care of each other', 'look after each other', 'look after yourselves', 'i am sorry')}`), endOfLife: true },
  { category: 'farewell', re: w(`${alt('goodbye', 'sorry everyone', 'i love you all')}[^.]{0,10}?(?: \\. | , )${alt('thank you', 'thanks', 'i love you', 'sorry', 'please', 'take care', 'look after', 'goodbye', 'i am sorry', 'it is time')}`), endOfLife: true },
  { category: 'farewell', re: w(`${alt('logging off', 'signing off', 'leaving')} ${alt('for good', 'forever', 'for the last time', 'for the final time')}`), endOfLife: true },
  { category: 'farewell', re: w(`(?:you ${alt('will not', 'will never', 'are not going to')} ${alt('hear from', 'see', 'hear')} me again|^ ${alt('final', 'last')} ${alt('post', 'message', 'goodbye')}${ENDS})`), endOfLife: true },
  { category: 'farewell', re: w(`tell (?:my |the )?[a-z]+ (?:that )?(?:i am sorry|i love (?:her|him|them)|i am so sorry)`), endOfLife: true },
  { category: 'farewell', re: w(`${alt('it is', 'its')} not ${alt('your', 'her', 'his', 'their', 'anyone', 'anybody')} fault${ENDS}`), endOfLife: true },
  { category: 'farewell', re: w(`${alt('made', 'have made', 'i have made')} my ${alt('choice', 'decision')}${ENDS}`) },
  { category: 'farewell', re: w(`${alt('will not', 'do not', 'not going to', 'never going to')} need ${alt('them', 'it', 'any of it', 'any of them', 'anything', 'my things', 'these', 'those', 'this', 'that', 'any of this')}(?= \\.| ,| $| tbh| to be honest| x| honestly| after this| anymore| any more| where i am going| when i am gone)`), endOfLife: true },
  { category: 'farewell', re: w(`so ${alt('nobody', 'no one', 'noone')} ${alt('has', 'have', 'needs', 'will have')} to ${alt('sort', 'deal with', 'clear', 'go through')} ${alt('it', 'them', 'my things', 'my stuff', 'everything')}`), endOfLife: true },
  { category: 'farewell', re: w(`by the time ${alt('you', 'anyone', 'someone', 'people', 'anybody')} ${alt('read', 'reads', 'see', 'sees', 'find', 'finds')} this`) },
  { category: 'farewell', re: w(`${alt('please', 'can someone', 'someone', 'can you')} ${alt('look after', 'take care of', 'feed', 'rehome')} my ${alt('cat', 'dog', 'cats', 'dogs', 'pets', 'kids', 'children', 'babies')} ${alt('when', 'after', 'once')} i`), endOfLife: true },
  // burden and hopelessness
  { category: 'burden', re: w(`${alt('easier', 'kinder', 'better', 'happier', 'lighter', 'simpler', 'cheaper', 'save', 'saves', 'saved', 'a fortune')}[^.]{0,40}?if i (?:just )?${alt('disappeared', 'died', 'die', 'went', 'was to die', 'was not here', 'were not here', 'was gone', 'were gone', 'did not exist', 'was not around', 'was dead', 'were dead', 'had never been born', 'was not in it', 'were not in it', 'was out of the way')}`) },
  { category: 'burden', re: w(`if i (?:just )?${alt('disappeared', 'died', 'was not here', 'were not here', 'was gone', 'were gone', 'did not exist', 'was not around', 'was not in it', 'were not in it', 'was dead')}[^.]{0,30}?${alt('easier', 'kinder', 'better off', 'happier', 'relieved', 'notice', 'care', 'miss me', 'a favour', 'better')}`) },
  { category: 'burden', re: w(`${alt('no one', 'nobody', 'not one person')} (?:would |will )?(?:even )?${alt('notice', 'care', 'miss me')} if i ${alt('was', 'were', 'died', 'disappeared', 'went')}`) },
  { category: 'burden', re: w(`${alt('waste of space', 'waste of oxygen', 'waste of air', 'waste of a life', 'drain on everyone', 'dragging everyone down', 'a burden to everyone', 'a burden on everyone')}`) },
  { category: 'burden', re: w(`${alt('feel', 'feels', 'felt', 'feeling')} (?:like )?(?:i am )?(?:such |just |only |a total |a huge |a massive )?(?:a )?burden(?! ${alt('when they', 'when i ask', 'when my', 'asking', 'sometimes when', 'when he', 'when she')})`) },
  { category: 'burden', re: w(`no ${alt('reason', 'point')} (?:for me )?(?:to )?(?:still )?${alt('be here', 'be alive', 'exist', 'live', 'go on', 'carry on', 'wake up', 'keep going', 'keep trying')}`) },
  { category: 'burden', re: w(`${alt('way out', 'way out of this')} ${alt('except one', 'apart from one', 'other than one', 'but one', 'except the one', 'except that')}`) },
  { category: 'burden', re: w(`${alt('there is nothing left', 'nothing left for me', 'nothing left in me', 'nothing left to give', 'nothing left to fight for', 'got nothing left')}${ENDS}`) },
  { category: 'burden', re: w(`(?:i am|i feel|feel|feeling|so)(?: ${alt('so', 'completely', 'totally', 'utterly', 'just', 'really')})? hopeless(?= \\.| ,| $| and| no| about everything| about life| about the future)`) },
  { category: 'burden', re: w(`can not ${alt('face', 'do', 'take', 'bear', 'stand', 'handle')} ${alt('another', 'one more')} ${alt('day', 'year', 'night', 'morning', 'week', 'month')} (?:of ${alt('this', 'it', 'the pain', 'this pain', 'living like this', 'this life')}|like this)`) },
  { category: 'burden', re: w(`what is the point (?:${alt('in', 'of')} )?${alt('anything', 'trying', 'fighting', 'any of it', 'going on', 'me', 'waking up', 'carrying on', 'living')}${ENDS}`) },
  // self-harm
  { category: 'self-harm', re: w(`${alt('punch', 'punched', 'punching', 'hit', 'hitting', 'bang', 'banging', 'banged', 'smash', 'smashed', 'smashing')} (?:the |a |my )?${alt('wall', 'walls', 'door', 'mirror')}[^.]{0,40}?${alt('on purpose', 'till my', 'until my', 'to feel', 'to hurt', 'to punish')}`) },
  { category: 'self-harm', re: w(`${alt('want', 'wanting', 'wanted', 'urges', 'urge', 'need', 'needing', 'itching', 'craving', 'tempted')} to ${alt('cut', 'cut again', 'self harm', 'burn myself', 'hurt myself', 'harm myself', 'punish myself', 'hit myself')}(?! ${alt('down', 'back', 'out', 'the', 'my hair', 'it', 'up', 'costs', 'ties', 'corners')})`) },
  { category: 'self-harm', re: w(`${alt('started', 'starting', 'begun', 'began', 'back to', 'gone back to', 'went back to')} ${alt('cutting', 'self harming', 'hurting myself', 'burning myself', 'harming myself', 'to cut', 'to self harm', 'to hurt myself')}`) },
  { category: 'self-harm', re: w(`${alt('used to', 'use to', 'stopped')} ${alt('cut', 'self harm', 'hurt myself', 'burn myself', 'cutting', 'self harming')}[^.]{0,40}?${alt('started again', 'starting again', 'doing it again', 'back to it', 'relapsed', 'it is back', 'the urges are back', 'started up again')}`) },
  { category: 'self-harm', re: w(`${alt('arms', 'legs', 'thighs', 'wrists', 'stomach', 'skin', 'body')} (?:are |is )?${alt('a mess', 'covered', 'ruined', 'all scars')} ${alt('from', 'in', 'with')} ${alt('cutting', 'cuts', 'scars', 'burns', 'what i do', 'what i have done')}`) },
  { category: 'self-harm', re: w(`${alt('took', 'take', 'taking', 'injected', 'inject', 'injecting', 'had')} ${alt('extra', 'too much', 'way too much', 'more', 'loads of')} ${MEDS}[^.]{0,30}?${alt('on purpose', 'deliberately', 'to make myself', 'to go hypo', 'to hurt', 'to punish', 'so i go hypo', 'so i would go hypo')}`) },
  { category: 'self-harm', re: w(`${alt('not eaten', 'not eating', 'stopped eating', 'starving myself', 'refusing food', 'stopped drinking')}[^.]{0,40}?${alt('on purpose', 'deliberately', 'to punish', 'because i deserve', 'to hurt', 'as punishment')}`) },
  { category: 'self-harm', re: w(`${alt('hurting myself', 'cutting', 'self harm', 'self harming', 'burning myself')} ${alt('is the only thing', 'is all that', 'is the only way', 'makes the', 'helps me cope', 'is how i cope', 'is my way of coping', 'is my only')}`) },
  { category: 'self-harm', re: w(`(?:i )?${alt('deserve', 'deserved')} to ${alt('hurt', 'suffer', 'be hurt', 'be punished', 'feel pain', 'bleed')}`) },
  // others: only ever about someone else
  { category: 'others', re: w(`${alt('texted', 'messaged', 'sent', 'said')} (?:me |us |everyone )?(?:a )?${alt('goodbye', 'bye', 'goodbye message', 'goodbye text')}[^.]{0,40}?${alt('will not', 'not', 'can not get')} ${alt('answer', 'answering', 'reply', 'replying', 'pick up', 'picking up', 'respond', 'get hold', 'get through')}`) },
  { category: 'others', re: w(`${alt('he', 'she', 'they')} (?:${alt('has', 'have', 'is', 'are', 'keeps', 'keep')} )?(?:been )?${alt('saying goodbye to everyone', 'giving away (?:his|her|their) things', 'giving (?:his|her|their) things away', 'giving (?:his|her|their) stuff away', 'gave away (?:his|her|their) stuff', 'gave away (?:his|her|their) things', 'saying sorry to everyone', 'saving (?:his|her|their) pills', 'saving (?:his|her|their) tablets')}`) },
  { category: 'others', re: w(`${alt('says', 'said', 'keeps saying', 'told me', 'tells me', 'texted')} (?:that )?${alt('he', 'she', 'they')} ${alt('is', 'are', 'was', 'were')} ${alt('done', 'ready to go', 'ready to die', 'tired of living', 'going to end it', 'going to do it', 'better off dead', 'a burden', 'not going to be here')}`) },
  { category: 'others', re: w(`${alt('stopped', 'stopping', 'refusing', 'refused', 'not taking')} ${alt('his', 'her', 'their')} ${alt('insulin', 'dialysis', 'tablets', 'meds', 'medication', 'treatment')}[^.]{0,40}?${alt('on purpose', 'deliberately', 'ready to go', 'is done', 'wants to die', 'want to die', 'says she is', 'says he is', 'says they are')}`) },
  { category: 'others', re: w(`${alt('arms', 'legs', 'wrists', 'thighs')} ${alt('covered in', 'full of')} ${alt('cuts', 'scars', 'burns', 'marks')}`) },
  { category: 'others', re: w(`${alt('searched', 'googled', 'looked up', 'been searching', 'been looking up')} ${alt('how to tie a noose', 'how to kill', 'how to die', 'suicide', 'ways to die', 'lethal dose')}`) },
  // ---- added 2026-12: forms other writers used that the patterns missed (leave-one-source-out study)
  // self-harm: fresh wounds, hiding them, hurting oneself by other means
  { category: 'self-harm', re: w(`${alt('fresh', 'new')} ${alt('cuts', 'cut', 'scars', 'wounds', 'burns', 'marks')}(?! ${alt('from (?:the |my )?(?:surgery|op|operation|c section|biopsy|gardening|cat|dog|kitten|brambles|cooking|kitchen|shaving)', 'after (?:the |my )?(?:surgery|op|operation)', 'on the')})`) },
  { category: 'self-harm', re: w(`${alt('hide', 'hiding', 'hid', 'cover', 'covering', 'cover up', 'covering up')} (?:${alt('my', 'the', 'these', 'them')} )?(?:${alt('fresh', 'new')} )?${alt('cuts', 'marks', 'wounds', 'burns')}`) },
  { category: 'self-harm', re: w(`${alt('cut', 'cutting')} ${alt('deeper', 'too deep', 'really deep', 'so deep', 'deeper than')}(?! ${alt('into', 'than his', 'than her', 'than any')})`) },
  { category: 'self-harm', re: w(`${alt('bite', 'biting', 'bit', 'punch', 'punching', 'punched', 'hit', 'hitting', 'pinch', 'pinching', 'scratch', 'scratching', 'scratched', 'slap', 'slapping', 'bang', 'banging', 'banged')} (?:it|my ${alt('arm', 'arms', 'leg', 'legs', 'hand', 'hands', 'thigh', 'thighs', 'wrist', 'wrists', 'skin', 'face', 'head', 'whole arm', 'stomach', 'fists', 'knuckles')}) [^.]{0,30}?${alt('until', 'till', 'til', 'to feel', 'on purpose', 'so hard', 'to punish', 'against the wall', 'against the door', 'over and over', 'because i wanted to feel')}`) },
  { category: 'self-harm', re: w(`${alt('burning', 'burnt', 'burned', 'burn')} (?:myself |my ${alt('arm', 'arms', 'hand', 'skin', 'leg', 'legs')} )?${alt('with cigarettes', 'with a cigarette', 'with a lighter', 'with the lighter', 'on the hob')}`) },
  { category: 'self-harm', re: w(`(?:i )?${alt('told', 'tell', 'said to')} ${alt('them', 'the nurse', 'the doctor', 'the nurses', 'everyone', 'people', 'my mum', 'my partner', 'the hospital', 'work')} it was an accident (?:\\. |, )?it ${alt('was not', 'was no accident')}`) },
  { category: 'self-harm', re: w(`i ${alt('self harmed', 'cut', 'cut myself', 'hurt myself')} ${alt('and now', 'and it needs', 'and i need', 'and need')}`) },
  // means: hiding, hoarding and buying in more than one place; stopping treatment on purpose
  { category: 'means', re: w(`${alt('hid', 'hidden', 'hide', 'hiding', 'stashed', 'stash')} (?:${alt('a load of', 'some of', 'all of', 'loads of', 'a few of', 'all')} )?(?:${alt('my', 'the')} )?${MEDS} ${alt('from', 'under', 'in my', 'behind')}`) },
  { category: 'means', re: w(`${alt('saved', 'saving', 'keeping', 'kept', 'hid', 'hidden', 'stashed', 'collecting', 'put away', 'putting away', 'put by')}[^.]{0,60}? for when i ${alt('decide', 'am ready', 'have had enough', 'need a way out', 'need them', 'finally do it', 'do it', 'can not take')}`) },
  { category: 'means', re: w(`${MEDS}[^]{0,60}? not for ${alt('a headache', 'my headache', 'headaches', 'my pain', 'pain', 'the pain', 'my back', 'my back pain', 'the usual reason')}(?= \\.| ,| $)`) },
  { category: 'means', re: w(`${alt('stopped', 'stopping', 'stop', 'quit', 'quitting', 'not taking', 'skipping', 'come off', 'coming off')} (?:taking )?(?:${alt('my', 'the', 'all my')} )?${alt('warfarin', 'apixaban', 'rivaroxaban', 'blood thinners', 'anticoagulants', 'steroids', 'biologic', 'biologics', 'immunosuppressants', 'transplant meds', 'anti rejection meds', 'heart meds', 'heart tablets', 'insulin', 'dialysis', 'meds', 'medication', 'tablets')}[^]{0,40}?${alt('not by accident', 'on purpose', 'deliberately', 'hoping for a', 'hoping it', 'hoping i', 'letting the', 'let it take', 'to die', 'so i die')}(?! ${alt('with', 'under', 'because', 'as advised', 'on advice', 'after talking', 'to taper', 'and tapering', 'tapering')})`) },
  { category: 'means', re: w(`${alt('not', 'never')} ${alt('handed', 'handing', 'taken', 'taking', 'given', 'giving')} ${alt('it', 'them')} back[^]{0,60}?${alt('look at', 'looking at', 'keeping', 'want them', 'want it', 'for me', 'for when', 'just in case', 'with the others')}`) },
  { category: 'means', re: w(`${alt('want', 'keeping', 'keep')} ${alt('them', 'it')} for me(?= \\.| ,| $)`) },
  // passive
  { category: 'passive', re: w(`${alt('welcome', 'welcomed', 'embrace', 'invite')} death`) },
  { category: 'passive', re: w(`death ${alt('sounds', 'seems', 'feels', 'would be', 'looks')} (?:so |like )?(?:a )?${alt('peaceful', 'nice', 'relief', 'welcome', 'comforting', 'appealing', 'like the only', 'easier', 'better')}`) },
  { category: 'passive', re: w(`${alt('thought', 'idea')} of ${alt('being dead', 'death', 'dying', 'not existing', 'not being here', 'not waking up')} ${alt('is the only', 'comforts', 'calms', 'feels comforting', 'is comforting', 'is a comfort', 'helps me sleep')}`) },
  { category: 'passive', re: w(`${alt('just', 'only', 'basically', 'simply')} waiting to die`) },
  { category: 'passive', re: w(`${alt('envy', 'jealous of')} ${alt('people', 'those', 'anyone', 'everyone')} who ${alt('die', 'died', 'get to die', 'pass away')}`) },
  { category: 'passive', re: w(`${alt('hope', 'hoping', 'pray', 'praying', 'wish')} ${alt('the', 'my')} ${alt('surgery', 'operation', 'op', 'anaesthetic', 'treatment')} ${alt('goes wrong', 'kills me', 'fails', 'does not work')}`) },
  { category: 'passive', re: w(`ready to go(?: \\.| ,)? not in a good way`) },
  // burden
  { category: 'burden', re: w(`${alt('stealing', 'wasting', 'using up')} ${alt('oxygen', 'air')}`) },
  { category: 'burden', re: w(`${alt('deserve', 'deserves')} to ${alt('live', 'be alive', 'be here')} more than me`) },
  { category: 'burden', re: w(`${alt('do not', 'does not', 'never')} deserve to ${alt('live', 'be alive', 'be here', 'exist')}`) },
  { category: 'burden', re: w(`(?:doing|do) ${alt('them', 'everyone', 'the world', 'my family', 'my kids', 'my parents', 'him', 'her')} a favour by ${alt('dying', 'going', 'disappearing', 'not being here', 'being gone', 'killing myself')}`) },
  { category: 'burden', re: w(`${alt('better', 'best')} (?:for everyone )?if i ${alt('die', 'died', 'was dead', 'were dead', 'was gone', 'were gone', 'go')}${ENDS}`) },
  // farewell
  { category: 'farewell', re: /(?<!(?:after|since|about|from|on|to|re|of|read|in) my) (?:final|last) (?:post|message|goodbye)(?= \.| ,| $)/g, endOfLife: true },
  { category: 'farewell', re: w(`forgive me ${alt('everyone', 'all', 'all of you', 'guys', 'kindred', 'please')}(?= \\.| ,| $)`), endOfLife: true },
  { category: 'farewell', re: w(`i am letting go(?= \\.| ,| $| now)`), endOfLife: true },
  { category: 'farewell', re: w(`(?:this is|it is|this will be) the last time ${alt('you will hear from me', 'you hear from me', 'i post', 'i will post', 'i write')}`), endOfLife: true },
  { category: 'farewell', re: w(`${alt('last', 'final')} night on earth`) },
  { category: 'farewell', re: w(`${alt('when', 'after', 'once')} i am gone`), endOfLife: true },
  // plan
  { category: 'plan', re: w(`that is ${alt('my', 'the')} ${alt('date', 'day')}(?= \\.| ,| $)`) },
  { category: 'plan', re: w(`${alt('everything is', 'it is all', 'all')} ${alt('planned', 'mapped out', 'sorted out')}(?= \\.| ,| $| so| now)`) },
  { category: 'plan', re: w(`${alt('have', 'got')} (?:a |the )?(?:whole )?(?:it all )?${alt('mapped out', 'planned out', 'a backup plan', 'a time and a place', 'time and place')}`) },
  { category: 'plan', re: w(`${alt('decided on', 'settled on', 'chosen', 'picked')} a method`) },
  { category: 'plan', re: w(`counting down the days(?! ${alt('to', 'till', 'until', 'for')})`) },
  // intent
  { category: 'intent', re: w(`i will be ${alt('dead', 'gone')} ${alt('by', 'before', 'soon', 'tomorrow', 'tonight', 'this time', 'next week', 'in a')}(?! the time i (?:finish|get))`) },
  // others: what someone the writer knows did or said
  { category: 'others', re: w(`${alt('he', 'she', 'they')} (?:${alt('has', 'have', 'had', 'would', 'is', 'are', 'just')} )?${alt('taken', 'took')} ${alt('something', 'an overdose', 'too many', 'a load', 'loads', 'all of', 'the lot', 'a bunch')}(?! for (?:her|his|their|the) (?:headache|pain|cold|back))`), weak: true },
  { category: 'others', re: w(`${alt('cut', 'cuts', 'scars', 'marks', 'burns', 'bruises')} on (?:${alt('his', 'her', 'their')}) ${alt('arm', 'arms', 'wrist', 'wrists', 'leg', 'legs', 'thigh', 'thighs', 'stomach')}`) },
  { category: 'others', re: w(`${alt('wishes', 'wished', 'says', 'said', 'keeps saying', 'told me', 'tells me')} ${alt('he', 'she', 'they')} ${alt('was', 'were', 'is', 'are')} ${alt('dead', 'never born', 'not alive', 'better off dead')}`) },
  { category: 'others', re: w(`${alt('sounded', 'sound', 'sounding', 'sounds', 'read', 'reads', 'looked')} like ${alt('goodbyes', 'a goodbye', 'goodbye', 'a suicide note', 'a farewell', 'a goodbye note')}`) },
  { category: 'others', re: w(`${alt('saying', 'said', 'say')} goodbye to ${alt('her', 'his', 'their')} ${alt('cats', 'cat', 'dog', 'dogs', 'pets', 'kids', 'family', 'children', 'friends')}`) },
  { category: 'others', re: w(`${alt('tablets', 'pills', 'meds')} in front of ${alt('them', 'him', 'her')}`) },
  { category: 'others', re: w(`${alt('he', 'she', 'they')} (?:${alt('is', 'are', 'has been', 'have been', 'keeps', 'keep')} )?${alt('sorting', 'sorted', 'putting')} ${alt('his', 'her', 'their')} affairs`) },
  // ---- added 2026-12 (holdout-3 studied by class): counterfactual wishes, becoming a burden, pressing on wounds, relapse
  { category: 'passive', re: w(`wish i ${alt('had', 'would', 'would have')} ${alt('died', 'not survived', 'never survived', 'not woken up', 'never woken up', 'not made it', 'never made it', 'been killed', 'not come round', 'never come round')}`) },
  { category: 'burden', re: w(`i (?:have )?(?:just )?(?:become|becoming) (?:${alt('such', 'nothing but', 'just', 'only', 'a total', 'a huge', 'a massive', 'a')} )*burden`) },
  { category: 'burden', re: w(`i am (?:just |only )?taking up ${alt('space', 'a bed', 'room', 'oxygen', 'resources', 'air')}(?! ${alt('in the', 'on the', 'with my')})`) },
  { category: 'self-harm', re: w(`my ${alt('bruises', 'scabs', 'wounds', 'cuts', 'scars', 'burns')}[^.]{0,20}? to make ${alt('them', 'it')} ${alt('hurt', 'bleed', 'sting')}`) },
  { category: 'self-harm', re: w(`relapsed (?:${alt('tonight', 'today', 'last night', 'again', 'this morning')} )[^.]{0,40}?${alt('self harm', 'self harming', 'cutting', 'clean', 'free')}`) },
];


// ---- context ---------------------------------------------------------------------------------

/** Figures of speech, titles and clinical phrases: blanked out before matching. */
const FIGURES: RegExp[] = [
  / (?:die|died|dying|dead) (?:of|from|with) (?:embarrassment|laughing|laughter|shame|boredom|cringe|fright|shock|excitement|jealousy)(?= )/g,
  / dying (?:to|for)(?= )(?! be honest)/g,
  / to die for(?= )/g,
  / (?:bored|scared|sick|worried|frightened|tired|freezing|frozen) to death(?= )/g,
  / (?:could|would) (?:kill|murder) (?:for|a)(?= )/g,
  / (?:be|is|was|will be) the death of me(?= )/g,
  / (?:could have|nearly|almost|literally) died(?= )/g,
  / (?:going to |gonna |will )?die on (?:this|that) hill(?= )/g,
  / (?:nearly |almost )?(?:killed|kill|killing) myself (?:laughing|with laughter)(?= )/g,
  / suicidal (?:back pass|pass|tackle|defending|run|overtake|move|challenge|header|dive|shot)(?= )/g,
  / (?:rather|sooner) be buried alive(?= )/g,
  / (?:i will |i can |i will only )?(?:rest|sleep|retire|slow down|stop|relax) when i am dead(?= )/g,
  // threats to people and things, breaking up, sleeping in, a hard week: "kill my brother", "end it with my boyfriend"
  / (?:kill|murder|strangle|throttle) (?:my|his|her|the|that) (?:brother|sister|husband|wife|mum|mam|mom|dad|son|daughter|partner|boyfriend|girlfriend|kids?|cat|dog|neighbours?|boss|phone|laptop|printer)(?= )/g,
  / (?:end|ending|ended|finish|finishing) (?:it|things) with (?:my|him|her|them|the)(?= )/g,
  / cut(?:ting)? (?:ties|back|down|out)(?= )/g,
  / (?:not|never|did not|didnt) wake up (?:till|until|before)(?= )/g,
  / (?:like|as if|as though) (?:i have been|i had been|i was|i got|i have|i) (?:been )?(?:hit|run over) by a (?:bus|truck|lorry|train|tank)(?= )/g,
  / (?:wake|raise) the dead(?= )/g,
  / (?:will|would|is going to|gonna|going to) kill me (?:when|if|for)(?= )/g,
  / (?:i will|i would|i am going to|gonna) end (?:them|him|her|you)(?= )/g,
  / (?:will not|would not|wo not|not going to|none of us will|nobody will) (?:be around|be here|live) forever(?= )/g,
  / (?:sudden death|permadeath|death match|deathmatch|death metal|death star|death eater)s?(?= )/g,
  / my (?:heart|nerves|back|knees|feet|bladder|stomach|bank account|wallet) (?:can not|could not) take (?:it|this|much more|any more|anymore)(?= )/g,
  / (?:my |the |our )?(?:avatar|character|sim|toon|player|lemming|hero|guy in the game)s? (?:[a-z]+ )?(?:jumped|jumps|jumping|fell|died|dies|killed|kills)(?= )/g,
  / (?:cut|cutting|burnt|burned|burn|nicked) myself (?:shaving|cooking|chopping|on the|with the|gardening|opening)(?![a-z ]*(?:on purpose|deliberately|to punish|to feel|so it would|so that it))(?= )/g,
  / (?:phone|battery|laptop|charger|car|knees?|back|feet|legs|hips?|ipad|kindle|plant|plants|brain cells?) (?:is|are|was|were|has|have)(?: [a-z]+){0,2} (?:dead|dying|died|ready to die)(?= )/g,
  / (?:suicide squad|better off dead (?:is|was|film|movie)|film better off dead|live and let die|die hard|die another day|no time to die|kill bill|i want to die but i want to eat tteokbokki|reasons to stay alive|suicide is painless|13 reasons why|thirteen reasons why|dead poets society|how to save a life|knocking on heavens door|knockin on heavens door)(?= )/g,
  / suicide (?:prevention|awareness|helpline|training|charity|rates?|risk|statistics|strategy|bereavement|attempt survivors?|survivors?)(?= )/g,
  / (?:end|ending) (?:this|the) (?:thread|post|discussion|day|week|call|contract|trial|tenancy|membership)(?= )/g,
];

const CLAUSE_BREAK = / (?:\.|,|\?|but|though|although|however|except|yet) /g;
const NEGATION = /\b(?:never|not|no|nor|without|accidentally|by accident)\b/;
const NOT_NEGATION = /\b(?:not sure|not know|not stop|can not stop|could not stop|not help|not cope|not bear|no one|no way|not even|not tell|not want anyone|not talk|nobody|no idea|no reason|no point|not see)\b/;
const REPORTED = /\b(?:ask(?:ed|s)? (?:me )?(?:[a-z]+ ){0,4}?(?:if|whether|about)|ask(?:ing|ed|s)? (?:someone|them|people|him|her|a person|directly)|how to ask|(?:are|were|have|do|did) you(?: [a-z]+){0,2}(?= $)|fill(?:ing|ed|s)? (?:out|in) the(?: [a-z]+){0,4}(?= $)|what to do if|thoughts (?:like|such as)|(?:challenging|challenge|reframing|reframe|noticing|naming|name) (?:thoughts|the thought)|questionnaire|form asks|phq|assessment|a question about|screening question)\b/;
const ANSWER_NO = / (?:and |but )?i (?:said|answered|replied|ticked|put|circled) (?:no|never|not at all)\b| (?:and )?(?:honestly )?i do not(?: \.| ,| $| i just)| i (?:said|told (?:them|her|him)) i (?:was|am) (?:safe|ok|fine)\b/;
const CLINICAL = /\b(?:leaflet|side effects?|study|studies|research|paper|article|training|course|prevention|awareness|rates?|statistics|risk of|higher risk|patients|news|bbc|guardian|reported|coroner|can cause|may cause|causes|linked to|warning|monitored|monitor|screening|lists|samaritans|how to support|how to help someone|support someone|a good page|website|resources|dissertation|nice guidance|guidance|ideation|lecture|webinar|workshop|seminar|volunteers?|disclos(?:es|ed|ing|e|ures?)|poster|the signs|audit|module|cbt|worksheet|mhfa|mental health first aid|trainer|as a nurse|peer supporter|recognising|recognise|signs of|evidence|explained|the difference between|camhs|clinicians?|practitioners?|staff|nurses|safeguarding|psychoeducation|phq|questionnaire|scored|helpline data|(?:our|the|their) data|data shows|calls about|(?:a|as a|i am a) (?:district nurse|nurse|gp|doctor|paramedic|pharmacist|support worker|teacher|counsellor))\b/;
const RECOVERY = /\b(?:at my (?:worst|lowest)|there was a (?:winter|summer|year|time|period|spell|point)|last (?:year|christmas|winter|summer|spring)\b[^.]*\. this (?:year|christmas|winter|summer|spring)|this (?:winter|summer|year|christmas) i (?:joined|started|am|have|got|went)|years? ago|decades? ago|(?:\d+|a few|several|many|some|eighteen|eight|nine|ten|eleven|twelve) months ago|(?:years?|months?) later|(?:after|since) my (?:overdose|attempt|suicide attempt)|(?:the )?old me|remember when i|(?:have not|had not|not) (?:cut|self harmed|hurt myself|harmed myself|burned myself)(?: myself)? (?:since|for|in)|i am \d+ now|used to|there was a time|when i (?:felt|was) (?:suicidal|at my lowest|in (?:a|that) dark place)|when i was (?:younger|young|a teenager|a teen|at school|at uni|a student|first diagnosed|diagnosed|\d+)|back (?:in|when)|(?:clean|free of it|self harm free|free from it) for|(?:years|months) clean|survived|survivor|looking back|in the past|recovered|recovery|got (?:me )?through|pulled me through|helped me (?:recover|through)|gets? better|got better|glad i am still here|glad to (?:still )?be here|grateful to (?:still )?be here|better place|now i (?:run|volunteer|work|know)|now i am (?:\d+|(?:so |much |doing |really |finally )?(?:well|better|happier|ok|okay|fine|happy|stable|engaged|married|thriving|in a (?:good|better) place|a (?:mum|mom|dad|nurse|peer supporter|volunteer)))|now i have (?:a|two|three|kids|children|a job|a family|a partner)\b|i am (?:doing )?(?:well|better|okay|ok|fine) now|these days i|turned it around|(?<=(?:^|[.,]) )(?:i once|once|(?:in|during|around) (?:19|20)\d\d)|when i first|since i last|last time i|longest streak|(?:years?|months?|weeks?|days?) (?:free|clean|without)|free from (?:self harm|cutting|it|suicidal)|no longer|(?<=(?:^|[.,]) )not (?:anymore|any more)|remission|stable for|well for|doing well|kept me (?:stable|well|safe|alive|going)|so far from that|stopped at \d+|my old (?:diary|journal)|(?:i am|i have been|i feel|doing|doin|feeling)(?: [a-z]+){0,3} (?:grand|alright|okay|ok|fine|well|better|champion|good|great|happy)(?: [a-z]+){0,3} (?:now|noo|these days)|behind me|so much better|(?:a|couple of|few|couple) (?:years?|year|months?) back|\d+ (?:yrs?|years?|months?|weeks?|days?) (?:clean|free)|self harm free|(?:for most of|all through|throughout|in) (?:my )?(?:teens|teenage years|twenties|20\d\d|19\d\d)|my teenage years|(?:tried|attempted|wanted|was|were|thought|felt)[^.]{0,40} in (?:19|20)\d\d|(?:years?|months?) since i (?:was|tried|last|attempted)|i remember (?:thinking|feeling|wanting|when)|(?:years?|months?)(?: and [a-z]+(?: [a-z]+)?)? (?:later|on)(?= ,| \.| $| i )|at (?:its|their|his|her) (?:worst|lowest|darkest)|my darkest (?:time|days?|point|period|year)|(?<=(?:^|[.,]) )now i am back|i am back (?:at|to) work|changed everything|saved my life|glad i (?:stayed|stuck (?:it )?out|held on|did not)|(?:been |am |stayed )?clean (?:for )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:years?|months?|weeks?)|stopped (?:cutting|self harming|hurting myself)|never (?:gone|went|been) back|(?:have|had) not (?:done it|cut|self harmed|hurt myself) for|learned other ways|found (?:a|another|other) ways? to (?:live|cope)|it took me (?:years|months|a long time|ages) to|like i did|when i was first (?:told|diagnosed)|i was once|(?<=(?:^|[.,]) )now i (?:set|run|volunteer|work|know|help|love|enjoy|look forward|get up|paint|walk|cycle|swim|have a routine|have got a routine)|(?:enjoying|enjoy|loving|love) (?:life|living|my life) again)\b/;
const PRESENT = /\b(?:again|(?:has |have |is |it is )?(?:come|comes|came) back|last night|fresh|right now|tonight|at the moment|currently|these days i (?:feel|want)|lately|close to that|creeping back|is back|are back|coming back|starting to feel|feel (?:that|it) again|this week|recently|relapsed|relapse|started again|starting again|still (?:want|wish|feel|think|have|get|cut))\b/;
const THIRD = /\b(?:he|she|they|his|her|their|him|them|himself|herself|themselves|themself|someone|somebody|who|man|woman|men|women|boy|girl|person|people|celebrity|singer|actor|footballer|teenager|pupil|farmer|character)\b/;
const FIRST = /\b(?:i|me|myself|we|us)\b/;
const RELATION = /\b(?:my|our) (?:(?:best|close|old|oldest|youngest|teenage|little|older|younger|elderly|step|twin) )*(?:friend|mate|son|daughter|mum|mom|mother|dad|father|husband|wife|partner|brother|sister|flatmate|housemate|nan|gran|granny|grandad|grandma|grandpa|grandad|boyfriend|girlfriend|uncle|aunt|auntie|cousin|niece|nephew|child|kid|kids|children|teenager|teen|colleague|neighbour|fiance|fiancee|stepson|stepdaughter|client|patient|student|pal|bestie|bf|gf|other half|missus|hubby|lad|boy|girl|mam|ma|da|fella|eldest|youngest|granddaughter|grandson|grandchild|mother in law|father in law|sister in law|brother in law|stepmum|stepdad|carer|group member|oh|\d+ (?:year|yr) old|\d+ yo)s?\b|\b(?:someone|somebody|a friend|a mate|friend of mine|loved one|friend from group|member of (?:our|my) group|(?:our|a|another|the) (?:member|user|poster)|(?:friend|mate|girl|lad|boy) (?:from|at|in) (?:uni|school|work|college|church|group|my class))\b/;

const NOT_BETTER = / (?:never|not|will not|is not|does not|do not) (?:ever )?(?:going to |gonna )?(?:gets?|getting|be|going to be) better(?= )/g;
/** Planning for a terminal illness: letters, goodbyes and a will are not a crisis there. */
const END_OF_LIFE = /\b(?:terminal|terminally|hospice|palliative|end of life|months left|weeks left|months to live|weeks to live|a year to live|a year left|no more treatments?|dnacpr|dnr|advance care|advance decision|motor neurone|mnd|oncologist said|oncologist says|months (?:, )?not years|weeks (?:, )?not months|(?:consultant|doctor|oncologist|specialist|team) (?:has |have )?(?:said|says|told me) i (?:have|have got|got) (?:about |around |maybe |only )?(?:a|one|two|three|six|\d+) (?:years?|months?|weeks?)|(?:told|been told) i (?:have|have got|got) (?:months|weeks)|bucket list|resuscitat[a-z]*|end stage)\b/;
/**
 * Loss and its paperwork, someone else's death or a pet's: grief, a eulogy, someone who "passed
 * away", an executor, a lasting power of attorney, a letter of wishes or ReSPECT form, a pet put to
 * sleep, the first Christmas without someone. Words of death and goodbye there are mourning or
 * planning, not a crisis of the writer's (on holdout-4, a eulogy, a friend who passed away, a will
 * and a dog's last day were false alarms). Not a funeral or a will on their own: "sorted my will
 * and the letters" and "the funeral I'll be having sooner than anyone thinks" are farewells.
 */
const BEREAVEMENT = /\b(?:eulogy|passed away|bereave[a-z]*|grieving|grief (?:group|counsell?ing|counsell?or|support)|executor|power of attorney|lpa|letter of wishes|respect form|(?:was|were|be|being|had (?:him|her|them)|have (?:him|her|them)) put to sleep|put (?:him|her) to sleep|(?:first|1st) (?:christmas|birthday|mothers day|fathers day|anniversary) without)\b/;
/** Speaking to someone else ("if you are thinking about suicide, please call…"): support, not a crisis of the writer's. */
const SUPPORTIVE = /\b(?:if you(?: are| have| ever| feel| re)?|if your|please (?:do not|call|reach|talk|ring|contact|look|know|get|try|speak|tell|keep|remember|be kind)|you are not|you can|you matter|you are worth|reach out|call samaritans|call 116|take it seriously|be kind to yourself|speak to your|talk to your)\b/;
/**
 * A reply giving advice to the reader ("please be kind to yourself… if the urges get bad, try…",
 * "please get support with the suicidal feelings"): crisis words there with no first person in
 * their clause are the reader's, or anyone's, not the writer's.
 */
const READER_ADVICE = /\b(?:be kind to yourself|look after yourself|take care of yourself|please (?:get|talk|speak|reach|call|ring|know|do not wait|do not sit|try|keep)(?! (?:to )?me\b)|speak to your|talk to your|you are not alone|you have come through|you (?:can|will) get through|big hugs|sending (?:hugs|love)|your post|take it seriously|(?:i am )?so sorry you (?:feel|are feeling|are going through|have been)|can you (?:ring|call|phone|text|talk to|message) (?:someone|somebody|a friend|samaritans|111|your)|we will (?:stay|be) here (?:with|for) you|we are here for you)\b/;
const SECOND_PERSON = /\b(?:you|your|yourself)\b/;
/** Advice opening a clause ("please get support with…", "please know that…"). */
const ADVICE_OPENING = /^(?:and |but |so )?(?:please |do |just )?(?:get|try|talk|speak|call|ring|reach|seek|know|remember|keep|take|be kind|look after|do not wait|do not sit)\b/;
/** A joke said of oneself ("i would rather be dead . joking", "(joking obviously)"); "not joking" and "he is joking" are not. */
const JOKE = /(?<!\b(?:not|never|no|he|she|they|is|was|were|if|s|even) )\b(?:joking|kidding)(?: obviously)?(?= \.| ,| lol| $)|\b(?:only|just) (?:joking|kidding)\b|\bobviously joking\b/;
/** An accident or a mix-up ("took an extra one by mistake"), not "it was not an accident" or "made it look like an accident". */
const ACCIDENT = /(?<!\b(?:not|no|look|looks|looked|say|said|pretend|pretended|claim|claimed|like|tell|told them) )\b(?:by (?:accident|mistake)|accidentally|wrong (?:dose|drip|label|tablets?|pills?|medicine|medication)|mixed up|mix up|overdose scare|a scare)\b/;
/** Telling people the writer is safe ("i am okay . i am not going to do anything", "just to reassure everyone"). */
const REASSURED = /\b(?:i am (?:okay|ok|safe|alright|fine)(?= \.| ,| $| now| really| honestly| i promise)|not going to do anything|i promise i am not|(?:do not|no) (?:have )?(?:a |any )?plans? to|just to reassure|to reassure|i was just (?:very |really |so )?(?:frustrated|angry|venting|upset|tired))\b/;
/** A question put to the writer ("have you had thoughts that you would be better off dead ?"). */
const QUESTION_TO_READER = /\b(?:have|do|did|are|were|would) you (?:ever )?(?:had|have|felt|feel|been|thought|think|wanted|want)\b/;
/** "It is not that I want to die": the words are denied, though no negation sits right before them. */
const DENIED = /\b(?:it is not that|i do not (?:feel|think|believe)(?: like| that)? i(?= (?:would be|want|wanted|need|am) |\s*$)|not that i|not like i|does not mean i|to be clear|not because i|i am not saying|not saying i|not wanting (?:it|to)|not (?:being )?morbid)\b/;

const PROFESSIONAL = /\b(?:my|our) (?:patients?|clients?|students?|pupils?|service users?|residents?)\b/;
/** Past relapses ("relapsed last year") and good things happening again ("enjoying life again"): not the present. */
const NOT_PRESENT = / (?:relapsed?|relapsing)(?: with| into| on)?(?: [a-z]+){0,3} (?:last year|years? ago|months ago|in (?:19|20)\d\d|at \d+)(?= )| (?:enjoying|enjoy|loving|love|living|happy|smiling|laughing|working|walking|running|cycling|dancing|swimming|painting|driving|sleeping|eating|cooking|you can)(?: [a-z]+){0,2} again(?= )/g;

/** Worry for a person ("should I be worried", "what do I do"): the writer knows them, even unnamed or misspelt. */
const WORRY = /\b(?:i am (?:so |really )?(?:worried|scared|frightened)|(?:^|[.,] )(?:really |so |very )?worried about|has anyone (?:heard from|got (?:his|her|their) number|seen (?:him|her|them))|can (?:a|the) mods?|please check on|check on (?:them|him|her)|to the mods|not been seen since|should i be worried|what (?:do|should|can) i do|how (?:do|can) i help|has anyone been through this|should i (?:call|tell|ring))\b/;

/** A medicine's leaflet or side effects: clinical talk even about someone the writer knows. */
const SIDE_EFFECT = /\b(?:leaflet|side effects?|warning label|the label|the insert)\b/;
/** Advice to a reader who is worried about someone ("if you are worried someone might be…"). */
const WORRIED_READER = /\bif you(?: are| re| were|r)? (?:ever )?(?:worried|concerned|scared) (?:that |about )?(?:someone|somebody|a friend|anyone|a loved one|a family member)\b/;

/** A goodbye for a while ("last post before my op, bye all"): not a farewell. */
const TEMPORARY = /\b(?:for now|for a while|for a bit|for a few (?:days|weeks)|for (?:a |one |two |three |four |\d+ )?(?:couple of )?(?:days|weeks|nights|fortnight)|off to|staying (?:at|with)|next week|(?:till|until) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next)|back (?:on|in|after|soon|next|when|tomorrow)|on holiday|holiday|my op|operation|surgery|no signal|offline for|see you (?:all )?(?:soon|next|when|after|in))\b/;

/** Away for a stated while ("off to Spain for two weeks", "staying at my sister's", "see you all next week"): safe, unlike the broad `TEMPORARY`. */
const AWAY = /\b(?:for (?:a |one |two |three |four |\d+ )?(?:couple of )?(?:days|weeks|nights|fortnight)|off to (?!bed|sleep)|staying (?:at|with) (?:my|our|a|the)|see you (?:all )?(?:soon|next|when i am back|after|in a)|back (?:soon|next week|on monday|on (?:the )?\d+|in a (?:week|few days|fortnight)|tomorrow)|next week i|holiday|no signal)\b/;

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
  // "him", "them" and "her" are often objects ("i will not need them", "tell my mum i love her"): only
  // reflexives and possessives say whose the words are.
  const theirs = /\b(?:himself|herself|themselves|themself|his|their)\b|\bher (?:own |life|arms?|wrists?|legs?|thighs?|skin|pills|tablets|meds|medication|insulin|things|stuff)\b/;
  if (/\b(?:myself|my|me|i)\b/.test(matched) && !theirs.test(matched)) return 'self';
  if (theirs.test(matched)) return 'other';
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
export type DroppedBecause = 'negated' | 'answered-no' | 'clinical' | 'reported' | 'recovery' | 'news' | 'end-of-life' | 'supportive' | 'temporary' | 'topic' | 'joke' | 'accidental';

const SUBJECTS = new Set(['i', 'he', 'she', 'they', 'we', 'you']);

/** Whether the clause's nearest subject is "you" (a reply to someone), not the writer. */
function addressesReader(clause: string): boolean {
  // "please get support with the…" (advice), not "please look after my dog for me" (the writer's request)
  if (ADVICE_OPENING.test(clause.trim()) && !/\b(?:i|me|my|myself)\b/.test(clause)) return true;
  const tokens = clause.trim().split(' ').reverse();
  for (const t of tokens) {
    if (t === 'you' || t === 'your') return true;
    if (FIRST.test(t) || THIRD.test(t)) return false;
  }
  return false;
}

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
export interface CrisisPatternAnalysis {
  hits: PatternHit[];
  dropped: { category: CrisisCategory; because: DroppedBecause }[];
  /**
   * What the context rules read in the text as a whole, whether or not a pattern matched (a
   * recovery story, clinical talk, a question put to someone, end-of-life planning, a goodbye for
   * a while, a reply to someone, someone the writer knows, worry, a denial, the present): the
   * model reads these too, so a sentence no pattern covers still carries its context.
   */
  context?: string[];
}

const CONTEXTS: [string, RegExp][] = [
  ['present', PRESENT],
  ['clinical', CLINICAL],
  ['reported', REPORTED],
  ['end-of-life', END_OF_LIFE],
  ['bereavement', BEREAVEMENT],
  ['temporary', TEMPORARY],
  ['supportive', SUPPORTIVE],
  ['relation', RELATION],
  ['worry', WORRY],
  ['denied', DENIED],
  ['answered-no', ANSWER_NO],
  ['joke', JOKE],
  ['accidental', ACCIDENT],
  ['reassured', REASSURED],
  ['advice', READER_ADVICE],
  ['question-to-reader', QUESTION_TO_READER],
  ['away', AWAY],
];

/** The context rules that fire on a text (figures of speech already blanked out). */
function contextOf(text: string, recovery: boolean): string[] {
  const out = CONTEXTS.filter(([, re]) => re.test(text)).map(([name]) => name);
  if (recovery) out.push('recovery');
  else if (RECOVERY.test(text)) out.push('recovery-but-present');
  if (text.includes(' ~')) out.push('figure');
  return out;
}

export function analyseCrisisPatterns(normalised: string): CrisisPatternAnalysis {
  const spaced = ` ${normalised} `;
  const text = withoutFigures(spaced);
  // "it is never going to get better" is hopelessness, not a recovery story
  const recovery = RECOVERY.test(text.replace(NOT_BETTER, ' ~')) && !PRESENT.test(text.replace(NOT_PRESENT, ' ~'));
  const endOfLife = END_OF_LIFE.test(text);
  const hasRelation = RELATION.test(text) || WORRY.test(text);
  const relation = RELATION.exec(text)?.[0] ?? '';
  // "my patient", "my client": a professional's question, not worry for someone close
  const knowsThem = WORRY.test(text) || (/^(?:my|our) /.test(relation) && !PROFESSIONAL.test(relation));
  const joking = JOKE.test(text);
  const reply = READER_ADVICE.test(text) && SECOND_PERSON.test(text);
  const temporary = TEMPORARY.test(text);
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
      // "how do I ask if my brother is self harming?": a question about someone the writer knows is worry, not a form
      const worried = knowsThem && (p.category === 'others' || subjectOf(matched, clause) === 'other');
      const questioned = QUESTION_TO_READER.test(sentence.before) || REPORTED.test(sentence.before);
      if ((NEGATION.test(near) && !NOT_NEGATION.test(near)) || DENIED.test(clause)) drop('negated');
      else if (ANSWER_NO.test(sentence.after) || (questioned && ANSWER_NO.test(text.slice(index + m[0].length, index + m[0].length + 120)))) drop('answered-no');
      else if (p.category !== 'others' && !worried && QUESTION_TO_READER.test(sentence.before) && addressesReader(clause)) drop('reported');
      else if (p.category !== 'others' && joking && subjectOf(matched, clause) === 'self') drop('joke');
      else if (['means', 'plan', 'others'].includes(p.category) && ACCIDENT.test(sentence.whole)) drop('accidental');
      else if (p.weak && ((CLINICAL.test(sentence.whole) && !worried) || SIDE_EFFECT.test(sentence.whole))) drop('clinical');
      else if (WORRIED_READER.test(clause)) drop('supportive');
      else if ((REPORTED.test(clause) || (p.weak && REPORTED.test(sentence.before))) && !worried) drop('reported');
      else if (recovery) drop('recovery');
      else if (p.endOfLife && endOfLife) drop('end-of-life');
      // "my dad says he is ready to go… he is 96, in the hospice": readiness at the end of life, not a crisis
      else if (endOfLife && /\bready to (?:go|die)\b|\btired of living\b/.test(matched)) drop('end-of-life');
      else if (p.topic && !/ing$/.test(matched) && !worried && !OWN_ACT_BEFORE.test(text.slice(0, index + 1)) && !OWN_ACT_AFTER.test(text.slice(index + m[0].length))) drop('topic');
      else if (p.category === 'farewell' && temporary) drop('temporary');
      else if (p.category !== 'others' && SUPPORTIVE.test(clause) && addressesReader(clause)) drop('supportive');
      else if (p.category !== 'others' && reply && !/\b(?:i|me|my|myself)\b/.test(`${clause} ${matched}`)) drop('supportive');
      else {
        const subject = p.category === 'others' ? 'other' : subjectOf(matched, clause);
        if (subject === 'other' && !hasRelation) drop('news');
        // "training covers how to stay with someone who has taken an overdose": a person in general, in clinical talk
        else if (subject === 'other' && !knowsThem && CLINICAL.test(sentence.whole)) drop('clinical');
        else hits.push({ at: index, hit: { category: subject === 'other' ? 'others' : p.category, matched } });
      }
    }
  }
  return { hits: hits.sort((a, b) => a.at - b.at).map((h) => h.hit), dropped, context: contextOf(text, recovery) };
}

export const findCrisisPatterns = (normalised: string): PatternHit[] => analyseCrisisPatterns(normalised).hits;

/**
 * Contexts in which crisis-sounding words usually are not a crisis: a recovery story, end-of-life
 * planning, a figure of speech, a joke said of oneself, an accident with medicine, telling people
 * one is safe, advice to the reader, a question put to the reader, a denial, a form answered "no".
 * Chosen on out-of-fold scores: without a pattern hit, 3 of the 1,000-odd such texts were crisis.
 * ("a goodbye for a while" is not among them: 34 crisis texts carried it.)
 */
export const SAFE_CONTEXTS: ReadonlySet<string> = new Set(['recovery', 'end-of-life', 'bereavement', 'figure', 'joke', 'accidental', 'reassured', 'advice', 'question-to-reader', 'denied', 'answered-no']);

/**
 * Whether the model must be surer to count (its context threshold): the patterns ruled crisis
 * words out in context, or the text reads in one of the safe contexts above.
 */
export const inSafeContext = (a: CrisisPatternAnalysis): boolean => a.dropped.length > 0 || (a.context ?? []).some((c) => SAFE_CONTEXTS.has(c));

/**
 * Contexts in which a pattern hit needs the model's agreement (`hitThreshold`): the safe contexts,
 * and talk about the topic rather than of the writer's own act — clinical or teaching talk, a
 * reported question, support offered to others, a goodbye for a while. Where no writer's pattern
 * false alarms had been studied (holdout-4), those were the patterns' false alarms: a recovery
 * story told in the present, a hospice wish to die at home, a safeguarding course, the last
 * session with a psychologist; crisis in such a context (a terminally ill person saving tablets to
 * end it early) still scores high with the model.
 */
export const HIT_GATE_CONTEXTS: ReadonlySet<string> = new Set([...SAFE_CONTEXTS, 'clinical', 'reported', 'supportive', 'temporary', 'away']);

/** Whether the text as a whole reads in one of `HIT_GATE_CONTEXTS` (whatever the patterns found). */
export const readsSafe = (a: CrisisPatternAnalysis): boolean => (a.context ?? []).some((c) => HIT_GATE_CONTEXTS.has(c));
