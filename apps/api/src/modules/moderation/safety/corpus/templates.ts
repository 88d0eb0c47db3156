/**
 * Template families for the safety corpus. Each family is one way of saying something (one
 * sentence structure, with slots filled from lists); the corpus builder expands each family into
 * a fixed number of sentences with a seeded random generator, then roughens some of them (lower
 * case, missing apostrophes, typos, "im", "wanna") the way people type on a phone.
 *
 * A family is the unit of the train / dev split: every sentence of a family lands in the same
 * split, so dev holds sentence structures the classifier never saw in training (and the
 * out-of-fold folds are drawn by family too).
 *
 * Crisis categories: intent, passive (a wish to be dead or not wake up), plan, means (medication,
 * insulin, other methods), farewell (goodbyes, giving things away), burden (hopelessness with
 * burden), self-harm, others (worry about someone else's feelings or safety: signposted too).
 * Hard negatives: figure (figures of speech), medication (doses, supplies), clinical (talk about
 * suicide risk, training, side effects), recovery (past-tense stories), title (songs, films,
 * books), news, negated ("I'd never…"), everyday (low mood, giving things away, goodbyes that
 * are not farewells), end-of-life (planning in terminal illness), sport (and gaming), supportive
 * (replies that signpost help).
 */
export type CrisisCategory = 'intent' | 'passive' | 'plan' | 'means' | 'farewell' | 'burden' | 'self-harm' | 'others';
export type SafeCategory = 'figure' | 'medication' | 'clinical' | 'recovery' | 'title' | 'news' | 'negated' | 'everyday' | 'end-of-life' | 'sport' | 'supportive';
export type CorpusCategory = CrisisCategory | SafeCategory | 'personal-info';

export interface TemplateFamily {
  id: string;
  crisis: boolean;
  category: CrisisCategory | SafeCategory;
  /** How many sentences to draw (fewer if the family has fewer distinct fillings). */
  count: number;
  templates: string[];
  slots?: Record<string, string[]>;
}

/** Slots any family may use. */
export const SHARED_SLOTS: Record<string, string[]> = {
  open: ['', '', '', 'Honestly ', 'Tbh ', 'I need to say this. ', 'Sorry for posting this but ', 'Not sure where else to put this. ', 'Bad night. ', 'Cant sleep. ', 'Be honest with you all, '],
  tail: ['', '', '', '.', '.', '...', ' tbh', ' x', ' honestly.', ' :(', '. sorry', ' and I mean it this time.', '.'],
  condition: ['the pain', 'the fatigue', 'my MS', 'the diabetes', 'the COPD', 'this long covid', 'my arthritis', 'the fibro', 'the depression', 'my Crohns', 'the migraines', 'the endo', 'kidney failure', 'my ME'],
  rel: ['friend', 'best mate', 'son', 'daughter', 'mum', 'dad', 'husband', 'wife', 'partner', 'brother', 'sister', 'flatmate', 'nan', 'boyfriend', 'girlfriend', 'teenage son', 'uncle'],
  med: ['tablets', 'pills', 'meds', 'co-codamol', 'tramadol', 'paracetamol', 'sertraline', 'amitriptyline', 'sleeping tablets', 'morphine', 'gabapentin', 'pregabalin', 'zopiclone', 'oramorph', 'diazepam'],
  when: ['tonight', 'this weekend', 'after the kids are in bed', 'once everyone is asleep', 'on Friday', 'before my next appointment', 'soon', 'when my husband is at work', 'after Christmas'],
  freq: ['every day', 'all the time', 'more and more', 'constantly', 'a lot lately', 'most nights', 'for weeks now', 'since the diagnosis'],
};

