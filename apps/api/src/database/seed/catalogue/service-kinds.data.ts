/**
 * The kinds of service a member can tell an experience of care about. A story names a kind and an
 * area (`areas.data.ts`), never a practice, a clinic or a clinician. Each kind lists the
 * conditions (slugs from `conditions.data.ts`) it mostly serves, so the story form can offer the
 * likely kinds first; an empty list means any condition.
 *
 * Slugs are stable: stories, organisations and open data refer to them. Add kinds at the end of
 * their family; never rename or remove a slug that may be in use.
 */

export interface ServiceKindSeed {
  slug: string; // kebab-case, unique
  name: string; // as a member would say it
  family: string; // one of SERVICE_KIND_FAMILIES
  description: string; // one plain sentence
  conditionSlugs: string[]; // conditions it mostly serves; [] = any condition
}

export const SERVICE_KIND_FAMILIES: string[] = ['Primary and community care', 'Hospital care', 'Specialist programmes', 'Mental health', 'Social care'];

export const SERVICE_KINDS: ServiceKindSeed[] = [
  // Primary and community care
  { slug: 'gp-practice', name: 'GP practice', family: 'Primary and community care', description: 'Your GP surgery: GPs, practice nurses and the reception team.', conditionSlugs: [] },
  { slug: 'pharmacy', name: 'Pharmacy', family: 'Primary and community care', description: 'A community pharmacy: prescriptions, medicine reviews and advice.', conditionSlugs: [] },
  { slug: 'community-nursing', name: 'Community or district nursing', family: 'Primary and community care', description: 'Nurses who visit at home or run community clinics.', conditionSlugs: [] },
  { slug: 'specialist-nurse', name: 'Specialist nurse', family: 'Primary and community care', description: 'A nurse specialising in one condition, such as a diabetes, MS, Parkinson\u2019s or respiratory nurse.', conditionSlugs: ['type-1-diabetes', 'type-2-diabetes', 'multiple-sclerosis', 'parkinsons-disease', 'epilepsy', 'copd', 'asthma', 'heart-failure', 'rheumatoid-arthritis', 'crohns-disease', 'ulcerative-colitis', 'chronic-kidney-disease'] },
  { slug: 'physiotherapy', name: 'Physiotherapy', family: 'Primary and community care', description: 'NHS physiotherapy, in a clinic or at home.', conditionSlugs: ['osteoarthritis', 'rheumatoid-arthritis', 'ankylosing-spondylitis', 'fibromyalgia', 'multiple-sclerosis', 'parkinsons-disease', 'stroke', 'me-cfs', 'long-covid'] },
  { slug: 'podiatry', name: 'Podiatry and foot care', family: 'Primary and community care', description: 'Foot checks and foot care services.', conditionSlugs: ['type-1-diabetes', 'type-2-diabetes', 'peripheral-arterial-disease', 'rheumatoid-arthritis', 'gout'] },
  { slug: 'dietetics', name: 'Dietitian', family: 'Primary and community care', description: 'Advice and support from an NHS dietitian.', conditionSlugs: ['type-1-diabetes', 'type-2-diabetes', 'obesity', 'coeliac-disease', 'crohns-disease', 'irritable-bowel-syndrome', 'chronic-kidney-disease', 'cystic-fibrosis'] },
  // Hospital care
  { slug: 'hospital-outpatients', name: 'Hospital outpatient clinic', family: 'Hospital care', description: 'Appointments with a hospital team without staying overnight.', conditionSlugs: [] },
  { slug: 'hospital-inpatient', name: 'Hospital stay', family: 'Hospital care', description: 'A stay on a hospital ward.', conditionSlugs: [] },
  { slug: 'emergency-department', name: 'A&E or urgent treatment centre', family: 'Hospital care', description: 'Emergency and urgent care, including urgent treatment centres.', conditionSlugs: [] },
  { slug: 'diagnostics', name: 'Tests and scans', family: 'Hospital care', description: 'Blood tests, scans, breathing tests and other diagnostic services.', conditionSlugs: [] },
  { slug: 'memory-clinic', name: 'Memory clinic', family: 'Hospital care', description: 'Assessment and support for memory problems.', conditionSlugs: ['parkinsons-disease', 'stroke', 'multiple-sclerosis', 'depression'] },
  { slug: 'renal-unit', name: 'Kidney unit or dialysis', family: 'Hospital care', description: 'Kidney clinics and dialysis units.', conditionSlugs: ['chronic-kidney-disease'] },
  // Specialist programmes
  { slug: 'pulmonary-rehabilitation', name: 'Pulmonary rehabilitation', family: 'Specialist programmes', description: 'An exercise and education programme for people with lung conditions.', conditionSlugs: ['copd', 'asthma', 'pulmonary-fibrosis', 'bronchiectasis', 'long-covid'] },
  { slug: 'cardiac-rehabilitation', name: 'Cardiac rehabilitation', family: 'Specialist programmes', description: 'Exercise, education and support after a heart event or for heart failure.', conditionSlugs: ['heart-failure', 'coronary-heart-disease', 'atrial-fibrillation', 'hypertension'] },
  { slug: 'structured-education', name: 'Structured education course', family: 'Specialist programmes', description: 'Courses such as DESMOND or DAFNE that teach how to manage a condition.', conditionSlugs: ['type-1-diabetes', 'type-2-diabetes', 'obesity', 'osteoarthritis'] },
  { slug: 'long-covid-service', name: 'Long COVID service', family: 'Specialist programmes', description: 'Assessment and rehabilitation clinics for long COVID.', conditionSlugs: ['long-covid', 'me-cfs'] },
  { slug: 'pain-management', name: 'Pain management service', family: 'Specialist programmes', description: 'Clinics and programmes for living with persistent pain.', conditionSlugs: ['fibromyalgia', 'osteoarthritis', 'rheumatoid-arthritis', 'endometriosis', 'migraine', 'sickle-cell-disease'] },
  { slug: 'stroke-rehabilitation', name: 'Stroke rehabilitation', family: 'Specialist programmes', description: 'Therapy and support to recover after a stroke.', conditionSlugs: ['stroke'] },
  // Mental health
  { slug: 'talking-therapies', name: 'NHS Talking Therapies', family: 'Mental health', description: 'Psychological therapies such as CBT, referred by a GP or by yourself.', conditionSlugs: ['depression', 'generalised-anxiety-disorder', 'ptsd', 'ocd', 'long-covid'] },
  { slug: 'mental-health-team', name: 'Community mental health team', family: 'Mental health', description: 'Secondary mental health care in the community.', conditionSlugs: ['depression', 'bipolar-disorder', 'ptsd', 'ocd', 'generalised-anxiety-disorder'] },
  { slug: 'crisis-team', name: 'Mental health crisis team', family: 'Mental health', description: 'Crisis and home treatment teams.', conditionSlugs: ['depression', 'bipolar-disorder', 'ptsd'] },
  // Social care
  { slug: 'social-care-assessment', name: 'Social care assessment', family: 'Social care', description: 'A needs or carer\u2019s assessment by the council\u2019s adult social care team.', conditionSlugs: [] },
  { slug: 'home-care', name: 'Home care', family: 'Social care', description: 'Carers who visit at home to help with daily living.', conditionSlugs: [] },
  { slug: 'care-home', name: 'Care home', family: 'Social care', description: 'Residential and nursing homes.', conditionSlugs: [] },
];

/** Looks a kind up by slug. */
export const SERVICE_KIND_BY_SLUG: ReadonlyMap<string, ServiceKindSeed> = new Map(SERVICE_KINDS.map((k) => [k.slug, k]));
