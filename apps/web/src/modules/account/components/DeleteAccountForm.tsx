import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useDeleteAccountMutation } from '../../../generated/graphql';
import type { DeletionMode, ViewerFragment } from '../../../generated/graphql';
import { isErrorCode } from '../../../app/graphql-client';
import { ErrorSummary } from '../../../app/ui/ErrorSummary';
import type { SummaryItem } from '../../../app/ui/ErrorSummary';
import { formErrorsFrom } from '../../../app/ui/errors';
import { choiceId, RadioGroupField, TextField } from '../../../app/ui/Fields';
import { disconnectChat } from '../../chat/hooks/chat-socket';
import { GOODBYE_ROUTE, SETTINGS_ROUTES } from '../routes';

const CHOICE_NAME = 'delete-content';
const PASSWORD_ID = 'delete-password';
const CONFIRM_TITLE_ID = 'delete-confirm-title';

export const DELETION_CHOICES: readonly { value: DeletionMode; label: string; hint: string }[] = [
  {
    value: 'remove_content',
    label: 'Remove my posts’ text',
    hint:
      'Your threads, replies and chat messages are emptied and show as deleted. Replies other people wrote stay, so their conversations still make sense.',
  },
  {
    value: 'keep_content',
    label: 'Keep my posts, under “former member”',
    hint: 'What you wrote stays readable for others, but is shown as by “former member”, never by your handle.',
  },
];

export interface GoodbyeState {
  deletedHandle?: string;
  content?: DeletionMode;
}

type Errors = { content?: string; password?: string };

/**
 * Deleting the account: the two choices in plain words, the password and a choice, then a
 * confirm step. Once deleted the member is signed out here too and sees the goodbye page.
 */
export function DeleteAccountForm({ me }: { me: ViewerFragment }) {
  const navigate = useNavigate();
  // Told on the mutation itself, not on this call: once the account is gone, anything that
  // reads the session (a live connection closed by the server, say) can take this members-only
  // page away before the answer arrives, and a call's own callbacks die with the page.
  const remove = useDeleteAccountMutation({ onSuccess: (_data, variables) => void finish(variables.input.content) });
  const [content, setContent] = useState<DeletionMode | null>(null);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submits, setSubmits] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const onContinue = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const next: Errors = {};
    if (!content) next.content = 'Choose what should happen to your posts';
    if (!password) next.password = 'Enter your password';
    setErrors(next);
    setFormError(null);
    setSubmits((n) => n + 1);
    if (Object.keys(next).length === 0) setConfirming(true);
  };

  const onBack = () => {
    setConfirming(false);
    window.requestAnimationFrame(() => document.getElementById(choiceId(CHOICE_NAME, content ?? 'remove_content'))?.focus());
  };

  const onDelete = () => {
    if (remove.isPending || !content) return;
    remove.mutate(
      { input: { password, content } },
      {
        onError: (err) => {
          const { fields, form } = formErrorsFrom(err, ['password', 'content'] as const);
          setErrors({
            ...fields,
            password:
              fields.password ?? (isErrorCode(err, 'INVALID_CREDENTIALS') ? 'That password is not right' : undefined),
          });
          setFormError(isErrorCode(err, 'INVALID_CREDENTIALS') ? null : form);
          setPassword('');
          setConfirming(false);
          setSubmits((n) => n + 1);
        },
      },
    );
  };

  const finish = async (mode: DeletionMode) => {
    // The account, and with it every session, is gone: close the live connection, and let the
    // goodbye page forget the member once it is showing (forgetting them here, while this
    // members-only page is still on screen, would send them to the sign-in page instead).
    disconnectChat();
    await navigate(GOODBYE_ROUTE, { replace: true, state: { deletedHandle: me.handle, content: mode } satisfies GoodbyeState });
  };

  const summary: SummaryItem[] = [
    ...(errors.content ? [{ fieldId: choiceId(CHOICE_NAME, 'remove_content'), message: errors.content }] : []),
    ...(errors.password ? [{ fieldId: PASSWORD_ID, message: errors.password }] : []),
    ...(formError ? [{ message: formError }] : []),
  ];
  const chosen = DELETION_CHOICES.find((c) => c.value === content);

  if (confirming && chosen) {
    return (
      <section className="panel confirm-panel" aria-labelledby={CONFIRM_TITLE_ID}>
        <h2 id={CONFIRM_TITLE_ID} ref={confirmRef} tabIndex={-1} className="panel__title">
          Delete your account for good?
        </h2>
        <p>
          You are about to delete the account <strong>{me.handle}</strong>. This cannot be undone.
        </p>
        <p>
          Your posts: <strong>{chosen.label}</strong>. {chosen.hint}
        </p>
        <p className="button-row">
          <button type="button" className="button button--danger" onClick={onDelete} aria-disabled={remove.isPending || undefined}>
            {remove.isPending ? 'Deleting…' : 'Yes, delete my account'}
          </button>
          <button type="button" className="button button--secondary" onClick={onBack}>
            No, go back
          </button>
        </p>
      </section>
    );
  }

  return (
    <>
      <section className="section" aria-labelledby="delete-what-title">
        <h2 id="delete-what-title">What happens</h2>
        <p>
          Either way, we erase your handle, your email address, every place you are signed in, your consents, your group
          memberships, the groups you follow, your notifications, your blocks, your data archives and your what-works
          reports. Mentions of your @handle in other people’s posts stop naming you.
        </p>
        <p>
          What you choose is what happens to the threads, replies and chat messages you wrote. It cannot be undone, so you
          may want to <Link to={SETTINGS_ROUTES.data}>download a copy of your data</Link> first.
        </p>
      </section>
      <form className="form" onSubmit={onContinue} noValidate>
        <ErrorSummary items={summary} focusKey={submits} />
        <RadioGroupField
          name={CHOICE_NAME}
          legend="What should happen to your posts?"
          options={DELETION_CHOICES}
          value={content}
          onChange={setContent}
          error={errors.content}
        />
        <TextField
          id={PASSWORD_ID}
          name="password"
          type="password"
          autoComplete="current-password"
          label="Your password"
          hint="To be sure it is you."
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
        />
        <div className="form-actions">
          <button type="submit" className="button button--danger">
            Continue
          </button>
        </div>
      </form>
    </>
  );
}
