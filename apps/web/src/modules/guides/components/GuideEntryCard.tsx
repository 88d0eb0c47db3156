import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useRemoveGuideEntryMutation, useUpdateGuideEntryMutation } from '../../../generated/graphql';
import type { GuideEntryFieldsFragment, GuideFieldsFragment } from '../../../generated/graphql';
import { useAnnounce } from '../../../app/ui/Announcer';
import { describeError, formErrorsFrom } from '../../../app/ui/errors';
import { FormActions, FormError } from '../../../app/ui/FormParts';
import { formatDate, plural } from '../../../app/ui/format';
import { focusWhenReady } from '../../threads/hooks/focus';
import { GUIDE_ADVICE_TITLE_ID, guideEntryId } from '../routes';
import { ChangeNoteField, SummaryField, validateNote, validateSummary } from './GuideFormFields';
import { HeadingPicker, headingFieldId, headingFrom, validateHeading } from './HeadingPicker';
import type { HeadingChoice } from './HeadingPicker';

type Entry = GuideEntryFieldsFragment;

/** "a short walk after meals…" for notes and accessible names. */
const shorten = (text: string, max = 40) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/**
 * One piece of curated advice: the moderator's summary, a quote from the post, where it came
 * from and a link to read it in full. Editors also get its controls (edit, move, remove) and,
 * when its post is no longer available to readers, why.
 */
export function GuideEntryCard({
  entry,
  index,
  count,
  headings,
  canEdit,
  onSaved,
}: {
  entry: Entry;
  /** Its place in its section, and how many entries the section has. */
  index: number;
  count: number;
  headings: readonly string[];
  canEdit: boolean;
  onSaved: (guide: GuideFieldsFragment) => void;
}) {
  const { source } = entry;
  const id = guideEntryId(entry.id);
  return (
    <li className="card guide-entry" id={id} tabIndex={-1}>
      {!entry.sourceAvailable ? (
        <div className="notice notice--error guide-entry__flag">
          <p>
            <strong>Readers no longer see this entry.</strong> {entry.unavailableReason} Remove it, or leave it in case the
            post comes back.
          </p>
        </div>
      ) : null}
      <p className="guide-entry__summary">{entry.summary}</p>
      {source?.excerpt ? (
        <blockquote className="guide-entry__quote">
          <p>{source.excerpt}</p>
        </blockquote>
      ) : null}
      {source ? (
        <p className="guide-entry__meta">
          <span>
            From a {source.type} by <span className="post-meta__author">{source.authorLabel}</span> in {source.groupName},{' '}
            <time dateTime={source.createdAt}>{formatDate(source.createdAt)}</time>
          </span>
          <span>{source.helpfulCount > 0 ? `${plural(source.helpfulCount, 'member')} found it helpful` : null}</span>
          <Link to={source.url}>
            Read the original thread<span className="visually-hidden"> “{source.threadTitle}”</span>
          </Link>
        </p>
      ) : null}
      <p className="guide-entry__curated small muted">
        Curated by {entry.curatedByLabel} on <time dateTime={entry.curatedAt}>{formatDate(entry.curatedAt)}</time>
      </p>
      {canEdit ? <EntryControls entry={entry} index={index} count={count} headings={headings} onSaved={onSaved} /> : null}
    </li>
  );
}

function EntryControls({
  entry,
  index,
  count,
  headings,
  onSaved,
}: {
  entry: Entry;
  index: number;
  count: number;
  headings: readonly string[];
  onSaved: (guide: GuideFieldsFragment) => void;
}) {
  const announce = useAnnounce();
  const [mode, setMode] = useState<'edit' | 'remove' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const update = useUpdateGuideEntryMutation();
  const base = guideEntryId(entry.id);
  const which = <span className="visually-hidden"> “{shorten(entry.summary)}”</span>;
  const ids = { edit: `${base}-edit`, remove: `${base}-remove`, up: `${base}-up`, down: `${base}-down` };

  const move = (direction: 'up' | 'down') => {
    const to = direction === 'up' ? index - 1 : index + 1;
    if (update.isPending || to < 0 || to >= count) return;
    setError(null);
    update.mutate(
      { input: { id: entry.id, position: to, note: `Moved “${shorten(entry.summary)}” ${direction} under “${entry.heading}”.` } },
      {
        onSuccess: (data) => {
          onSaved(data.updateGuideEntry);
          announce(`Moved ${direction}: now ${to + 1} of ${count} under ${entry.heading}.`);
          // Keep focus on the same control; at either end, on the other one.
          const atEnd = direction === 'up' ? to === 0 : to === count - 1;
          focusWhenReady(atEnd ? [direction === 'up' ? ids.down : ids.up, base] : [ids[direction]]);
        },
        onError: (e) => setError(describeError(e)),
      },
    );
  };

  return (
    <>
      <div className="post-actions guide-entry__actions">
        <button
          id={ids.edit}
          type="button"
          className="link-button"
          aria-expanded={mode === 'edit'}
          onClick={() => setMode((m) => (m === 'edit' ? null : 'edit'))}
        >
          Edit{which}
        </button>
        {index > 0 ? (
          <button id={ids.up} type="button" className="link-button" onClick={() => move('up')} aria-disabled={update.isPending || undefined}>
            Move up{which}
          </button>
        ) : null}
        {index < count - 1 ? (
          <button id={ids.down} type="button" className="link-button" onClick={() => move('down')} aria-disabled={update.isPending || undefined}>
            Move down{which}
          </button>
        ) : null}
        <button
          id={ids.remove}
          type="button"
          className="link-button link-button--danger"
          aria-expanded={mode === 'remove'}
          onClick={() => setMode((m) => (m === 'remove' ? null : 'remove'))}
        >
          Remove{which}
        </button>
      </div>
      <FormError message={error} />
      {mode === 'edit' ? (
        <EditEntryForm
          entry={entry}
          headings={headings}
          onDone={(guide) => {
            setMode(null);
            if (guide) {
              onSaved(guide);
              announce('Guide entry saved.');
              focusWhenReady([base]);
            } else {
              focusWhenReady([ids.edit]);
            }
          }}
        />
      ) : null}
      {mode === 'remove' ? (
        <RemoveEntryForm
          entry={entry}
          onDone={(guide) => {
            setMode(null);
            if (guide) {
              onSaved(guide);
              announce('Removed from the guide.');
              focusWhenReady([GUIDE_ADVICE_TITLE_ID]);
            } else {
              focusWhenReady([ids.remove]);
            }
          }}
        />
      ) : null}
    </>
  );
}

