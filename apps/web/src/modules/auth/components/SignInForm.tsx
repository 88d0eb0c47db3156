import { useEffect, useRef, useState } from 'react';
import type { ComponentProps, FormEvent } from 'react';
import { LIMITS } from '@kindred/contracts';
import { useSignInMutation, useSignInWithTwoFactorMutation } from '../../../generated/graphql';
import { isErrorCode } from '../../../app/graphql-client';
import type { ViewerFragment } from '../../../generated/graphql';
import { ErrorSummary } from '../../../app/ui/ErrorSummary';
import { TextField } from '../../../app/ui/Fields';
import { PasswordField, SubmitButton } from '../../../app/ui/CredentialFields';
import { useSimpleForm } from './useSimpleForm';

const FIELDS = ['login', 'password'] as const;
type Field = (typeof FIELDS)[number];
const IDS: Record<Field, string> = { login: 'sign-in-login', password: 'sign-in-password' };

export function SignInForm({ onSignedIn }: { onSignedIn: (me: ViewerFragment, how?: { recoveryCode: boolean }) => void }) {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const form = useSimpleForm(FIELDS, IDS);
  const signIn = useSignInMutation();
  const [secondStep, setSecondStep] = useState(false);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (signIn.isPending) return;
    const local: Partial<Record<Field, string>> = {};
    if (!login.trim()) local.login = 'Enter your email address or handle.';
    if (!password) local.password = 'Enter your password.';
    if (Object.keys(local).length > 0) return form.fail(local);
    form.clear();
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
          form.failWith(error);
        },
      },
    );
  };

  if (secondStep) {
    return (
      <TwoFactorStep
        onSignedIn={onSignedIn}
        onRestart={() => {
          setSecondStep(false);
          setPassword('');
          form.fail({}, 'That sign-in took too long. Please enter your password again.');
        }}
      />
    );
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ErrorSummary items={form.summary} focusKey={form.attempts} />
      <TextField
        id={IDS.login}
        name="login"
        label="Email or handle"
        error={form.fieldErrors.login}
        value={login}
        onChange={(e) => setLogin(e.target.value)}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={LIMITS.emailMax}
        required
      />
      <PasswordField
        id={IDS.password}
        name="password"
        label="Password"
        error={form.fieldErrors.password}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        autoComplete="current-password"
        required
      />
      <SubmitButton pending={signIn.isPending} label="Sign in" pendingLabel="Signing in…" className="button button--large" />
    </form>
  );
}

const STEP_FIELDS = ['code', 'recoveryCode'] as const;
type StepField = (typeof STEP_FIELDS)[number];
const STEP_IDS: Record<StepField, string> = { code: 'sign-in-code', recoveryCode: 'sign-in-recovery-code' };

/** The one field of the second step, as a code from the app or as a recovery code. */
const STEP_FIELD_PROPS = {
  code: {
    label: 'Code from your authenticator app',
    hint: 'The 6-digit code your app shows for Kindred now.',
    autoComplete: 'one-time-code',
    inputMode: 'numeric',
  },
  recoveryCode: {
    label: 'Recovery code',
    hint: 'One of the ten codes you saved when you turned on two-factor sign-in, like abcd-efgh-jkmn-pqrs. Each works once.',
    autoComplete: 'off',
    autoCapitalize: 'none',
  },
} satisfies Record<StepField, Partial<ComponentProps<typeof TextField>>>;

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
  const form = useSimpleForm(STEP_FIELDS, STEP_IDS);
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
    if (!v) return form.fail({ [field]: useRecovery ? 'Enter one of your recovery codes.' : 'Enter the 6-digit code from your app.' });
    form.clear();
    finish.mutate(
      { input: useRecovery ? { recoveryCode: v } : { code: v } },
      {
        onSuccess: (data) => onSignedIn(data.signInWithTwoFactor, { recoveryCode: useRecovery }),
        onError: (error) => {
          if (isErrorCode(error, 'TWO_FACTOR_CHALLENGE_EXPIRED')) {
            onRestart();
            return;
          }
          form.failWith(error);
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="sign-in-step-title">
      <h2 id="sign-in-step-title" ref={headingRef} tabIndex={-1}>
        {useRecovery ? 'Use a recovery code' : 'Enter your sign-in code'}
      </h2>
      <ErrorSummary items={form.summary} focusKey={form.attempts} />
      <TextField
        id={STEP_IDS[field]}
        name={field}
        {...STEP_FIELD_PROPS[field]}
        error={form.fieldErrors[field]}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        spellCheck={false}
        maxLength={LIMITS.twoFactorCodeMax}
      />
      <SubmitButton pending={finish.isPending} label="Sign in" pendingLabel="Checking…" className="button button--large" />
      <p className="after-form">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            setUseRecovery((r) => !r);
            setValue('');
            form.clear();
          }}
        >
          {useRecovery ? 'Use a code from my app instead' : 'Lost your phone? Use a recovery code'}
        </button>
      </p>
    </form>
  );
}
