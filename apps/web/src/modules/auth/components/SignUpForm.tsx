import { useState } from 'react';
import type { FormEvent } from 'react';
import { HANDLE_PATTERN, LIMITS } from '@kindred/contracts';
import { useRegisterMutation } from '../../../generated/graphql';
import type { ViewerFragment } from '../../../generated/graphql';
import { ErrorSummary } from '../../../app/ui/ErrorSummary';
import type { SummaryItem } from '../../../app/ui/ErrorSummary';
import { formErrorsFrom } from '../../../app/ui/errors';
import { CheckboxField, TextField } from '../../../app/ui/Fields';

const FIELDS = ['handle', 'email', 'password', 'clinicianRegistration', 'clinicianOrganisation'] as const;
type Field = (typeof FIELDS)[number];

const IDS: Record<Field, string> = {
  handle: 'sign-up-handle',
  email: 'sign-up-email',
  password: 'sign-up-password',
  clinicianRegistration: 'sign-up-registration',
  clinicianOrganisation: 'sign-up-organisation',
};

interface Values {
  handle: string;
  email: string;
  password: string;
  asClinician: boolean;
  clinicianRegistration: string;
  clinicianOrganisation: string;
}

/** The same rules the API enforces (libs/contracts LIMITS), checked before we send. */
function validate(v: Values): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  const handle = v.handle.trim();
  if (!handle) errors.handle = 'Choose a handle.';
  else if (handle.length < LIMITS.handleMin) errors.handle = `Your handle needs at least ${LIMITS.handleMin} characters.`;
  else if (handle.length > LIMITS.handleMax) errors.handle = `Your handle can have at most ${LIMITS.handleMax} characters.`;
  else if (!HANDLE_PATTERN.test(handle)) errors.handle = 'Use letters, digits, _ or - and start with a letter.';

  const email = v.email.trim();
  if (!email) errors.email = 'Enter your email address.';
  else if (email.length > LIMITS.emailMax) errors.email = 'That email address is too long.';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = 'Enter a valid email address, like name@example.com.';

  if (!v.password) errors.password = 'Choose a password.';
  else if (v.password.length < LIMITS.passwordMin)
    errors.password = `Your password needs at least ${LIMITS.passwordMin} characters.`;
  else if (v.password.length > LIMITS.passwordMax)
    errors.password = `Your password can have at most ${LIMITS.passwordMax} characters.`;

  if (v.asClinician) {
    if (v.clinicianRegistration.trim().length < 3)
      errors.clinicianRegistration = 'Enter your professional registration number.';
    if (v.clinicianOrganisation.trim().length < 2) errors.clinicianOrganisation = 'Enter the organisation you work for.';
  }
  return errors;
}

export function SignUpForm({ onRegistered }: { onRegistered: (me: ViewerFragment) => void }) {
  const [values, setValues] = useState<Values>({
    handle: '',
    email: '',
    password: '',
    asClinician: false,
    clinicianRegistration: '',
    clinicianOrganisation: '',
  });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const register = useRegisterMutation();

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (register.isPending) return;
    const local = validate(values);
    if (Object.keys(local).length > 0) {
      setFieldErrors(local);
      setFormError(null);
      setAttempts((n) => n + 1);
      return;
    }
    setFieldErrors({});
    setFormError(null);
    register.mutate(
      {
        input: {
          handle: values.handle.trim(),
          email: values.email.trim(),
          password: values.password,
          ...(values.asClinician
            ? {
                asClinician: true,
                clinicianRegistration: values.clinicianRegistration.trim(),
                clinicianOrganisation: values.clinicianOrganisation.trim(),
              }
            : {}),
        },
      },
      {
        onSuccess: (data) => onRegistered(data.register),
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
    <form className="form" onSubmit={onSubmit} noValidate aria-describedby="sign-up-privacy">
      <ErrorSummary items={summary} focusKey={attempts} />

      <TextField
        id={IDS.handle}
        name="handle"
        label="Handle"
        hint={`Your public name on Kindred. ${LIMITS.handleMin} to ${LIMITS.handleMax} letters, digits, _ or -, starting with a letter. You don’t have to use your real name.`}
        error={fieldErrors.handle}
        value={values.handle}
        onChange={(e) => set('handle', e.target.value)}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={LIMITS.handleMax}
        required
      />
      <TextField
        id={IDS.email}
        name="email"
        type="email"
        label="Email address"
        hint="We use it to sign you in. We never show it to anyone."
        error={fieldErrors.email}
        value={values.email}
        onChange={(e) => set('email', e.target.value)}
        autoComplete="email"
        spellCheck={false}
        maxLength={LIMITS.emailMax}
        required
      />
      <TextField
        id={IDS.password}
        name="password"
        type="password"
        label="Password"
        hint={`At least ${LIMITS.passwordMin} characters. A few unrelated words make a strong password that is easy to remember.`}
        error={fieldErrors.password}
        value={values.password}
        onChange={(e) => set('password', e.target.value)}
        autoComplete="new-password"
        maxLength={LIMITS.passwordMax}
        required
      />

      <CheckboxField
        id="sign-up-clinician"
        name="asClinician"
        label="I am a clinician"
        hint="For doctors, nurses, pharmacists and other registered health professionals. An admin checks your registration before you get clinician access; until then you take part as a member."
        checked={values.asClinician}
        onChange={(e) => set('asClinician', e.target.checked)}
        aria-controls="sign-up-clinician-details"
      />
      <div id="sign-up-clinician-details" className="conditional" hidden={!values.asClinician}>
        {values.asClinician ? (
          <>
            <TextField
              id={IDS.clinicianRegistration}
              name="clinicianRegistration"
              label="Professional registration number"
              hint="For example your GMC, NMC or HCPC number."
              error={fieldErrors.clinicianRegistration}
              value={values.clinicianRegistration}
              onChange={(e) => set('clinicianRegistration', e.target.value)}
              maxLength={40}
              spellCheck={false}
            />
            <TextField
              id={IDS.clinicianOrganisation}
              name="clinicianOrganisation"
              label="Organisation"
              hint="The trust, practice or service you work for."
              error={fieldErrors.clinicianOrganisation}
              value={values.clinicianOrganisation}
              onChange={(e) => set('clinicianOrganisation', e.target.value)}
              autoComplete="organization"
              maxLength={120}
            />
          </>
        ) : null}
      </div>

      <p id="sign-up-privacy" className="form-note">
        Other members only ever see your handle and anything you choose to write.
      </p>
      <button type="submit" className="button button--large" aria-disabled={register.isPending || undefined}>
        {register.isPending ? 'Creating your account…' : 'Create account'}
      </button>
    </form>
  );
}
