/**
 * The original exact-phrase crisis list, as it was before the crisis check learnt to generalise.
 * It no longer decides anything: `checkPhraseList` (crisis.ts) runs it so that
 * `npm run safety:eval` can print its figures on the test split beside the combined check's.
 * Matched against lower-case text with punctuation removed and single spaces.
 */
const w = (s: string) => new RegExp(` ${s} `);

export const CRISIS_PHRASES: RegExp[] = [
  w(`(i )?(really |just )?(want|wanna|wish|need) to (die|be dead|not be alive|not exist|not wake up)`),
  w(`i (wish|hope) (i was|i were|i'd|i could be) (dead|never born|gone)`),
  w(`i (wish|hope) i (could |would )?(just )?(not wake up|die|never wake up|disappear forever)`),
  w(`(wanna|gonna) die`),
  w(`(kill|killing|hang|hanging|drown|poison) myself`),
  w(`(end|ending|take|taking) my (own )?life`),
  w(`(end|ending|finish|finishing) it (all|tonight|today|soon|for good)`),
  w(`(i'm|i am|been|feeling|feel|felt) (so |really |very )?suicidal`),
  w(`(commit|committing|attempt|attempting|thinking about|thoughts of|planning) suicide`),
  w(`(no|nothing|not any) (reason|point) (to |in |of )?(live|living|go on|going on|carry on|carrying on|being here)`),
  w(`nothing (left )?to live for`),
  w(`(life is|life's|it's) not worth (living|it anymore)`),
  w(`(can't|cannot|can not) (go on|carry on|keep going|do this) (anymore|any more|like this)`),
  w(`(don't|do not) want to (be here|live|be alive|wake up)( anymore| any more)?`),
  w(`(everyone|everybody|they|my family|the world) (would be|is|are|will be) better off without me`),
  w(`better off dead`),
  w(`(hurt|hurting|harm|harming|cut|cutting|burn|burning) myself`),
  w(`self (harm|harming|harmed)`),
  w(`(take|took|taking|going to take|planning to take) an overdose`),
  w(`(overdose|od) on (my|all my|the) (pills|tablets|meds|medication)`),
  w(`(saving up|stockpiling|hoarding) (my )?(pills|tablets|meds)`),
  w(`(this is )?my (goodbye|last post|final post)`),
  w(`(won't|will not) be (around|here) (much longer|for long|tomorrow)`),
  w(`(jump|jumping) (off|in front of) (a |the )?(bridge|train|building|roof|cliff)`),
  w(`(i've|i have) (written|made) (a|my) (note|plan|will) (for when|before) i (go|die)`),
];

/** Figures of speech that contain crisis words but are not crisis; removed before matching. */
export const NOT_CRISIS_PHRASES: RegExp[] = [
  / (is|are|was|were|it's|its) (literally |absolutely |just )?killing me /g,
  / kill(s|ing)? me (now|off) /g,
  / dying (to|for) /g,
  / to die for /g,
  / (bored|scared|sick|worried|frightened|tired) to death /g,
  / (nearly|almost) died (laughing|of embarrassment) /g,
  / (phone|battery|laptop|car|plant|plants) (has |had |just )?died /g,
  / could kill for /g,
  / suicide (prevention|awareness|squad|helpline|training|charity) /g,
  / (end|ending) (it|this) (thread|post|discussion|here) /g,
];
