import { useState } from 'react';
import type { FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useAccountSecurityQuery, useChangeEmailMutation } from '../../../generated/graphql';
import type { AccountSecurityQuery } from '../../../generated/graphql';
import { ErrorSummary } from '../../../app/ui/ErrorSummary';
import { EmailField, PasswordField, SubmitButton, emailProblem } from '../../../app/ui/CredentialFields';
import { Badge } from '../../../app/ui/Badge';
import { ResendVerification } from '../../auth/components/ResendVerification';
import { useSimpleForm } from '../../auth/components/useSimpleForm';

type Me = NonNullable<AccountSecurityQuery['me']>;
const FIELDS = ['newEmail', 'password'] as const;
const IDS = { newEmail: 'change-email-new', password: 'change-email-password' };

/** The address, whether it is confirmed (and "send the link again"), and moving to a new one. */
export function EmailSettings({ me }: { me: Me }) {
  const queryClient = useQueryClient();
  const change = useChangeEmailMutation();
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useSimpleForm(FIELDS, IDS);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (change.isPending) return;
    const local: Partial<Record<(typeof FIELDS)[number], string>> = {};
    const v = newEmail.trim();
    const emailError = emailProblem(v, 'Enter your new email address.');
    if (emailError) local.newEmail = emailError;
    if (!password) local.password = 'Enter your password.';
    if (Object.keys(local).length) return form.fail(local);
    form.clear();
    change.mutate(
      { input: { newEmail: v, password } },
      {
        onSuccess: () => {
          setSentTo(v);
          setNewEmail('');
          setPassword('');
          void queryClient.invalidateQueries({ queryKey: useAccountSecurityQuery.getKey() });
        },
        onError: form.failWith,
      },
    );
  };

  return (
    <section className="section" aria-labelledby="email-settings-title">
      <h2 id="email-settings-title">Email address</h2>
      <p>
        {me.email} {me.security.emailVerified ? <Badge tone="success">Confirmed</Badge> : <Badge>Not confirmed yet</Badge>}
      </p>
      {me.security.emailVerified ? null : (
        <>
          <p>
            We sent a link to this address when you signed up. Until you follow it you get no email digests, cannot reset your password by
            email, and cannot be made a moderator or verified as a clinician.
          </p>
          <ResendVerification />
        </>
      )}
      {me.security.pendingEmail ? (
        <p className="notice">
          Waiting for you to confirm {me.security.pendingEmail}: follow the link we sent there. Until then your address stays {me.email}.
        </p>
      ) : null}
      <div role="status">{sentTo ? <p className="notice notice--success">We sent a link to {sentTo}. Your address changes once you follow it (within 24 hours); we also told {me.email}.</p> : null}</div>
      <h3 id="change-email-title">Change your email address</h3>
      <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="change-email-title">
        <ErrorSummary items={form.summary} focusKey={form.attempts} />
        <EmailField
          id={IDS.newEmail}
          name="newEmail"
          label="New email address"
          hint="We send a link there; the change takes effect once you follow it."
          error={form.fieldErrors.newEmail}
          value={newEmail}
          onChange={(e) => setNewEmail(e.target.value)}
        />
        <PasswordField
          id={IDS.password}
          name="password"
          label="Your password"
          error={form.fieldErrors.password}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="current-password"
        />
        <SubmitButton pending={change.isPending} label="Send a confirmation link" pendingLabel="Sending…" />
      </form>
    </section>
  );
}
