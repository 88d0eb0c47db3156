import { LIMITS } from '@kindred/contracts';
import { TextAreaField, TextField } from '../../../app/ui/Fields';

/*
 * The fields the guide's forms share (curating a post, editing or removing an entry, editing the
 * introduction, marking the guide reviewed), with the checks made before sending; the messages
 * match the API's. The heading has its own file: HeadingPicker.
 */

/** An entry's summary: the advice, in a sentence or two, shown above the quote from the post. */
export function SummaryField({
  id,
  value,
  onChange,
  error,
  hint,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  hint?: string;
}) {
  return (
    <TextAreaField
      id={id}
      name="summary"
      label="Summary"
      hint={hint}
      error={error}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      maxLength={LIMITS.guideSummaryMax}
      rows={3}
      counter={`${value.length} of ${LIMITS.guideSummaryMax} characters`}
    />
  );
}

export function validateSummary(summary: string): string | null {
  const s = summary.trim();
  if (s.length < LIMITS.guideSummaryMin) return `Write a summary of at least ${LIMITS.guideSummaryMin} characters.`;
  if (s.length > LIMITS.guideSummaryMax) return `A summary can have at most ${LIMITS.guideSummaryMax} characters.`;
  return null;
}

const CHANGE_NOTE_HINT = 'Shown in the guide’s version history and kept in the moderation log.';

/**
 * The note every change to a guide is saved with ("What changed?"): shown in the guide's version
 * history and kept in the moderation log. Forms that ask a different question pass their own
 * label and hint.
 */
export function ChangeNoteField({
  id,
  value,
  onChange,
  error,
  label = 'What changed?',
  hint = CHANGE_NOTE_HINT,
  autoFocus,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  label?: string;
  hint?: string;
  autoFocus?: boolean;
}) {
  return (
    <TextField
      id={id}
      name="note"
      label={label}
      hint={hint}
      error={error}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      maxLength={LIMITS.auditReasonMax}
      autoFocus={autoFocus}
    />
  );
}

/** A required change note. */
export function validateNote(note: string): string | null {
  const n = note.trim();
  if (n.length < 3) return 'Say what changed, in at least 3 characters. It is shown in the guide’s history.';
  if (n.length > LIMITS.auditReasonMax) return `A note can have at most ${LIMITS.auditReasonMax} characters.`;
  return null;
}
