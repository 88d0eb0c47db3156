/**
 * The parts most forms share around their fields: an error that belongs to no one field, and
 * the row of buttons at the end (submit, and optionally cancel).
 */

/**
 * An error that is not about one field (the server refused, an action failed), read out at once
 * (role="alert"). Give it an `id` to move focus to it: it is then focusable from script only.
 */
export function FormError({ message, id }: { message: string | null | undefined; id?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="notice notice--error" role="alert" tabIndex={id ? -1 : undefined}>
      {message}
    </p>
  );
}

/**
 * The submit button and an optional secondary "Cancel" button. While `pending`, the submit button
 * says `pendingLabel` (when given) and is aria-disabled, so it stays focusable and announced; the
 * form's submit handler ignores it while pending.
 */
export function FormActions({
  pending,
  submitLabel,
  pendingLabel,
  danger = false,
  onCancel,
  cancelLabel = 'Cancel',
}: {
  pending: boolean;
  submitLabel: string;
  /** "Saving…", "Adding…": shown while pending. Without it the label stays the same. */
  pendingLabel?: string;
  /** A destructive action: the submit button is styled as danger. */
  danger?: boolean;
  /** Without it, no cancel button. */
  onCancel?: () => void;
  cancelLabel?: string;
}) {
  return (
    <div className="form-actions">
      <button type="submit" className={danger ? 'button button--danger' : 'button'} aria-disabled={pending || undefined}>
        {pending && pendingLabel ? pendingLabel : submitLabel}
      </button>
      {onCancel ? (
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
      ) : null}
    </div>
  );
}
