import { analyseCrisisPatterns, findCrisisPatterns, inSafeContext, readsSafe } from './crisis-patterns';
import { normalise } from './normalise';

const hit = (text: string) => findCrisisPatterns(normalise(text))[0]?.category ?? null;
const dropped = (text: string) => analyseCrisisPatterns(normalise(text)).dropped.map((d) => d.because);

describe('crisis patterns by category', () => {
  it.each([
    ['intent', 'I am going to kill myself tonight'],
    ['intent', 'Im going to end my life after christmas'],
    ['intent', 'been thinking about suicide loads'],
    ['intent', 'feeling really suicidal today'],
    ['intent', 'i wanna die'],
    ['passive', 'I hope I never wake up'],
    ['passive', 'honestly id be better off dead'],
    ['passive', 'I wish the cancer would just take me'],
    ['passive', "I don't want to be here anymore"],
    ['plan', 'how many of my tablets would it take to not wake up'],
    ['plan', 'I have written letters for my kids'],
    ['plan', 'what is a lethal dose of amitriptyline'],
    ['means', 'I have been stockpiling my insulin'],
    ['means', 'I could inject all my insulin tonight and that would be it'],
    ['means', "I'm going to take an overdose"],
    ['means', 'I keep thinking about jumping off the bridge'],
    ['farewell', 'This is my last post. Thank you all.'],
    ['farewell', 'I have given away most of my things'],
    ['farewell', 'I wont be around much longer'],
    ['burden', 'my family would be better off without me'],
    ['burden', 'im just a burden on everyone'],
    ['burden', 'nothing left to live for'],
    ['burden', "Im done. can't do this anymore"],
    ['self-harm', 'cutting again after a year clean'],
    ['self-harm', 'I burn myself when it gets too much'],
    ['self-harm', 'skipping my insulin on purpose'],
    ['others', 'my friend said she wanted to die, what do I do?'],
    ['others', 'my son has been cutting himself'],
    ['others', 'How do I know if my mum is suicidal?'],
    // added 2026-11
    ['intent', 'im gonna kms tonight'],
    ['intent', 'honestly thinking of ctb this weekend'],
    ['intent', "I'm not okay, I want to die"],
    ['intent', 'ready to call it a day on life'],
    ['passive', 'I wouldnt mind if I didnt wake up tomorrow'],
    ['passive', 'part of me hopes the hypo gets me one night'],
    ['passive', 'i just want to disappear and never come back'],
    ['passive', "life isn't worth living anymore"],
    ['plan', 'The notes for my family are in the kitchen drawer'],
    ['plan', 'I am going to stop dialysis on purpose, I want it to be over'],
    ['plan', "I've stopped my insulin on purpose"],
    ['means', 'Ive got a stash of meds for when its time'],
    ['means', 'I swallowed a load of my tablets earlier, I feel weird'],
    ['means', 'stood at the bridge for an hour thinking about jumping'],
    ['farewell', 'Sorry everyone. I love you all. Goodbye'],
    ['farewell', 'Tell my daughter I am sorry'],
    ['farewell', 'been giving away my guitar because i wont need them'],
    ['burden', 'it would be kinder to my kids if I just disappeared'],
    ['burden', 'no one would even notice if i was gone'],
    ['burden', 'I feel like such a burden'],
    ['self-harm', 'I hurt myself on purpose when it gets bad'],
    ['self-harm', 'i keep wanting to cut'],
    ['self-harm', 'I took extra insulin on purpose to make myself hypo'],
    ['others', 'my wife has stopped her insulin and says she is done'],
    ['others', 'My sister texted me goodbye and now she wont answer her phone'],
    ['others', 'how do i ask if my brother is self harming?'],
    // added 2026-12: forms other writers used (leave-one-source-out study)
    ['intent', 'want 2 die'],
    ['intent', 'ill be dead by monday'],
    ['intent', 'Suicide feels like the only door left open'],
    ['passive', "I'm knackered with it all. I'd welcome death if it came for me tonight."],
    ['passive', 'death sounds peaceful rn'],
    ['passive', 'Lying in bed hoping my heart just stops.'],
    ['passive', 'wish the cancer had got me the first time round'],
    ['passive', 'I find myself wishing a car would swerve onto the pavement and hit me'],
    ['plan', 'decided on a method. just need to be alone for a few hours'],
    ['plan', 'If the tribunal goes against me on the 3rd, that is my date.'],
    ['means', 'Hid a load of my tablets from the district nurse.'],
    ['means', 'Bought extra paracetamol today in two shops. Not for a headache.'],
    ['means', "I've stopped the warfarin. Not by accident. I'm hoping for a clot."],
    ['means', "I'm keeping them with the others I've saved, for when I decide."],
    ['means', 'Still got Dad\'s morphine from the hospice. Never handed it back. I look at it most nights.'],
    ['farewell', 'Final post. I have loved the chats with you lot.'],
    ['farewell', 'Forgive me everyone. Take care of my girls.'],
    ['farewell', "Dear Kindred, you've been my lifeline for 3 years. I'm letting go now."],
    ['burden', "I feel like I'm stealing oxygen from people who deserve to live more than me."],
    ['burden', 'itd save the nhs a fortune if i just died'],
    ['burden', "I'd be doing the world a favour by dying tbh"],
    ['self-harm', 'Relapsed after 2 years clean. Cut deeper than ever before.'],
    ['self-harm', 'Anyone know how to cover fresh cuts for a hospital appointment?'],
    ['self-harm', 'Had to go to A&E for stitches. Told them it was an accident. It wasn\'t.'],
    ['self-harm', 'I bite my arms until they bruise when I panic'],
    ['self-harm', 'Used to self harm as a teen and it\'s come back at 45. Cut my arm last night.'],
    ['others', "My sister just rang me sobbing and said she'd taken something."],
    ['others', 'My 12 year old said he wishes he was dead.'],
    ['others', 'Worried about sam_with_ms, their last few posts sounded like goodbyes. Can a mod check on them?'],
  ])('%s: "%s"', (category, text) => {
    expect(hit(text)).toBe(category);
  });
});

