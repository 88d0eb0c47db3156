import type { ConsentPurpose } from '../../generated/graphql';

/** The purposes in the order they are shown, with how each is put to members. */
export const CONSENT_ORDER: readonly ConsentPurpose[] = ['clinician_insights', 'research'];

export const CONSENT_LABELS: Record<ConsentPurpose, { label: string; hint: string; yes: string; no: string }> = {
  clinician_insights: {
    label: 'Count my reports in anonymised summaries for verified clinicians',
    hint: 'Your what-works reports, threads and replies may count, without your name, in totals that verified clinicians see. Small numbers are never shown.',
    yes: 'Said yes to anonymised summaries for verified clinicians',
    no: 'Said no to anonymised summaries for verified clinicians',
  },
  research: {
    label: 'Count my reports in anonymised research data',
    hint: 'Your what-works reports and ratings of care may count, without your name, in the open data Kindred publishes each quarter. If you withdraw, it applies from the next release; releases already published do not change.',
    yes: 'Said yes to anonymised research data',
    no: 'Said no to anonymised research data',
  },
};
