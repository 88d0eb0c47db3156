import type { DigestFrequency, NotificationKind } from '../../generated/graphql';

/** Every kind, in the order the settings list them. */
export const NOTIFICATION_KIND_ORDER: readonly NotificationKind[] = [
  'reply',
  'mention',
  'helpful',
  'new_thread',
  'join_decided',
  'moderation',
  'care_response',
];

/** A short word for the list ("Reply", "Mention" …). */
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  reply: 'Reply',
  mention: 'Mention',
  helpful: 'Helpful',
  new_thread: 'New thread',
  join_decided: 'Group request',
  moderation: 'Moderation',
  care_response: 'Service response',
};

/** The settings' wording: what you are told about. */
export const NOTIFICATION_KIND_OPTIONS: Record<NotificationKind, { label: string; hint: string }> = {
  reply: { label: 'Replies to me', hint: 'Someone answers your thread or one of your replies.' },
  mention: { label: 'Mentions', hint: 'Someone writes your @handle in a post or a chat.' },
  helpful: { label: 'Helpful marks', hint: 'Someone finds your thread or reply helpful.' },
  new_thread: { label: 'New threads in groups I follow', hint: 'Follow a group from its page.' },
  join_decided: { label: 'Requests to join', hint: 'A moderator accepts or declines your request to join a private group.' },
  moderation: { label: 'Moderation', hint: 'A moderator acts on something of yours, and why.' },
  care_response: { label: 'Responses to my stories of care', hint: 'A service answers a story you shared, or says it changed something.' },
};

export const DIGEST_OPTIONS: readonly { value: DigestFrequency; label: string; hint?: string }[] = [
  { value: 'off', label: 'Never', hint: 'No emails: you see notifications here only.' },
  { value: 'daily', label: 'Once a day' },
  { value: 'weekly', label: 'Once a week' },
];
