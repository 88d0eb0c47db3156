import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { LIMITS } from '@kindred/contracts';
import type { ReportReason, ReportTarget } from '@kindred/contracts';
import { useReportMutation } from '../../../generated/graphql';
import { isErrorCode } from '../../../app/graphql-client';
import { Dialog } from '../../../app/ui/Dialog';
import { describeError, formErrorsFrom } from '../../../app/ui/errors';
import { choiceId, RadioGroupField, TextAreaField } from '../../../app/ui/Fields';
import { FormActions, FormError } from '../../../app/ui/FormParts';
import { REPORT_REASON_OPTIONS, REPORT_TARGET_NOUNS } from '../labels';

const CONFIRMATION =
  'Thanks — moderators will review this. The person you reported won’t be told who reported it.';

/**
 * "Report" on a thread, reply, chat message, what-works report or member page. Opens a dialog:
 * what is wrong (six reasons in plain words), an optional note, and Send. The reporter is never
 * named to the person reported.
 */
export function ReportButton({
  targetType,
  targetId,
  subject,
  className = 'link-button report-action',
}: {
  targetType: ReportTarget;
  targetId: string;
  /** Who or what, for screen readers: "reply by sam_t2d". */
  subject?: string;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const buttonId = `report-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const noun = REPORT_TARGET_NOUNS[targetType];
  return (
    <>
      <button id={buttonId} type="button" className={className} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Report<span className="visually-hidden"> {subject ?? `this ${noun}`}</span>
      </button>
      {open ? (
        <ReportDialog
          targetType={targetType}
          targetId={targetId}
          returnFocusId={buttonId}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}

function ReportDialog({
  targetType,
  targetId,
  returnFocusId,
  onClose,
}: {
  targetType: ReportTarget;
  targetId: string;
  returnFocusId: string;
  onClose: () => void;
}) {
  const ids = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const reasonName = `report-reason-${ids}`;
  const noteId = `report-note-${ids}`;
  const outcomeId = `report-outcome-${ids}`;
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [note, setNote] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [noteError, setNoteError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  /** The message shown once it is sent (or was sent before). */
  const [outcome, setOutcome] = useState<string | null>(null);
  const report = useReportMutation();
  const noun = REPORT_TARGET_NOUNS[targetType];

  const done = (message: string) => {
    setOutcome(message);
    window.requestAnimationFrame(() => document.getElementById(outcomeId)?.focus());
  };

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (report.isPending) return;
    setFormError(null);
    if (!reason) {
      setReasonError(`Choose what is wrong with this ${noun}.`);
      document.getElementById(choiceId(reasonName, REPORT_REASON_OPTIONS[0].value))?.focus();
      return;
    }
    if (note.length > LIMITS.reportNoteMax) {
      setNoteError(`A note can have at most ${LIMITS.reportNoteMax.toLocaleString('en-GB')} characters.`);
      document.getElementById(noteId)?.focus();
      return;
    }
    setReasonError(null);
    setNoteError(null);
    report.mutate(
      { input: { targetType, targetId, reason, note: note.trim() } },
      {
        onSuccess: () => done(CONFIRMATION),
        onError: (error) => {
          if (isErrorCode(error, 'ALREADY_REPORTED')) {
            done(`You have already reported this ${noun}, and moderators will review it. There is no need to report it again.`);
            return;
          }
          if (isErrorCode(error, 'CANNOT_REPORT_SELF')) {
            setFormError(`This is your own ${noun}, so you can’t report it. You can edit or delete it instead.`);
            return;
          }
          const { fields, form } = formErrorsFrom(error, ['reason', 'note'] as const);
          setReasonError(fields.reason ?? null);
          setNoteError(fields.note ?? null);
          setFormError(form ?? (fields.reason || fields.note ? null : describeError(error)));
        },
      },
    );
  };

  return (
    <Dialog
      open
      title={targetType === 'member' ? 'Report this member' : `Report this ${noun}`}
      onClose={onClose}
      returnFocusId={returnFocusId}
      className="report-dialog"
    >
      {outcome ? (
        <div className="report-dialog__confirm">
          <p id={outcomeId} className="notice notice--success" tabIndex={-1} role="status">
            {outcome}
          </p>
          {reason === 'crisis' ? <CrisisNote /> : null}
          <div className="button-row">
            <button type="button" className="button" onClick={onClose}>
              Close
            </button>
          </div>
        </div>
      ) : (
        <form className="form form--compact" onSubmit={onSubmit} noValidate>
          <p>
            Reports go to Kindred’s moderators, who check them against the community rules. The person you report won’t
            be told who reported it.
          </p>
          <FormError message={formError} />
          <RadioGroupField
            name={reasonName}
            legend={`What is wrong with this ${noun}?`}
            error={reasonError}
            options={REPORT_REASON_OPTIONS}
            value={reason}
            onChange={(v) => {
              setReason(v);
              setReasonError(null);
            }}
          />
          {reason === 'crisis' ? <CrisisNote /> : null}
          <TextAreaField
            id={noteId}
            name="note"
            label="Anything moderators should know? (optional)"
            hint="Only moderators read this."
            error={noteError}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            rows={3}
            maxLength={LIMITS.reportNoteMax}
            counter={note.length > LIMITS.reportNoteMax - 200 ? `${LIMITS.reportNoteMax - note.length} characters left` : undefined}
          />
          <FormActions pending={report.isPending} submitLabel="Send report" pendingLabel="Sending…" onCancel={onClose} />
        </form>
      )}
    </Dialog>
  );
}

function CrisisNote() {
  return (
    <p className="notice notice--closed">
      If someone is in danger right now, call <a href="tel:999">999</a>. Moderators look at these reports first, but
      they can’t send help.
    </p>
  );
}
