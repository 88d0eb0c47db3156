/**
 * Seed catalogue of peer-support groups.
 *
 * Every condition in CONDITIONS has one public "Living with ..." group, plus
 * a set of extra groups for specific situations (carers, parents, newly
 * diagnosed, work, rehab and quieter private spaces).
 *
 * allowAnonymous is true for sensitive topics (mental health, bowel,
 * sexual/reproductive health, PTSD) and false elsewhere.
 */

export interface GroupSeed {
  conditionSlug: string; // must match a slug in CONDITIONS
  slug: string; // unique kebab-case
  name: string;
  description: string; // 1-3 sentences, warm, who the group is for and its tone
  visibility: 'public' | 'private';
  allowAnonymous: boolean;
}

const PRIMARY_GROUPS: GroupSeed[] = [
  // Diabetes & metabolism
  {
    conditionSlug: 'type-1-diabetes',
    slug: 'living-with-type-1-diabetes',
    name: 'Living with type 1 diabetes',
    description:
      'A friendly space for anyone living with type 1 diabetes to share the daily juggling, the wins and the frustrating days. Swap experiences freely, and remember that peer support is not medical advice.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'type-2-diabetes',
    slug: 'living-with-type-2-diabetes',
    name: 'Living with type 2 diabetes',
    description:
      'For anyone living with type 2 diabetes, whether newly diagnosed or years in. Share what works for you, ask questions without judgement, and cheer each other on.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'hypothyroidism',
    slug: 'living-with-hypothyroidism',
    name: 'Living with an underactive thyroid',
    description:
      'A supportive group for people living with hypothyroidism to talk about energy, mood and everyday life. Share your experiences kindly; peer support is not a substitute for medical advice.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'obesity',
    slug: 'living-with-obesity',
    name: 'Living with obesity',
    description:
      'A judgement-free community for people living with obesity. We talk about health, wellbeing and everyday life with kindness, respect and no shaming.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'polycystic-ovary-syndrome',
    slug: 'living-with-pcos',
    name: 'Living with PCOS',
    description:
      'For anyone living with polycystic ovary syndrome to talk openly about periods, skin, weight, fertility and feelings. You can post anonymously, and peer support here is not medical advice.',
    visibility: 'public',
    allowAnonymous: true,
  },

  // Heart & circulation
  {
    conditionSlug: 'hypertension',
    slug: 'living-with-high-blood-pressure',
    name: 'Living with high blood pressure',
    description:
      'For people managing high blood pressure day to day. Share routines, motivation and questions in a relaxed, encouraging space.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'heart-failure',
    slug: 'living-with-heart-failure',
    name: 'Living with heart failure',
    description:
      'A warm community for people living with heart failure to share the ups and downs and how they pace their days. Peer support sits alongside, never instead of, your care team.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'atrial-fibrillation',
    slug: 'living-with-atrial-fibrillation',
    name: 'Living with AF',
    description:
      'For anyone living with atrial fibrillation to share experiences, worries and reassurance. A calm, friendly place to connect with people who know what it feels like.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'coronary-heart-disease',
    slug: 'living-with-coronary-heart-disease',
    name: 'Living with coronary heart disease',
    description:
      'For people living with coronary heart disease, angina or life after a heart attack. Share your journey and support others on theirs.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'peripheral-arterial-disease',
    slug: 'living-with-peripheral-arterial-disease',
    name: 'Living with PAD',
    description:
      'A supportive group for people living with peripheral arterial disease. Swap tips on staying active and coping with leg pain, and lift each other up.',
    visibility: 'public',
    allowAnonymous: false,
  },

  // Lungs & breathing
  {
    conditionSlug: 'copd',
    slug: 'living-with-copd',
    name: 'Living with COPD',
    description:
      'For people living with COPD, emphysema or chronic bronchitis, and those close to them. Share what helps on good and bad breathing days; peer support is not medical advice.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'asthma',
    slug: 'living-with-asthma',
    name: 'Living with asthma',
    description:
      'For anyone living with asthma, from mild to severe. A friendly place to talk about triggers, flare-ups and getting on with life.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'pulmonary-fibrosis',
    slug: 'living-with-pulmonary-fibrosis',
    name: 'Living with pulmonary fibrosis',
    description:
      'A caring community for people living with pulmonary fibrosis and their loved ones. Share experiences, hopes and worries with people who understand.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'cystic-fibrosis',
    slug: 'living-with-cystic-fibrosis',
    name: 'Living with cystic fibrosis',
    description:
      'For adults living with cystic fibrosis and families of those who do. Talk about treatment routines, work, study and everything in between.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'bronchiectasis',
    slug: 'living-with-bronchiectasis',
    name: 'Living with bronchiectasis',
    description:
      'A supportive group for people living with bronchiectasis. Share your routines, your tough weeks and your small victories with others who get it.',
    visibility: 'public',
    allowAnonymous: false,
  },

  // Brain & nerves
  {
    conditionSlug: 'multiple-sclerosis',
    slug: 'living-with-ms',
    name: 'Living with MS',
    description:
      'For anyone living with multiple sclerosis, whatever type or stage. A warm, open space to share experiences and support one another; peer support is not medical advice.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'parkinsons-disease',
    slug: 'living-with-parkinsons',
    name: "Living with Parkinson's",
    description:
      "For people living with Parkinson's to share experiences, everyday tips and encouragement. Friendly, patient and welcoming to everyone.",
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'epilepsy',
    slug: 'living-with-epilepsy',
    name: 'Living with epilepsy',
    description:
      'For people living with epilepsy to talk about seizures, independence, work and relationships. A kind, understanding community where no question is silly.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'migraine',
    slug: 'living-with-migraine',
    name: 'Living with migraine',
    description:
      'For anyone whose life is affected by migraine. Share what helps, vent on the bad days and know that others truly understand.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'me-cfs',
    slug: 'living-with-me-cfs',
    name: 'Living with ME/CFS',
    description:
      'A gentle, believing community for people living with ME/CFS. Post at your own pace, rest when you need to, and know you are understood here.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'stroke',
    slug: 'life-after-stroke',
    name: 'Life after stroke',
    description:
      'For stroke survivors and their families adjusting to life after stroke. Share progress, setbacks and encouragement in a patient, supportive space.',
    visibility: 'public',
    allowAnonymous: false,
  },

  // Joints, bones & muscles
  {
    conditionSlug: 'rheumatoid-arthritis',
    slug: 'living-with-rheumatoid-arthritis',
    name: 'Living with rheumatoid arthritis',
    description:
      'For people living with rheumatoid arthritis to share how they manage flares, fatigue and everyday life. Friendly and practical; peer support is not medical advice.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'osteoarthritis',
    slug: 'living-with-osteoarthritis',
    name: 'Living with osteoarthritis',
    description:
      'For anyone living with osteoarthritis in any joint. Swap tips for staying active and comfortable, and share the good days and the stiff ones.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'ankylosing-spondylitis',
    slug: 'living-with-ankylosing-spondylitis',
    name: 'Living with ankylosing spondylitis',
    description:
      'For people living with ankylosing spondylitis or axial spondyloarthritis. A supportive place to talk about pain, stiffness, movement and life.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'fibromyalgia',
    slug: 'living-with-fibromyalgia',
    name: 'Living with fibromyalgia',
    description:
      'A kind, believing community for people living with fibromyalgia. Share what helps you cope with pain, fatigue and brain fog, at whatever pace suits you.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'osteoporosis',
    slug: 'living-with-osteoporosis',
    name: 'Living with osteoporosis',
    description:
      'For people living with osteoporosis to share experiences, confidence-building ideas and encouragement. Friendly and welcoming to all.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'gout',
    slug: 'living-with-gout',
    name: 'Living with gout',
    description:
      'For anyone living with gout to share experiences of flare-ups and everyday life. No judgement, just people who understand.',
    visibility: 'public',
    allowAnonymous: false,
  },

  // Mental health
  {
    conditionSlug: 'depression',
    slug: 'living-with-depression',
    name: 'Living with depression',
    description:
      'A compassionate space for anyone living with depression to be heard and to listen. You can post anonymously, and peer support is not a substitute for professional help.',
    visibility: 'public',
    allowAnonymous: true,
  },
  {
    conditionSlug: 'generalised-anxiety-disorder',
    slug: 'living-with-anxiety',
    name: 'Living with anxiety',
    description:
      'For people living with generalised anxiety to share what helps and to feel less alone. Calm, kind and anonymous if you prefer; peer support is not medical advice.',
    visibility: 'public',
    allowAnonymous: true,
  },
  {
    conditionSlug: 'bipolar-disorder',
    slug: 'living-with-bipolar',
    name: 'Living with bipolar',
    description:
      'For people living with bipolar disorder to share experiences of the highs, the lows and everything in between. A respectful, non-judgemental space where you can stay anonymous.',
    visibility: 'public',
    allowAnonymous: true,
  },
  {
    conditionSlug: 'ptsd',
    slug: 'living-with-ptsd',
    name: 'Living with PTSD',
    description:
      'A gentle space for people living with PTSD or complex PTSD to connect at their own pace. Please share with care for others; anonymous posting is welcome and peer support is not therapy.',
    visibility: 'public',
    allowAnonymous: true,
  },
  {
    conditionSlug: 'ocd',
    slug: 'living-with-ocd',
    name: 'Living with OCD',
    description:
      'For people living with obsessive-compulsive disorder to talk openly, without shame. Anonymous posting is welcome, and peer support is not medical advice.',
    visibility: 'public',
    allowAnonymous: true,
  },

  // Gut & digestion
  {
    conditionSlug: 'crohns-disease',
    slug: 'living-with-crohns',
    name: "Living with Crohn's",
    description:
      "For anyone living with Crohn's disease to talk openly about flares, fatigue and bathroom realities without embarrassment. Anonymous posting is welcome; peer support is not medical advice.",
    visibility: 'public',
    allowAnonymous: true,
  },
  {
    conditionSlug: 'ulcerative-colitis',
    slug: 'living-with-ulcerative-colitis',
    name: 'Living with ulcerative colitis',
    description:
      'For people living with ulcerative colitis to share the practical and emotional sides of life with IBD. Frank, friendly and anonymous if you prefer.',
    visibility: 'public',
    allowAnonymous: true,
  },
  {
    conditionSlug: 'irritable-bowel-syndrome',
    slug: 'living-with-ibs',
    name: 'Living with IBS',
    description:
      'For anyone living with irritable bowel syndrome to talk about symptoms, food and daily life with no awkwardness. You can post anonymously here.',
    visibility: 'public',
    allowAnonymous: true,
  },
  {
    conditionSlug: 'coeliac-disease',
    slug: 'living-with-coeliac-disease',
    name: 'Living with coeliac disease',
    description:
      'For people living with coeliac disease to swap gluten-free finds, eating-out stories and everyday tips. Friendly, practical and welcoming.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'gord',
    slug: 'living-with-reflux',
    name: 'Living with reflux (GORD)',
    description:
      'For people living with long-term acid reflux to share what helps day to day. A relaxed, supportive group; peer support is not medical advice.',
    visibility: 'public',
    allowAnonymous: false,
  },

  // Immune & skin
  {
    conditionSlug: 'psoriasis',
    slug: 'living-with-psoriasis',
    name: 'Living with psoriasis',
    description:
      'For anyone living with psoriasis to share skin-care routines, confidence boosts and the emotional side of flares. Kind, open and welcoming.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'lupus',
    slug: 'living-with-lupus',
    name: 'Living with lupus',
    description:
      'For people living with lupus to connect over the invisible ups and downs. A warm, understanding place; peer support is not medical advice.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'atopic-eczema',
    slug: 'living-with-eczema',
    name: 'Living with eczema',
    description:
      'For people living with atopic eczema to share what soothes, what flares and how they cope. Supportive and practical.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'hidradenitis-suppurativa',
    slug: 'living-with-hidradenitis-suppurativa',
    name: 'Living with HS',
    description:
      'For people living with hidradenitis suppurativa to talk openly with others who understand. A respectful, stigma-free space.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'vitiligo',
    slug: 'living-with-vitiligo',
    name: 'Living with vitiligo',
    description:
      'For anyone living with vitiligo to share experiences, confidence and community. All feelings about your skin are welcome here.',
    visibility: 'public',
    allowAnonymous: false,
  },

  // Kidneys & other long-term conditions
  {
    conditionSlug: 'chronic-kidney-disease',
    slug: 'living-with-ckd',
    name: 'Living with kidney disease',
    description:
      'For people living with chronic kidney disease at any stage, and their families. Share experiences and encouragement; peer support is not medical advice.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'long-covid',
    slug: 'living-with-long-covid',
    name: 'Living with long COVID',
    description:
      'For anyone living with long COVID to be believed, share what helps and support one another. Post at your own pace and rest when you need to.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'endometriosis',
    slug: 'living-with-endometriosis',
    name: 'Living with endometriosis',
    description:
      'For people living with endometriosis to talk openly about pain, periods, relationships and fertility. Anonymous posting is welcome, and peer support is not medical advice.',
    visibility: 'public',
    allowAnonymous: true,
  },
  {
    conditionSlug: 'sickle-cell-disease',
    slug: 'living-with-sickle-cell',
    name: 'Living with sickle cell',
    description:
      'For people living with sickle cell disease and their families to share experiences, strength and solidarity. Warm, understanding and welcoming.',
    visibility: 'public',
    allowAnonymous: false,
  },
];

