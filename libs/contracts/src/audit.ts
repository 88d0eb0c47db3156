/**
 * Every action the audit log records, written once. The API records only these
 * (`AuditService.record` takes an `AuditAction`), the audit log's `action` filter accepts only
 * these (or a family such as `member`), and the web client labels each one.
 */
export const AUDIT_ACTIONS = [
  // A moderator's act on content (moderate, setThreadLocked).
  'content.dismiss',
  'content.approve',
  'content.hide',
  'content.remove',
  'content.restore',
  'content.lock',
  'content.unlock',
  /** Kindred itself, after enough members reported the same content. */
  'content.auto_hide',
  // A moderator's act on a member (moderate, muteChatMember, unmuteChatMember).
  'member.warn',
  'member.mute',
  'member.unmute',
  'member.suspend',
  // Other moderator acts (deleteChatMessage, removeGroupMember, revealAuthor).
  'chat.message.delete',
  'group.member.remove',
  'author.reveal',
  // Group settings.
  'group.publish',
  'group.approval.on',
  'group.approval.off',
  'group.watched_word.add',
  'group.watched_word.remove',
  // Guides.
  'guide.curate',
  'guide.edit',
  'guide.remove',
  'guide.review',
  // The intervention catalogue.
  'intervention.accept',
  'intervention.merge',
  'intervention.decline',
  // Accounts.
  'clinician.verify',
  'organisation.verify',
  'organisation.decline',
  'organisation.member.add',
  'account.delete',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * Names earlier versions recorded for acts that now have one name above. Nothing records them
 * any more; they stay so older entries keep their label and can still be found.
 */
export const FORMER_AUDIT_ACTIONS = ['thread.lock', 'thread.unlock', 'chat.mute', 'chat.unmute'] as const;
export type FormerAuditAction = (typeof FORMER_AUDIT_ACTIONS)[number];

/** Any name an audit entry may carry. */
export type AuditLogAction = AuditAction | FormerAuditAction;

/** Each action in words, as the audit log shows it. */
export const AUDIT_ACTION_LABELS: Record<AuditLogAction, string> = {
  'content.dismiss': 'Dismissed the reports',
  'content.approve': 'Approved',
  'content.hide': 'Hid the content',
  'content.remove': 'Removed the content',
  'content.restore': 'Restored the content',
  'content.lock': 'Locked the thread',
  'content.unlock': 'Unlocked the thread',
  'content.auto_hide': 'Hidden automatically after several reports',
  'member.warn': 'Warned the member',
  'member.mute': 'Muted the member in the group',
  'member.unmute': 'Ended a mute',
  'member.suspend': 'Suspended the account',
  'chat.message.delete': 'Deleted a chat message',
  'group.member.remove': 'Removed a member from the group',
  'author.reveal': 'Looked up who wrote an anonymous post',
  'group.publish': 'Made the group public',
  'group.approval.on': 'Turned on approval of new members’ posts',
  'group.approval.off': 'Turned off approval of new members’ posts',
  'group.watched_word.add': 'Added a watched word',
  'group.watched_word.remove': 'Removed a watched word',
  'guide.curate': 'Curated advice into a guide',
  'guide.edit': 'Edited a guide',
  'guide.remove': 'Removed advice from a guide',
  'guide.review': 'Marked a guide reviewed',
  'intervention.accept': 'Accepted a proposed intervention',
  'intervention.merge': 'Merged a proposed intervention',
  'intervention.decline': 'Declined a proposed intervention',
  'clinician.verify': 'Verified a clinician',
  'organisation.verify': 'Verified an organisation',
  'organisation.decline': 'Declined an organisation',
  'organisation.member.add': 'Added a member to an organisation',
  'account.delete': 'An account was deleted',
  'thread.lock': 'Locked or unlocked the thread (older entry)',
  'thread.unlock': 'Unlocked the thread (older entry)',
  'chat.mute': 'Muted in chat (older entry)',
  'chat.unmute': 'Unmuted in chat (older entry)',
};

const ALL_AUDIT_ACTIONS: readonly string[] = [...AUDIT_ACTIONS, ...FORMER_AUDIT_ACTIONS];

export const isAuditLogAction = (value: string): value is AuditLogAction => ALL_AUDIT_ACTIONS.includes(value);

/**
 * What the audit log's `action` filter accepts: an action name, or a family of them, the part
 * before a dot (`member` finds every `member.*` entry, `group.watched_word` both of its kind).
 */
export const isAuditActionFilter = (value: string): boolean =>
  ALL_AUDIT_ACTIONS.some((a) => a === value || a.startsWith(`${value}.`));