describe('crisis patterns in context, 2026-12', () => {
  it('recovery stories told in months, ages and "the old me" are not crisis; "now I am scared" is not a recovery story', () => {
    for (const text of [
      'Remember when I said I wanted to die on here? That was 18 months ago. Life is good now.',
      "i tried to kill myself at 17. im 34 now with two kids and a job i love",
      'There was a winter when I wanted to die every day. This winter I joined a choir.',
      'Old me would have hurt myself after a day like today.',
    ]) {
      expect([text, hit(text)]).toEqual([text, null]);
    }
    expect(hit('Had a manic crash and now im in the pit and i want to kill myself')).toBe('intent');
    expect(hit("I self harmed and now I'm scared it needs stitches")).toBe('self-harm');
  });

  it('a question put to someone, a form, therapy talk and a leaflet are not the writer\'s crisis', () => {
    for (const text of [
      'We practised asking "are you thinking about suicide?" out loud.',
      "As a nurse, I want to say: asking someone 'are you thinking of suicide?' is okay.",
      'Anyone else have to fill out the "thoughts of being better off dead" question at every appointment?',
      "CBT session was about challenging thoughts like 'I'm a burden'.",
      'My son is on montelukast and the leaflet mentions suicidal thoughts, has anyone noticed mood changes?',
      "If you're worried someone might be thinking of suicide, ask them directly.",
      'Samaritans volunteers training covers how to stay with someone who has taken an overdose.',
      'Our ward manager is updating the ligature risk audit this month.',
      "I don't feel like I'd be better off dead, I just feel like I'd be better off with a working pancreas.",
      'Stopped my steroids on purpose with my consultant\'s blessing, tapering down slowly.',
    ]) {
      expect([text, hit(text)]).toEqual([text, null]);
    }
  });

  it('more figures of speech are not crisis', () => {
    for (const text of [
      "I'm going to die on this hill: a custard cream is better than a bourbon.",
      'Nearly killed myself laughing at the ward cat video',
      'That was a suicidal back pass, what was he thinking',
      "My knees are ready to die but I'm going.",
      "We're going to check out early from the hotel to beat the traffic home.",
      'Has anyone had an overdose of vitamin D by accident?',
      'I do bite my nails till they bleed when I am stressed',
    ]) {
      expect([text, hit(text)]).toEqual([text, null]);
    }
  });

  it('reports the context it read, for the model', () => {
    expect(analyseCrisisPatterns(normalise('Three years ago I was in a dark place, now I am doing well')).context).toContain('recovery');
    expect(analyseCrisisPatterns(normalise('The leaflet lists the side effects')).context).toContain('clinical');
    expect(analyseCrisisPatterns(normalise('I am worried about my son')).context).toEqual(expect.arrayContaining(['relation', 'worry']));
  });
});

