import type { ComponentProps } from 'react';
import { LIMITS } from '@kindred/contracts';
import { TextField } from './Fields';

/**
 * The fields and checks the sign-in and account-security forms share: an email address, a
 * password (the one they have, or a new one), and the submit button that says what it is doing.
 * Each is a TextField with the attributes that kind of field always has.
 */

type TextFieldProps = ComponentProps<typeof TextField>;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The problem with an email address typed in (already trimmed), or null; `missing` is said when it is empty. */
export function emailProblem(email: string, missing: string): string | null {
  if (!email) return missing;
  if (!EMAIL_PATTERN.test(email)) return 'Enter a valid email address, like name@example.com.';
  return null;
}

/** The problem with a new password's length, or null; `subject` is how the message names it ("Your new password"). */
export function newPasswordProblem(password: string, subject: string): string | null {
  if (password.length < LIMITS.passwordMin) return `${subject} needs at least ${LIMITS.passwordMin} characters.`;
  if (password.length > LIMITS.passwordMax) return `${subject} can have at most ${LIMITS.passwordMax} characters.`;
  return null;
}

/** An email address field (the browser may fill it in; no spell-checking). */
export function EmailField(props: Omit<TextFieldProps, 'type' | 'autoComplete' | 'spellCheck' | 'maxLength'>) {
  return <TextField type="email" {...props} autoComplete="email" spellCheck={false} maxLength={LIMITS.emailMax} />;
}

/**
 * A password field: `autoComplete` says whether it is the one they have ("current-password",
 * which password managers fill in) or a new one ("new-password", which they offer to make).
 */
export function PasswordField({
  autoComplete,
  ...props
}: Omit<TextFieldProps, 'type' | 'autoComplete' | 'maxLength'> & { autoComplete: 'current-password' | 'new-password' }) {
  return <TextField type="password" {...props} autoComplete={autoComplete} maxLength={LIMITS.passwordMax} />;
}

/**
 * A form's submit button: while `pending` it is aria-disabled, so it stays focusable and announced
 * (the form's submit handler ignores it while pending), and says `pendingLabel` when there is one.
 */
export function SubmitButton({
  pending,
  label,
  pendingLabel,
  className = 'button',
}: {
  pending: boolean;
  label: string;
  pendingLabel?: string;
  className?: string;
}) {
  return (
    <button type="submit" className={className} aria-disabled={pending || undefined}>
      {pending && pendingLabel ? pendingLabel : label}
    </button>
  );
}
