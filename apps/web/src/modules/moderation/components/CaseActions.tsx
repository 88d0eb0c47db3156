import { useState } from 'react';
import type { FormEvent } from 'react';
import { LIMITS } from '@kindred/contracts';
import type { ModerationAction } from '@kindred/contracts';
import { useModerateMutation } from '../../../generated/graphql';
import type { ModerationCaseDetailFragment } from '../../../generated/graphql';
import { isErrorCode } from '../../../app/graphql-client';
import { useAnnounce } from '../../../app/ui/Announcer';
import { ErrorSummary } from '../../../app/ui/ErrorSummary';
import type { SummaryItem } from '../../../app/ui/ErrorSummary';
import { formErrorsFrom } from '../../../app/ui/errors';
import { choiceId, RadioGroupField, SelectField, TextAreaField } from '../../../app/ui/Fields';
import { FormActions } from '../../../app/ui/FormParts';
import { focusWhenReady } from '../../threads/hooks/focus';
import { useModeratedGroups } from '../hooks/useModeratedGroups';
import { ACTION_LABELS } from '../labels';
import { CASE_TITLE_ID } from '../ids';

const NAME = 'case-action';
const REASON_ID = 'case-action-reason';
const DURATION_ID = 'case-action-duration';
const GROUP_ID = 'case-action-group';
const CRISIS_NAME = 'case-action-crisis';
type CrisisJudgement = 'yes' | 'no' | 'unsure';
const CRISIS_OPTIONS: { value: CrisisJudgement; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unsure', label: 'Not sure' },
];

const DURATION_OPTIONS: readonly { hours: number; label: string }[] = [
  { hours: 1, label: '1 hour' },
  { hours: 24, label: '1 day' },
  { hours: 72, label: '3 days' },
  { hours: 168, label: '1 week' },
  { hours: 720, label: '30 days' },
  { hours: LIMITS.moderationDurationHoursMax, label: '1 year' },
];

/** What can be done to this case's item, given what it is and how it is now. */
function availableActions(c: ModerationCaseDetailFragment, siteModerator: boolean): ModerationAction[] {
  const state = c.current?.state ?? null;
  const content = c.targetType !== 'member';
  const actions: ModerationAction[] = [];
  if (c.status === 'open') actions.push('dismiss');
  if (content && state) {
    if (state === 'pending' || state === 'hidden') actions.push('approve');
    if (state === 'visible' || state === 'pending') actions.push('hide');
    if (state !== 'removed') actions.push('remove');
    if (state === 'hidden' || state === 'removed') actions.push('restore');
  }
  if (c.targetType === 'thread' && state) actions.push('lock', 'unlock');
  if (c.subject || c.targetType === 'member') actions.push('warn', 'mute');
  if (siteModerator && (c.subject || c.targetType === 'member')) actions.push('suspend');
  return actions;
}

const FIELDS = ['action', 'reason', 'durationHours', 'groupId'] as const;
type Field = (typeof FIELDS)[number];

/**
 * The moderator's decision: one action, a reason (always; the author is told it), and for a
 * mute or suspension how long (and, for a member, in which group to mute them).
 */
