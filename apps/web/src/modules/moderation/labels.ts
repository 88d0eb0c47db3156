import { AUDIT_ACTION_LABELS as CONTRACT_AUDIT_ACTION_LABELS, AUDIT_ACTIONS, isAuditLogAction } from '@kindred/contracts';
import type { AuditAction, AuditLogAction, ModerationAction, ModerationState, ReportReason, ReportTarget } from '@kindred/contracts';

/** "This looks like a phone number: …" (checkText's personalInfo kinds). */
const PERSONAL_INFO_LABELS: Record<string, string> = {
  email: 'an email address',
  phone: 'a phone number',
  'nhs-number': 'an NHS number',
  postcode: 'a postcode',
  'date-of-birth': 'a date of birth',
};

export const personalInfoLabel = (kind: string) => PERSONAL_INFO_LABELS[kind] ?? 'personal information';

/** The reasons to report something, in plain words, in the order the report form lists them. */
export const REPORT_REASON_OPTIONS: readonly { value: ReportReason; label: string; hint: string }[] = [
  { value: 'crisis', label: 'Someone may be at risk', hint: 'They may harm themselves or be in danger. Moderators see these first.' },
  { value: 'harassment', label: 'Harassment or bullying', hint: 'It attacks, threatens or picks on someone.' },
  { value: 'misinformation', label: 'Harmful health misinformation', hint: 'Advice that could put someone’s health at risk.' },
  { value: 'personal_information', label: 'Personal information', hint: 'It shares someone’s name, contact details or health details without their say.' },
  { value: 'spam', label: 'Spam or advertising', hint: 'Selling, promoting or posting the same thing again and again.' },
  { value: 'other', label: 'Something else', hint: 'Tell the moderators what is wrong in the note.' },
];

export const REPORT_REASON_LABELS: Record<ReportReason, string> = Object.fromEntries(
  REPORT_REASON_OPTIONS.map((o) => [o.value, o.label]),
) as Record<ReportReason, string>;

/** "this thread", "this reply" … for the report dialog's wording. */
export const REPORT_TARGET_NOUNS: Record<ReportTarget, string> = {
  thread: 'thread',
  reply: 'reply',
  chat_message: 'chat message',
  experience_report: 'what-works report',
  member: 'member',
  care_experience: 'story of care',
  care_response: 'response from a service',
};

export const REPORT_TARGET_LABELS: Record<ReportTarget, string> = {
  thread: 'Thread',
  reply: 'Reply',
  chat_message: 'Chat message',
  experience_report: 'What-works report',
  member: 'Member',
  care_experience: 'Story of care',
  care_response: 'Response from a service',
};

export const MODERATION_STATE_LABELS: Record<ModerationState, string> = {
  visible: 'Visible',
  pending: 'Waiting for approval',
  hidden: 'Hidden',
  removed: 'Removed',
};

export const ACTION_LABELS: Record<ModerationAction, { label: string; past: string; hint: string }> = {
  dismiss: { label: 'Dismiss', past: 'Dismissed', hint: 'Nothing breaks the rules. The case is closed and the content stays as it is.' },
  approve: { label: 'Approve', past: 'Approved', hint: 'Make waiting or hidden content visible to everyone and close the case.' },
  hide: { label: 'Hide', past: 'Hidden', hint: 'Hide it from members; its author sees it with your reason. It can be restored.' },
  remove: { label: 'Remove', past: 'Removed', hint: 'Take it down for breaking the rules. Its author is told why.' },
  restore: { label: 'Restore', past: 'Restored', hint: 'Show hidden or removed content again.' },
  lock: { label: 'Lock thread', past: 'Locked', hint: 'No more replies or edits. The case stays open.' },
  unlock: { label: 'Unlock thread', past: 'Unlocked', hint: 'Allow replies again. The case stays open.' },
  warn: { label: 'Warn the author', past: 'Warned', hint: 'Send the author a warning with your reason. The case stays open.' },
  mute: { label: 'Mute in the group', past: 'Muted', hint: 'The author cannot post or chat in the group for a while.' },
  suspend: { label: 'Suspend the account', past: 'Suspended', hint: 'Site moderators only: the author cannot sign in for a while.' },
};

/** Why a case is in the queue (ModerationCase.sources). */
export const CASE_SOURCE_LABELS: Record<string, string> = {
  report: 'Reported by members',
  crisis: 'Crisis signs found',
  watched_word: 'Watched word',
  new_member: 'New member’s post',
  auto_hidden: 'Hidden automatically after several reports',
};

/**
 * Audit log action names (e.g. "content.hide"), in words: every action the API records, and the
 * names older entries carry (a Record over the contracts' list, so a new action without a
 * label does not compile).
 */
export const AUDIT_ACTION_LABELS: Record<AuditLogAction, string> = CONTRACT_AUDIT_ACTION_LABELS;

/** The actions the audit log's filter offers: those recorded today. */
export const AUDIT_ACTION_OPTIONS: readonly { value: AuditAction; label: string }[] = AUDIT_ACTIONS.map((value) => ({
  value,
  label: AUDIT_ACTION_LABELS[value],
}));

export const auditActionLabel = (action: string) => (isAuditLogAction(action) ? AUDIT_ACTION_LABELS[action] : action);

/** A resolved case's outcome ("hide" …) in words. */
export const resolutionLabel = (resolution: string) =>
  (ACTION_LABELS as Record<string, { past: string } | undefined>)[resolution]?.past ?? resolution;
