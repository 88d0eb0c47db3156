import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { LIMITS } from '@kindred/contracts';
import {
  useAccountSecurityQuery,
  useBeginTwoFactorSetupMutation,
  useConfirmTwoFactorSetupMutation,
  useDisableTwoFactorMutation,
  useRegenerateRecoveryCodesMutation,
} from '../../../generated/graphql';
import type { AccountSecurityQuery, BeginTwoFactorSetupMutation } from '../../../generated/graphql';
import { Badge } from '../../../app/ui/Badge';
import { ErrorSummary } from '../../../app/ui/ErrorSummary';
import { describeError } from '../../../app/ui/errors';
import { formatDateTime } from '../../../app/ui/format';
import { TextField } from '../../../app/ui/Fields';
import { FormError } from '../../../app/ui/FormParts';
import { PasswordField, SubmitButton } from '../../../app/ui/CredentialFields';
import { useSimpleForm } from '../../auth/components/useSimpleForm';
import '../account-security.css';

type Security = NonNullable<AccountSecurityQuery['me']>['security'];
type Setup = BeginTwoFactorSetupMutation['beginTwoFactorSetup'];
const FIELDS = ['code', 'password'] as const;

/**
 * Two-factor sign-in: what it is and whether it is on; setting it up (a QR code and the secret as
 * text, then a code from the app and the password), ten recovery codes shown once, new codes,
 * moving it to a new phone, and turning it off.
 */
export function TwoFactorSettings({ security }: { security: Security }) {
  const queryClient = useQueryClient();
  const begin = useBeginTwoFactorSetupMutation();
  const [setup, setSetup] = useState<Setup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [action, setAction] = useState<'new-codes' | 'off' | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: useAccountSecurityQuery.getKey() });

  const start = () => {
    if (begin.isPending) return;
    setCodes(null);
    setAction(null);
    begin.mutate({}, { onSuccess: (d) => setSetup(d.beginTwoFactorSetup) });
  };

  return (
    <section className="section" aria-labelledby="two-factor-title">
      <h2 id="two-factor-title">Two-factor sign-in</h2>
      <p>
        {security.twoFactorEnabled ? <Badge tone="success">On</Badge> : <Badge>Off</Badge>}{' '}
        With two-factor sign-in, signing in asks for your password and then a 6-digit code from an authenticator app on your phone (such as
        Google Authenticator, Microsoft Authenticator, Aegis or 1Password), so a stolen password alone cannot open your account.
      </p>
      {security.twoFactorRequired && !security.twoFactorEnabled ? (
        <p className={`notice${security.powersWaiting ? ' notice--error' : ''}`} role={security.powersWaiting ? 'alert' : undefined}>
          {security.powersWaiting
            ? 'Your moderator, clinician or admin powers are waiting: turn on two-factor sign-in to use them again.'
            : `You are a moderator, clinician or admin, so two-factor sign-in is needed to keep using those powers${security.twoFactorDueAt ? ` after ${formatDateTime(security.twoFactorDueAt)}` : ''}.`}
        </p>
      ) : null}

      {codes ? <RecoveryCodes codes={codes} onDone={() => setCodes(null)} /> : null}

      {setup ? (
        <ConfirmSetup
          setup={setup}
          onCancel={() => setSetup(null)}
          onDone={(c) => {
            setSetup(null);
            setCodes(c);
            refresh();
          }}
        />
      ) : codes ? null : security.twoFactorEnabled ? (
        <>
          <p>
            {security.recoveryCodesLeft} of {LIMITS.recoveryCodeCount} recovery codes left.
          </p>
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => setAction('new-codes')}>
              Make new recovery codes
            </button>
            <button type="button" className="button button--secondary" onClick={start} aria-disabled={begin.isPending || undefined}>
              Move to a new phone
            </button>
            <button type="button" className="button button--danger" onClick={() => setAction('off')}>
              Turn off two-factor sign-in
            </button>
          </div>
          {action ? (
            <CodeAndPassword
              key={action}
              action={action}
              onCancel={() => setAction(null)}
              onDone={(c) => {
                setAction(null);
                if (c) setCodes(c);
                refresh();
              }}
            />
          ) : null}
        </>
      ) : (
        <button type="button" className="button" onClick={start} aria-disabled={begin.isPending || undefined}>
          {begin.isPending ? 'Starting…' : 'Set up two-factor sign-in'}
        </button>
      )}
      <FormError message={begin.error ? describeError(begin.error) : null} />
    </section>
  );
}