function EditEntryForm({
  entry,
  headings,
  onDone,
}: {
  entry: Entry;
  headings: readonly string[];
  onDone: (guide: GuideFieldsFragment | null) => void;
}) {
  const prefix = `${guideEntryId(entry.id)}-form`;
  const [heading, setHeading] = useState<HeadingChoice>({ choice: entry.heading, custom: '' });
  const [summary, setSummary] = useState(entry.summary);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'heading' | 'summary' | 'note', string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const update = useUpdateGuideEntryMutation();

  const focusFirst = (e: typeof errors) => {
    const first = e.heading ? headingFieldId(prefix, heading, headings) : e.summary ? `${prefix}-summary` : e.note ? `${prefix}-note` : null;
    if (first) document.getElementById(first)?.focus();
  };

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (update.isPending) return;
    const chosen = headingFrom(heading);
    const local: typeof errors = {};
    const h = validateHeading(chosen);
    if (h) local.heading = h;
    const s = validateSummary(summary);
    if (s) local.summary = s;
    const n = validateNote(note);
    if (n) local.note = n;
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length) return focusFirst(local);
    const changedHeading = chosen !== entry.heading;
    const changedSummary = summary.trim() !== entry.summary;
    if (!changedHeading && !changedSummary) return onDone(null);
    update.mutate(
      {
        input: {
          id: entry.id,
          heading: changedHeading ? chosen : undefined,
          summary: changedSummary ? summary.trim() : undefined,
          note: note.trim(),
        },
      },
      {
        onSuccess: (data) => onDone(data.updateGuideEntry),
        onError: (err) => {
          const { fields, form } = formErrorsFrom(err, ['heading', 'summary', 'note'] as const);
          setErrors(fields);
          setFormError(form);
          focusFirst(fields);
        },
      },
    );
  };

  return (
    <form className="form form--compact guide-entry__form" onSubmit={onSubmit} noValidate aria-label="Edit this guide entry">
      <FormError message={formError} />
      <HeadingPicker idPrefix={prefix} headings={headings} value={heading} onChange={setHeading} error={errors.heading} autoFocus />
      <SummaryField id={`${prefix}-summary`} error={errors.summary} value={summary} onChange={setSummary} />
      <ChangeNoteField id={`${prefix}-note`} error={errors.note} value={note} onChange={setNote} />
      <FormActions pending={update.isPending} submitLabel="Save entry" pendingLabel="Saving…" onCancel={() => onDone(null)} />
    </form>
  );
}

function RemoveEntryForm({ entry, onDone }: { entry: Entry; onDone: (guide: GuideFieldsFragment | null) => void }) {
  const id = `${guideEntryId(entry.id)}-remove-note`;
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const remove = useRemoveGuideEntryMutation();

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (remove.isPending) return;
    const local = validateNote(note);
    setError(local);
    setFormError(null);
    if (local) {
      document.getElementById(id)?.focus();
      return;
    }
    remove.mutate(
      { id: entry.id, note: note.trim() },
      {
        onSuccess: (data) => onDone(data.removeGuideEntry),
        onError: (err) => {
          const { fields, form } = formErrorsFrom(err, ['note'] as const);
          setError(fields.note ?? null);
          setFormError(form);
          document.getElementById(id)?.focus();
        },
      },
    );
  };

  return (
    <form className="form form--compact confirm" onSubmit={onSubmit} noValidate aria-label="Remove this entry from the guide">
      <FormError message={formError} />
      <ChangeNoteField
        id={id}
        label="Why remove it?"
        hint="Required. Shown in the guide’s version history and kept in the moderation log. The post itself stays where it is."
        error={error}
        value={note}
        onChange={setNote}
        autoFocus
      />
      <FormActions
        pending={remove.isPending}
        submitLabel="Remove from guide"
        pendingLabel="Removing…"
        danger
        onCancel={() => onDone(null)}
        cancelLabel="Keep it"
      />
    </form>
  );
}
