import { toRequestError } from '../graphql-client';
import { formatWait } from './format';

/** A message that is safe and useful to show for any error thrown by a request. */
export function describeError(error: unknown): string {
  const e = toRequestError(error);
  if (e.code === 'TOO_MANY_REQUESTS' && e.retryAfterSeconds) {
    return `${e.message} You can try again in ${formatWait(e.retryAfterSeconds)}.`;
  }
  return e.message;
}

export interface FormErrors<F extends string> {
  fields: Partial<Record<F, string>>;
  form: string | null;
}

/**
 * Splits a request error into messages for the form's own fields and one for the form as a
 * whole (anything not tied to a field we show, such as INVALID_CREDENTIALS).
 */
export function formErrorsFrom<F extends string>(error: unknown, fieldNames: readonly F[]): FormErrors<F> {
  const e = toRequestError(error);
  const fields: Partial<Record<F, string>> = {};
  const unmatched: string[] = [];
  for (const f of e.fields) {
    const name = fieldNames.find((n) => f.field === n || f.field.endsWith(`.${n}`));
    if (name && !fields[name]) fields[name] = f.message;
    else if (!name) unmatched.push(f.message);
  }
  const hasFieldErrors = Object.keys(fields).length > 0;
  const form = unmatched.length > 0 ? unmatched.join(' ') : hasFieldErrors ? null : describeError(e);
  return { fields, form };
}
