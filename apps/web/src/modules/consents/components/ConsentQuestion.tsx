import { RadioGroupField } from '../../../app/ui/Fields';

export type ConsentAnswer = 'yes' | 'no';

/** The question asked on the report form, once, until the member has answered it. */
export const CONSENT_QUESTION =
  'May this report count, without your name, in anonymised summaries for verified clinicians? You can change this at any time.';

/**
 * Asks about clinician insights in plain words, with Yes and No. Optional: left unanswered it
 * stays off. The answer is saved (setConsent) when the form is sent.
 */
export function ConsentQuestion({
  value,
  onChange,
}: {
  value: ConsentAnswer | null;
  onChange: (value: ConsentAnswer) => void;
}) {
  return (
    <RadioGroupField
      name="report-consent"
      legend={CONSENT_QUESTION}
      hint="Clinicians only ever see totals of many members, never your handle or your tips. If you leave this unanswered, your report won’t count. You can change your answer on your profile."
      options={[
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ]}
      value={value}
      onChange={onChange}
      className="consent-question"
    />
  );
}
