import { useState } from 'react';
import type { FormEvent } from 'react';
import { LIMITS } from '@kindred/contracts';
import { useSignInMutation } from '../../../generated/graphql';
import type { ViewerFragment } from '../../../generated/graphql';
import { ErrorSummary } from '../../../app/ui/ErrorSummary';
import type { SummaryItem } from '../../../app/ui/ErrorSummary';
import { formErrorsFrom } from '../../../app/ui/errors';
import { TextField } from '../../../app/ui/Fields';

const FIELDS = ['login', 'password'] as const;
type Field = (typeof FIELDS)[number];
const IDS: Record<Field, string> = { login: 'sign-in-login', password: 'sign-in-password' };

export function SignInForm({ onSignedIn }: { onSignedIn: (me: ViewerFragment) => void }) {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const signIn = useSignInMutation();

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (signIn.isPending) return;
    const local: Partial<Record<Field, string>> = {};
    if (!login.trim()) local.login = 'Enter your email address or handle.';
    if (!password) local.password = 'Enter your password.';
    if (Object.keys(local).length > 0) {
      setFieldErrors(local);
      setFormError(null);
      setAttempts((n) => n + 1);
      return;
    }
    setFieldErrors({});
    setFormError(null);
    signIn.mutate(
      { input: { login: login.trim(), password } },
      {
        onSuccess: (data) => onSignedIn(data.signIn),
        onError: (error) => {
          const { fields, form } = formErrorsFrom(error, FIELDS);
          setFieldErrors(fields);
          setFormError(form);
          setAttempts((n) => n + 1);
        },
      },
    );
  };

  const summary: SummaryItem[] = [
    ...(formError ? [{ message: formError }] : []),
    ...FIELDS.filter((f) => fieldErrors[f]).map((f) => ({ fieldId: IDS[f], message: fieldErrors[f]! })),
  ];

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ErrorSummary items={summary} focusKey={attempts} />
      <TextField
        id={IDS.login}
        name="login"
        label="Email or handle"
        error={fieldErrors.login}
        value={login}
        onChange={(e) => setLogin(e.target.value)}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={LIMITS.emailMax}
        required
      />
      <TextField
        id={IDS.password}
        name="password"
        type="password"
        label="Password"
        error={fieldErrors.password}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        autoComplete="current-password"
        maxLength={LIMITS.passwordMax}
        required
      />
      <button type="submit" className="button button--large" aria-disabled={signIn.isPending || undefined}>
        {signIn.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
