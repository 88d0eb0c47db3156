import { SelectField, TextField } from '../../../app/ui/Fields';
import { LIMITS } from '@kindred/contracts';

/** The select's value for "a new heading". */
export const NEW_HEADING = '__new__';

export interface HeadingChoice {
  /** An existing heading, or NEW_HEADING. */
  choice: string;
  /** The new heading typed, when `choice` is NEW_HEADING. */
  custom: string;
}

export const headingFrom = (h: HeadingChoice) => (h.choice === NEW_HEADING ? h.custom : h.choice).trim();

/** The id to focus when the heading has an error. */
export const headingFieldId = (idPrefix: string, h: HeadingChoice, headings: readonly string[]) =>
  headings.length === 0 || h.choice === NEW_HEADING ? `${idPrefix}-new-heading` : `${idPrefix}-heading`;

/**
 * Where an entry goes in the guide: one of the guide's headings, or a new one typed in. With no
 * headings yet, just the text field.
 */
export function HeadingPicker({
  idPrefix,
  headings,
  value,
  onChange,
  error,
  autoFocus,
}: {
  idPrefix: string;
  headings: readonly string[];
  value: HeadingChoice;
  onChange: (value: HeadingChoice) => void;
  error?: string | null;
  /** Focus the first control when it appears (a form that just opened). */
  autoFocus?: boolean;
}) {
  const typing = headings.length === 0 || value.choice === NEW_HEADING;
  return (
    <>
      {headings.length > 0 ? (
        <SelectField
          id={`${idPrefix}-heading`}
          name="heading"
          label="Heading"
          hint="The section of the guide it goes under."
          error={typing ? null : error}
          value={value.choice}
          onChange={(e) => onChange({ ...value, choice: e.target.value })}
          autoFocus={autoFocus}
        >
          {headings.map((h) => (
            <option key={h} value={h}>
              {h}
            </option>
          ))}
          <option value={NEW_HEADING}>A new heading…</option>
        </SelectField>
      ) : null}
      {typing ? (
        <TextField
          id={`${idPrefix}-new-heading`}
          name="newHeading"
          label={headings.length > 0 ? 'New heading' : 'Heading'}
          hint={headings.length > 0 ? 'It starts a new section at the end of the guide.' : 'The section of the guide it goes under, for example “Eating well”.'}
          error={error}
          value={value.custom}
          onChange={(e) => onChange({ ...value, custom: e.target.value })}
          maxLength={LIMITS.guideHeadingMax}
          autoFocus={autoFocus && headings.length === 0}
        />
      ) : null}
    </>
  );
}

/** Checks a heading before sending; the message matches the API's. */
export function validateHeading(heading: string): string | null {
  if (!heading) return 'Choose or type a heading.';
  if (heading.length > LIMITS.guideHeadingMax) return `A heading can have at most ${LIMITS.guideHeadingMax} characters.`;
  return null;
}