describe('crisis patterns in context', () => {
  it('negation drops a hit, but not "can not stop" or "not sure"', () => {
    expect(hit('I would never kill myself')).toBeNull();
    expect(dropped('I would never kill myself')).toContain('negated');
    expect(hit("I'm not going to hurt myself, just venting")).toBeNull();
    expect(hit('no thoughts of suicide, just tired')).toBeNull();
    expect(hit("I can't stop thinking about killing myself")).toBe('intent');
    expect(hit("I'm not sure I want to die but I think about it")).toBe('intent');
    expect(hit('I would never do it, but I wish I could not wake up')).toBe('passive');
    expect(hit('when i cant sleep i cut my arms')).toBe('self-harm');
  });

  it('a reported question or clinical talk drops the weaker patterns', () => {
    expect(hit('my GP asked if I had thoughts of self harm and I said no')).toBeNull();
    expect(hit('the leaflet lists suicidal thoughts as a rare side effect')).toBeNull();
    expect(hit('our group ran suicide prevention training')).toBeNull();
  });

  it('a past-tense recovery story is not a crisis, unless it is back', () => {
    expect(hit('Ten years ago I tried to kill myself. Today I ran a 5k.')).toBeNull();
    expect(dropped('I used to cut myself but I have been clean for four years')).toContain('recovery');
    expect(hit('I used to cut myself and the urge is back again tonight')).toBe('self-harm');
    // A year is not a recovery story: "since 2019" is usually when a condition started.
    expect(hit('COPD since 2019. Honestly I just want to go to sleep and never wake up.')).toBe('passive');
  });

  it('someone else: worry for a person the writer knows counts, news does not', () => {
    expect(hit('my husband keeps saying he wants to end his life')).toBe('others');
    expect(hit('a man took his own life after his benefits were stopped')).toBeNull();
  });

  it('denial, support for someone else, end-of-life planning and goodbyes for a while are not crisis', () => {
    for (const text of [
      "It's not that I want to die, I just want a break from being ill",
      'If you are thinking about suicide, please call Samaritans on 116 123',
      'I have terminal cancer and I am writing letters for my kids with the hospice',
      'Last post before my op, bye all x',
      'Took all my tablets this morning, feeling better',
    ]) {
      expect([text, hit(text)]).toEqual([text, null]);
    }
    // hopelessness is not read as a recovery story ("…get better")
    expect(hit("I can't carry on. It is never going to get better")).toBe('burden');
    // a news story about a stranger is not the writer's crisis
    expect(hit('News story about a man who jumped from the bridge')).toBeNull();
  });

  it('figures of speech and titles are not crisis', () => {
    for (const text of [
      'this pain is killing me',
      'I could die of embarrassment',
      'dying for a cuppa',
      'bored to death in the waiting room',
      'Better Off Dead is such an 80s film',
      'watching Suicide Squad with the kids',
      'I want to end things with my boyfriend',
      "I'm done for the day",
      'I burnt myself on the oven',
      "I can't go on holiday this year",
    ]) {
      expect([text, hit(text)]).toEqual([text, null]);
    }
  });
});