const EXTRA_GROUPS: GroupSeed[] = [
  {
    conditionSlug: 'type-1-diabetes',
    slug: 'parents-of-children-with-type-1-diabetes',
    name: 'Parents of children with type 1 diabetes',
    description:
      'A private group for parents and carers of children and teens with type 1 diabetes. Share the night checks, school worries and proud moments with people who get it.',
    visibility: 'private',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'type-2-diabetes',
    slug: 'type-2-diabetes-everyday-food',
    name: 'Type 2 diabetes — everyday food and cooking',
    description:
      'For people with type 2 diabetes who want to swap recipes, shopping ideas and eating-out tips. Practical and friendly; for personal dietary advice, please talk to your care team.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'coronary-heart-disease',
    slug: 'cardiac-rehab-and-beyond',
    name: 'Cardiac rehab and beyond',
    description:
      'For people going through or finishing cardiac rehabilitation to keep each other motivated. Celebrate milestones and share how you are getting back to everyday life.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'heart-failure',
    slug: 'heart-failure-partners-and-carers',
    name: 'Partners and carers of people with heart failure',
    description:
      'A private space for partners, family and carers of people living with heart failure. Share the load, the worries and the practical tips with others in the same position.',
    visibility: 'private',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'copd',
    slug: 'pulmonary-rehab-buddies',
    name: 'Pulmonary rehab buddies',
    description:
      'For people with COPD and other lung conditions doing, or thinking about, pulmonary rehab. Find a buddy, share your progress and keep each other going.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'multiple-sclerosis',
    slug: 'newly-diagnosed-with-ms',
    name: 'Newly diagnosed with MS',
    description:
      'For anyone recently diagnosed with multiple sclerosis and working out what comes next. Ask anything, take your time, and hear from people a little further along; peer support is not medical advice.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'parkinsons-disease',
    slug: 'carers-of-people-with-parkinsons',
    name: "Carers of people with Parkinson's",
    description:
      "A private group for partners, family members and friends caring for someone with Parkinson's. A place to offload, share practical ideas and look after yourself too.",
    visibility: 'private',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'epilepsy',
    slug: 'parents-of-children-with-epilepsy',
    name: 'Parents of children with epilepsy',
    description:
      'A private group for parents and carers of children with epilepsy. Share experiences of school, sleep and everyday life with people who understand.',
    visibility: 'private',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'me-cfs',
    slug: 'severe-me-gentle-pace',
    name: 'Severe ME — gentle pace',
    description:
      'A private, low-pressure group for people with severe or very severe ME and those who care for them. Short posts are welcome, replies can wait, and nobody expects you to keep up.',
    visibility: 'private',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'rheumatoid-arthritis',
    slug: 'working-with-rheumatoid-arthritis',
    name: 'Working with rheumatoid arthritis',
    description:
      'For people balancing rheumatoid arthritis with a job, study or caring responsibilities. Share workplace adjustments, pacing ideas and encouragement.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'depression',
    slug: 'depression-quiet-room',
    name: 'Depression — quiet room',
    description:
      'A private, quiet room for people with depression who want a calmer space to share or simply read. Post anonymously if you like; peer support is not a substitute for professional help.',
    visibility: 'private',
    allowAnonymous: true,
  },
  {
    conditionSlug: 'generalised-anxiety-disorder',
    slug: 'anxiety-evening-check-in',
    name: 'Anxiety — evening check-in',
    description:
      'A private group for people with anxiety to check in at the end of the day, share small wins and wind down together. Gentle, anonymous-friendly and never judgemental.',
    visibility: 'private',
    allowAnonymous: true,
  },
  {
    conditionSlug: 'bipolar-disorder',
    slug: 'bipolar-families-and-partners',
    name: 'Families and partners — bipolar',
    description:
      'A private space for family members and partners of people living with bipolar disorder. Share experiences honestly and anonymously with others who understand.',
    visibility: 'private',
    allowAnonymous: true,
  },
  {
    conditionSlug: 'ptsd',
    slug: 'ptsd-veterans-and-first-responders',
    name: 'PTSD — veterans and first responders',
    description:
      'A private group for veterans, emergency service workers and first responders living with PTSD. Speak freely and anonymously with people who have stood in similar shoes; peer support is not therapy.',
    visibility: 'private',
    allowAnonymous: true,
  },
  {
    conditionSlug: 'crohns-disease',
    slug: 'young-adults-with-crohns',
    name: "Young adults with Crohn's",
    description:
      "A private group for people in their late teens, twenties and early thirties living with Crohn's. Talk about study, work, dating and flares with people at a similar stage of life.",
    visibility: 'private',
    allowAnonymous: true,
  },
  {
    conditionSlug: 'ulcerative-colitis',
    slug: 'living-with-a-stoma-ibd',
    name: 'Living with a stoma (IBD)',
    description:
      'A private group for people with IBD who have, or are considering, a stoma. Share practical tips and honest feelings; anonymous posting is welcome.',
    visibility: 'private',
    allowAnonymous: true,
  },
  {
    conditionSlug: 'atopic-eczema',
    slug: 'parents-of-children-with-eczema',
    name: 'Parents of children with eczema',
    description:
      'For parents and carers of babies and children with eczema to share the sleepless nights, skin-care routines and encouragement. Peer support here is not medical advice.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'chronic-kidney-disease',
    slug: 'dialysis-days',
    name: 'Dialysis days',
    description:
      'For people on haemodialysis or peritoneal dialysis, and those preparing for it. Share routines, travel tips and the emotional side of life on dialysis.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'long-covid',
    slug: 'long-covid-and-work',
    name: 'Long COVID and work',
    description:
      'For people with long COVID navigating work, returning to work or stepping back from it. Share experiences of adjustments, conversations with employers and pacing.',
    visibility: 'public',
    allowAnonymous: false,
  },
  {
    conditionSlug: 'endometriosis',
    slug: 'endometriosis-fertility-and-family',
    name: 'Endometriosis — fertility and family',
    description:
      'A private group for people with endometriosis thinking about fertility, pregnancy or family life. A tender, anonymous-friendly space; peer support is not medical advice.',
    visibility: 'private',
    allowAnonymous: true,
  },
];

export const GROUPS: GroupSeed[] = [...PRIMARY_GROUPS, ...EXTRA_GROUPS];

/** Groups for the families, partners and carers of people with a condition: suggested to carers. */
export const CARERS_GROUP_SLUGS: ReadonlySet<string> = new Set([
  'parents-of-children-with-type-1-diabetes',
  'heart-failure-partners-and-carers',
  'carers-of-people-with-parkinsons',
  'parents-of-children-with-epilepsy',
  'bipolar-families-and-partners',
  'parents-of-children-with-eczema',
]);
