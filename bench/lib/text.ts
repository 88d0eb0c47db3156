import type { Rng } from './rng';

/**
 * Generated, realistic peer-support text (Markdown): the kind of thing members of a
 * long-term-condition group write. Deterministic for a given Rng.
 */

const ADJECTIVES = [
  'quiet', 'sunny', 'brave', 'steady', 'gentle', 'curious', 'patient', 'hopeful', 'tired', 'cheerful',
  'stubborn', 'calm', 'bright', 'wandering', 'northern', 'coastal', 'early', 'slow', 'kind', 'wild',
];
const NOUNS = [
  'heron', 'otter', 'robin', 'willow', 'fern', 'badger', 'pebble', 'lark', 'maple', 'harbour',
  'teapot', 'garden', 'kestrel', 'meadow', 'lantern', 'thistle', 'wren', 'river', 'hazel', 'finch',
];

export function handle(rng: Rng, taken: Set<string>): string {
  for (;;) {
    const base = `${rng.pick(ADJECTIVES)}_${rng.pick(NOUNS)}`;
    const h = rng.chance(0.6) ? `${base}${rng.int(2, 99)}` : base;
    if (!taken.has(h.toLowerCase())) {
      taken.add(h.toLowerCase());
      return h;
    }
  }
}

const BIOS = [
  'Diagnosed a few years ago, still learning. Carer for my mum too.',
  'Part-time teacher, full-time pacer. Here to share what has helped me.',
  'Newly diagnosed and trying to make sense of it all.',
  'Retired nurse living with the condition myself now. Happy to listen.',
  'Dog walker, tea drinker, slowly getting better at asking for help.',
  '',
];

export const bio = (rng: Rng): string => rng.pick(BIOS);

const OPENERS = [
  'I really recognise this.',
  'Thank you for posting this, it is reassuring to know I am not the only one.',
  'Sending you a big virtual hug.',
  'This was me about a year ago.',
  'I have been lurking for a while but had to reply to this.',
  'Such a good question.',
  'Sorry you are going through this.',
  'Same here, almost word for word.',
  'Great to hear things are a bit better this week.',
  'I hope you don’t mind me jumping in.',
];

const EXPERIENCES = [
  'After my diagnosis I tried to carry on exactly as before and ended up in a flare that lasted weeks.',
  'My energy is worst in the mornings, so I now plan anything important for after lunch.',
  'I started keeping a simple symptom diary on my phone and it made my appointments so much more useful.',
  'The fatigue was the hardest thing to explain to my family, much harder than the pain.',
  'It took about three months on the new medication before I noticed any real difference.',
  'I asked my GP for a referral to the specialist nurse and it was the best thing I did.',
  'Work were surprisingly good once I explained what reasonable adjustments I needed.',
  'Sleep made more difference than anything else; I keep the same bedtime even at weekends.',
  'Pacing felt like giving up at first, but it has actually let me do more over a whole week.',
  'The side effects settled down after the first fortnight, apart from a dry mouth.',
  'Gentle walking every day, even just ten minutes, helped my mood as much as my joints.',
  'I was told it was stress for years before anyone ran the right tests.',
  'Batch cooking on a good day means I still eat properly on a bad one.',
  'The online course from the hospital was more helpful than I expected.',
  'My partner comes to appointments with me now, so there are two of us remembering what was said.',
  'Cutting back on caffeine in the afternoon helped with both sleep and the palpitations.',
  'The heat in summer really knocks me back, so I plan around the cooler parts of the day.',
  'I use a pill organiser with alarms because brain fog made me miss doses.',
];

const ADVICE = [
  'It might be worth asking your pharmacist, they were really helpful for me.',
  'Be kind to yourself; some weeks are just about getting through.',
  'Write your questions down before the appointment, it is so easy to forget in the room.',
  'Ask whether there is a patient education programme near you.',
  'Don’t stop anything suddenly without checking with your care team first.',
  'Try to spread the tasks out over the week rather than doing everything on a good day.',
  'A heat pad and a short rest after lunch works wonders for me.',
  'Keep a note of what you ate and how you slept for a couple of weeks and look for patterns.',
  'If your employer has occupational health, it is worth asking for a referral.',
  'Small, regular meals helped me more than the big changes everyone suggests.',
];

