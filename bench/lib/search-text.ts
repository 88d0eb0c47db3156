import type { Rng } from './rng';
import * as text from './text';

/**
 * Forum posts for the search benchmarks: bench/lib/text.ts's replies and opening posts, plus
 * titles and sentences about symptoms, medication, people and everyday life. Words come in
 * with a skewed (Zipf-like) frequency, as in real forums: a few are in a large share of the
 * posts ("fatigue", "sleep"), most are in few, and a long tail of everyday words (hobbies,
 * places, pets) is in a handful each. Deterministic for a given Rng.
 */

/** Medication by condition slug (the conditions the benchmark seeds groups for). */
export const MEDICATION_BY_CONDITION: Record<string, readonly string[]> = {
  'type-2-diabetes': ['metformin', 'gliclazide', 'insulin', 'empagliflozin', 'sitagliptin', 'dapagliflozin'],
  hypothyroidism: ['levothyroxine', 'liothyronine', 'selenium', 'biotin'],
  asthma: ['salbutamol', 'beclometasone', 'montelukast', 'fostair', 'symbicort', 'prednisolone'],
  'rheumatoid-arthritis': ['methotrexate', 'hydroxychloroquine', 'sulfasalazine', 'adalimumab', 'etanercept', 'folic acid'],
  fibromyalgia: ['amitriptyline', 'duloxetine', 'pregabalin', 'gabapentin', 'tramadol', 'nortriptyline'],
  'me-cfs': ['melatonin', 'amitriptyline', 'magnesium', 'coenzyme q10', 'propranolol'],
  'crohns-disease': ['mesalazine', 'azathioprine', 'infliximab', 'budesonide', 'ustekinumab', 'vedolizumab'],
  depression: ['sertraline', 'citalopram', 'mirtazapine', 'fluoxetine', 'venlafaxine', 'vortioxetine'],
};
const COMMON_MEDICATION = ['paracetamol', 'ibuprofen', 'vitamin d', 'omeprazole', 'naproxen', 'codeine', 'lansoprazole', 'iron tablets'];

/** Most frequent first: picked with a Zipf-like skew. */
const SYMPTOMS = [
  'fatigue', 'pain', 'poor sleep', 'brain fog', 'low mood', 'anxiety', 'joint stiffness', 'headaches', 'nausea',
  'breathlessness', 'dizziness', 'insomnia', 'palpitations', 'bloating', 'cramps', 'night sweats', 'itching',
  'numbness', 'hot flushes', 'restless legs', 'hair loss', 'blurred vision', 'tinnitus', 'vertigo', 'mouth ulcers',
  'heartburn', 'shin splints', 'chilblains',
];
const PEOPLE = [
  'my GP', 'the consultant', 'the specialist nurse', 'my pharmacist', 'the physiotherapist', 'the dietitian',
  'the rheumatologist', 'the endocrinologist', 'the occupational therapist', 'the psychologist', 'the gastroenterologist',
  'the respiratory nurse', 'the pain clinic', 'a locum doctor',
];
const CONTEXTS = [
  'work', 'night', 'the weekend', 'the school run', 'holidays', 'winter', 'summer', 'long shifts', 'university',
  'Christmas', 'a wedding', 'flights', 'exams', 'the commute', 'a house move', 'the menopause', 'pregnancy',
];
const FEELINGS = ['overwhelmed', 'relieved', 'frustrated', 'hopeful', 'exhausted', 'a bit lost', 'cautiously optimistic', 'scared'];
const OUTCOMES = ['much better', 'a little better', 'about the same', 'worse', 'up and down', 'slowly improving'];
const ACTIVITIES = [
  'walking', 'swimming', 'yoga', 'gardening', 'pilates', 'cycling', 'tai chi', 'mindfulness', 'meditation', 'stretching',
  'a gentle exercise class', 'hydrotherapy', 'journalling',
];

