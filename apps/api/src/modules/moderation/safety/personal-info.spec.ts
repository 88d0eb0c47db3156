import { findPersonalInfo, spokenNumbers } from './personal-info';

const kinds = (text: string) => findPersonalInfo(text).map((f) => f.kind);

describe('personal information written in words', () => {
  it('reads phone numbers in words or mixed with figures', () => {
    for (const text of [
      'ring me on oh seven seven double one, two three four, five six seven',
      "Here's my number: zero seven seven zero zero, nine zero zero, five five four. Call anytime",
      'text me zero 7 nine double one 234 567',
      'landline is oh one one three, four nine six, oh oh one two',
    ]) {
      expect([text, kinds(text)]).toEqual([text, ['phone']]);
    }
    expect(findPersonalInfo('call oh seven seven double one, two three four, five six seven please')[0]).toMatchObject({
      kind: 'phone',
      text: 'oh seven seven double one, two three four, five six seven',
      index: 5,
    });
  });

  it('reads NHS numbers in words when the check digit is right, and any ten digits called an NHS number', () => {
    expect(kinds('nine four three, four seven six, five nine one nine')).toEqual(['nhs-number']);
    expect(kinds('my nhs number is nine four three four seven six five nine one eight')).toEqual(['nhs-number']);
    // figures the writer calls an NHS number, check digit or not
    expect(kinds('I wrote my NHS number on the pot, 721 340 9982, but ran out of space')).toEqual(['nhs-number']);
    expect(kinds("Mum's NHS no. is 610 245 8839")).toEqual(['nhs-number']);
    // ten digits in words with a wrong check digit and no label: not taken as an NHS number
    expect(kinds('nine four three, four seven six, five nine one eight')).toEqual([]);
  });

  it('does not read doses, times, readings or counting as a number', () => {
    for (const text of [
      'I take two or three tablets at seven and again at nine',
      'My readings were 5.6, 7.2, 8.1 and nine point one today',
      'I arrived at nine and left at five past seven',
      'Took one, then two, then three, four, five, six, seven, eight, nine tablets over the week',
      'Sats 98, pulse 72, bp 120 over 80, temp 36.8, resp 16, and one more check at two',
      'dose went from one to two to three to four mg',
      'oh no, one more appointment on the ninth',
      'took 1 2 3 4 5 6 7 8 9 10 steps one at a time',
    ]) {
      expect([text, findPersonalInfo(text)]).toEqual([text, []]);
    }
    expect(spokenNumbers('one or two')).toEqual([]);
  });
});

describe('e-mail addresses spelt out', () => {
  it('reads "dot" and "at", and bracketed [at] / (dot)', () => {
    for (const [text, found] of [
      ['e-mail me at chris dot walker at gmail dot com', 'chris dot walker at gmail dot com'],
      ['jane dot smith at gmail dot com if you want to chat', 'jane dot smith at gmail dot com'],
      ['jane[at]example[dot]org', 'jane[at]example[dot]org'],
      ['write to jane (at) nhs (dot) net', 'jane (at) nhs (dot) net'],
      ['bob at hotmail.co.uk', 'bob at hotmail.co.uk'],
      ['sam_jones at yahoo dot co dot uk', 'sam_jones at yahoo dot co dot uk'],
    ]) {
      expect([text, findPersonalInfo(text!).map((f) => `${f.kind}:${f.text}`)]).toEqual([text, [`email:${found}`]]);
    }
  });

  it('does not read "at" in ordinary sentences as an address', () => {
    for (const text of [
      'look at bbc dot co dot uk for the news',
      'meet me at the station at 7',
      'I work at nhs.net support',
      'He is at gmail all day',
      'I am at home dot com lol',
      'Nurses at St Mary dot com… just kidding',
      'Staying at Premier Inn dot',
      'I looked at it. Then at the leaflet.',
    ]) {
      expect([text, findPersonalInfo(text)]).toEqual([text, []]);
    }
    // an address written the usual way is found once
    expect(kinds('jane.smith@gmail.com')).toEqual(['email']);
  });
});

describe('dates of birth', () => {
  it('reads more ways of saying a birth date', () => {
    for (const text of ['DOB 1959-06-12', 'My date of birth is 14/03/1968', 'born 23rd of July 1991', "I'm a 12th of October 1948 baby", 'I was born on the 9th of June 1990', 'my DOB is 3/4/66']) {
      expect([text, kinds(text)]).toEqual([text, ['date-of-birth']]);
    }
    expect(kinds('Appointment on 14/03/2026 at the clinic')).toEqual([]);
  });
});
