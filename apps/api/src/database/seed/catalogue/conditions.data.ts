/**
 * Seed catalogue of long-term conditions.
 *
 * ICD-10 codes follow the WHO ICD-10 classification (3- or 4-character codes).
 * Descriptions are deliberately plain, kind and non-clinical: they describe
 * the condition for a peer-support audience and never give medical advice.
 */

export interface ConditionSeed {
  slug: string; // kebab-case, unique, e.g. 'type-2-diabetes'
  name: string; // e.g. 'Type 2 diabetes'
  icd10: string; // real ICD-10 code, e.g. 'E11'
  family: string; // one of CONDITION_FAMILIES
  synonyms: string[]; // 3-8 common lay and clinical synonyms/abbreviations
  description: string; // 1-2 plain-English sentences, kind, non-clinical tone
}

export const CONDITION_FAMILIES: string[] = [
  'Diabetes & metabolism',
  'Heart & circulation',
  'Lungs & breathing',
  'Brain & nerves',
  'Joints, bones & muscles',
  'Mental health',
  'Gut & digestion',
  'Immune & skin',
  'Kidneys & other long-term conditions',
];

export const CONDITIONS: ConditionSeed[] = [
  // Diabetes & metabolism
  {
    slug: 'type-1-diabetes',
    name: 'Type 1 diabetes',
    icd10: 'E10',
    family: 'Diabetes & metabolism',
    synonyms: [
      'T1D',
      'T1DM',
      'type I diabetes',
      'juvenile diabetes',
      'insulin-dependent diabetes',
      'IDDM',
    ],
    description:
      'Type 1 diabetes is an autoimmune condition where the body stops making its own insulin. Living with it means a lot of daily juggling, and it helps to share that with people who get it.',
  },
  {
    slug: 'type-2-diabetes',
    name: 'Type 2 diabetes',
    icd10: 'E11',
    family: 'Diabetes & metabolism',
    synonyms: [
      'T2D',
      'T2DM',
      'type II diabetes',
      'sugar diabetes',
      'adult-onset diabetes',
      'NIDDM',
      'diabetes type 2',
    ],
    description:
      'Type 2 diabetes affects how the body uses insulin to manage blood sugar. It is very common, and many people find everyday tips and encouragement from others make a real difference.',
  },
  {
    slug: 'hypothyroidism',
    name: 'Hypothyroidism',
    icd10: 'E03',
    family: 'Diabetes & metabolism',
    synonyms: [
      'underactive thyroid',
      'low thyroid',
      'hypothyroid',
      "Hashimoto's",
      'slow thyroid',
    ],
    description:
      'Hypothyroidism means the thyroid gland does not make enough hormone, which can leave people feeling tired, cold or low. Symptoms can be easy to dismiss, so it helps to talk with others who understand.',
  },
  {
    slug: 'obesity',
    name: 'Obesity',
    icd10: 'E66',
    family: 'Diabetes & metabolism',
    synonyms: [
      'high BMI',
      'overweight',
      'severe obesity',
      'clinical obesity',
      'weight management',
    ],
    description:
      'Obesity is a long-term condition shaped by genes, environment, health and life circumstances, not willpower alone. This is a judgement-free space to share experiences and support each other.',
  },
  {
    slug: 'polycystic-ovary-syndrome',
    name: 'Polycystic ovary syndrome',
    icd10: 'E28.2',
    family: 'Diabetes & metabolism',
    synonyms: [
      'PCOS',
      'polycystic ovarian syndrome',
      'polycystic ovaries',
      'PCO',
      'Stein-Leventhal syndrome',
    ],
    description:
      "Polycystic ovary syndrome (PCOS) is a common hormonal condition that can affect periods, skin, hair, weight and fertility. Everyone's experience is different, and sharing it can make it feel less lonely.",
  },

  // Heart & circulation
  {
    slug: 'hypertension',
    name: 'Hypertension',
    icd10: 'I10',
    family: 'Heart & circulation',
    synonyms: [
      'high blood pressure',
      'HBP',
      'HTN',
      'raised blood pressure',
      'essential hypertension',
    ],
    description:
      'Hypertension means blood pressure that stays higher than it should over time. It often has no obvious symptoms, and many people find it easier to keep on top of with others alongside them.',
  },
  {
    slug: 'heart-failure',
    name: 'Heart failure',
    icd10: 'I50',
    family: 'Heart & circulation',
    synonyms: [
      'HF',
      'congestive heart failure',
      'CHF',
      'cardiac failure',
      'weak heart',
      'HFrEF',
      'HFpEF',
    ],
    description:
      'Heart failure means the heart is not pumping as well as it should; it does not mean the heart has stopped. Many people live full lives with it, and peer support can help with the ups and downs.',
  },
  {
    slug: 'atrial-fibrillation',
    name: 'Atrial fibrillation',
    icd10: 'I48',
    family: 'Heart & circulation',
    synonyms: [
      'AF',
      'AFib',
      'a-fib',
      'irregular heartbeat',
      'irregular heart rhythm',
      'arrhythmia',
    ],
    description:
      'Atrial fibrillation (AF) is a heart rhythm condition that can cause an irregular, sometimes fast heartbeat. It can feel unsettling, and talking with others who live with it can bring reassurance.',
  },
  {
    slug: 'coronary-heart-disease',
    name: 'Coronary heart disease',
    icd10: 'I25',
    family: 'Heart & circulation',
    synonyms: [
      'CHD',
      'coronary artery disease',
      'CAD',
      'ischaemic heart disease',
      'IHD',
      'angina',
      'heart disease',
    ],
    description:
      'Coronary heart disease happens when the arteries supplying the heart become narrowed. Whether you are recovering from a heart attack or living with angina, you are not alone here.',
  },
  {
    slug: 'peripheral-arterial-disease',
    name: 'Peripheral arterial disease',
    icd10: 'I73.9',
    family: 'Heart & circulation',
    synonyms: [
      'PAD',
      'peripheral artery disease',
      'peripheral vascular disease',
      'PVD',
      'claudication',
      'poor circulation in the legs',
    ],
    description:
      'Peripheral arterial disease is when narrowed arteries reduce blood flow, most often to the legs, which can make walking painful. Sharing what helps with everyday life can make a big difference.',
  },

  // Lungs & breathing
  {
    slug: 'copd',
    name: 'Chronic obstructive pulmonary disease',
    icd10: 'J44',
    family: 'Lungs & breathing',
    synonyms: [
      'COPD',
      'emphysema',
      'chronic bronchitis',
      'chronic obstructive airways disease',
      'COAD',
      'chronic lung disease',
    ],
    description:
      'COPD is a long-term lung condition, including emphysema and chronic bronchitis, that makes breathing harder. Connecting with others can help with staying active, coping with flare-ups and feeling less isolated.',
  },
  {
    slug: 'asthma',
    name: 'Asthma',
    icd10: 'J45',
    family: 'Lungs & breathing',
    synonyms: [
      'asthmatic',
      'chronic asthma',
      'bronchial asthma',
      'severe asthma',
      'allergic asthma',
      'wheezing',
    ],
    description:
      "Asthma is a common condition where the airways become inflamed and tighten, making it hard to breathe at times. From mild to severe, everyone's asthma is different, and shared experience helps.",
  },
  {
    slug: 'pulmonary-fibrosis',
    name: 'Pulmonary fibrosis',
    icd10: 'J84.1',
    family: 'Lungs & breathing',
    synonyms: [
      'PF',
      'IPF',
      'idiopathic pulmonary fibrosis',
      'lung fibrosis',
      'scarring of the lungs',
      'interstitial lung disease',
      'ILD',
    ],
    description:
      'Pulmonary fibrosis is a condition where the lungs become scarred over time, making breathing more difficult. It can feel rare and isolating, so finding others who understand really matters.',
  },
  {
    slug: 'cystic-fibrosis',
    name: 'Cystic fibrosis',
    icd10: 'E84',
    family: 'Lungs & breathing',
    synonyms: ['CF', 'mucoviscidosis', '65 roses', 'CFTR-related disease'],
    description:
      'Cystic fibrosis is an inherited condition that mainly affects the lungs and digestion. Daily treatments take time and energy, and it can help to share the load with others who live it too.',
  },
  {
    slug: 'bronchiectasis',
    name: 'Bronchiectasis',
    icd10: 'J47',
    family: 'Lungs & breathing',
    synonyms: [
      'non-CF bronchiectasis',
      'NCFB',
      'widened airways',
      'chronic wet cough',
    ],
    description:
      'Bronchiectasis is a long-term condition where the airways become widened and collect mucus, leading to coughs and chest infections. Everyday routines can be demanding, and peer support can lighten them.',
  },

  // Brain & nerves
  {
    slug: 'multiple-sclerosis',
    name: 'Multiple sclerosis',
    icd10: 'G35',
    family: 'Brain & nerves',
    synonyms: [
      'MS',
      'relapsing remitting MS',
      'RRMS',
      'progressive MS',
      'PPMS',
      'SPMS',
      'disseminated sclerosis',
    ],
    description:
      "Multiple sclerosis (MS) affects the brain and spinal cord and can cause a wide range of symptoms that come and go. Nobody's MS is quite the same, and shared experience can be a real comfort.",
  },
  {
    slug: 'parkinsons-disease',
    name: "Parkinson's disease",
    icd10: 'G20',
    family: 'Brain & nerves',
    synonyms: [
      "Parkinson's",
      'Parkinsons',
      'PD',
      'parkinsonism',
      'shaking palsy',
      'paralysis agitans',
    ],
    description:
      "Parkinson's is a progressive condition that affects movement and can bring many other symptoms too. Whether you live with it or care for someone who does, you will find understanding here.",
  },
  {
    slug: 'epilepsy',
    name: 'Epilepsy',
    icd10: 'G40',
    family: 'Brain & nerves',
    synonyms: [
      'seizures',
      'seizure disorder',
      'fits',
      'convulsions',
      'epileptic',
    ],
    description:
      'Epilepsy is a condition that causes seizures, which can look and feel very different from person to person. Talking with others can help with the practical and emotional sides of living with it.',
  },
  {
    slug: 'migraine',
    name: 'Migraine',
    icd10: 'G43',
    family: 'Brain & nerves',
    synonyms: [
      'chronic migraine',
      'migraine with aura',
      'migraine without aura',
      'migraine headaches',
      'sick headache',
      'vestibular migraine',
    ],
    description:
      'Migraine is much more than a bad headache and can affect work, family life and plans. People here understand how disruptive it can be and share what helps them cope.',
  },
  {
    slug: 'me-cfs',
    name: 'ME/CFS',
    icd10: 'G93.3',
    family: 'Brain & nerves',
    synonyms: [
      'ME',
      'CFS',
      'chronic fatigue syndrome',
      'myalgic encephalomyelitis',
      'CFS/ME',
      'post-viral fatigue syndrome',
      'SEID',
    ],
    description:
      'ME/CFS is a long-term condition that causes severe fatigue and a worsening of symptoms after even small amounts of activity. It is often misunderstood, so this is a place where you will be believed.',
  },
  {
    slug: 'stroke',
    name: 'Stroke',
    icd10: 'I69',
    family: 'Brain & nerves',
    synonyms: [
      'life after stroke',
      'stroke recovery',
      'CVA',
      'cerebrovascular accident',
      'brain attack',
      'post-stroke',
    ],
    description:
      'A stroke can change many things, from movement and speech to mood and energy. This is for stroke survivors and their families finding their way through life after stroke.',
  },

  // Joints, bones & muscles
  {
    slug: 'rheumatoid-arthritis',
    name: 'Rheumatoid arthritis',
    icd10: 'M06',
    family: 'Joints, bones & muscles',
    synonyms: [
      'RA',
      'rheumatoid',
      'inflammatory arthritis',
      'rheumatoid disease',
      'rheumatism',
    ],
    description:
      'Rheumatoid arthritis (RA) is an autoimmune condition that causes painful, swollen joints and tiredness. Flares can be unpredictable, and it helps to have people around who truly get it.',
  },
  {
    slug: 'osteoarthritis',
    name: 'Osteoarthritis',
    icd10: 'M19',
    family: 'Joints, bones & muscles',
    synonyms: [
      'OA',
      'wear and tear arthritis',
      'degenerative joint disease',
      'osteoarthrosis',
      'arthrosis',
      'arthritis',
    ],
    description:
      'Osteoarthritis is the most common type of arthritis, causing stiffness and pain in joints such as knees, hips and hands. Sharing everyday tips and encouragement can help keep you moving.',
  },
  {
    slug: 'ankylosing-spondylitis',
    name: 'Ankylosing spondylitis',
    icd10: 'M45',
    family: 'Joints, bones & muscles',
    synonyms: [
      'AS',
      'axial spondyloarthritis',
      'axSpA',
      "Bechterew's disease",
      'spondylitis',
      'bamboo spine',
    ],
    description:
      'Ankylosing spondylitis is a type of inflammatory arthritis that mainly affects the spine, often causing back pain and stiffness. It can take years to be diagnosed, so connecting with others can be a relief.',
  },
  {
    slug: 'fibromyalgia',
    name: 'Fibromyalgia',
    icd10: 'M79.7',
    family: 'Joints, bones & muscles',
    synonyms: [
      'fibro',
      'FM',
      'FMS',
      'fibromyalgia syndrome',
      'chronic widespread pain',
      'fibrositis',
    ],
    description:
      'Fibromyalgia causes widespread pain, tiredness and often brain fog. It is real, it is common, and here you will find people who understand what living with it is like.',
  },
  {
    slug: 'osteoporosis',
    name: 'Osteoporosis',
    icd10: 'M81',
    family: 'Joints, bones & muscles',
    synonyms: [
      'brittle bones',
      'thinning bones',
      'fragile bones',
      'low bone density',
      'porous bones',
    ],
    description:
      'Osteoporosis means bones become thinner and more likely to break. Many people find confidence and practical ideas by talking with others who are living with it too.',
  },
  {
    slug: 'gout',
    name: 'Gout',
    icd10: 'M10',
    family: 'Joints, bones & muscles',
    synonyms: [
      'gouty arthritis',
      'gout attack',
      'podagra',
      'uric acid arthritis',
    ],
    description:
      'Gout is a type of arthritis that can cause sudden, very painful flare-ups in the joints. It is more common than many people think, and sharing experiences can help.',
  },

  // Mental health
  {
    slug: 'depression',
    name: 'Depression',
    icd10: 'F32',
    family: 'Mental health',
    synonyms: [
      'low mood',
      'clinical depression',
      'major depressive disorder',
      'MDD',
      'depressive illness',
      'recurrent depression',
    ],
    description:
      'Depression is more than feeling sad for a while; it can affect energy, sleep, thoughts and everyday life. You do not have to explain yourself here, and you are not alone.',
  },
  {
    slug: 'generalised-anxiety-disorder',
    name: 'Generalised anxiety disorder',
    icd10: 'F41.1',
    family: 'Mental health',
    synonyms: [
      'GAD',
      'generalized anxiety disorder',
      'anxiety',
      'anxiety disorder',
      'chronic worry',
      'nerves',
    ],
    description:
      'Generalised anxiety disorder means feeling anxious or worried much of the time, often about lots of different things. Talking with people who understand can make it feel a little lighter.',
  },
  {
    slug: 'bipolar-disorder',
    name: 'Bipolar disorder',
    icd10: 'F31',
    family: 'Mental health',
    synonyms: [
      'bipolar',
      'manic depression',
      'bipolar affective disorder',
      'BPAD',
      'bipolar I',
      'bipolar II',
    ],
    description:
      'Bipolar disorder affects mood, with periods of low mood and periods of high energy or mania. Finding others who understand the ups and downs can be a real source of strength.',
  },
  {
    slug: 'ptsd',
    name: 'Post-traumatic stress disorder',
    icd10: 'F43.1',
    family: 'Mental health',
    synonyms: [
      'PTSD',
      'post-traumatic stress',
      'complex PTSD',
      'C-PTSD',
      'trauma',
      'combat stress',
      'shell shock',
    ],
    description:
      'Post-traumatic stress disorder (PTSD) can develop after frightening or distressing experiences and may bring flashbacks, nightmares and feeling on edge. This is a gentle, respectful space to connect with others.',
  },
  {
    slug: 'ocd',
    name: 'Obsessive-compulsive disorder',
    icd10: 'F42',
    family: 'Mental health',
    synonyms: [
      'OCD',
      'obsessive compulsive disorder',
      'intrusive thoughts',
      'Pure O',
      'compulsions',
    ],
    description:
      'Obsessive-compulsive disorder (OCD) involves unwanted, distressing thoughts and urges to carry out certain actions. It is often misunderstood, and here you can talk openly with people who understand.',
  },

  // Gut & digestion
  {
    slug: 'crohns-disease',
    name: "Crohn's disease",
    icd10: 'K50',
    family: 'Gut & digestion',
    synonyms: [
      "Crohn's",
      'Crohns',
      'IBD',
      'inflammatory bowel disease',
      'regional enteritis',
    ],
    description:
      "Crohn's disease is a type of inflammatory bowel disease that can affect any part of the gut. Flares can be exhausting and hard to talk about, so this is a place to share without embarrassment.",
  },
  {
    slug: 'ulcerative-colitis',
    name: 'Ulcerative colitis',
    icd10: 'K51',
    family: 'Gut & digestion',
    synonyms: [
      'UC',
      'colitis',
      'IBD',
      'inflammatory bowel disease',
      'ulcerative proctitis',
      'proctitis',
    ],
    description:
      'Ulcerative colitis is a type of inflammatory bowel disease that affects the large bowel. Living with flares, fatigue and unpredictable days is easier with people who understand.',
  },
  {
    slug: 'irritable-bowel-syndrome',
    name: 'Irritable bowel syndrome',
    icd10: 'K58',
    family: 'Gut & digestion',
    synonyms: [
      'IBS',
      'IBS-D',
      'IBS-C',
      'spastic colon',
      'irritable colon',
      'nervous bowel',
    ],
    description:
      'Irritable bowel syndrome (IBS) is a common condition that can cause stomach pain, bloating and changes in bowel habits. It can affect daily life more than people realise, and sharing helps.',
  },
  {
    slug: 'coeliac-disease',
    name: 'Coeliac disease',
    icd10: 'K90.0',
    family: 'Gut & digestion',
    synonyms: [
      'celiac disease',
      'coeliac',
      'celiac',
      'gluten-sensitive enteropathy',
      'gluten intolerance',
      'coeliac sprue',
    ],
    description:
      'Coeliac disease is an autoimmune condition where eating gluten damages the gut. From eating out to family meals, swapping everyday experiences with others can make life easier.',
  },
  {
    slug: 'gord',
    name: 'Gastro-oesophageal reflux disease',
    icd10: 'K21',
    family: 'Gut & digestion',
    synonyms: [
      'GORD',
      'GERD',
      'gastroesophageal reflux disease',
      'acid reflux',
      'reflux',
      'heartburn',
    ],
    description:
      'Gastro-oesophageal reflux disease (GORD) is when stomach acid regularly comes back up, causing heartburn and discomfort. Many people live with it long-term and find it helps to compare notes.',
  },

  // Immune & skin
  {
    slug: 'psoriasis',
    name: 'Psoriasis',
    icd10: 'L40',
    family: 'Immune & skin',
    synonyms: [
      'plaque psoriasis',
      'psoriasis vulgaris',
      'scalp psoriasis',
      'guttate psoriasis',
      'psoriatic disease',
    ],
    description:
      'Psoriasis is an immune-related condition that causes patches of flaky, sore or itchy skin. It can affect confidence as well as comfort, and here you can connect with people who understand.',
  },
  {
    slug: 'lupus',
    name: 'Lupus',
    icd10: 'M32',
    family: 'Immune & skin',
    synonyms: [
      'SLE',
      'systemic lupus erythematosus',
      'systemic lupus',
      'lupus erythematosus',
    ],
    description:
      'Lupus is an autoimmune condition where the immune system can affect the skin, joints and other parts of the body. It is often invisible to others, so sharing with people who understand can help.',
  },
  {
    slug: 'atopic-eczema',
    name: 'Atopic eczema',
    icd10: 'L20',
    family: 'Immune & skin',
    synonyms: [
      'eczema',
      'atopic dermatitis',
      'AD',
      'dermatitis',
      'infantile eczema',
    ],
    description:
      "Atopic eczema causes dry, itchy and sore skin that can flare up and settle down. Whether it is yours or your child's, connecting with others can help with the sleepless nights and bad days.",
  },
  {
    slug: 'hidradenitis-suppurativa',
    name: 'Hidradenitis suppurativa',
    icd10: 'L73.2',
    family: 'Immune & skin',
    synonyms: ['HS', 'acne inversa', "Verneuil's disease", 'recurring boils'],
    description:
      'Hidradenitis suppurativa (HS) is a long-term skin condition that causes painful lumps, often in skin folds. It can be hard to talk about, so this is a discreet, understanding place to connect.',
  },
  {
    slug: 'vitiligo',
    name: 'Vitiligo',
    icd10: 'L80',
    family: 'Immune & skin',
    synonyms: [
      'leucoderma',
      'leukoderma',
      'white patches',
      'skin depigmentation',
    ],
    description:
      'Vitiligo is a condition where patches of skin lose their colour. Everyone feels differently about it, and here you can share your experience with people who understand.',
  },

  // Kidneys & other long-term conditions
  {
    slug: 'chronic-kidney-disease',
    name: 'Chronic kidney disease',
    icd10: 'N18',
    family: 'Kidneys & other long-term conditions',
    synonyms: [
      'CKD',
      'kidney disease',
      'chronic renal failure',
      'chronic renal disease',
      'kidney failure',
      'reduced kidney function',
    ],
    description:
      'Chronic kidney disease (CKD) means the kidneys are not working as well as they should over the long term. From early stages to dialysis or transplant, you will find people here who have been there.',
  },
  {
    slug: 'long-covid',
    name: 'Post-COVID-19 condition',
    icd10: 'U09.9',
    family: 'Kidneys & other long-term conditions',
    synonyms: [
      'long COVID',
      'post-covid syndrome',
      'long-haul COVID',
      'long haulers',
      'PASC',
      'post-acute sequelae of COVID-19',
      'PCC',
    ],
    description:
      'Post-COVID-19 condition, often called long COVID, is when symptoms such as fatigue, breathlessness or brain fog carry on for months after a COVID-19 infection. It is still being understood, and you will be believed here.',
  },
  {
    slug: 'endometriosis',
    name: 'Endometriosis',
    icd10: 'N80',
    family: 'Kidneys & other long-term conditions',
    synonyms: [
      'endo',
      'adenomyosis',
      'endometrioma',
      'chocolate cysts',
      'pelvic endometriosis',
    ],
    description:
      'Endometriosis is a condition where tissue similar to the lining of the womb grows elsewhere, often causing pain and fatigue. It can take a long time to be diagnosed, and sharing with others can be a lifeline.',
  },
  {
    slug: 'sickle-cell-disease',
    name: 'Sickle cell disease',
    icd10: 'D57',
    family: 'Kidneys & other long-term conditions',
    synonyms: [
      'SCD',
      'sickle cell',
      'sickle cell anaemia',
      'sickle cell anemia',
      'sickle cell disorder',
      'HbSS',
    ],
    description:
      'Sickle cell disease is an inherited blood condition that can cause painful episodes, tiredness and infections. Connecting with others who live with it can bring understanding and strength.',
  },
];
