import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { LIMITS, THREAD_KINDS } from '@kindred/contracts';
import type { ThreadKind } from '@kindred/contracts';
import { ErrorSummary } from '../../../app/ui/ErrorSummary';
import type { SummaryItem } from '../../../app/ui/ErrorSummary';
import { formErrorsFrom } from '../../../app/ui/errors';
import { CheckboxField, CheckboxGroupField, choiceId, RadioGroupField, TextField } from '../../../app/ui/Fields';
import { useSafetyCheck } from '../../moderation/hooks/useSafetyCheck';
import type { SupportMessage } from '../../moderation/support-store';
import { useTags } from '../hooks/useTags';
import { KIND_LABELS } from '../kinds';
import { MarkdownField, MARKDOWN_HINT } from './MarkdownField';

const FIELDS = ['kind', 'title', 'body', 'tags', 'anonymous'] as const;
type Field = (typeof FIELDS)[number];

export interface ThreadDraft {
  kind: ThreadKind | null;
  title: string;
  body: string;
  tags: string[];
  anonymous: boolean;
}

const KIND_OPTIONS = THREAD_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k].one, hint: KIND_LABELS[k].hint }));

/** The same rules the API enforces (libs/contracts LIMITS), checked before we send. */
function validate(d: ThreadDraft, withKind: boolean): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  if (withKind && !d.kind) errors.kind = 'Choose what kind of thread this is.';
  const title = d.title.trim();
  if (!title) errors.title = 'Give your thread a title.';
  else if (title.length < LIMITS.threadTitleMin)
    errors.title = `Your title needs at least ${LIMITS.threadTitleMin} characters.`;
  else if (title.length > LIMITS.threadTitleMax)
    errors.title = `Your title can have at most ${LIMITS.threadTitleMax} characters.`;
  if (!d.body.trim()) errors.body = 'Write your message.';
  else if (d.body.length > LIMITS.threadBodyMax)
    errors.body = `Your message can have at most ${LIMITS.threadBodyMax.toLocaleString('en-GB')} characters.`;
  if (d.tags.length > LIMITS.tagsPerThreadMax) errors.tags = `Choose at most ${LIMITS.tagsPerThreadMax} tags.`;
  return errors;
}

/**
 * Starting a thread (kind, title, message, tags, and "Post anonymously" where the group allows
 * it) or editing one (title, message, tags). Errors as on the sign-up form: a summary that
 * takes focus and links to each field, and the message again beside the field.
 */
export function ThreadComposer({
  mode,
  initial,
  allowAnonymous,
  submitLabel,
  pendingLabel,
  cancelTo,
  isPending,
  onSubmit,
}: {
  mode: 'start' | 'edit';
  initial: ThreadDraft;
  allowAnonymous: boolean;
  submitLabel: string;
  pendingLabel: string;
  cancelTo: string;
  isPending: boolean;
  /**
   * Sends the draft; calls back with the error if the API refuses it. `support` (help lines) is
   * there when the text signals a crisis: show it (showSupport) once the post is up.
   */
  onSubmit: (draft: ThreadDraft, onError: (error: unknown) => void, support: SupportMessage | null) => void;
}) {
  const [draft, setDraft] = useState<ThreadDraft>(initial);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const { tags, isError: tagsFailed } = useTags();
  const safety = useSafetyCheck();
  const busy = isPending || safety.checking;
  const withKind = mode === 'start';

  const ids: Record<Field, string> = {
    kind: choiceId('thread-kind', THREAD_KINDS[0]),
    title: 'thread-title-input',
    body: 'thread-body',
    tags: choiceId('thread-tags', tags[0]?.slug ?? 'none'),
    anonymous: 'thread-anonymous',
  };

  const set = <K extends keyof ThreadDraft>(key: K, value: ThreadDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const local = validate(draft, withKind);
    if (Object.keys(local).length > 0) {
      safety.reset();
      setFieldErrors(local);
      setFormError(null);
      setAttempts((n) => n + 1);
      return;
    }
    setFieldErrors({});
    setFormError(null);
    // Personal information is pointed out first (edit, or post anyway); then it is sent.
    const fields = [
      { id: ids.title, value: draft.title },
      { id: ids.body, value: draft.body },
    ];
    safety.guard(fields, (support) =>
      onSubmit(
        { ...draft, title: draft.title.trim() },
        (error) => {
          const { fields: errors, form } = formErrorsFrom(error, FIELDS);
          setFieldErrors(errors);
          setFormError(form);
          setAttempts((n) => n + 1);
        },
        support,
      ),
    );
  };

  const summary: SummaryItem[] = [
    ...(formError ? [{ message: formError }] : []),
    ...FIELDS.filter((f) => fieldErrors[f]).map((f) => ({ fieldId: ids[f], message: fieldErrors[f]! })),
  ];
  const chosen = draft.tags.length;

  return (
    <form className="form composer" onSubmit={submit} noValidate>
      <ErrorSummary items={summary} focusKey={attempts} />

      {withKind ? (
        <RadioGroupField
          name="thread-kind"
          legend="What kind of thread is this?"
          error={fieldErrors.kind}
          options={KIND_OPTIONS}
          value={draft.kind}
          onChange={(k) => set('kind', k)}
        />
      ) : null}

      <TextField
        id={ids.title}
        name="title"
        label="Title"
        hint={`${LIMITS.threadTitleMin} to ${LIMITS.threadTitleMax} characters. A clear title helps the right people find it.`}
        error={fieldErrors.title}
        value={draft.title}
        onChange={(e) => set('title', e.target.value)}
        maxLength={LIMITS.threadTitleMax}
        autoComplete="off"
        required
      />

      <MarkdownField
        id={ids.body}
        name="body"
        label="Message"
        hint={`${MARKDOWN_HINT} Please don’t share anything that could identify you or anyone else.`}
        error={fieldErrors.body}
        value={draft.body}
        onChange={(v) => set('body', v)}
        max={LIMITS.threadBodyMax}
        rows={10}
        required
      />

      {tags.length > 0 ? (
        <CheckboxGroupField
          name="thread-tags"
          className="tag-choices"
          legend="Tags (optional)"
          hint={`Choose up to ${LIMITS.tagsPerThreadMax} so people can find your thread. ${chosen} of ${LIMITS.tagsPerThreadMax} chosen.`}
          error={fieldErrors.tags}
          options={tags.map((t) => ({ value: t.slug, label: t.label }))}
          values={draft.tags}
          onChange={(v) => set('tags', v)}
        />
      ) : tagsFailed ? (
        <p className="small muted">Tags could not be loaded; you can post without them and add them later.</p>
      ) : null}

      {withKind && allowAnonymous ? (
        <CheckboxField
          id={ids.anonymous}
          name="anonymous"
          label="Post anonymously"
          hint="Others see “anonymous member” instead of your handle. Moderators can still find out who wrote it to keep people safe."
          error={fieldErrors.anonymous}
          checked={draft.anonymous}
          onChange={(e) => set('anonymous', e.target.checked)}
        />
      ) : null}

      {safety.warning}

      <div className="form-actions">
        <button type="submit" className="button button--large" aria-disabled={busy || undefined}>
          {isPending ? pendingLabel : safety.checking ? 'Checking…' : submitLabel}
        </button>
        <Link to={cancelTo}>Cancel</Link>
      </div>
    </form>
  );
}
