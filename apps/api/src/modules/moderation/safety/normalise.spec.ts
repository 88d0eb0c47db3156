import { correctKeyWord, normalise, sentencesOf } from './normalise';

describe('normalise', () => {
  it('lower-cases, unifies apostrophes and keeps sentence ends and commas as tokens', () => {
    expect(normalise('I’m DONE. Really,  done!!')).toBe('i am done . really , done');
    expect(normalise('  ...hello?  ')).toBe('hello');
  });

  it('expands contractions with and without apostrophes', () => {
    expect(normalise("I don't want to")).toBe('i do not want to');
    expect(normalise('i dont want to')).toBe('i do not want to');
    expect(normalise("Im done, cant go on, won't try")).toBe('i am done , can not go on , will not try');
    expect(normalise("I'd be better off, I've tried, they're fine")).toBe('i would be better off , i have tried , they are fine');
    expect(normalise('I cannot cope')).toBe('i can not cope');
    expect(normalise("my mum's house")).toBe('my mum house');
  });

  it('reads phone spellings and slang', () => {
    expect(normalise('wanna die tbh')).toBe('want to die to be honest');
    expect(normalise('gonna do it rn')).toBe('going to do it right now');
    expect(normalise('kms')).toBe('kill myself');
    expect(normalise('I want to unalive myself')).toBe('i want to kill myself');
    expect(normalise('sewerslide')).toBe('suicide');
    expect(normalise('thinking of an od')).toBe('thinking of an overdose');
    expect(normalise('the urge to sh is back')).toBe('the urge to self harm is back');
    expect(normalise('self-harm')).toBe('self harm');
    expect(normalise('sooooo tired')).toBe('so tired');
  });

  it('corrects misspellings of key words, and leaves real words alone', () => {
    expect(correctKeyWord('sucide')).toBe('suicide');
    expect(correctKeyWord('suicdie')).toBe('suicide');
    expect(correctKeyWord('suicidl')).toBe('suicidal');
    expect(correctKeyWord('myslef')).toBe('myself');
    expect(correctKeyWord('overdoes')).toBe('overdose');
    expect(correctKeyWord('insluin')).toBe('insulin');
    expect(correctKeyWord('su1cide')).toBe('suicide');
    expect(correctKeyWord('tablet')).toBeNull();
    expect(correctKeyWord('charming')).toBeNull();
    expect(correctKeyWord('house')).toBeNull();
    expect(normalise('thinking about sucide')).toBe('thinking about suicide');
    expect(normalise('s*icide')).toBe('suicide');
  });

  it('reads more slang, dropped g\'s, held-down letters, emoji and titles', () => {
    expect(normalise('thinking of ctb')).toBe('thinking of kill myself');
    expect(normalise("I'm going to top myself")).toBe('i am going to kill myself');
    expect(normalise('gonna do myself in')).toBe('going to kill myself');
    expect(normalise('I want to off myself')).toBe('i want to kill myself');
    expect(normalise('I want to unalive')).toBe('i want to kill myself');
    expect(normalise('sewer slide')).toBe('suicide');
    expect(normalise('cuttin again')).toBe('cutting again');
    expect(normalise('i wanna diiiie')).toBe('i want to die');
    expect(normalise('its over')).toBe('it is over');
    expect(normalise('Im dead 😂')).toBe('i am dead lol');
    expect(normalise('Watched Better Off Dead last night')).toBe('watched title last night');
    expect(normalise('Has anyone read "The Man Who Wanted to Die"?')).toBe('has anyone read title');
    expect(normalise('I took the bandage off myself')).toBe('i took the bandage off myself');
    expect(normalise('topped myself up with tea')).toBe('topped myself up with tea');
  });

  it('reads contractions without apostrophes, txt-speak and dialect in context', () => {
    expect(normalise('want 2 die')).toBe('want to die');
    expect(normalise('going 2 end it')).toBe('going to end it');
    expect(normalise('I have 2 kids and need 2 tablets')).toBe('i have 2 kids and need 2 tablets');
    expect(normalise('saving pills 4 later')).toBe('saving pills for later');
    expect(normalise('i have 4 kids')).toBe('i have 4 kids');
    expect(normalise('gonna b gone soon')).toBe('going to be gone soon');
    expect(normalise('u r all so kind')).toBe('you are all so kind');
    expect(normalise('ill be dead by monday')).toBe('i will be dead by monday');
    expect(normalise('I feel ill today')).toBe('i feel ill today');
    expect(normalise('youll be fine, itd help, theyve gone')).toBe('you will be fine , it would help , they have gone');
    expect(normalise("Ah cannae dae this anymair. Ah'm gonnae kill masel.")).toBe('i can not do this anymore . i am going to kill myself');
    expect(normalise("I'm knackered")).toBe('i am exhausted');
    expect(normalise('My 16 yr old')).toBe('my 16 year old');
    expect(normalise("I've called 999")).toBe('i have called 999');
  });

  it('does not turn a censored swear word into a crisis word', () => {
    expect(normalise('sh*t day')).toBe('sht day');
  });

  it('splits normalised text into sentences', () => {
    expect(sentencesOf(normalise('One. Two, three! Four?'))).toEqual(['one', 'two , three', 'four']);
  });
});
