import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { LIMITS, WEB_ROUTES } from '@kindred/contracts';
import { useChangePasswordMutation } from '../../../generated/graphql';
import type { MeQuery } from '../../../generated/graphql';
import { ErrorSummary } from '../../../app/ui/ErrorSummary';
import { CheckboxField } from '../../../app/ui/Fields';
import { PasswordField, SubmitButton, newPasswordProblem } from '../../../app/ui/CredentialFields';
import type { FlashState } from '../../../app/ui/navigation';
import { meQueryKey } from '../../auth/hooks/useViewer';
import { useSimpleForm } from '../../auth/components/useSimpleForm';
import { disconnectChat } from '../../chat/hooks/chat-socket';

const FIELDS = ['currentPassword', 'newPassword'] as const;
const IDS = { currentPassword: 'change-password-current', newPassword: 'change-password-new' };

/** Change the password: the current one first; every other session ends, this one too if asked. */
export function ChangePasswordForm() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const change = useChangePasswordMutation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [keep, setKeep] = useState(true);
  const [done, setDone] = useState<string | null>(null);
  const form = useSimpleForm(FIELDS, IDS);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (change.isPending) return;
    const local: Partial<Record<(typeof FIELDS)[number], string>> = {};
    if (!current) local.currentPassword = 'Enter your current password.';
    const nextError = newPasswordProblem(next, 'Your new password');
    if (nextError) local.newPassword = nextError;
    if (Object.keys(local).length) return form.fail(local);
    form.clear();
    change.mutate(
      { input: { currentPassword: current, newPassword: next, keepThisSession: keep } },
      {
        onSuccess: (data) => {
          setCurrent('');
          setNext('');
          const ended = data.changePassword;
          if (!keep) {
            disconnectChat();
            void navigate(WEB_ROUTES.signIn, { state: { flash: 'Your password is changed and you are signed out everywhere. Sign in with your new password.' } satisfies FlashState });
            queryClient.setQueryData<MeQuery>(meQueryKey, { me: null });
            return;
          }
          setDone(`Your password is changed.${ended ? ` ${ended === 1 ? 'One other device was' : `${ended} other devices were`} signed out.` : ''}`);
        },
        onError: form.failWith,
      },
    );
  };

  return (
    <section className="section" aria-labelledby="change-password-title">
      <h2 id="change-password-title">Password</h2>
      <div role="status">{done ? <p className="notice notice--success">{done}</p> : null}</div>
      <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="change-password-title">
        <ErrorSummary items={form.summary} focusKey={form.attempts} />
        <PasswordField
          id={IDS.currentPassword}
          name="currentPassword"
          label="Current password"
          error={form.fieldErrors.currentPassword}
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          autoComplete="current-password"
        />
        <PasswordField
          id={IDS.newPassword}
          name="newPassword"
          label="New password"
          hint={`At least ${LIMITS.passwordMin} characters. Every other device you are signed in on is signed out.`}
          error={form.fieldErrors.newPassword}
          value={next}
          onChange={(e) => setNext(e.target.value)}
          autoComplete="new-password"
        />
        <CheckboxField
          id="change-password-keep"
          name="keepThisSession"
          label="Keep me signed in on this device"
          checked={keep}
          onChange={(e) => setKeep(e.target.checked)}
        />
        <SubmitButton pending={change.isPending} label="Change my password" pendingLabel="Changing…" />
      </form>
    </section>
  );
}
