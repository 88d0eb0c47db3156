import type { DemoExtensionContext } from './demo/extensions';

/** The demo organisation account (password: the demo password). */
export const DEMO_ORGANISATION_ACCOUNT = {
  handle: 'devon_rehab_team',
  email: 'organisation@demo.kindred.local',
  organisation: 'Devon Pulmonary Rehabilitation Service (demo)',
  serviceKind: 'pulmonary-rehabilitation',
  areaCode: 'E54000037', // NHS Devon ICB
};

const GOOD = [
  'The physiotherapist showed me how to pace my breathing on the stairs, and it works.',
  'Friendly group, and the education sessions on inhalers were really clear.',
  'They rang me back the same day when I was worried about my chest.',
  'I was treated as a person, not a set of numbers.',
  'The exercises were adapted for my knees without me having to ask twice.',
  '',
];
const BETTER = [
  'The waiting list was long: almost three months from referral.',
  'Parking at the venue was hard, and I was out of breath before I got in.',
  'Nobody told me what happens after the course ends.',
  'Sessions clashed with my work; an evening group would help.',
  '',
];

/**
 * Demo stories of care: a dozen members' stories of the demo rehab service in Devon (enough for
 * its service-area page to show numbers), a few elsewhere, two anonymous, and one verified
 * organisation account (the demo password, as every demo account) that has answered one story
 * with "we changed something". A demo extension: runs in the demo transaction, after the members
 * exist; does nothing if any story exists already.
 */
export async function seedCareExperiences({ tx }: Pick<DemoExtensionContext, 'tx'>): Promise<void> {
  const [{ n }]: { n: number }[] = await tx.query(`SELECT count(*)::int AS n FROM care_experiences`);
  if (n > 0) return;
  const [{ password_hash: passwordHash }]: { password_hash: string }[] = await tx.query(
    `SELECT password_hash FROM users WHERE email = 'member@demo.kindred.local'`,
  );
  const members: { id: string }[] = await tx.query(
    `SELECT id FROM users WHERE role = 'member' AND email LIKE '%@demo.kindred.local' ORDER BY handle LIMIT 16`,
  );
  if (members.length < 12) return;
  {
    const [staff]: { id: string }[] = await tx.query(
      `INSERT INTO users (handle, email, password_hash, bio, email_verified_at) VALUES ($1, $2, $3, $4, now()) RETURNING id`,
      [DEMO_ORGANISATION_ACCOUNT.handle, DEMO_ORGANISATION_ACCOUNT.email, passwordHash, 'Answers for the Devon pulmonary rehabilitation service.'],
    );
    const [org]: { id: string }[] = await tx.query(
      `INSERT INTO organisations (name, service_kind, area_code, status, website, created_by, decided_at) VALUES ($1, $2, $3, 'verified', 'https://example.org/devon-rehab', $4, now()) RETURNING id`,
      [DEMO_ORGANISATION_ACCOUNT.organisation, DEMO_ORGANISATION_ACCOUNT.serviceKind, DEMO_ORGANISATION_ACCOUNT.areaCode, staff!.id],
    );
    await tx.query(`INSERT INTO organisation_members (organisation_id, user_id) VALUES ($1, $2)`, [org!.id, staff!.id]);
    const [copd]: { id: string }[] = await tx.query(`SELECT id FROM conditions WHERE slug = 'copd'`);
    const stories: string[] = [];
    for (const [i, m] of members.entries()) {
      const devon = i < 12;
      await tx.query(`INSERT INTO consents (user_id, purpose, granted) VALUES ($1, 'research', true) ON CONFLICT DO NOTHING`, [m.id]);
      const good = GOOD[i % GOOD.length]!;
      const better = BETTER[i % BETTER.length]! || (good ? '' : 'Shorter waits, please.');
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO care_experiences (author_id, anonymous, service_kind, area_code, condition_id, occurred_on, what_was_good, could_be_better,
                                       rating_seen, rating_listened, rating_involved, created_at)
         VALUES ($1, $2, $3, $4, $5, date_trunc('month', now() - make_interval(days => $6))::date, $7, $8, $9, $10, $11, now() - make_interval(days => $6 / 2))
         RETURNING id`,
        [
          m.id,
          i % 6 === 2,
          devon ? DEMO_ORGANISATION_ACCOUNT.serviceKind : ['gp-practice', 'pharmacy', 'talking-therapies', 'hospital-outpatients'][i % 4],
          devon ? DEMO_ORGANISATION_ACCOUNT.areaCode : ['E54000057', 'E54000027', 'W11000029', 'S08000024'][i % 4],
          devon ? (copd?.id ?? null) : null,
          (i * 17) % 150,
          good,
          better,
          1 + ((i * 3) % 5),
          1 + ((i * 2 + 3) % 5),
          1 + ((i + 2) % 5),
        ],
      );
      stories.push(row!.id);
    }
    await tx.query(
      `INSERT INTO care_experience_responses (experience_id, organisation_id, author_id, body, changed_something, what_changed) VALUES ($1, $2, $3, $4, true, $5)`,
      [
        stories[0],
        org!.id,
        staff!.id,
        'Thank you for telling us. Several people said the same about waiting times.',
        'We have added a second weekly course, so the wait from referral is now about six weeks.',
      ],
    );
  }
}
