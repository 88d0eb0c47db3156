import { useState } from 'react';
import type { FormEvent } from 'react';
import { LIMITS } from '@kindred/contracts';
import { useMarkGuideReviewedMutation, useUpdateGuideIntroMutation } from '../../../generated/graphql';
import type { GuideFieldsFragment } from '../../../generated/graphql';
import { useAnnounce } from '../../../app/ui/Announcer';
import { formErrorsFrom } from '../../../app/ui/errors';
import { TextAreaField } from '../../../app/ui/Fields';
import { FormActions, FormError } from '../../../app/ui/FormParts';
import { focusWhenReady } from '../../threads/hooks/focus';
import { ChangeNoteField, validateNote } from './GuideFormFields';

const INTRO_TOGGLE = 'guide-intro-toggle';
const REVIEW_TOGGLE = 'guide-review-toggle';

/**
 * For the guide's editors (site moderators and the condition's group moderators): edit the
 * introduction, and mark the whole guide as reviewed. Each saves a new version with a note.
 */
export function GuideEditorPanel({ guide, onSaved }: { guide: GuideFieldsFragment; onSaved: (guide: GuideFieldsFragment) => void }) {
  const [open, setOpen] = useState<'intro' | 'review' | null>(null);
  const toggle = (which: 'intro' | 'review') => setOpen((o) => (o === which ? null : which));
  /** When a form closes: keep what it saved, and return focus to the button that opened it. */
  const onDone = (toggleId: string) => (saved: GuideFieldsFragment | null) => {
    if (saved) onSaved(saved);
    setOpen(null);
    focusWhenReady([toggleId]);
  };
  return (
    <section className="section panel panel--moderator" aria-labelledby="guide-editor-title">
      <h2 id="guide-editor-title" className="panel__title">
        Edit this guide
      </h2>
      <p className="small">
        Only moderators see this. Every change is saved as a new version, with your note, in the history below. To
        add advice, use “Curate into guide” on a thread or reply in a public group you moderate.
      </p>
      <p className="button-row">
        <button
          id={INTRO_TOGGLE}
          type="button"
          className="button button--secondary"
          aria-expanded={open === 'intro'}
          aria-controls="guide-intro-form"
          onClick={() => toggle('intro')}
        >
          Edit the introduction
        </button>
        <button
          id={REVIEW_TOGGLE}
          type="button"
          className="button button--secondary"
          aria-expanded={open === 'review'}
          aria-controls="guide-review-form"
          onClick={() => toggle('review')}
        >
          Mark as reviewed
        </button>
      </p>
      <div id="guide-intro-form" hidden={open !== 'intro'}>
        {open === 'intro' ? <IntroForm guide={guide} onDone={onDone(INTRO_TOGGLE)} /> : null}
      </div>
      <div id="guide-review-form" hidden={open !== 'review'}>
        {open === 'review' ? <ReviewForm guide={guide} onDone={onDone(REVIEW_TOGGLE)} /> : null}
      </div>
    </section>
  );
}

function IntroForm({ guide, onDone }: { guide: GuideFieldsFragment; onDone: (saved: GuideFieldsFragment | null) => void }) {
  const announce = useAnnounce();
  const save = useUpdateGuideIntroMutation();
  const [intro, setIntro] = useState(guide.intro);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'intro' | 'note', string>>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (save.isPending) return;
    const local: typeof errors = {};
    if (intro.length > LIMITS.guideIntroMax) local.intro = `The intro can have at most ${LIMITS.guideIntroMax} characters.`;
    const n = validateNote(note);
    if (n) local.note = n;
    setErrors(local);
    setFormError(null);
    if (local.intro) return document.getElementById('guide-intro')?.focus();
    if (local.note) return document.getElementById('guide-intro-note')?.focus();
    save.mutate(
      { conditionId: guide.condition.id, intro, note: note.trim() },
      {
        onSuccess: (data) => {
          announce('Introduction saved.');
          onDone(data.updateGuideIntro);
        },
        onError: (err) => {
          const { fields, form } = formErrorsFrom(err, ['intro', 'note'] as const);
          setErrors(fields);
          setFormError(form);
          document.getElementById(fields.intro ? 'guide-intro' : 'guide-intro-note')?.focus();
        },
      },
    );
  };

  return (
    <form className="form form--compact" onSubmit={onSubmit} noValidate aria-label="Edit the introduction">
      <FormError message={formError} />
      <TextAreaField
        id="guide-intro"
        name="intro"
        label="Introduction"
        hint="Shown at the top of the guide. You can use Markdown."
        error={errors.intro}
        value={intro}
        onChange={(e) => setIntro(e.target.value)}
        maxLength={LIMITS.guideIntroMax}
        rows={5}
        counter={`${intro.length} of ${LIMITS.guideIntroMax} characters`}
        autoFocus
      />
      <ChangeNoteField id="guide-intro-note" error={errors.note} value={note} onChange={setNote} />
      <FormActions pending={save.isPending} submitLabel="Save introduction" pendingLabel="Saving…" onCancel={() => onDone(null)} />
    </form>
  );
}

function ReviewForm({ guide, onDone }: { guide: GuideFieldsFragment; onDone: (saved: GuideFieldsFragment | null) => void }) {
  const announce = useAnnounce();
  const review = useMarkGuideReviewedMutation();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (review.isPending) return;
    const local = validateNote(note);
    setError(local);
    setFormError(null);
    if (local) return document.getElementById('guide-review-note')?.focus();
    review.mutate(
      { conditionId: guide.condition.id, note: note.trim() },
      {
        onSuccess: (data) => {
          announce('The guide is marked as reviewed today.');
          onDone(data.markGuideReviewed);
        },
        onError: (err) => {
          const { fields, form } = formErrorsFrom(err, ['note'] as const);
          setError(fields.note ?? null);
          setFormError(form);
          document.getElementById('guide-review-note')?.focus();
        },
      },
    );
  };

  return (
    <form className="form form--compact" onSubmit={onSubmit} noValidate aria-label="Mark the guide as reviewed">
      <FormError message={formError} />
      <ChangeNoteField
        id="guide-review-note"
        label="What did you check?"
        hint="For example: “Read every entry against its thread; all still sound.” Shown in the version history."
        error={error}
        value={note}
        onChange={setNote}
        autoFocus
      />
      <FormActions pending={review.isPending} submitLabel="Mark as reviewed" pendingLabel="Saving…" onCancel={() => onDone(null)} />
    </form>
  );
}
