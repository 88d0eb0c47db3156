import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { LIMITS } from '@kindred/contracts';
import { useSignInMutation, useSignInWithTwoFactorMutation } from '../../../generated/graphql';
import { isErrorCode } from '../../../app/graphql-client';
import type { ViewerFragment } from '../../../generated/graphql';
import { ErrorSummary } from '../../../app/ui/ErrorSummary';
import type { SummaryItem } from '../../../app/ui/ErrorSummary';
import { formErrorsFrom } from '../../../app/ui/errors';
import { TextField } from '../../../app/ui/Fields';

const FIELDS = ['login', 'password'] as const;
type Field = (typeof FIELDS)[number];
const IDS: Record<Field, string> = { login: 'sign-in-login', password: 'sign-in-password' };

export function SignInForm({ onSignedIn }: { onSignedIn: (me: ViewerFragment, how?: { recoveryCode: boolean }) => void }) {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const signIn = useSignInMutation();
  const [secondStep, setSecondStep] = useState(false);

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
          // Two-factor sign-in: the password was right; the second step finishes it.
          if (isErrorCode(error, 'TWO_FACTOR_CODE_REQUIRED')) {
            setSecondStep(true);
            return;
          }
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

  if (secondStep) {
    return (
      <TwoFactorStep
        onSignedIn={onSignedIn}
        onRestart={() => {
          setSecondStep(false);
          setPassword('');
          setFormError('That sign-in took too long. Please enter your password again.');
          setAttempts((n) => n + 1);
        }}
      />
    );
  }

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

const STEP_FIELDS = ['code', 'recoveryCode'] as const;
type StepField = (typeof STEP_FIELDS)[number];
const STEP_IDS: Record<StepField, string> = { code: 'sign-in-code', recoveryCode: 'sign-in-recovery-code' };

/**
 * The second step for accounts with two-factor sign-in: the 6-digit code from the app, or (the
 * phone is lost) one of the recovery codes.
 */
function TwoFactorStep({
  onSignedIn,
  onRestart,
}: {
  onSignedIn: (me: ViewerFragment, how?: { recoveryCode: boolean }) => void;
  onRestart: () => void;
}) {
  const [useRecovery, setUseRecovery] = useState(false);
  const [value, setValue] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<StepField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const finish = useSignInWithTwoFactorMutation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const field: StepField = useRecovery ? 'recoveryCode' : 'code';

  useEffect(() => {
    headingRef.current?.focus();
  }, [useRecovery]);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (finish.isPending) return;
    const v = value.trim();
    if (!v) {
      setFieldErrors({ [field]: useRecovery ? 'Enter one of your recovery codes.' : 'Enter the 6-digit code from your app.' });
      setFormError(null);
      setAttempts((n) => n + 1);
      return;
    }
    setFieldErrors({});
    setFormError(null);
    finish.mutate(
      { input: useRecovery ? { recoveryCode: v } : { code: v } },
      {
        onSuccess: (data) => onSignedIn(data.signInWithTwoFactor, { recoveryCode: useRecovery }),
        onError: (error) => {
          if (isErrorCode(error, 'TWO_FACTOR_CHALLENGE_EXPIRED')) {
            onRestart();
            return;
          }
          const { fields, form } = formErrorsFrom(error, STEP_FIELDS);
          setFieldErrors(fields);
          setFormError(form);
          setAttempts((n) => n + 1);
        },
      },
    );
  };

  const summary: SummaryItem[] = [
    ...(formError ? [{ message: formError }] : []),
    ...STEP_FIELDS.filter((f) => fieldErrors[f]).map((f) => ({ fieldId: STEP_IDS[f], message: fieldErrors[f]! })),
  ];

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="sign-in-step-title">
      <h2 id="sign-in-step-title" ref={headingRef} tabIndex={-1}>
        {useRecovery ? 'Use a recovery code' : 'Enter your sign-in code'}
      </h2>
      <ErrorSummary items={summary} focusKey={attempts} />
      {useRecovery ? (
        <TextField
          id={STEP_IDS.recoveryCode}
          name="recoveryCode"
          label="Recovery code"
          hint="One of the ten codes you saved when you turned on two-factor sign-in, like abcd-efgh-jkmn-pqrs. Each works once."
          error={fieldErrors.recoveryCode}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={LIMITS.twoFactorCodeMax}
        />
      ) : (
        <TextField
          id={STEP_IDS.code}
          name="code"
          label="Code from your authenticator app"
          hint="The 6-digit code your app shows for Kindred now."
          error={fieldErrors.code}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          autoComplete="one-time-code"
          inputMode="numeric"
          spellCheck={false}
          maxLength={LIMITS.twoFactorCodeMax}
        />
      )}
      <button type="submit" className="button button--large" aria-disabled={finish.isPending || undefined}>
        {finish.isPending ? 'Checking…' : 'Sign in'}
      </button>
      <p className="after-form">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            setUseRecovery((r) => !r);
            setValue('');
            setFieldErrors({});
            setFormError(null);
          }}
        >
          {useRecovery ? 'Use a code from my app instead' : 'Lost your phone? Use a recovery code'}
        </button>
      </p>
    </form>
  );
}
