/**
 * The conditions the demo community lives with: how members talk about each (a short name and
 * everyday topics), which other conditions often come with it, and the few interventions its
 * members report on in "what works". Slugs are checked against the catalogue by a unit test.
 */
export interface DemoConditionProfile {
  slug: string;
  /** How members write it in a sentence: "type 2 diabetes", "COPD". */
  short: string;
  /** Relative number of members who live with it. */
  weight: number;
  /** Conditions members often live with as well (a second group). */
  related: string[];
  /** Everyday things members ask about and share: "the afternoon slump". */
  topics: string[];
  /** Interventions members report on (catalogue slugs), most reported first. */
  reports: string[];
  /** Tags for its threads (catalogue tag slugs). */
  tags: string[];
  /** Has a curated guide in the demo. */
  guide?: boolean;
}

export const DEMO_CONDITIONS: DemoConditionProfile[] = [
  {
    slug: 'type-2-diabetes',
    short: 'type 2 diabetes',
    weight: 5,
    related: ['hypertension', 'chronic-kidney-disease'],
    topics: ['the afternoon energy slump', 'high readings after dinner', 'eating out with friends', 'foot checks', 'the annual review', 'cutting down on bread'],
    reports: ['metformin', 'walking', 'low-carbohydrate-diet', 'semaglutide'],
    tags: ['diet', 'medication', 'exercise', 'newly-diagnosed'],
    guide: true,
  },
  {
    slug: 'copd',
    short: 'COPD',
    weight: 4,
    related: ['heart-failure', 'generalised-anxiety-disorder'],
    topics: ['breathlessness on the stairs', 'cold mornings', 'chest infections in winter', 'using a spacer', 'keeping active', 'anxiety when breathless'],
    reports: ['pulmonary-rehabilitation', 'breathing-techniques', 'tiotropium', 'salbutamol'],
    tags: ['exercise', 'flare-ups', 'devices', 'self-management'],
    guide: true,
  },
  {
    slug: 'asthma',
    short: 'asthma',
    weight: 4,
    related: ['atopic-eczema', 'generalised-anxiety-disorder'],
    topics: ['night-time coughing', 'hay fever season', 'exercise and inhalers', 'cold air', 'peak flow diaries', 'damp in the flat'],
    reports: ['personal-asthma-action-plan', 'montelukast', 'budesonide-formoterol', 'spacer'],
    tags: ['medication', 'devices', 'flare-ups', 'exercise'],
    guide: true,
  },
  {
    slug: 'long-covid',
    short: 'long COVID',
    weight: 4,
    related: ['me-cfs', 'depression'],
    topics: ['brain fog at work', 'crashes after a good day', 'a racing heart when standing', 'explaining it to family', 'getting back to walking', 'sleep that does not refresh'],
    reports: ['pacing', 'symptom-diary', 'breathing-techniques', 'post-covid-service'],
    tags: ['fatigue', 'work', 'self-management', 'sleep'],
    guide: true,
  },
  {
    slug: 'depression',
    short: 'depression',
    weight: 4,
    related: ['generalised-anxiety-disorder', 'fibromyalgia'],
    topics: ['getting out of bed on grey days', 'telling a manager', 'starting talking therapy', 'small routines that help', 'the first weeks on a new tablet', 'feeling flat at weekends'],
    reports: ['sertraline', 'cognitive-behavioural-therapy', 'walking', 'behavioural-activation'],
    tags: ['mental-health', 'medication', 'work', 'sleep'],
  },
  {
    slug: 'rheumatoid-arthritis',
    short: 'rheumatoid arthritis',
    weight: 3,
    related: ['osteoarthritis', 'depression'],
    topics: ['morning stiffness', 'jar lids and kitchen gadgets', 'the first months on methotrexate', 'flares after a busy week', 'staying in work', 'hand exercises'],
    reports: ['methotrexate', 'heat-and-cold-packs', 'hydrotherapy', 'adalimumab'],
    tags: ['pain', 'medication', 'flare-ups', 'work'],
  },
  {
    slug: 'type-1-diabetes',
    short: 'type 1 diabetes',
    weight: 2,
    related: ['coeliac-disease', 'hypothyroidism'],
    topics: ['night-time hypos', 'carb counting for takeaways', 'sensor alarms', 'exercise and lows', 'travelling with insulin', 'the dawn rise'],
    reports: ['continuous-glucose-monitor', 'carb-counting', 'hybrid-closed-loop'],
    tags: ['devices', 'diet', 'travel', 'young-people'],
  },
  {
    slug: 'hypertension',
    short: 'high blood pressure',
    weight: 2,
    related: ['type-2-diabetes', 'coronary-heart-disease'],
    topics: ['readings at home versus the surgery', 'cutting down on salt', 'dizzy spells', 'remembering tablets', 'swollen ankles'],
    reports: ['home-blood-pressure-monitor', 'reducing-salt', 'amlodipine'],
    tags: ['medication', 'diet', 'devices'],
  },
  {
    slug: 'heart-failure',
    short: 'heart failure',
    weight: 2,
    related: ['copd', 'chronic-kidney-disease'],
    topics: ['daily weighing', 'fluid limits in summer', 'cardiac rehab classes', 'getting breathless lying down', 'water tablets and going out'],
    reports: ['cardiac-rehabilitation', 'daily-weighing', 'heart-failure-specialist-nurse'],
    tags: ['self-management', 'exercise', 'medication'],
  },
  {
    slug: 'multiple-sclerosis',
    short: 'MS',
    weight: 2,
    related: ['depression', 'fibromyalgia'],
    topics: ['heat making symptoms worse', 'fatigue at work', 'choosing a treatment', 'bladder urgency', 'walking aids', 'telling friends'],
    reports: ['pacing', 'physiotherapy', 'ms-specialist-nurse'],
    tags: ['fatigue', 'work', 'medication', 'newly-diagnosed'],
  },
  {
    slug: 'parkinsons-disease',
    short: "Parkinson's",
    weight: 2,
    related: ['depression', 'osteoarthritis'],
    topics: ['timing tablets around meals', 'freezing in doorways', 'quiet voice', 'sleep and vivid dreams', 'keeping up hobbies'],
    reports: ['levodopa', 'tai-chi', 'speech-and-language-therapy'],
    tags: ['medication', 'exercise', 'carers', 'sleep'],
  },
  {
    slug: 'epilepsy',
    short: 'epilepsy',
    weight: 2,
    related: ['migraine', 'generalised-anxiety-disorder'],
    topics: ['driving again', 'seizure triggers', 'telling an employer', 'sleep and seizures', 'side effects of a new medicine'],
    reports: ['levetiracetam', 'lamotrigine', 'symptom-diary'],
    tags: ['medication', 'work', 'sleep'],
  },
  {
    slug: 'migraine',
    short: 'migraine',
    weight: 3,
    related: ['generalised-anxiety-disorder', 'irritable-bowel-syndrome'],
    topics: ['screen time at work', 'hormones and attacks', 'rebound headaches', 'dark-room days', 'keeping a headache diary'],
    reports: ['sumatriptan', 'symptom-diary', 'propranolol', 'sleep-hygiene'],
    tags: ['pain', 'medication', 'work'],
  },
  {
    slug: 'me-cfs',
    short: 'ME/CFS',
    weight: 2,
    related: ['long-covid', 'fibromyalgia'],
    topics: ['post-exertional malaise', 'planning a rest day', 'noise and light', 'benefit forms', 'a good-enough day'],
    reports: ['pacing', 'heart-rate-monitor', 'symptom-diary'],
    tags: ['fatigue', 'benefits', 'self-management'],
  },
  {
    slug: 'osteoarthritis',
    short: 'osteoarthritis',
    weight: 3,
    related: ['hypertension', 'obesity'],
    topics: ['sore knees on stairs', 'gardening without pain', 'waiting for a new hip', 'gentle exercise', 'cold weather aches'],
    reports: ['strength-training', 'escape-pain', 'topical-diclofenac'],
    tags: ['pain', 'exercise', 'appointments'],
  },
  {
    slug: 'fibromyalgia',
    short: 'fibromyalgia',
    weight: 2,
    related: ['depression', 'irritable-bowel-syndrome'],
    topics: ['pain flares after a busy day', 'fibro fog', 'being believed', 'warm baths', 'gentle movement'],
    reports: ['pacing', 'hydrotherapy', 'amitriptyline'],
    tags: ['pain', 'fatigue', 'sleep'],
  },
  {
    slug: 'generalised-anxiety-disorder',
    short: 'anxiety',
    weight: 3,
    related: ['depression', 'irritable-bowel-syndrome'],
    topics: ['racing thoughts at night', 'phone calls', 'panic in supermarkets', 'starting CBT', 'worry about health'],
    reports: ['cognitive-behavioural-therapy', 'breathing-techniques', 'mindfulness'],
    tags: ['mental-health', 'sleep', 'work'],
  },
  {
    slug: 'crohns-disease',
    short: "Crohn's",
    weight: 2,
    related: ['irritable-bowel-syndrome', 'depression'],
    topics: ['finding toilets on days out', 'starting a biologic', 'food during a flare', 'fatigue between flares', 'talking to the IBD nurse'],
    reports: ['adalimumab', 'ibd-nurse-helpline', 'flare-plan'],
    tags: ['flare-ups', 'diet', 'medication'],
  },
  {
    slug: 'irritable-bowel-syndrome',
    short: 'IBS',
    weight: 3,
    related: ['generalised-anxiety-disorder', 'fibromyalgia'],
    topics: ['the low FODMAP diet', 'bloating by evening', 'stress and flare-ups', 'eating at work', 'travel days'],
    reports: ['low-fodmap-diet', 'peppermint-oil', 'gut-directed-hypnotherapy'],
    tags: ['diet', 'flare-ups', 'travel'],
  },
  {
    slug: 'psoriasis',
    short: 'psoriasis',
    weight: 2,
    related: ['depression', 'rheumatoid-arthritis'],
    topics: ['scalp flares', 'summer and short sleeves', 'emollients that do not feel greasy', 'stress and skin', 'light therapy'],
    reports: ['emollients', 'phototherapy', 'calcipotriol'],
    tags: ['flare-ups', 'medication', 'mental-health'],
  },
  {
    slug: 'chronic-kidney-disease',
    short: 'kidney disease',
    weight: 2,
    related: ['type-2-diabetes', 'hypertension'],
    topics: ['blood test results', 'potassium and food', 'tiredness', 'starting dialysis', 'talking to the renal dietitian'],
    reports: ['dietitian', 'reducing-salt', 'home-blood-pressure-monitor'],
    tags: ['appointments', 'diet', 'fatigue'],
  },
];

/** A few members care for someone rather than (or as well as) living with a condition. */
export const DEMO_CARER_SHARE = 0.12;