const QUESTIONS = [
  'Has anyone else found the same?',
  'Did anyone try the slow-release version?',
  'How long did it take you to notice a difference?',
  'Does it get easier with time?',
  'What do you say when people ask why you are tired all the time?',
  'Is it normal for it to come and go like this?',
];

const CLOSERS = ['Take care.', 'Good luck, let us know how you get on.', 'Hope this helps a little.', 'Wishing you a gentler week.', ''];

const TIPS = [
  'a **symptom diary**, even a rough one',
  'a *flask of water* by the bed',
  'setting phone reminders for doses',
  'a perching stool in the kitchen',
  'planning rest before I need it',
  'saying no to one thing a day',
  'the hospital helpline number saved in my phone',
  'a short walk after meals',
];

const sentences = (rng: Rng, bank: readonly string[], min: number, max: number) =>
  rng.sample(bank, rng.int(min, max)).join(' ');

/** A reply body in Markdown: one to three short paragraphs, sometimes a list of tips. */
export function replyBody(rng: Rng): string {
  const paragraphs: string[] = [];
  paragraphs.push(`${rng.chance(0.6) ? `${rng.pick(OPENERS)} ` : ''}${sentences(rng, EXPERIENCES, 1, 3)}`);
  if (rng.chance(0.2)) {
    paragraphs.push(`Things that help me:\n\n${rng.sample(TIPS, rng.int(2, 4)).map((t) => `- ${t}`).join('\n')}`);
  }
  if (rng.chance(0.55)) paragraphs.push(sentences(rng, ADVICE, 1, 2));
  if (rng.chance(0.25)) paragraphs.push(rng.pick(QUESTIONS));
  const closer = rng.pick(CLOSERS);
  if (closer) paragraphs.push(closer);
  return paragraphs.join('\n\n');
}

/** A thread opening post in Markdown. */
export function threadBody(rng: Rng): string {
  return [
    `Hi all, ${sentences(rng, EXPERIENCES, 2, 3)}`,
    sentences(rng, EXPERIENCES, 1, 2),
    `What I have tried so far:\n\n${rng.sample(TIPS, 3).map((t) => `- ${t}`).join('\n')}`,
    `${rng.pick(QUESTIONS)} Any experiences welcome, good or bad.`,
  ].join('\n\n');
}

const CHAT_GREETINGS = ['Morning all!', 'Hi everyone', 'Evening folks', 'Hello from a rainy afternoon', 'Hey all', ''];
const CHAT_LINES = [
  'Rough night, barely slept. Anyone else up early?',
  'Just back from my appointment, the new nurse was lovely.',
  'Finally got my repeat prescription sorted after three phone calls.',
  'Managed a short walk today, first one this week.',
  'Does anyone know if the clinic is open over the bank holiday?',
  'Brain fog is winning today, apologies if I repeat myself.',
  'That pacing tip from yesterday really helped, thank you.',
  'Feeling a bit low, just wanted to say hi to people who get it.',
  'Good news: bloods came back better than last time!',
  'Has anyone tried the group at the community centre?',
  'Taking it easy today, sofa and tea.',
  'My GP finally listened. Referral is in.',
  'Side effects seem to be settling down now, fingers crossed.',
  'Anyone else find the heat makes everything worse?',
  'Thanks for the kind words earlier, it meant a lot.',
  'Flare started this morning, so resting and keeping warm.',
  'Work meeting went fine, I asked for the adjustments.',
  'Trying the symptom diary app someone mentioned, so far so good.',
];
const CHAT_TAILS = ['', '', ' x', ' :)', ' Take care all.', ' How is everyone doing?'];

/** A short group-chat message (plain text): what members type to each other during the day. */
export function chatLine(rng: Rng): string {
  const greeting = rng.chance(0.3) ? rng.pick(CHAT_GREETINGS) : '';
  const line = rng.chance(0.25) ? `${rng.pick(CHAT_LINES)} ${rng.pick(CHAT_LINES)}` : rng.pick(CHAT_LINES);
  return `${greeting ? `${greeting} ` : ''}${line}${rng.pick(CHAT_TAILS)}`.trim();
}
