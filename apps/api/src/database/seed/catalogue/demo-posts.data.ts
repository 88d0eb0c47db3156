/**
 * Demo conversations: realistic, kind, non-clinical. Each thread has replies given as
 * [parentIndex | null, body]; parentIndex points at an earlier reply of the same thread.
 */
export interface DemoThread {
  groupSlug: string;
  kind: 'question' | 'advice' | 'story';
  title: string;
  body: string;
  tags: string[];
  replies: [number | null, string][];
}

export const DEMO_THREADS: DemoThread[] = [
  {
    groupSlug: 'living-with-type-2-diabetes',
    kind: 'question',
    title: 'How do you handle the afternoon energy slump?',
    body: 'Since my diagnosis I get really tired around 3pm. Has anyone found something that **actually** helps?',
    tags: ['fatigue', 'diet'],
    replies: [
      [null, 'A 10-minute walk after lunch made a big difference for me. My readings are steadier too.'],
      [0, 'Same here. I set a reminder on my phone so I actually do it.'],
      [null, 'Swapping my white-bread sandwich for something with more protein helped. Worth talking to your practice nurse about it.'],
      [2, 'Did you notice a difference straight away or did it take a while?'],
      [3, 'About two weeks before I really noticed.'],
    ],
  },
  {
    groupSlug: 'living-with-type-2-diabetes',
    kind: 'advice',
    title: 'What I wish I had known in my first year',
    body: '- Ask for the structured education course, it is free\n- Keep a simple food diary for a few weeks\n- Be kind to yourself, one high reading is not a failure',
    tags: ['newly-diagnosed', 'self-management'],
    replies: [
      [null, 'The course was brilliant. I went with my husband so we could both learn.'],
      [null, 'Thank you for the last point, I really needed to hear that today.'],
    ],
  },
  {
    groupSlug: 'living-with-copd',
    kind: 'question',
    title: 'Tips for stairs when you are breathless?',
    body: 'Our flat has two flights of stairs and I dread them. Any tricks?',
    tags: ['exercise', 'self-management'],
    replies: [
      [null, 'Pursed-lip breathing and taking one step per breath out. Pulmonary rehab taught me that.'],
      [0, 'I had never heard of pulmonary rehab, how did you get referred?'],
      [1, 'I asked my GP. There was a short wait but it was worth it.'],
      [null, 'I keep a stool on the landing so I can sit halfway. No shame in it.'],
    ],
  },
  {
    groupSlug: 'living-with-long-covid',
    kind: 'story',
    title: 'Pacing finally clicked for me',
    body: 'For months I pushed through and crashed. Using a simple activity diary showed me my limits. Sharing in case it helps someone.',
    tags: ['fatigue', 'self-management'],
    replies: [
      [null, 'Thank you. The boom-and-bust cycle is so real.'],
      [0, 'Do you use an app or paper?'],
      [1, 'Paper! A notebook by the kettle.'],
    ],
  },
];

/** Demo experience reports: [conditionSlug, interventionSlug, effectiveness, sideEffect | null, weeks, tips]. */
export const DEMO_REPORTS: [string, string, 'major' | 'moderate' | 'slight' | 'none' | 'cant_tell', string | null, number, string][] = [
  ['type-2-diabetes', 'metformin', 'moderate', 'Upset stomach', 80, 'Taking it with the evening meal settled my stomach.'],
  ['type-2-diabetes', 'metformin', 'major', null, 150, ''],
  ['type-2-diabetes', 'metformin', 'slight', 'Upset stomach', 20, 'The slow-release version was easier for me.'],
  ['type-2-diabetes', 'walking', 'major', 'Sore feet', 52, 'Ten minutes after each meal. Good shoes matter.'],
  ['type-2-diabetes', 'walking', 'moderate', null, 30, ''],
  ['copd', 'pulmonary-rehabilitation', 'major', null, 8, 'Go even if you feel too breathless; they adapt everything.'],
  ['long-covid', 'pacing', 'moderate', null, 40, 'An activity diary showed me my patterns.'],
];
