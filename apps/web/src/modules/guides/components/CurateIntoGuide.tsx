import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useCurateIntoGuideMutation, useGuideHeadingsQuery } from '../../../generated/graphql';
import type { GuideSourceType } from '../../../generated/graphql';
import { useAnnounce } from '../../../app/ui/Announcer';
import { formErrorsFrom } from '../../../app/ui/errors';
import { FormActions, FormError } from '../../../app/ui/FormParts';
import { ErrorPanel, Loading } from '../../../app/ui/States';
import { focusWhenReady } from '../../threads/hooks/focus';
import { useGuideCache } from '../hooks/useGuideCache';
import { GUIDE_ROUTES } from '../routes';
import { ChangeNoteField, SummaryField, validateSummary } from './GuideFormFields';
import { HeadingPicker, headingFieldId, headingFrom, NEW_HEADING, validateHeading } from './HeadingPicker';
import type { HeadingChoice } from './HeadingPicker';

type Errors = Partial<Record<'heading' | 'summary' | 'note', string>>;

/**
 * For moderators of a public group, on a thread or a reply: "Curate into guide" opens a form
 * (heading, summary, note) that places the post in the condition's guide, then links to it.
 * A thread gets it as a panel of its own; a reply as a link-button under its actions.
 */
export function CurateIntoGuide({
  sourceType,
  sourceId,
  conditionSlug,
  conditionName,
  authorLabel,
}: {
  sourceType: GuideSourceType;
  sourceId: string;
  conditionSlug: string;
  conditionName: string;
  /** The reply's author label (for the button's accessible name). */
  authorLabel?: string;
}) {
  const prefix = `curate-${sourceId}`;
  const toggleId = `${prefix}-toggle`;
  const doneId = `${prefix}-done`;
  const formId = `${prefix}-form`;
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState<string | null>(null);

  const toggle = (
    <button
      id={toggleId}
      type="button"
      className={sourceType === 'thread' ? 'button button--secondary' : 'link-button'}
      aria-expanded={open}
      aria-controls={formId}
      onClick={() => setOpen((o) => !o)}
    >
      Curate into guide
      <span className="visually-hidden">{sourceType === 'thread' ? ' for this thread' : ` for the reply by ${authorLabel ?? 'this member'}`}</span>
    </button>
  );

  const body = (
    <>
      {added ? (
        <p id={doneId} className="notice notice--success" tabIndex={-1}>
          Added to the {conditionName} guide under “{added}”.{' '}
          <Link to={GUIDE_ROUTES.guide(conditionSlug)}>View the guide</Link>
        </p>
      ) : null}
      <div id={formId} hidden={!open}>
        {open ? (
          <CurateForm
            prefix={prefix}
            sourceType={sourceType}
            sourceId={sourceId}
            conditionSlug={conditionSlug}
            conditionName={conditionName}
            onAdded={(heading) => {
              setOpen(false);
              setAdded(heading);
              focusWhenReady([doneId]);
            }}
            onCancel={() => {
              setOpen(false);
              focusWhenReady([toggleId]);
            }}
          />
        ) : null}
      </div>
    </>
  );

  if (sourceType === 'thread') {
    const titleId = `${prefix}-title`;
    return (
      <section className="section panel panel--moderator curate" aria-labelledby={titleId}>
        <h2 id={titleId} className="panel__title">
          Guide
        </h2>
        <p className="small">
          Moderators can place good advice in the {conditionName} guide, which anyone can read. Only moderators see
          this.
        </p>
        <p className="button-row">{toggle}</p>
        {body}
      </section>
    );
  }
  return (
    <div className="curate curate--inline">
      {toggle}
      {body}
    </div>
  );
}

function CurateForm({
  prefix,
  sourceType,
  sourceId,
  conditionSlug,
  conditionName,
  onAdded,
  onCancel,
}: {
  prefix: string;
  sourceType: GuideSourceType;
  sourceId: string;
  conditionSlug: string;
  conditionName: string;
  onAdded: (heading: string) => void;
  onCancel: () => void;
}) {
  const announce = useAnnounce();
  const applyGuide = useGuideCache(conditionSlug);
  const headingsQuery = useGuideHeadingsQuery({ conditionSlug });
  const curate = useCurateIntoGuideMutation();
  const headings = headingsQuery.data?.guide.sections.map((s) => s.heading) ?? [];
  const [heading, setHeading] = useState<HeadingChoice | null>(null);
  const [summary, setSummary] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);

  if (headingsQuery.isPending) return <Loading label="Loading the guide’s headings…" />;
  if (headingsQuery.isError) {
    return (
      <ErrorPanel title="We couldn’t load the guide" as="h3" error={headingsQuery.error} onRetry={() => void headingsQuery.refetch()} />
    );
  }
  const choice: HeadingChoice = heading ?? { choice: headings[0] ?? NEW_HEADING, custom: '' };
  const summaryId = `${prefix}-summary`;
  const noteId = `${prefix}-note`;

  const focusFirst = (e: Errors) => {
    const first = e.heading ? headingFieldId(prefix, choice, headings) : e.summary ? summaryId : e.note ? noteId : null;
    if (first) document.getElementById(first)?.focus();
  };

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (curate.isPending) return;
    const chosen = headingFrom(choice);
    const local: Errors = {};
    const h = validateHeading(chosen);
    if (h) local.heading = h;
    const s = validateSummary(summary);
    if (s) local.summary = s;
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length) return focusFirst(local);
    curate.mutate(
      { input: { sourceType, sourceId, heading: chosen, summary: summary.trim(), note: note.trim() || undefined } },
      {
        onSuccess: (data) => {
          applyGuide(data.curateIntoGuide);
          const placed =
            data.curateIntoGuide.sections.find((sec) => sec.entries.some((en) => en.source?.id === sourceId))?.heading ?? chosen;
          announce(`Added to the ${conditionName} guide under ${placed}.`);
          onAdded(placed);
        },
        onError: (err) => {
          const { fields, form } = formErrorsFrom(err, ['heading', 'summary', 'note'] as const);
          setErrors(fields);
          setFormError(form);
          if (Object.keys(fields).length) focusFirst(fields);
          else document.getElementById(`${prefix}-form-error`)?.focus();
        },
      },
    );
  };

  return (
    <form className="form form--compact" onSubmit={onSubmit} noValidate aria-label={`Curate this ${sourceType} into the ${conditionName} guide`}>
      <FormError id={`${prefix}-form-error`} message={formError} />
      <HeadingPicker idPrefix={prefix} headings={headings} value={choice} onChange={setHeading} error={errors.heading} autoFocus />
      <SummaryField
        id={summaryId}
        hint="In a sentence or two, the advice this post gives. Readers see it above a quote from the post."
        error={errors.summary}
        value={summary}
        onChange={setSummary}
      />
      <ChangeNoteField
        id={noteId}
        label="Note for the history (optional)"
        hint="Why it belongs in the guide. Shown in the guide’s version history and kept in the moderation log."
        error={errors.note}
        value={note}
        onChange={setNote}
      />
      <FormActions pending={curate.isPending} submitLabel="Add to guide" pendingLabel="Adding…" onCancel={onCancel} />
    </form>
  );
}