function ConfirmSetup({ setup, onCancel, onDone }: { setup: Setup; onCancel: () => void; onDone: (codes: string[]) => void }) {
  const confirm = useConfirmTwoFactorSetupMutation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <div className="panel">
      <h3 ref={headingRef} tabIndex={-1}>
        Set up your authenticator app
      </h3>
      <ol>
        <li>
          <p>In your authenticator app, add an account and scan this QR code:</p>
          <img src={setup.qrCodeDataUrl} alt="QR code to add Kindred to your authenticator app (the same key is written below)" width={200} height={200} />
        </li>
        <li>
          <p>
            Or, if you cannot scan it, type this key into the app (time-based, 6 digits):{' '}
            <code className="secret-key" aria-label={`Key: ${setup.secret.split('').join(' ')}`}>
              {setup.secret.match(/.{1,4}/g)!.join(' ')}
            </code>
          </p>
        </li>
        <li>Enter the code the app now shows for Kindred, and your password.</li>
      </ol>
      <CodeAndPasswordForm
        idPrefix="two-factor-setup"
        className="form"
        label="Turn on two-factor sign-in"
        codeLabel="Code from your app"
        numeric
        codeProblem={(code) => (/^\s*\d{3}\s?\d{3}\s*$/.test(code) ? null : 'Enter the 6-digit code your app shows for Kindred.')}
        cleanCode={(code) => code.replace(/\s/g, '')}
        pending={confirm.isPending}
        submitLabel="Turn on two-factor sign-in"
        pendingLabel="Checking…"
        onSubmit={(input, onError) => confirm.mutate({ input }, { onSuccess: (d) => onDone(d.confirmTwoFactorSetup.codes), onError })}
        onCancel={onCancel}
      />
    </div>
  );
}

/** Shown once, right after they are made: save them now. */
function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="panel" role="region" aria-labelledby="recovery-codes-title">
      <h3 id="recovery-codes-title" ref={headingRef} tabIndex={-1}>
        Save your recovery codes
      </h3>
      <p>
        If you lose your phone, each of these codes signs you in once instead of a code from the app. Keep them somewhere safe (a password
        manager, or printed). <strong>They are shown only now.</strong>
      </p>
      <ul className="recovery-codes" aria-label="Recovery codes">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onDone}>
        I have saved my recovery codes
      </button>
    </div>
  );
}

function CodeAndPassword({ action, onCancel, onDone }: { action: 'new-codes' | 'off'; onCancel: () => void; onDone: (codes: string[] | null) => void }) {
  const regenerate = useRegenerateRecoveryCodesMutation();
  const disable = useDisableTwoFactorMutation();

  return (
    <CodeAndPasswordForm
      idPrefix={`two-factor-${action}`}
      className="form panel"
      label={action === 'off' ? 'Turn off two-factor sign-in' : 'Make new recovery codes'}
      codeLabel="Code from your app, or a recovery code"
      codeProblem={(code) => (code.trim() ? null : 'Enter the code your app shows, or a recovery code.')}
      cleanCode={(code) => code.trim()}
      pending={regenerate.isPending || disable.isPending}
      submitLabel={action === 'off' ? 'Turn it off' : 'Make new codes'}
      submitClassName={`button${action === 'off' ? ' button--danger' : ''}`}
      onSubmit={(input, onError) => {
        if (action === 'new-codes') regenerate.mutate({ input }, { onSuccess: (d) => onDone(d.regenerateRecoveryCodes.codes), onError });
        else disable.mutate({ input }, { onSuccess: () => onDone(null), onError });
      }}
      onCancel={onCancel}
    />
  );
}

/**
 * What setting two-factor up, making new recovery codes and turning it off all ask for: a code
 * (checked and cleaned up as the caller says) and the password, with Cancel beside the submit
 * button. `onSubmit` gets them once both are filled in, and a handler for the request's error.
 */
function CodeAndPasswordForm({
  idPrefix,
  className,
  label,
  codeLabel,
  numeric = false,
  codeProblem,
  cleanCode,
  pending,
  submitLabel,
  pendingLabel,
  submitClassName,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  className: string;
  label: string;
  codeLabel: string;
  /** Only digits: phones show the number pad. */
  numeric?: boolean;
  codeProblem: (code: string) => string | null;
  cleanCode: (code: string) => string;
  pending: boolean;
  submitLabel: string;
  pendingLabel?: string;
  submitClassName?: string;
  onSubmit: (input: { code: string; password: string }, onError: (error: unknown) => void) => void;
  onCancel: () => void;
}) {
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const ids = { code: `${idPrefix}-code`, password: `${idPrefix}-password` };
  const form = useSimpleForm(FIELDS, ids);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (pending) return;
    const local: Partial<Record<(typeof FIELDS)[number], string>> = {};
    const problem = codeProblem(code);
    if (problem) local.code = problem;
    if (!password) local.password = 'Enter your password.';
    if (Object.keys(local).length) return form.fail(local);
    form.clear();
    onSubmit({ code: cleanCode(code), password }, form.failWith);
  };

  return (
    <form className={className} onSubmit={submit} noValidate aria-label={label}>
      <ErrorSummary items={form.summary} focusKey={form.attempts} />
      <TextField
        id={ids.code}
        name="code"
        label={codeLabel}
        error={form.fieldErrors.code}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        autoComplete="one-time-code"
        inputMode={numeric ? 'numeric' : undefined}
        maxLength={LIMITS.twoFactorCodeMax}
      />
      <PasswordField
        id={ids.password}
        name="password"
        label="Your password"
        error={form.fieldErrors.password}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        autoComplete="current-password"
      />
      <div className="button-row">
        <SubmitButton pending={pending} label={submitLabel} pendingLabel={pendingLabel} className={submitClassName} />
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
