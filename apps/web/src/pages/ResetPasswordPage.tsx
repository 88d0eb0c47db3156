import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { LIMITS, WEB_ROUTES } from '@kindred/contracts';
import { useResetPasswordMutation } from '../generated/graphql';
import type { MeQuery } from '../generated/graphql';
import { isErrorCode } from '../app/graphql-client';
import { ErrorSummary } from '../app/ui/ErrorSummary';
import { PasswordField, SubmitButton, newPasswordProblem } from '../app/ui/CredentialFields';
import type { FlashState } from '../app/ui/navigation';
import { usePageTitle } from '../app/ui/usePageTitle';
import { meQueryKey } from '../modules/auth/hooks/useViewer';
import { useSimpleForm } from '../modules/auth/components/useSimpleForm';

const FIELDS = ['newPassword'] as const;
const IDS = { newPassword: 'reset-password' };

/** Choosing a new password from a reset link; every session of the account ends. */
export function ResetPasswordPage() {
  usePageTitle('Choose a new password');
  const [params] = useSearchParams();
  const [token] = useState(() => params.get('token') ?? '');
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const reset = useResetPasswordMutation();
  const queryClient = useQueryClient();
  const form = useSimpleForm(FIELDS, IDS);
  const linkProblem = reset.error && isErrorCode(reset.error, 'LINK_EXPIRED', 'LINK_USED', 'LINK_INVALID');

  if (done) {
    return (
      <Navigate
        to={WEB_ROUTES.signIn}
        replace
        state={{ flash: 'Your password is changed, and you were signed out everywhere. Sign in with your new password.' } satisfies FlashState}
      />
    );
  }

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (reset.isPending) return;
    const problem = newPasswordProblem(password, 'Your password');
    if (problem) return form.fail({ newPassword: problem });
    form.clear();
    reset.mutate(
      { input: { token, newPassword: password } },
      {
        onSuccess: () => {
          // Every session ended, this browser's too.
          queryClient.setQueryData<MeQuery>(meQueryKey, { me: null });
          setDone(true);
        },
        onError: form.failWith,
      },
    );
  };

  return (
    <div className="narrow">
      <h1>Choose a new password</h1>
      {!token ? (
        <p className="notice notice--error" role="alert">
          This page needs the link from your email. <Link to={WEB_ROUTES.forgotPassword}>Ask for a new link</Link>.
        </p>
      ) : (
        <form className="form" onSubmit={onSubmit} noValidate>
          <ErrorSummary items={form.summary} focusKey={form.attempts} />
          {linkProblem ? (
            <p>
              <Link to={WEB_ROUTES.forgotPassword}>Ask for a new link</Link>
            </p>
          ) : null}
          <PasswordField
            id={IDS.newPassword}
            name="newPassword"
            label="New password"
            hint={`At least ${LIMITS.passwordMin} characters. Choosing it signs you out everywhere you are signed in.`}
            error={form.fieldErrors.newPassword}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="new-password"
          />
          <SubmitButton pending={reset.isPending} label="Save my new password" pendingLabel="Saving…" className="button button--large" />
        </form>
      )}
    </div>
  );
}