describe('context read in 2026-12 (holdout-3 studied by class)', () => {
  it('a past crisis followed by a turnaround is a recovery story', () => {
    for (const text of [
      'When I was first told about the stoma I wanted to die. Five years and two ops later, I am so glad I stayed.',
      'I was once the person here saying I wanted to end it. 3 years on, thank you all.',
      'At its worst I did not want to be alive. The new meds changed everything.',
      'I relapsed with self harm two years ago but I have been clean 9 months now.',
    ]) {
      expect([text, hit(text)]).toEqual([text, null]);
      expect(dropped(text)).toContain('recovery');
    }
    // still in it: not a recovery story
    expect(hit('I relapsed with self harm again last night')).toBe('self-harm');
    expect(hit('i relapsed tonight after 200 days clean from sh')).toBe('self-harm');
  });

  it('advice to the reader is not the writer’s crisis, a request about the writer still is', () => {
    for (const text of [
      'Be kind to yourself. If the self harm urges get bad, try holding ice, and speak to your GP.',
      'If your brother has talked about suicide, take it seriously and help him get support.',
      'Sending hugs. Please get support with the suicidal thoughts, you do not have to sit with them alone.',
      'Please know that feeling like a burden is a symptom of the illness, not the truth.',
    ]) {
      expect([text, hit(text)]).toEqual([text, null]);
    }
    expect(hit("Please look after my dog for me when I'm gone.")).toBe('farewell');
    expect(hit('Feeling suicidal. Please talk to me')).toBe('intent');
  });

  it('a question put to the writer and answered no, a professional’s question, helpline data', () => {
    expect(hit('The form asked: have you had thoughts that you would be better off dead? I said no. Then it asked about appetite.')).toBeNull();
    expect(hit('Can I ask my client if they are suicidal, or is that for the crisis team? I am a support worker.')).toBeNull();
    expect(hit('Our helpline data shows calls about suicidal thoughts rise after Christmas.')).toBeNull();
    // worry for someone close is still signposted
    expect(hit('should I ask my mum if she is suicidal?')).toBe('others');
  });

  it('a joke said of oneself and idioms are not crisis; "not joking" still is', () => {
    expect(hit("The queue at the pharmacy, I'd rather be dead. jk")).toBeNull();
    expect(hit("I'll sleep when I'm dead lol")).toBeNull();
    expect(hit('kms if we lose again (joking obviously)')).toBeNull();
    expect(hit('kms. not joking this time')).toBe('intent');
    expect(hit('my mate said he is going to kill himself, i dont know if hes joking')).toBe('others');
    for (const text of ["I'm going to kill my brother, he ate my cake", 'I am going to end it with my boyfriend', 'I feel like I have been hit by a bus since the jab']) {
      expect([text, hit(text)]).toEqual([text, null]);
    }
  });

  it('accidents with medicine are not means; "not an accident" is not an accident', () => {
    expect(hit('My nan overdosed on her blood thinners by accident after the packaging changed')).toBeNull();
    expect(hit('Nearly given a lethal dose by mistake, the nurse caught the wrong label')).toBeNull();
    expect(hit('I took an overdose and it was not an accident')).toBe('means');
  });

  it('end-of-life planning and a previous post', () => {
    expect(hit('My consultant has said I have about a year. I have made my peace with it.')).toBeNull();
    expect(hit('I know my last post sounded bad, I am honestly fine now')).toBeNull();
    expect(hit('My last post here. I am not going to fight anymore. Goodbye x')).toBe('farewell');
  });

  it('wording the patterns missed: counterfactual wishes, becoming a burden, pressing on wounds', () => {
    expect(hit("Wish I'd died in the crash instead of living like this")).toBe('passive');
    expect(hit("I've become a burden to my kids and I won't carry on being one")).toBe('burden');
    expect(hit('I am just taking up space that someone else could use')).toBe('burden');
    expect(hit('I keep pressing on my bruises to make them hurt more')).toBe('self-harm');
  });

  it('the safe contexts are what make the model need its higher threshold', () => {
    const safe = (text: string) => inSafeContext(analyseCrisisPatterns(normalise(text)));
    expect(safe('Years ago I felt hopeless. Now I run a support group.')).toBe(true);
    expect(safe('I promise I am okay, I am not going to do anything.')).toBe(true);
    expect(safe('My dad took an extra tablet by mistake, should we ring 111?')).toBe(true);
    expect(safe('nobody would notice if i was gone')).toBe(false);
    expect(safe('see you all in a few days')).toBe(false);
  });
});

describe('context read as a class after holdout-4', () => {
  const contextOf = (text: string) => analyseCrisisPatterns(normalise(text)).context ?? [];

  it('loss and its paperwork, and a pet put to sleep, read as bereavement: a safe context', () => {
    for (const t of [
      "Funeral's on Thursday. I've been asked to do the eulogy and I don't know how I'll get through it.",
      'My friend from the kidney group passed away last week. I will miss her so much.',
      "I've been named executor on my aunt's estate and need the lasting power of attorney papers.",
      'Our old lab was put to sleep this morning, she just went to sleep in my arms.',
      'First Christmas without my dad. Thinking of everyone who has lost someone.',
    ]) {
      expect(contextOf(t)).toContain('bereavement');
      expect(inSafeContext(analyseCrisisPatterns(normalise(t)))).toBe(true);
    }
  });

  it('a will or a funeral on their own are not bereavement: they are in farewells too', () => {
    expect(contextOf("I've sorted my will and written the letters. I'm ready to go now.")).not.toContain('bereavement');
    expect(contextOf("Everything's sorted for the funeral I'll be having sooner than anyone thinks.")).not.toContain('bereavement');
  });

  it('a pattern hit needs the model to agree where the text reads in a safe context or as talk about the topic', () => {
    const gated = (text: string) => readsSafe(analyseCrisisPatterns(normalise(text)));
    expect(gated('Mum wants to die at home rather than in hospital. The hospice team are setting up the bed.')).toBe(true);
    expect(gated('Moderators here do a safeguarding training course. We cover how to respond to posts about suicide and self-harm.')).toBe(true);
    expect(gated("I'm proof that feeling suicidal doesn't last forever. Years ago it felt permanent.")).toBe(true);
    expect(gated('I want to die. I have the pills ready for tonight.')).toBe(false);
    expect(gated('nobody would notice if i was gone')).toBe(false);
  });
});