export function CaseActions({
  c,
  siteModerator,
  heldByOther,
  onDone,
}: {
  c: ModerationCaseDetailFragment;
  siteModerator: boolean;
  heldByOther: boolean;
  onDone: (next: ModerationCaseDetailFragment) => void;
}) {
  const announce = useAnnounce();
  const moderate = useModerateMutation();
  const { groups } = useModeratedGroups();
  const [action, setAction] = useState<ModerationAction | null>(null);
  const [reason, setReason] = useState('');
  const [hours, setHours] = useState('24');
  const [groupId, setGroupId] = useState('');
  const [judgement, setJudgement] = useState<CrisisJudgement>('unsure');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const actions = availableActions(c, siteModerator);
  const timed = action === 'mute' || action === 'suspend';
  const needsGroup = action === 'mute' && !c.group;
  const open = c.status === 'open';

  const ids: Record<Field, string> = {
    action: choiceId(NAME, actions[0] ?? 'dismiss'),
    reason: REASON_ID,
    durationHours: DURATION_ID,
    groupId: GROUP_ID,
  };

  const fail = (next: Partial<Record<Field, string>>, form: string | null = null) => {
    setErrors(next);
    setFormError(form);
    setAttempts((n) => n + 1);
  };

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (moderate.isPending) return;
    const local: Partial<Record<Field, string>> = {};
    if (!action) local.action = 'Choose what to do.';
    const why = reason.trim();
    if (why.length < LIMITS.moderationReasonMin)
      local.reason = 'Give a reason of at least 3 characters: it is kept in the audit log and the author is told it.';
    else if (why.length > LIMITS.moderationReasonMax)
      local.reason = `A reason can have at most ${LIMITS.moderationReasonMax.toLocaleString('en-GB')} characters.`;
    if (needsGroup && !groupId) local.groupId = 'Choose the group to mute them in.';
    if (Object.keys(local).length > 0 || !action) return fail(local);
    setErrors({});
    setFormError(null);
    moderate.mutate(
      {
        input: {
          // An open case is acted on as such; after it is resolved, the item itself (a new case opens).
          ...(open ? { caseId: c.id } : { targetType: c.targetType, targetId: c.targetId }),
          action,
          reason: why,
          ...(timed ? { durationHours: Number(hours) } : {}),
          ...(needsGroup ? { groupId } : {}),
          ...(judgement === 'unsure' ? {} : { crisis: judgement === 'yes' }),
        },
      },
      {
        onSuccess: (data) => {
          onDone(data.moderate);
          setAction(null);
          setJudgement('unsure');
          setReason('');
          announce(`Done: ${ACTION_LABELS[action].past.toLowerCase()}. The author is told what happened and why.`);
          focusWhenReady([CASE_TITLE_ID]);
        },
        onError: (error) => {
          if (isErrorCode(error, 'CASE_CLAIMED')) {
            return fail({}, `${error instanceof Error ? error.message : ''} Wait for them to finish, or for their claim to lapse.`.trim());
          }
          const { fields, form } = formErrorsFrom(error, FIELDS);
          fail(fields, form);
        },
      },
    );
  };

  const summary: SummaryItem[] = [
    ...(formError ? [{ message: formError }] : []),
    ...FIELDS.filter((f) => errors[f]).map((f) => ({ fieldId: ids[f], message: errors[f]! })),
  ];

  if (actions.length === 0) return null;
  return (
    <section className="section panel panel--moderator" aria-labelledby="case-actions-title">
      <h2 id="case-actions-title" className="panel__title">
        {open ? 'Decide' : 'Act again'}
      </h2>
      {heldByOther ? (
        <p className="notice notice--closed">
          Another moderator has claimed this case. You can still read it; acting on it will wait until their claim is
          released or lapses.
        </p>
      ) : null}
      {!open ? <p className="small">This case is resolved. Acting again opens a new case for the same item.</p> : null}
      <form className="form form--compact" onSubmit={onSubmit} noValidate>
        <ErrorSummary items={summary} focusKey={attempts} />
        <RadioGroupField
          name={NAME}
          legend="What do you want to do?"
          error={errors.action}
          options={actions.map((a) => ({ value: a, label: ACTION_LABELS[a].label, hint: ACTION_LABELS[a].hint }))}
          value={action}
          onChange={setAction}
        />
        {timed ? (
          <SelectField
            id={DURATION_ID}
            label={action === 'mute' ? 'Mute for how long?' : 'Suspend for how long?'}
            error={errors.durationHours}
            value={hours}
            onChange={(e) => setHours(e.target.value)}
          >
            {DURATION_OPTIONS.map((d) => (
              <option key={d.hours} value={String(d.hours)}>
                {d.label}
              </option>
            ))}
          </SelectField>
        ) : null}
        {needsGroup ? (
          <SelectField
            id={GROUP_ID}
            label="Mute them in which group?"
            error={errors.groupId}
            value={groupId}
            onChange={(e) => setGroupId(e.target.value)}
          >
            <option value="">Choose a group</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <RadioGroupField
          name={CRISIS_NAME}
          legend="Does this text signal a risk of self-harm or suicide?"
          hint={`Optional. ${c.crisis ? 'It is flagged as a crisis.' : 'It is not flagged as a crisis.'} If you disagree, the text alone (no author, no links) is kept to improve the automatic check.`}
          options={CRISIS_OPTIONS}
          value={judgement}
          onChange={setJudgement}
        />
        <TextAreaField
          id={REASON_ID}
          name="reason"
          label="Reason"
          hint="Required. Kept in the audit log with your handle, and the author is told it. Be clear and kind."
          error={errors.reason}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          rows={3}
          maxLength={LIMITS.moderationReasonMax}
        />
        <FormActions
          pending={moderate.isPending}
          submitLabel={action ? `Confirm: ${ACTION_LABELS[action].label}` : 'Confirm'}
          pendingLabel="Saving…"
        />
      </form>
    </section>
  );
}
