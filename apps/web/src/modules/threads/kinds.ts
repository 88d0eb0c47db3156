import type { ThreadKind } from '@kindred/contracts';

/** How each kind of thread is named in the interface. */
export const KIND_LABELS: Record<ThreadKind, { one: string; many: string; hint: string }> = {
  question: { one: 'Question', many: 'Questions', hint: 'Ask the group something you want help with.' },
  advice: { one: 'Advice', many: 'Advice', hint: 'Share a tip or something that has worked for you.' },
  story: { one: 'Story', many: 'Stories', hint: 'Tell others about your experience.' },
};
