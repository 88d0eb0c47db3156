import type { BadgeTone } from '../../app/ui/Badge';
import type { SearchSort, SearchType } from '../../generated/graphql';
import { CATEGORY_LABELS } from '../experience-reports/labels';
import { KIND_LABELS } from '../threads/kinds';

/**
 * How search results are named in the interface. The keys are the API's enum values (the
 * generated types), so a type the API adds shows up here as a type error.
 */
export const TYPE_LABELS: Record<SearchType, { one: string; many: string; tone: BadgeTone }> = {
  thread: { one: 'Thread', many: 'Threads', tone: 'public' },
  reply: { one: 'Reply', many: 'Replies', tone: 'neutral' },
  group: { one: 'Group', many: 'Groups', tone: 'success' },
  condition: { one: 'Condition', many: 'Conditions', tone: 'warning' },
  intervention: { one: 'Treatment or approach', many: 'Treatments and approaches', tone: 'success' },
  tip: { one: 'Tip', many: 'Tips from experience reports', tone: 'neutral' },
  care_story: { one: 'Story of care', many: 'Stories of care', tone: 'neutral' },
};

export const SORT_LABELS: Record<SearchSort, string> = {
  relevance: 'Relevance',
  newest: 'Newest',
  helpful: 'Most helpful',
};

/** A `kind` value: a thread kind (question, advice, story) or an intervention category. */
export function kindLabel(value: string, fallback = value, form: 'one' | 'many' = 'many'): string {
  const thread = (KIND_LABELS as Record<string, { one: string; many: string } | undefined>)[value];
  if (thread) return thread[form];
  // The index spells categories as the database does ("self-management"), the API's enum with _.
  return (CATEGORY_LABELS as Record<string, string | undefined>)[value.replace(/-/g, '_')] ?? fallback;
}

export function typeLabel(value: string, fallback = value): string {
  return (TYPE_LABELS as Record<string, { many: string } | undefined>)[value]?.many ?? fallback;
}
