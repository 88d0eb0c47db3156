import { useState } from 'react';
import type { FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { LIMITS } from '@kindred/contracts';
import { useUpdateProfileMutation } from '../../../generated/graphql';
import type { MeQuery } from '../../../generated/graphql';
import { ErrorSummary } from '../../../app/ui/ErrorSummary';
import type { SummaryItem } from '../../../app/ui/ErrorSummary';
import { formErrorsFrom } from '../../../app/ui/errors';
import { TextAreaField } from '../../../app/ui/Fields';
import { meQueryKey } from '../../auth/hooks/useViewer';
import { useSafetyCheck } from '../../moderation/hooks/useSafetyCheck';
import { showSupport } from '../../moderation/support-store';
import type { SupportMessage } from '../../moderation/support-store';

const BIO_ID = 'profile-bio';

export function BioForm({ bio }: { bio: string }) {
  const queryClient = useQueryClient();
  const [value, setValue] = useState(bio);
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const [saved, setSaved] = useState(false);
  const update = useUpdateProfileMutation();
  // A bio gets the same check as a post: personal information is pointed out, and help is offered.
  const safety = useSafetyCheck({ postAnywayLabel: 'Save anyway' });
  const left = LIMITS.bioMax - value.length;

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (update.isPending || safety.checking) return;
    setSaved(false);
    if (value.length > LIMITS.bioMax) {
      setError(`Keep your bio to ${LIMITS.bioMax} characters or fewer.`);
      setFormError(null);
      setAttempts((n) => n + 1);
      return;
    }
    setError(null);
    setFormError(null);
    safety.guard([{ id: BIO_ID, value }], (support) => save(support));
  };

  const save = (support: SupportMessage | null) => {
    update.mutate(
      { input: { bio: value.trim() } },
      {
        onSuccess: (data) => {
          queryClient.setQueryData<MeQuery>(meQueryKey, { me: data.updateProfile });
          setValue(data.updateProfile.bio);
          setSaved(true);
          showSupport(support);
        },
        onError: (err) => {
          const { fields, form } = formErrorsFrom(err, ['bio'] as const);
          setError(fields.bio ?? null);
          setFormError(form);
          setAttempts((n) => n + 1);
        },
      },
    );
  };

  const summary: SummaryItem[] = [
    ...(formError ? [{ message: formError }] : []),
    ...(error ? [{ fieldId: BIO_ID, message: error }] : []),
  ];

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ErrorSummary items={summary} focusKey={attempts} />
      <TextAreaField
        id={BIO_ID}
        name="bio"
        label="Bio"
        hint="A short, public introduction that other members can read. Share only what you are comfortable with."
        error={error}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setSaved(false);
        }}
        rows={5}
        counter={
          left >= 0
            ? `${left} of ${LIMITS.bioMax} characters left`
            : `${-left} ${-left === 1 ? 'character' : 'characters'} too many`
        }
      />
      {safety.warning}
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={update.isPending || safety.checking || undefined}>
          {update.isPending ? 'Saving…' : safety.checking ? 'Checking…' : 'Save bio'}
        </button>
        <p className="form-status" role="status">
          {saved ? 'Your bio has been saved.' : ''}
        </p>
      </div>
    </form>
  );
}
