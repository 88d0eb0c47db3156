import type { ModerationAction, ModerationState, ReportReason, ReportTarget } from '@kindred/contracts';

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
};

export const REPORT_TARGET_LABELS: Record<ReportTarget, string> = {
  thread: 'Thread',
  reply: 'Reply',
  chat_message: 'Chat message',
  experience_report: 'What-works report',
  member: 'Member',
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

/** Audit log action names (e.g. "content.hide"), in words. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'content.dismiss': 'Dismissed the reports',
  'content.approve': 'Approved',
  'content.hide': 'Hid the content',
  'content.remove': 'Removed the content',
  'content.restore': 'Restored the content',
  'content.lock': 'Locked the thread',
  'content.unlock': 'Unlocked the thread',
  'content.auto_hide': 'Hidden automatically after several reports',
  'member.warn': 'Warned the member',
  'member.mute': 'Muted the member',
  'member.suspend': 'Suspended the account',
  'member.dismiss': 'Dismissed the reports',
  'thread.lock': 'Locked or unlocked the thread',
  'chat.message.delete': 'Deleted a chat message',
  'chat.mute': 'Muted in chat',
  'chat.unmute': 'Unmuted in chat',
  'group.member.remove': 'Removed a member from the group',
  'group.watched_word.add': 'Added a watched word',
  'group.watched_word.remove': 'Removed a watched word',
  'author.reveal': 'Looked up who wrote an anonymous post',
  'guide.curate': 'Curated advice into a guide',
  'guide.remove': 'Removed advice from a guide',
};

export const auditActionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;

/** A resolved case's outcome ("hide" …) in words. */
export const resolutionLabel = (resolution: string) =>
  (ACTION_LABELS as Record<string, { past: string } | undefined>)[resolution]?.past ?? resolution;
