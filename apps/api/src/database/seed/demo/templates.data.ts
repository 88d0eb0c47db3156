/**
 * Text templates for the demo community. Placeholders: {short} the condition as members write
 * it, {topic} an everyday topic, {iv} an intervention's name, {n} a small number, {time} a time
 * of day. Kind and practical; nobody gives medical orders ("worth asking your nurse").
 */
export interface ThreadTemplate {
  kind: 'question' | 'advice' | 'story';
  title: string;
  body: string;
}

export const THREAD_TEMPLATES: ThreadTemplate[] = [
  { kind: 'question', title: 'How do you cope with {topic}?', body: 'I have had {short} for a few years and {topic} is getting to me lately. What has actually helped you? Small things welcome.' },
  { kind: 'question', title: 'Anyone else struggling with {topic}?', body: 'Feeling a bit alone with this one. {topic} has been hard this month and I would love to hear how others manage it.' },
  { kind: 'question', title: 'Has anyone tried {iv}?', body: 'My nurse mentioned {iv} for my {short}. How did you find the first few weeks? Anything you wish you had known?' },
  { kind: 'question', title: 'Newly diagnosed with {short}: where do I start?', body: 'Diagnosed last month and my head is spinning. What helped you most in the first year? I am especially worried about {topic}.' },
  { kind: 'question', title: 'Questions to ask at my next appointment?', body: 'I have a review coming up about my {short}. I always forget what I wanted to ask. What do you ask about {topic}?' },
  { kind: 'question', title: '{topic}: what works for you?', body: 'Collecting ideas. For me {topic} is the hardest part of {short} day to day. Please share what works, however small.' },
  { kind: 'advice', title: 'What helped me with {topic}', body: 'Sharing in case it helps someone:\n\n- Plan the harder things for when you feel best\n- Tell one person at home what helps\n- Keep a short note of good and bad days\n\nNone of it is magic, but together it made {topic} easier for me.' },
  { kind: 'advice', title: 'My {n} tips for living with {short}', body: 'After a few years with {short}, the things I would tell my younger self: be patient with yourself, write questions down before appointments, and find people who get it (hello!).' },
  { kind: 'advice', title: 'How I finally got on with {iv}', body: 'It took me a while to get used to {iv}. What helped was taking it at the same time every day and giving it a fair few weeks. Worth talking it through with your nurse or pharmacist if it is not working for you.' },
  { kind: 'story', title: 'A good week, for once', body: 'Just wanted to share something positive. {topic} has been much better this week and I managed a walk with my grandson. Hold on to the good days.' },
  { kind: 'story', title: 'One year since my {short} diagnosis', body: 'A year ago I was scared and confused. Today I understand my {short} a lot better, mostly thanks to people here. {topic} is still hard some days, but I feel more in control.' },
  { kind: 'story', title: 'Finally talked to my family about it', body: 'I have been hiding how much {topic} affects me. Last night I told my family, and they were kinder than I expected. If you are putting it off, it might go better than you think.' },
];

/** First-level replies. */
export const REPLY_TEMPLATES: string[] = [
  'That sounds really hard. What helped me with {topic} was breaking the day into smaller pieces.',
  'You are not alone in this. I found that a simple diary showed me patterns I had not noticed.',
  'I tried {iv} for about {n} months. It took a few weeks to settle, then it helped. Worth asking your nurse about.',
  'Same here! Some days are better than others. Be kind to yourself on the bad ones.',
  'My practice nurse was really helpful when I asked about {topic}. Do not be afraid to ask.',
  'Thank you for posting this. I needed to read it today.',
  'For me the key was getting a routine. Same time every day, even at weekends.',
  'I keep a note on my phone of questions for appointments. It has made such a difference.',
  'Gentle walking helped me more than I expected, even ten minutes at a time.',
  'I felt the same when I was first diagnosed with {short}. It does get easier as you learn what works for you.',
  'Have you asked about a referral? The waiting list was long but the course was brilliant.',
  'Sending you a virtual cuppa. This group has been a lifeline for me.',
];

/** Replies to a reply. */
export const NESTED_TEMPLATES: string[] = [
  'How long did it take before you noticed a difference?',
  'About {n} weeks for me, but everyone is different.',
  'Thank you, I will try that this week.',
  'That is a great idea, I had not thought of it.',
  'Did you need a referral for that, or could you ask directly?',
  'I asked at my GP surgery and they sorted it.',
  'Same experience here. It really helped.',
  'Good to know I am not the only one!',
];

/** Chat messages in the busiest rooms, in order of a conversation. */
export const CHAT_TEMPLATES: string[] = [
  'Morning all! How is everyone doing today?',
  'Not too bad thanks. Slow start but getting there.',
  'Rough night here, {topic} kept me up.',
  'Sorry to hear that. Hope today is gentler.',
  'Has anyone been to the new clinic in town?',
  'Yes! The nurse there was lovely.',
  'Small win: I managed my walk today.',
  'Well done, that is brilliant!',
  'Does anyone have tips for {topic}?',
  'I posted a thread about that last week, have a look.',
  'Thank you all, this chat always cheers me up.',
  'Off for a rest now. Take care everyone.',
  'Evening all, anyone around?',
  'Just catching up. Lovely to see so many new faces here.',
  'Welcome to everyone who joined this week!',
  'Appointment went well today, feeling relieved.',
];

/** Tips in what-works reports, by how much it helped. */
export const TIP_TEMPLATES: Record<'major' | 'moderate' | 'slight' | 'none' | 'cant_tell', string[]> = {
  major: ['Give it a few weeks before judging.', 'Doing it at the same time every day made it stick.', 'Made a real difference to my {topic}.', ''],
  moderate: ['Helped, but not overnight.', 'Worth it, though I had to adjust my routine.', 'Best combined with pacing myself.', ''],
  slight: ['A small difference for me. Others in my group had more luck.', 'Helped a little with {topic}.', ''],
  none: ['Did not help me, but talk to your nurse; it works for plenty of people.', ''],
  cant_tell: ['Too early to say.', 'Changed a few things at once, so hard to tell.', ''],
};

export const SIDE_EFFECTS: Record<string, string[]> = {
  medication: ['Upset stomach', 'Tiredness', 'Headache', 'Dizziness', 'Dry mouth'],
  therapy: ['Tiredness after sessions'],
  device: ['Sore skin'],
  lifestyle: ['Sore muscles'],
  'self-management': [],
  service: [],
};

/** Bios of generated members: {short} is their first condition. */
export const BIO_TEMPLATES: string[] = [
  'Living with {short} since {year}. Demo member.',
  'Learning to live well with {short}. Demo member.',
  'Here to share what helped me with {short}. Demo member.',
  'Newly diagnosed with {short} and finding my feet. Demo member.',
  'Caring for my mum, who has {short}. Demo member.',
];

export const FIRST_NAMES = ['alex', 'bea', 'cal', 'dee', 'eli', 'fran', 'gus', 'hana', 'ivo', 'jo', 'kit', 'lee', 'mia', 'ned', 'ola', 'pip', 'quin', 'ria', 'sol', 'tam', 'uma', 'vic', 'wren', 'xan', 'yas', 'zoe', 'amir', 'bryn', 'cleo', 'dev', 'effie', 'finn', 'gita', 'hal', 'isla', 'jas', 'kofi', 'lina', 'mo', 'nia'];
export const SECOND_NAMES = ['walker', 'knits', 'brews', 'reads', 'garden', 'runs', 'sings', 'paints', 'hikes', 'bakes', 'swims', 'cycles', 'writes', 'sews', 'fishes', 'dances'];
