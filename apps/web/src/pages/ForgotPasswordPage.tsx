import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { WEB_ROUTES } from '@kindred/contracts';
import { useRequestPasswordResetMutation } from '../generated/graphql';
import { ErrorSummary } from '../app/ui/ErrorSummary';
import { EmailField, SubmitButton, emailProblem } from '../app/ui/CredentialFields';
import { usePageTitle } from '../app/ui/usePageTitle';
import { useSimpleForm } from '../modules/auth/components/useSimpleForm';

const FIELDS = ['email'] as const;
const IDS = { email: 'forgot-email' };

/** "Forgot your password?": the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  usePageTitle('Forgot your password?');
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const request = useRequestPasswordResetMutation();
  const form = useSimpleForm(FIELDS, IDS);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (request.isPending) return;
    const v = email.trim();
    const problem = emailProblem(v, 'Enter the email address you signed up with.');
    if (problem) return form.fail({ email: problem });
    form.clear();
    request.mutate({ input: { email: v } }, { onSuccess: () => setSentTo(v), onError: form.failWith });
  };

  return (
    <div className="narrow">
      <h1>Forgot your password?</h1>
      {sentTo ? (
        <div role="status">
          <p className="lead">If an account uses {sentTo}, we have sent it a link to choose a new password.</p>
          <p>The link lasts 1 hour and works once. If nothing arrives in a few minutes, check your spam folder, or try again.</p>
          <p>
            <Link to={WEB_ROUTES.signIn}>Back to sign in</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">Enter the email address of your account and we will send you a link to choose a new password.</p>
          <form className="form" onSubmit={onSubmit} noValidate>
            <ErrorSummary items={form.summary} focusKey={form.attempts} />
            <EmailField
              id={IDS.email}
              name="email"
              label="Email address"
              error={form.fieldErrors.email}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
            <SubmitButton pending={request.isPending} label="Send me a link" pendingLabel="Sending…" className="button button--large" />
          </form>
          <p className="after-form">
            Remembered it? <Link to={WEB_ROUTES.signIn}>Sign in</Link>
          </p>
        </>
      )}
    </div>
  );
}
