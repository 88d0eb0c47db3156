import { useState } from 'react';
import { formErrorsFrom } from '../../../app/ui/errors';
import type { SummaryItem } from '../../../app/ui/ErrorSummary';

/**
 * The state every small account form shares, with the conventions of the rest of the client:
 * field errors from the API's `extensions.fields` (by field name), anything else as the form's
 * own message, and an error summary that takes focus on each failed submit.
 */
export function useSimpleForm<F extends string>(fields: readonly F[], ids: Record<F, string>) {
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<F, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);

  const fail = (local: Partial<Record<F, string>>, form: string | null = null) => {
    setFieldErrors(local);
    setFormError(form);
    setAttempts((n) => n + 1);
  };

  return {
    fieldErrors,
    formError,
    attempts,
    /** Local checks failed (or the form failed as a whole). */
    fail,
    /** A request failed: split its error into fields and the form. */
    failWith: (error: unknown) => {
      const { fields: f, form } = formErrorsFrom(error, fields);
      fail(f, form);
    },
    clear: () => {
      setFieldErrors({});
      setFormError(null);
    },
    summary: [
      ...(formError ? [{ message: formError }] : []),
      ...fields.filter((f) => fieldErrors[f]).map((f) => ({ fieldId: ids[f], message: fieldErrors[f]! })),
    ] as SummaryItem[],
  };
}