export const TEMPLATE_FAMILIES: TemplateFamily[] = [
  // ================================================================ crisis: intent
  {
    id: 'intent-want', crisis: true, category: 'intent', count: 30,
    templates: ['{open}I {want} to {end}{tail}', '{open}I {want} to {end}, I cant cope with {condition} any more{tail}', 'I {want} to {end} and nobody gets it{tail}'],
    slots: {
      want: ['want', 'really want', 'just want', 'honestly want', 'keep wanting', 'think I want'],
      end: ['kill myself', 'end my life', 'take my own life', 'die', 'end it all', 'end things', 'commit suicide', 'be dead', 'stop existing', 'unalive myself'],
    },
  },
  {
    id: 'intent-going', crisis: true, category: 'intent', count: 30,
    templates: ['{open}I am going to {end} {when}{tail}', "I'm gonna {end} {when}", '{open}{when} is when I {end}{tail}', 'Made my mind up, {when} I {end}{tail}'],
    slots: { end: ['kill myself', 'end it', 'end my life', 'take my life', 'do it', 'finish it', 'end everything'] },
  },
  {
    id: 'intent-suicide-word', crisis: true, category: 'intent', count: 30,
    templates: [
      '{open}{thinking} suicide {freq}{tail}',
      '{open}suicide feels like {answer}{tail}',
      'I think suicide is {answer} for me now{tail}',
      '{open}I have been {thinking} suicide {freq} and {condition} is making it worse{tail}',
    ],
    slots: {
      thinking: ['thinking about', 'thinking of', 'seriously considering', 'researching', 'planning', 'contemplating'],
      answer: ['the only way out', 'the only option left', 'the answer', 'my way out', 'the only thing that makes sense', 'a relief'],
    },
  },
  {
    id: 'intent-suicidal', crisis: true, category: 'intent', count: 30,
    templates: ['{open}{feeling} suicidal {freq}{tail}', '{open}{condition} has made me {feel} suicidal{tail}', 'Feeling really suicidal {when2}{tail}', 'im so suicidal right now i dont know what to do'],
    slots: {
      feeling: ['I feel', "I've been feeling", 'Been', "I'm", 'I keep feeling', 'I am'],
      feel: ['feel', 'become', 'get'],
      when2: ['tonight', 'today', 'again', 'since the flare started', 'after the appointment'],
    },
  },
  {
    id: 'intent-question-self', crisis: true, category: 'intent', count: 24,
    templates: [
      'does anyone else {feel} when {trigger}?',
      'is it normal to {feel2} when {trigger}?',
      'Anyone else {feel} because of {condition}? {tail}',
      'how do you all cope when you {feel2}?',
    ],
    slots: {
      feel: ['feel like ending it', 'want to die', 'think about suicide', 'feel like killing themselves', 'wish they could just not wake up', 'feel like ending their life'],
      feel2: ['want to die', 'want to kill yourself', 'feel suicidal', 'want to end it all', 'think about ending your life'],
      trigger: ['the pain flares', 'the fatigue is this bad', 'you get another bad scan', 'nothing works', 'you have been in bed for a week', 'the benefits get stopped'],
    },
  },
  {
    id: 'intent-end-it', crisis: true, category: 'intent', count: 24,
    templates: ['{open}I just want to end it{tail}', "{open}I'm ready to end it all{tail}", 'Ready to call it a day on life{tail}', 'I want out. out of life{tail}', '{open}I just want it over. Me, not the flare{tail}'],
  },
  // ================================================================ crisis: passive
  {
    id: 'passive-wake', crisis: true, category: 'passive', count: 28,
    templates: ['{open}I {hope} I {notwake}{tail}', 'every night I go to sleep {hoping} I {notwake}{tail}', '{open}I {hope} I {notwake}, {condition} is too much{tail}'],
    slots: {
      hope: ['hope', 'pray', 'wish', 'really hope', 'secretly hope'],
      hoping: ['hoping', 'praying', 'wishing'],
      notwake: ["don't wake up", 'never wake up', "won't wake up", 'dont wake up tomorrow', 'just dont wake up', 'never wake up again', 'dont wake up in the morning'],
    },
  },
  {
    id: 'passive-dead', crisis: true, category: 'passive', count: 28,
    templates: ["{open}I'd be better off dead{tail}", "{open}I'd rather be dead than {situation}{tail}", 'honestly {bod}{tail}', '{open}I wish I was dead{tail}', 'sometimes I wish I {gone}{tail}'],
    slots: {
      situation: ['go back on dialysis', 'live like this', 'spend another year in this pain', 'be a burden', 'go through another round of chemo', 'keep living with this'],
      bod: ['better off dead', 'id be better off dead', 'I would be better off dead', 'i might as well be dead'],
      gone: ['was dead', 'was never born', "wasn't here", 'could just disappear for good', 'could just stop existing'],
    },
  },
  {
    id: 'passive-take-me', crisis: true, category: 'passive', count: 22,
    templates: ['{open}I wish {thing} would just {take} me{tail}', "I keep hoping {thing} will {take} me so I don't have to do it myself{tail}", '{open}if {thing} {take}s me I wouldnt mind{tail}'],
    slots: {
      thing: ['the cancer', 'a bus', 'this illness', 'my heart', 'the next infection', 'a car', 'god', 'the COPD'],
      take: ['take', 'kill', 'finish', 'end'],
    },
  },
  {
    id: 'passive-stop', crisis: true, category: 'passive', count: 22,
    templates: ['{open}I want everything to stop. for good{tail}', "{open}I don't want to exist anymore{tail}", 'I dont want to be here anymore{tail}', "I don't want to be alive {freq2}{tail}", '{open}i just want to disappear and never come back{tail}'],
    slots: { freq2: ['anymore', 'any more', 'most days', 'if this is what life is now', 'tbh'] },
  },
  // ================================================================ crisis: plan
  {
    id: 'plan-how', crisis: true, category: 'plan', count: 26,
    templates: ["{open}I've {planned}{tail}", '{open}I have {planned} and I feel calm about it{tail}', '{open}{planned}. {when} feels right{tail}'],
    slots: {
      planned: ['worked out how I would do it', 'got it all planned', 'picked a date', 'decided how and when', 'made a plan to end it', 'chosen the day', 'worked out where I would go to do it', 'got a plan now'],
    },
  },
  {
    id: 'plan-notes', crisis: true, category: 'plan', count: 24,
    templates: ["{open}I've written {letters} for {people}{tail}", '{open}Wrote {letters} to {people} last night, for after{tail}', 'the {letters} for {people} are in the drawer{tail}'],
    slots: {
      letters: ['letters', 'a note', 'a letter', 'goodbye letters', 'notes'],
      people: ['my kids', 'my husband', 'my mum', 'my family', 'everyone', 'my partner to find', 'my daughter'],
    },
  },
  {
    id: 'plan-lethal', crisis: true, category: 'plan', count: 26,
    templates: ['how many {med} would it take to {die}?', "what's a lethal dose of {med}{tail}", 'how much {insulin} would {kill} someone my size', 'been googling how many {med} it takes to {die}{tail}', 'does anyone know how much {med} would be enough to {die}'],
    slots: {
      die: ['die', 'not wake up', 'end it', 'kill me', 'be fatal'],
      insulin: ['insulin', 'novorapid', 'lantus', 'levemir'],
      kill: ['kill', 'be fatal for', 'finish off'],
    },
  },
  {
    id: 'plan-research', crisis: true, category: 'plan', count: 22,
    templates: ['{open}been looking up {ways} online{tail}', '{open}I keep searching {ways}{tail}', 'spent all night reading about {ways}{tail}'],
    slots: { ways: ['ways to die painlessly', 'the quickest way to die', 'painless ways to kill myself', 'how to end my life', 'suicide methods', 'how long an overdose takes'] },
  },
  // ================================================================ crisis: means
  {
    id: 'means-stockpile', crisis: true, category: 'means', count: 32,
    templates: [
      "{open}I've been {saving} my {med2} {purpose}{tail}",
      '{open}I have a {stash} of {med2} {hidden} {purpose}{tail}',
      '{open}been {saving} {med2} for months now. I know what they are for{tail}',
    ],
    slots: {
      saving: ['saving up', 'stockpiling', 'hoarding', 'collecting', 'putting aside', 'keeping back', 'not taking and saving'],
      med2: ['tablets', 'pills', 'meds', 'co-codamol', 'tramadol', 'paracetamol', 'sleeping tablets', 'insulin pens', 'insulin', 'amitriptyline', 'oramorph', 'morphine patches'],
      stash: ['stash', 'stockpile', 'pile', 'box', 'bag'],
      hidden: ['hidden away', 'in the drawer', 'under the bed', 'in my car', 'that nobody knows about'],
      purpose: ['for when I decide', 'for when it gets too much', 'just in case I need a way out', 'for the end', 'for when I am ready', 'so I have a way out', 'for when I have had enough'],
    },
  },
  {
    id: 'means-take-all', crisis: true, category: 'means', count: 30,
    templates: [
      '{open}I could just {takeall} {when} and that would be it{tail}',
      "{open}thinking of {takingall} and not waking up{tail}",
      "{open}I want to {takeall} and be done with it{tail}",
      'sat here with {all} in front of me{tail}',
    ],
    slots: {
      takeall: ['take all my tablets', 'inject all my insulin', 'take the whole box of co-codamol', 'take everything in the cupboard', 'swallow all my pills', 'take all of my meds at once', 'double up all my insulin', 'take my whole months supply'],
      takingall: ['taking all my tablets', 'injecting all my insulin', 'taking the lot', 'taking every pill I have', 'overdosing on my meds', 'doing all my insulin pens at once'],
      all: ['all my tablets', 'every pill I own', 'all my insulin pens', 'a months worth of meds', 'two boxes of paracetamol'],
    },
  },
  {
    id: 'means-overdose', crisis: true, category: 'means', count: 26,
    templates: ['{open}I {want} to overdose{odon}{tail}', "{open}I'm going to take an overdose {when}{tail}", '{open}{thinking} about overdosing {freq}{tail}', 'an overdose seems like the easiest way out{tail}'],
    slots: {
      want: ['want', 'keep wanting', 'really want', 'am going'],
      odon: ['', ' on my meds', ' on my insulin', ' on everything I have', ' tonight'],
      thinking: ['I keep thinking', 'been thinking', 'I think', 'thinking'],
    },
  },
  {
    id: 'means-places', crisis: true, category: 'means', count: 28,
    templates: [
      '{open}I keep {going} to {place} and {thinking} about {jumping}{tail}',
      '{open}stood at {place} for an hour {tonight} thinking about {jumping}{tail}',
      'I {bought} a rope{tail}',
      '{open}I keep looking at {place} and thinking it would be quick{tail}',
    ],
    slots: {
      going: ['going', 'driving', 'walking'],
      place: ['the bridge', 'the railway line', 'the platform', 'the cliffs', 'the multi storey car park', 'the river', 'the motorway bridge'],
      thinking: ['thinking', 'fantasising', 'daydreaming'],
      jumping: ['jumping', 'stepping in front of the train', 'going over the edge', 'not coming back', 'ending it there'],
      tonight: ['tonight', 'last night', 'again yesterday', 'this morning'],
      bought: ["have bought", 'bought', "ordered", "have got"],
    },
  },
  // ================================================================ crisis: farewell and giving away
  {
    id: 'farewell-goodbye', crisis: true, category: 'farewell', count: 28,
    templates: [
      '{bye}. thank you all for {kindness}. {final}{tail}',
      '{bye}, {final}{tail}',
      'Just wanted to say {thanks} before I go. {final}{tail}',
    ],
    slots: {
      bye: ['This is goodbye', 'Goodbye everyone', 'This is my last post', 'Saying goodbye to you all', 'bye everyone', 'This will be my final post', 'Goodbye all'],
      kindness: ['everything', 'being so kind', 'the support over the years', 'listening', 'being there'],
      final: ["I won't be posting again", 'I wont be around after tonight', 'I am at peace with my decision', 'please dont be sad', 'look after each other when I am gone', 'I cant do this anymore', 'it is time'],
      thanks: ['thank you', 'thanks for everything', 'how much this group meant to me'],
    },
  },
  {
    id: 'farewell-giving', crisis: true, category: 'farewell', count: 28,
    templates: [
      "{open}I've given away {things} {recent} so nobody has to sort it after{tail}",
      '{open}gave {pet} to {person} {recent}, they will look after {pron} better than I can when I am not here{tail}',
      "{open}I've sorted my will and given away {things}. I feel calm now{tail}",
      'been giving away {things} because I wont need them{tail}',
    ],
    slots: {
      things: ['most of my things', 'my stuff', 'my jewellery', 'my books and clothes', 'everything that matters to me', 'my guitar', 'my mums ring'],
      pet: ['my dog', 'my cat', 'the dog', 'my budgie', 'my cats'],
      pron: ['him', 'her', 'them'],
      person: ['my sister', 'next door', 'a friend', 'my neighbour', 'my brother'],
      recent: ['this week', 'today', 'over the weekend', 'recently', ''],
    },
  },
  {
    id: 'farewell-gone', crisis: true, category: 'farewell', count: 26,
    templates: ["{open}I won't be {around} {longer}{tail}", '{open}by the time anyone reads this {gone}{tail}', 'please {lookafter} when {imgone}{tail}', '{open}tell my {rel} I am sorry. {imgone2}{tail}'],
    slots: {
      around: ['around', 'here', 'on here', 'alive'],
      longer: ['much longer', 'for long', 'after tonight', 'by the weekend', 'tomorrow'],
      gone: ["I'll be gone", 'it will be over', 'I will be gone', 'I wont be here'],
      lookafter: ['look after my cat', 'someone make sure my dog goes to a good home', 'look after my kids', 'someone tell my mum I loved her'],
      imgone: ["I'm gone", 'im gone', 'I am not here anymore', 'I am gone'],
      imgone2: ['It is not her fault', 'I just cant anymore', 'I have made my choice'],
    },
  },
  // ================================================================ crisis: hopelessness with burden
  {
    id: 'burden-better-off', crisis: true, category: 'burden', count: 30,
    templates: ['{open}{who} would be better off without me{tail}', "{open}{who} would have a better life if I wasn't here{tail}", '{open}{who} would be happier if I was gone{tail}', 'it would be kinder to {who2} if I just disappeared for good{tail}'],
    slots: {
      who: ['everyone', 'my kids', 'my family', 'my husband', 'my wife', 'my partner', 'the world', 'my mum', 'everybody'],
      who2: ['everyone', 'my family', 'my kids', 'my partner'],
    },
  },
  {
    id: 'burden-burden', crisis: true, category: 'burden', count: 28,
    templates: ["{open}I'm {just} a burden on {who}, {nopoint}{tail}", '{open}all I am is a burden. {nopoint}{tail}', "{open}I'm nothing but a burden to {who} and {nopoint2}{tail}"],
    slots: {
      just: ['just', 'only', 'such'],
      who: ['everyone', 'my family', 'my kids', 'my husband', 'the NHS', 'my carer'],
      nopoint: ["what's the point of me", 'why am I still here', 'they would cope better without me', 'I should just go', 'there is no point in me being here'],
      nopoint2: ['I cant see a way out', 'I should not be here', 'nothing will change', 'it would be better if I ended it'],
    },
  },
  {
    id: 'burden-no-point', crisis: true, category: 'burden', count: 28,
    templates: ["{open}there's no {point} in {living} with {condition}{tail}", '{open}I have nothing left to live for{tail}', '{open}I cant see any reason to {living2}{tail}', '{open}what is the point in {living} anymore{tail}'],
    slots: {
      point: ['point', 'reason', 'sense'],
      living: ['living', 'going on', 'carrying on', 'being alive', 'staying alive'],
      living2: ['keep living', 'stay alive', 'carry on', 'go on'],
    },
  },
  {
    id: 'burden-cant-go-on', crisis: true, category: 'burden', count: 28,
    templates: ["{open}I can't {goon} anymore, {hopeless}{tail}", "{open}I can't {goon}. {hopeless}{tail}", "{open}{hopeless}. I can't {goon} any more{tail}"],
    slots: {
      goon: ['go on', 'do this', 'carry on', 'keep going', 'live like this', 'keep fighting'],
      hopeless: ['there is no way out', 'it is never going to get better', 'I just want it to end', 'nothing will ever change', 'I have nothing left', 'I see no future', 'I am so tired of being alive'],
    },
  },
  {
    id: 'burden-done', crisis: true, category: 'burden', count: 24,
    templates: ['{im} done. {done2}{tail}', '{im} so done with {life}{tail}', '{im} done with {life}. {done2}{tail}', 'done. just done. {done2}'],
    slots: {
      im: ['Im', 'im', "I'm", 'I am', 'i am'],
      life: ['life', 'living', 'everything', 'all of it', 'this life', 'existing', 'being alive'],
      done2: ['cant do this anymore', 'nothing left', 'no more', 'goodbye', 'I have had enough of living', 'it ends now', 'no point anymore'],
    },
  },
  // ================================================================ crisis: self-harm
  {
    id: 'sh-again', crisis: true, category: 'self-harm', count: 30,
    templates: ["{open}I've started {cutting} again{tail}", '{open}{cutting} again {time} after {clean}{tail}', '{open}relapsed {time}, {cut}{tail}', 'im {cutting} again and i dont know how to stop{tail}'],
    slots: {
      cutting: ['cutting', 'self harming', 'self-harming', 'hurting myself', 'burning myself', 'scratching myself till I bleed'],
      cut: ['cut myself', 'cut again', 'self harmed', 'hurt myself badly', 'burned my arm'],
      time: ['last night', 'tonight', 'this week', 'yesterday'],
      clean: ['six months clean', 'a year clean', 'doing so well', 'two years', 'weeks of being ok'],
    },
  },
  {
    id: 'sh-urge', crisis: true, category: 'self-harm', count: 24,
    templates: ['{open}the urge to {sh} is {strong} {time}{tail}', "{open}I really want to {sh2} {time}{tail}", 'cant stop thinking about {sh3}{tail}'],
    slots: {
      sh: ['cut', 'self harm', 'hurt myself', 'sh', 'burn myself'],
      sh2: ['cut', 'hurt myself', 'self harm', 'punish myself'],
      sh3: ['cutting', 'hurting myself', 'self harming', 'burning myself'],
      strong: ['so strong', 'really bad', 'unbearable', 'back'],
      time: ['tonight', 'today', 'right now', 'again'],
    },
  },
  {
    id: 'sh-methods', crisis: true, category: 'self-harm', count: 26,
    templates: ['{open}I {hurt} when {trigger}{tail}', '{open}when {trigger} I {hurt}, it is the only thing that helps{tail}', '{open}nobody knows I {hurt}{tail}'],
    slots: {
      hurt: ['cut my arms', 'burn myself with a lighter', 'hit myself', 'scratch my skin until it bleeds', 'cut my legs', 'bang my head against the wall', 'hurt myself on purpose'],
      trigger: ['the pain gets too much', 'I feel numb', 'I get overwhelmed', 'my partner shouts', 'I cant sleep', 'the flare is bad'],
    },
  },
  {
    id: 'sh-insulin', crisis: true, category: 'self-harm', count: 22,
    templates: ['{open}I have been {skipping} my insulin on purpose {hoping}{tail}', "{open}I {skipping} my {med} deliberately {hoping}{tail}", '{open}stopped taking my insulin {hoping}{tail}'],
    slots: {
      skipping: ['skipping', 'missing', 'not taking', 'leaving out', 'stopped taking'],
      med: ['insulin', 'heart tablets', 'meds', 'steroids'],
      hoping: ['hoping something happens', 'because I want to hurt myself', 'so I end up in hospital or worse', 'to punish myself', 'and I dont care if I die'],
    },
  },
  // ================================================================ crisis: others (worry for someone else)
  {
    id: 'others-said', crisis: true, category: 'others', count: 32,
    templates: [
      'my {rel} {said} {pron} {wants}, {help}?',
      '{open}my {rel} {said} {pron} {wants}. {help}?',
      '{help}? my {rel} {said} {pron} {wants}',
    ],
    slots: {
      said: ['said', 'told me', 'keeps saying', 'texted me that', 'let slip that', 'admitted'],
      pron: ['she', 'he', 'they'],
      wants: ['wants to die', 'wants to kill themselves', 'wants to end it', 'is thinking about suicide', 'doesnt want to be here anymore', 'feels suicidal', 'would be better off dead', 'has been planning to end their life'],
      help: ['how do I help', 'what do I do', 'I am so scared', 'who do I call', 'what should I say', 'has anyone been through this'],
    },
  },
  {
    id: 'others-worried', crisis: true, category: 'others', count: 30,
    templates: [
      'really worried about my {rel}, {pron} {doing}{tail}',
      "{open}I think my {rel} is {doing2} and I don't know what to do{tail}",
      'found out my {rel} has been {doing3}, how do I talk to {pron2} about it?',
    ],
    slots: {
      pron: ["she's been", "he's been", "they've been"],
      pron2: ['her', 'him', 'them'],
      doing: ['cutting', 'self harming', 'talking about ending it', 'giving things away and saying goodbye', 'saving up pills', 'saying everyone would be better off without them', 'researching ways to die'],
      doing2: ['suicidal', 'self harming', 'planning to kill themselves', 'stockpiling tablets', 'not safe'],
      doing3: ['cutting', 'self harming', 'stockpiling insulin', 'writing goodbye letters', 'looking up suicide methods'],
    },
  },
  {
    id: 'others-how-tell', crisis: true, category: 'others', count: 24,
    templates: ['how do I {know} if my {rel} is {state}?', 'what are the signs someone {sign}? asking about my {rel}', 'my {rel} {behaviour}, should I be worried they might {harm}?'],
    slots: {
      know: ['know', 'tell', 'find out', 'ask'],
      state: ['suicidal', 'thinking of ending their life', 'self harming', 'at risk of killing themselves', 'planning suicide'],
      sign: ['is suicidal', 'wants to end their life', 'is self harming'],
      behaviour: ['has started giving their things away', 'said goodbye to everyone out of nowhere', 'keeps saying they are a burden', 'has gone quiet and stopped eating', 'wrote a letter to each of the kids'],
      harm: ['hurt themselves', 'kill themselves', 'do something to themselves', 'end their life'],
    },
  },

  // ================================================================ not crisis: figures of speech
  {
    id: 'fig-killing', crisis: false, category: 'figure', count: 34,
    templates: ['{open}{thing} {is} killing me {today}{tail}', '{thing} {is} absolutely killing me {today}, any tips?', '{open}these {plural} will be the death of me{tail}', '{open}{thing} {is} going to be the death of me{tail}'],
    slots: {
      thing: ['this pain', 'my back', 'my knees', 'this heat', 'the itching', 'my hip', 'this cough', 'the fatigue', 'my feet', 'this migraine', 'the side effects', 'my neck'],
      is: ['is', 'are', 'has been', "'s"],
      today: ['today', 'this week', 'tonight', 'lately', ''],
      plural: ['stairs', 'forms', 'appointments', 'hospital car parks', 'injections', 'early starts'],
    },
  },
  {
    id: 'fig-embarrassment', crisis: false, category: 'figure', count: 28,
    templates: ['{open}I {could} died of embarrassment when {event}{tail}', '{open}I {could2} die of embarrassment{tail}', 'when {event} I wanted the ground to swallow me up{tail}', 'honestly {event}, I nearly died laughing{tail}'],
    slots: {
      could: ['could have', 'nearly', 'almost', "could've", 'literally'],
      could2: ['could', 'will', 'would'],
      event: ['my stoma bag leaked in the meeting', 'the nurse called my name across the waiting room', 'I fell asleep in the GP chair', 'my glucose alarm went off in the cinema', 'I fainted in Tesco', 'my inhaler went off in my pocket', 'I called the consultant mum'],
    },
  },
  {
    id: 'fig-dying-for', crisis: false, category: 'figure', count: 26,
    templates: ["{open}I'm dying {for}{tail}", '{open}dying to {try} {thing}{tail}', 'that {food} was to die for{tail}', '{open}I would kill for {want}{tail}', 'kill me now, {annoy} (joking){tail}'],
    slots: {
      for: ['for a cuppa', 'for a proper sleep', 'for a bath', 'for a hot chocolate', 'to know the results', 'for a day without pain'],
      try: ['try', 'hear about', 'see'],
      thing: ['the new pump', 'the Libre 3', 'the new biologic', 'the results', 'the hydrotherapy pool'],
      food: ['lemon cake', 'sugar free cheesecake', 'soup', 'curry', 'roast dinner'],
      want: ['a full nights sleep', 'a day off the steroids', 'a decent mattress', 'some energy', 'a gluten free pizza that tastes right'],
      annoy: ['another form to fill in', 'the hold music again', 'another hour in the waiting room', 'the app crashed again'],
    },
  },
  {
    id: 'fig-dead-tired', crisis: false, category: 'figure', count: 28,
    templates: ["{open}{im} {dead} {after}{tail}", '{im} done {with2}{tail}', "{im} done for {period}, {rest}{tail}", "{im} so done with {annoy}{tail}"],
    slots: {
      im: ["I'm", 'im', 'Im', 'I am'],
      dead: ['dead on my feet', 'absolutely dead', 'dead tired', 'knackered, basically dead', 'half dead'],
      after: ['after the school run', 'after physio', 'after that walk', 'after the hospital trip', ''],
      with2: ['with my exercises for today', 'with the washing finally', 'with the first week of the course', 'with chemo, last session today', 'with the steroid taper at last'],
      period: ['today', 'the day', 'the week', 'tonight'],
      rest: ['off to bed', 'feet up now', 'going to rest', 'cuppa time'],
      annoy: ['this weather', 'waiting for the council', 'the pharmacy messing up my repeat', 'daytime telly', 'this cold', 'chasing referrals'],
    },
  },
  {
    id: 'fig-ending', crisis: false, category: 'figure', count: 28,
    templates: ["{open}I'm going to end {ending}{tail}", '{open}I want to end {ending}{tail}', "{open}thinking of ending {ending}{tail}", '{open}I gave up on {giveup}{tail}'],
    slots: {
      ending: ['things with my boyfriend', 'my gym membership', 'my contract with the carer agency', 'this thread here, thanks all', 'the trial early because of side effects', 'the day with a bath', 'my tenancy and move closer to mum'],
      giveup: ['the keto diet', 'trying to get a GP appointment online', 'the night shift', 'driving after the seizure', 'caffeine', 'the running club'],
    },
  },
  {
    id: 'fig-kill-other', crisis: false, category: 'figure', count: 26,
    templates: ['{open}{person} will kill me if {event}{tail}', '{open}the {thing} finally killed {target}{tail}', 'my {device} died {when}{tail}', 'that {show} killed me, I was crying laughing'],
    slots: {
      person: ['my mum', 'my wife', 'the diabetes nurse', 'my consultant', 'my physio'],
      event: ['I miss another appointment', 'she sees my HbA1c', 'I skip my exercises again', 'I eat another doughnut'],
      thing: ['painkillers', 'antibiotics', 'spray', 'weedkiller'],
      target: ['the headache', 'the infection', 'the ants', 'the weeds', 'the pain for a few hours'],
      device: ['phone', 'battery', 'Libre sensor', 'pump battery', 'laptop', 'car', 'hearing aid'],
      when: ['halfway through the call', 'in the middle of the appointment', 'on the motorway', 'overnight', 'at the worst moment'],
      show: ['comedy show', 'episode', 'video', 'joke'],
    },
  },
  // ================================================================ not crisis: medication
  {
    id: 'med-dose', crisis: false, category: 'medication', count: 32,
    templates: ['how many {med} can I take {per}?', 'is it safe to take {med} with {med2}?', "what's the maximum dose of {med} {per}?", '{open}my GP upped my {med} to {dose}{tail}', 'I take {dose} of {med} {per}, does that sound right?'],
    slots: {
      med2: ['ibuprofen', 'alcohol', 'my blood thinners', 'metformin', 'the pill'],
      per: ['a day', 'in 24 hours', 'at night', 'with food', 'per dose', 'twice a day'],
      dose: ['50mg', '100 mg', '2 tablets', '20mg', '1g', 'two at night', '300mg three times a day'],
    },
  },
  {
    id: 'med-accident', crisis: false, category: 'medication', count: 26,
    templates: ['{open}I accidentally took {double} of my {med} {when2}, should I ring 111?', 'oops, {double} of {med} by mistake this morning, anyone done this?', '{open}I injected {units} instead of {units2} by mistake and had a hypo{tail}', 'took my {med} twice by accident, what do I do?'],
    slots: {
      double: ['a double dose', 'two doses', 'an extra dose', 'yesterdays and todays dose'],
      when2: ['this morning', 'last night', 'by mistake', 'because I forgot I had already'],
      units: ['14 units', '20 units', 'my long acting', 'my basal dose'],
      units2: ['4', '2 units', 'my quick acting', 'the usual 6'],
    },
  },
  {
    id: 'med-supply', crisis: false, category: 'medication', count: 30,
    templates: [
      '{open}I keep a {spare} of my {med3} in {place} {reason}{tail}',
      '{open}stocking up on {med3} before {trip}{tail}',
      "{open}how do you store your spare {med3} when {trip}?",
      '{open}the pharmacy gave me three months supply of {med3} {reason}{tail}',
    ],
    slots: {
      spare: ['spare box', 'spare pack', 'stash', 'backup supply', 'few extra'],
      med3: ['insulin', 'inhalers', 'tablets', 'epipens', 'insulin pens', 'meds', 'test strips', 'levothyroxine'],
      place: ['the car', 'my handbag', 'work', 'my mums house', 'the fridge door'],
      reason: ['in case I forget them', 'because of the shortages', 'just in case', 'for emergencies', 'since I travel a lot'],
      trip: ['going abroad', 'the holiday', 'Christmas', 'the pharmacy closes for the bank holiday', 'travelling to Spain', 'a festival'],
    },
  },
  {
    id: 'med-overdose-info', crisis: false, category: 'medication', count: 24,
    templates: ['{open}can you overdose on {vit}?', 'what are the signs of {condition2} overdose in {who}? asking as a carer', 'the leaflet says an overdose of {med} can damage your liver, is that true?', '{open}our dog got into my {med} so we went to the emergency vet{tail}'],
    slots: {
      vit: ['vitamin D', 'iron tablets', 'magnesium', 'B12', 'melatonin'],
      condition2: ['paracetamol', 'digoxin', 'lithium', 'insulin', 'levothyroxine'],
      who: ['older people', 'my dad', 'children', 'someone with kidney disease'],
    },
  },
  // ================================================================ not crisis: clinical
  {
    id: 'clin-risk', crisis: false, category: 'clinical', count: 30,
    templates: [
      'a new study found suicide risk is higher in people with {condition3}{tail}',
      '{open}the leaflet lists {se} as a rare side effect of {drug}{tail}',
      '{drug} can cause {se} so my GP checks in {how}{tail}',
      'interesting paper on self harm rates in {condition3} patients, worth a read{tail}',
    ],
    slots: {
      condition3: ['chronic pain', 'MS', 'epilepsy', 'long covid', 'IBD', 'fibromyalgia', 'type 1 diabetes'],
      se: ['suicidal thoughts', 'thoughts of self harm', 'low mood and suicidal thinking', 'suicidal ideation'],
      drug: ['montelukast', 'isotretinoin', 'pregabalin', 'levetiracetam', 'finasteride', 'varenicline'],
      how: ['every month', 'at every review', 'by phone each fortnight', 'regularly'],
    },
  },
  {
    id: 'clin-training', crisis: false, category: 'clinical', count: 26,
    templates: [
      "{open}I'm a {role} and we had {training} {when3}{tail}",
      '{open}our group ran a {training} session {when3}, really useful{tail}',
      'the {training} course taught us to ask directly about suicide, which surprised me{tail}',
      'does anyone know where I can do {training} as a {role}?',
    ],
    slots: {
      role: ['nurse', 'peer supporter', 'volunteer', 'pharmacist', 'carer', 'teacher', 'group moderator'],
      training: ['suicide prevention training', 'mental health first aid', 'suicide awareness training', 'safeguarding and self harm training', 'Samaritans listening training'],
      when3: ['today', 'last week', 'this month', 'at work'],
    },
  },
  {
    id: 'clin-asked', crisis: false, category: 'clinical', count: 24,
    templates: [
      'my {hcp} asked whether I had {thoughts} and I said no, it was just routine{tail}',
      'the {form} asks about {thoughts}, is that standard?',
      '{open}the {hcp} did a mood questionnaire with a question about {thoughts}, I answered honestly and I am fine{tail}',
    ],
    slots: {
      hcp: ['GP', 'consultant', 'nurse', 'psychiatrist', 'pharmacist', 'diabetes nurse'],
      thoughts: ['thoughts of self harm', 'thoughts of ending my life', 'suicidal thoughts', 'any thoughts of harming myself'],
      form: ['PHQ-9 form', 'assessment form', 'pre op questionnaire', 'mental health review'],
    },
  },
  // ================================================================ not crisis: recovery (past tense)
  {
    id: 'rec-attempt', crisis: false, category: 'recovery', count: 30,
    templates: [
      '{ago} I {attempted}. {now}{tail}',
      '{open}I {attempted} {ago2}, and {now2}{tail}',
      'Sharing in case it helps: {ago} I {attempted}. {now}{tail}',
    ],
    slots: {
      ago: ['Ten years ago', 'Back in 2015', 'Five years ago', 'When I was 19', 'Years ago', 'Before my diagnosis'],
      ago2: ['years ago', 'in my twenties', 'back in 2012', 'a long time ago'],
      attempted: ['tried to take my own life', 'attempted suicide', 'took an overdose', 'tried to kill myself', 'was suicidal', 'was self harming every day'],
      now: ['Today I ran my first 5k', 'Now I have a job I love and two kids', 'It does get better, I promise', 'I am so glad I am still here', 'Therapy and the right meds turned it around', 'Life is good now'],
      now2: ['today I am doing really well', 'I am in a much better place now', 'I am so grateful to still be here', 'therapy really helped me recover'],
    },
  },
  {
    id: 'rec-used-to', crisis: false, category: 'recovery', count: 28,
    templates: [
      '{open}I used to {sh} but I have been {clean} {period2} now{tail}',
      '{open}I used to feel {feel} every day, {helped}{tail}',
      'when I was first diagnosed I felt {feel}, but {helped}. It gets better{tail}',
    ],
    slots: {
      sh: ['cut', 'self harm', 'hurt myself', 'burn myself'],
      clean: ['clean', 'free of it', 'self harm free', 'okay'],
      period2: ['for four years', 'for 18 months', 'for a long time', 'since 2019', 'for three years'],
      feel: ['suicidal', 'like I wanted to die', 'like everyone would be better off without me', 'hopeless'],
      helped: ['CBT helped me so much', 'this group pulled me through', 'the crisis team and my GP helped', 'talking to the Samaritans saved me', 'getting the right diagnosis changed everything'],
    },
  },
  // ================================================================ not crisis: titles
  {
    id: 'title-watch', crisis: false, category: 'title', count: 30,
    templates: ['{open}{watching} {film} {comment}{tail}', '{film} is {opinion}{tail}', 'anyone else seen {film}? {comment}'],
    slots: {
      watching: ['finally watched', 'just rewatched', 'watching', 'the kids made me watch', 'spent the flare day watching'],
      film: ['Suicide Squad', 'Die Hard', 'Kill Bill', 'Better Off Dead', 'Live and Let Die', 'Dead Poets Society', 'No Time to Die', 'Die Another Day', 'The Lovely Bones', 'Girl, Interrupted', 'Million Dollar Baby', 'Me Before You', 'The Fault in Our Stars', 'Six Feet Under', '13 Reasons Why'],
      comment: ['last night, what a film', 'on the sofa, great distraction', 'with a hot water bottle', 'and cried my eyes out', 'again, still brilliant', ''],
      opinion: ['such a good film', 'overrated if you ask me', 'my comfort watch', 'brilliant but heavy going', 'on Netflix now'],
    },
  },
  {
    id: 'title-song', crisis: false, category: 'title', count: 28,
    templates: ['{song} {came} on the radio {where}{tail}', '{open}{song} by {artist} always makes me cry{tail}', 'my playlist for infusion days has {song} on it{tail}', 'just read {book}, {bookop}{tail}'],
    slots: {
      song: ['Everybody Hurts', 'How to Save a Life', 'Knockin on Heavens Door', 'Tears in Heaven', 'Fix You', 'Another One Bites the Dust', 'Goodbye Yellow Brick Road', 'Suicide Is Painless', 'Staying Alive', 'I Will Survive'],
      artist: ['REM', 'The Fray', 'Coldplay', 'Eric Clapton', 'Queen', 'Elton John', 'Bob Dylan'],
      came: ['came on', 'was playing', 'started playing'],
      where: ['in the waiting room', 'during my infusion', 'in the car', 'at the pharmacy', 'in the physio gym'],
      book: ['Reasons to Stay Alive by Matt Haig', 'I Want to Die but I Want to Eat Tteokbokki', 'The Midnight Library', 'When Breath Becomes Air', 'This Is Going to Hurt'],
      bookop: ['really recommend it', 'it helped me understand my depression', 'made me laugh and cry', 'a good one for hospital stays'],
    },
  },
  // ================================================================ not crisis: news
  {
    id: 'news-story', crisis: false, category: 'news', count: 30,
    templates: [
      'did anyone see the {outlet} piece on {topic}? {view}',
      '{outlet} reported that {stat}{tail}',
      'sad news in the paper about {story}{tail}',
    ],
    slots: {
      outlet: ['BBC', 'Guardian', 'local paper', 'news', 'ITV', 'radio 4'],
      topic: ['suicide rates among farmers', 'men and suicide', 'self harm in teenagers', 'the suicide prevention strategy', 'cuts to crisis services', 'benefit sanctions and suicide'],
      view: ['Really important.', 'Made me think.', 'Worth reading.', 'More funding needed.', ''],
      stat: ['suicide rates rose last year in the north east', 'a man took his own life after his benefits were stopped', 'self harm admissions are up among young women', 'the government launched a new suicide prevention plan', 'a coroner linked a death to a missed prescription'],
      story: ['a local man who took his own life', 'the footballer who died by suicide', 'the girl who died after online bullying', 'the care home deaths'],
    },
  },
  // ================================================================ not crisis: negated
  {
    id: 'neg-never', crisis: false, category: 'negated', count: 30,
    templates: ["{open}I would never {harm}, {reason}{tail}", "{open}I'd never {harm}. {reason}{tail}", 'dont worry, I am not going to {harm}, {vent}{tail}', "just to be clear I'm not going to {harm}, {vent}{tail}"],
    slots: {
      harm: ['kill myself', 'hurt myself', 'end my life', 'do anything silly', 'take my own life', 'harm myself'],
      reason: ['I have my girls to think of', 'I love my family too much', 'but the pain is wearing me down', 'I just need a rant', 'my dog needs me', 'I want to see my grandkids grow up'],
      vent: ['I just needed to vent', 'I am just exhausted', 'I just want the pain to ease', 'just having a moan', 'I have good support'],
    },
  },
  {
    id: 'neg-not-suicidal', crisis: false, category: 'negated', count: 28,
    templates: ["{open}I'm not suicidal, just {fed}{tail}", '{open}not suicidal or anything, just {fed}{tail}', "I don't feel suicidal, I'm {fed} {with}{tail}", '{open}to be clear I have no thoughts of {sh}, just {fed}{tail}'],
    slots: {
      fed: ['fed up', 'tired', 'exhausted', 'sad', 'frustrated', 'grumpy', 'worn out'],
      with: ['with the pain', 'with the waiting lists', 'with the fatigue', 'of being ill', ''],
      sh: ['harming myself', 'suicide', 'ending my life', 'self harm'],
    },
  },
  // ================================================================ not crisis: everyday
  {
    id: 'every-low', crisis: false, category: 'everyday', count: 34,
    templates: ['{open}feeling {low} {today} because {reason}{tail}', '{open}really {low} week with {condition}, {cope}{tail}', 'anyone else {low} when {trigger}?', '{condition} is wearing me down but {cope}{tail}'],
    slots: {
      low: ['low', 'rubbish', 'fed up', 'a bit down', 'teary', 'flat', 'miserable'],
      today: ['today', 'this week', 'tonight', 'lately'],
      reason: ['the pain has been relentless', 'I missed my friends birthday', 'the results were not great', 'I cant do what I used to', 'the weather is grim'],
      cope: ['going to have a bath and an early night', 'chatting to you lot helps', 'seeing my GP on Monday', 'one day at a time', 'my counsellor is helping'],
      trigger: ['the clocks go back', 'you get bad news at clinic', 'the fatigue hits', 'a flare comes out of nowhere'],
    },
  },
  {
    id: 'every-cant-anymore', crisis: false, category: 'everyday', count: 30,
    templates: ["{open}I can't {activity} anymore since {condition} got worse{tail}", "{open}I can't do {chore} any more, {ask}?", '{open}I give up on {giveup}{tail}', "{open}I can't go on {trip} this year because of {condition}{tail}"],
    slots: {
      activity: ['drive', 'do my own shopping', 'work full time', 'play football', 'walk the dog', 'climb the stairs'],
      chore: ['the stairs', 'my own hair', 'the gardening', 'the school run', 'long shifts'],
      ask: ['any gadgets that help', 'how did you adapt', 'any tips', 'did you get a carer'],
      giveup: ['the NHS app', 'finding a dentist', 'my old routine', 'the stupid diet sheet', 'waiting for a callback'],
      trip: ['holiday', 'the school trip', 'the hen do', 'the family cruise'],
    },
  },
  {
    id: 'every-giving', crisis: false, category: 'everyday', count: 28,
    templates: ["{open}I'm giving away {item}, {offer}{tail}", '{open}giving away {item} free to anyone who needs it{tail}', 'Free to a good home: {item}{tail}', 'decluttering and giving away {item} to charity{tail}'],
    slots: {
      item: ['my old nebuliser', 'a spare blood glucose meter', 'my walking frame', 'some unopened test strips', 'baby clothes', 'my old wheelchair', 'a perching stool', 'some large print books', 'my old TENS machine'],
      offer: ['message me', 'collection only in Leeds', 'postage paid', 'anyone interested?', 'happy to post'],
    },
  },
  {
    id: 'every-goodbye', crisis: false, category: 'everyday', count: 28,
    templates: ['{bye2} {leaving}{tail}', '{open}saying goodbye to {thing2} today!{tail}', "{open}I won't be around {period3} because {away}, see you all after{tail}", 'last post before {away}, bye all{tail}'],
    slots: {
      bye2: ['Bye for now everyone,', 'Goodbye for a bit,', 'Signing off for a while,', 'Taking a break from the group,'],
      leaving: ['off to Cornwall for two weeks', 'need a digital detox', 'moving house next week', 'starting my new job'],
      thing2: ['my old wheelchair', 'my cast', 'the catheter', 'my steroid moon face', 'the old hospital', 'my favourite nurse who is retiring'],
      period3: ['much next week', 'for a fortnight', 'over Christmas', 'for a few days'],
      away: ['I am in hospital for my op', 'we are on holiday', 'I have no signal at my mums', 'I am having surgery'],
    },
  },
  {
    id: 'every-memorial', crisis: false, category: 'everyday', count: 22,
    templates: ['{open}my {rel} died of {illness} in {year} and I still miss {pron} every day{tail}', '{open}it is {n} years since my {rel} passed away{tail}', 'lost my {rel} to {illness} last year, grief comes in waves{tail}'],
    slots: {
      illness: ['COPD', 'cancer', 'a stroke', 'heart failure', 'sepsis', 'complications'],
      year: ['2019', '2021', '2016', 'March'],
      pron: ['him', 'her', 'them'],
      n: ['two', 'five', 'ten', 'three'],
    },
  },
];