/** The long tail: each is in a few posts out of 100,000. */
const RARE = [
  'allotment', 'crochet', 'knitting', 'ukulele', 'narrowboat', 'parkrun', 'paddleboarding', 'bouldering', 'birdwatching',
  'pottery', 'choir', 'bellringing', 'woodturning', 'geocaching', 'origami', 'calligraphy', 'beekeeping', 'sourdough',
  'jigsaws', 'audiobooks', 'podcasts', 'crosswords', 'sudoku', 'chess', 'bowls', 'darts', 'snooker', 'fishing', 'sailing',
  'canoeing', 'caravan', 'campervan', 'glamping', 'lighthouse', 'harbourside', 'moorland', 'heathland', 'fenland',
  'Aberdeen', 'Aberystwyth', 'Bangor', 'Barnstaple', 'Blackpool', 'Bournemouth', 'Bristol', 'Cardiff', 'Carlisle',
  'Cornwall', 'Derbyshire', 'Dundee', 'Durham', 'Exeter', 'Glasgow', 'Grimsby', 'Harrogate', 'Inverness', 'Ipswich',
  'Kendal', 'Leicester', 'Lincoln', 'Llandudno', 'Norfolk', 'Norwich', 'Orkney', 'Penzance', 'Plymouth', 'Scarborough',
  'Shetland', 'Shropshire', 'Snowdonia', 'Stornoway', 'Swansea', 'Whitby', 'Worcester', 'Yorkshire', 'labrador',
  'spaniel', 'cockapoo', 'whippet', 'greyhound', 'dachshund', 'tortoise', 'budgie', 'hamster', 'guinea pig', 'ferret',
  'chickens', 'alpaca', 'grandchildren', 'twins', 'stepdaughter', 'godson', 'niece', 'nephew', 'landlady', 'bridesmaid',
  'barista', 'postman', 'plumber', 'electrician', 'hairdresser', 'childminder', 'librarian', 'accountant', 'paramedic',
  'firefighter', 'bus driver', 'chef', 'florist', 'veterinary', 'dentistry', 'orthodontist', 'chiropodist', 'optician',
  'audiologist', 'trampoline', 'ballroom', 'salsa', 'zumba', 'kayak', 'rowing', 'archery', 'fencing', 'badminton',
  'squash', 'netball', 'rugby', 'cricket', 'hockey', 'curling', 'marathon', 'triathlon', 'scrabble', 'bingo',
  'quilting', 'embroidery', 'upholstery', 'watercolour', 'sketching', 'photography', 'stargazing', 'telescope',
  'harmonica', 'saxophone', 'cello', 'bagpipes', 'accordion', 'mandolin', 'banjo', 'harp', 'flute', 'clarinet',
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** An index in [0, n) with probability ∝ 1/(i+1)^s: the first items are picked far more often. */
export function zipf(rng: Rng, n: number, s = 1): number {
  const key = `${n}:${s}`;
  let cdf = ZIPF_CDF.get(key);
  if (!cdf) {
    const weights = Array.from({ length: n }, (_, i) => 1 / (i + 1) ** s);
    const total = weights.reduce((a, b) => a + b, 0);
    let acc = 0;
    cdf = Float64Array.from(weights, (w) => (acc += w / total));
    ZIPF_CDF.set(key, cdf);
  }
  const u = rng.next();
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cdf[mid] as number) < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const ZIPF_CDF = new Map<string, Float64Array>();

const pickZipf = <T>(rng: Rng, items: readonly T[], s = 1): T => items[zipf(rng, items.length, s)] as T;

function medication(rng: Rng, conditionSlug: string): string {
  const own = MEDICATION_BY_CONDITION[conditionSlug] ?? COMMON_MEDICATION;
  return rng.chance(0.75) ? pickZipf(rng, own) : pickZipf(rng, COMMON_MEDICATION);
}

/** A sentence naming something concrete: a symptom, a medicine, a person, an activity, sometimes a long-tail word. */
export function topicalSentence(rng: Rng, conditionSlug: string): string {
  const symptom = pickZipf(rng, SYMPTOMS);
  const med = medication(rng, conditionSlug);
  const rare = rng.chance(0.08) ? pickZipf(rng, RARE, 0.3) : null;
  const options = [
    () => `I have been on ${med} for ${rng.int(2, 30)} months and the ${symptom} is ${rng.pick(OUTCOMES)}.`,
    () => `${cap(pickZipf(rng, PEOPLE))} suggested ${pickZipf(rng, ACTIVITIES)} for the ${symptom}.`,
    () => `The ${symptom} is always worst around ${pickZipf(rng, CONTEXTS)}.`,
    () => `Has anyone taken ${med} alongside ${medication(rng, conditionSlug)}?`,
    () => `Since starting ${med} I have noticed more ${pickZipf(rng, SYMPTOMS)}, is that a known side effect?`,
    () => `${cap(pickZipf(rng, ACTIVITIES))} twice a week has helped with the ${symptom} more than I expected.`,
    () => `I am seeing ${pickZipf(rng, PEOPLE)} about the ${symptom} next week.`,
  ];
  const sentence = rng.pick(options)();
  if (!rare) return sentence;
  return `${sentence} ${rng.pick([
    `It is why I had to give up ${rare} for a while.`,
    `Getting back to ${rare} is my goal for the year.`,
    `Writing this from ${rare}, of all places.`,
    `My ${rare} friends have been brilliant about it.`,
  ])}`;
}

/** A thread title, e.g. "Metformin and brain fog: anyone else?". */
export function threadTitle(rng: Rng, conditionSlug: string): string {
  const symptom = pickZipf(rng, SYMPTOMS);
  const med = medication(rng, conditionSlug);
  const titles = [
    () => `How do you manage ${symptom} at ${pickZipf(rng, CONTEXTS)}?`,
    () => `${cap(med)} and ${symptom}: anyone else?`,
    () => `Started ${med} last month, ${rng.pick(FEELINGS)}`,
    () => `Newly diagnosed and ${rng.pick(FEELINGS)}`,
    () => `Tips for ${symptom} during ${pickZipf(rng, CONTEXTS)}`,
    () => `Seeing ${pickZipf(rng, PEOPLE)} next week, what should I ask?`,
    () => `${cap(pickZipf(rng, ACTIVITIES))} helped my ${symptom}`,
    () => `Switching from ${med} to ${medication(rng, conditionSlug)}`,
    () => `Is ${symptom} part of it or something else?`,
  ];
  return rng.pick(titles)();
}

/** An opening post in Markdown: text.threadBody plus one or two concrete sentences. */
export function threadPost(rng: Rng, conditionSlug: string): string {
  const extra = Array.from({ length: rng.int(1, 2) }, () => topicalSentence(rng, conditionSlug)).join(' ');
  return `${extra}\n\n${text.threadBody(rng)}`;
}

/** A reply in Markdown: text.replyBody, half the time with a concrete sentence. */
export function replyPost(rng: Rng, conditionSlug: string): string {
  const body = text.replyBody(rng);
  return rng.chance(0.5) ? `${topicalSentence(rng, conditionSlug)}\n\n${body}` : body;
}

const SYLLABLES = ['ka', 'lo', 'mi', 'nu', 'pe', 'ra', 'si', 'to', 'vu', 'ze', 'bo', 'du', 'fi', 'gu', 'ha', 'jo', 'ke', 'ly', 'mo', 'wa'];

/**
 * A made-up word no post contains (6 syllables): index-lag names each new post with one, so
 * searching for it finds that post and no other. Words from one generator differ enough that
 * the misspelling correction never turns one into another.
 */
export function uniqueWord(rng: Rng): string {
  return `qx${Array.from({ length: 6 }, () => rng.pick(SYLLABLES)).join('')}`;
}
